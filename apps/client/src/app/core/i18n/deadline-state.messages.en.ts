/**
 * English words for a deadline's status as the one domain function reads it (readDeadline):
 * the same label, colour and sentence on every screen.
 */
export const deadlineStateEn = {
  'state.running': 'Running',
  'state.latest-open': 'Earliest reading passed',
  'state.missed': 'Missed',
  'state.watch': "Authority's limit",
  'state.watch-latest-open': "Authority's earliest limit passed",
  'state.opening': "Authority's limit passed: opening",
  'state.act-now': 'File at once',
  'state.no-fixed-date': 'No fixed date',
  'state.passed-before-recorded': 'Passed before it was recorded',
  'state.met': 'Met',
  'state.waived': 'Waived',
  'stateText.running': '{duration} left',
  'stateText.latest-open': 'earliest reading passed; {duration} left on the latest',
  'stateText.missed': 'missed {duration} ago',
  'stateText.watch': "{duration} left on the authority's limit",
  'stateText.watch-latest-open': "authority's earliest limit passed; {duration} left on the latest",
  'stateText.opening': "authority's limit passed {duration} ago: the detention may be unlawful",
  'stateText.act-now': 'no date: act at once',
  'stateText.no-fixed-date': 'no fixed date',
  'stateText.passed-before-recorded': 'passed before it was recorded (history, no alarm)',
  'stateText.met': 'met',
  'stateText.waived': 'waived',
  'deadline.party.authority': "The authority's limit, not the office's",
  'stateCount.missed': '{count} missed',
  'stateCount.openings': '{count} authority limit passed',
  'stateCount.actNow': '{count} to file at once',
  'stateCount.history': '{count} passed before recorded',
} as const;
