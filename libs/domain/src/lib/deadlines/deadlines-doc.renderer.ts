// Renders docs/deadlines.md from the rule catalogue, so the published list of rules, citations,
// statuses and gaps can never drift from the packs the engine runs.
import { CatalogueJurisdiction, CatalogueRule } from './rule.catalogue';

const CONVENTIONS = `## How the engine counts

- **Hour periods** run on the clock from the trigger instant: 24 hours means 24 elapsed hours, to
  the minute, shown on the forum's clock. They never roll over weekends or holidays. Where the
  clock changes in between (daylight saving time in New York), the derivation says so and the
  period still counts elapsed hours.
- **Day periods** work on the forum's local dates. The trigger day is excluded (the first day
  counted is the next one) and, unless the rule says otherwise, a last day on a weekend, a
  national public holiday or a closure day of the forum rolls forward to the next working day.
- **Business days** (días hábiles) skip Saturdays, Sundays, the holidays of the calendar the rule
  counts on, and closure days. Each pack names the non-working days its law uses: most count on
  the country's public holidays (observed and substitute days included), but Mexico's amparo
  counts on the Ley de Amparo's own fixed dates (art. 19), not the labour law's Monday holidays.
  Closure days are data supervisors enter: a country-wide one (a public-sector non-working day,
  e.g. Peru's decreed días no laborables) closes every forum of that country; a forum's own (an
  office or court closed, e.g. \`PE-MIGRACIONES\`, \`MX-PJF\`) closes only that forum. The
  derivation names every skipped day and which kind it is.
- **Months and years** run from date to date; when the target month lacks the day (29 February,
  31 April) the month's last day is used, the earlier choice.
- **Due instant of a day period**: the end of the due local day in the forum's zone, i.e.
  23:59:59.999 (the instant before the next local midnight). Filing windows may close earlier in
  the day (clerk's hours, paper filing): the notes say so where it matters. For the BIA, whose
  filings must be _received_, the day ends on the BIA's clock (America/New_York).
- **Possible ranges**: where the sources give two readings, \`dueAt\` is the earliest (plan for it)
  and \`latestDueAt\` the other reading; both are shown.
- **Time zones**: the trigger's local date is taken in the zone where the event happened (the
  request's \`timeZone\`, else an RFC 9557 \`[zone]\` annotation on \`occurredAt\`, else the pack's
  default); a rule may pin the forum's zone (the BIA). In a country with several zones (US,
  Mexico) the default is only a fallback: cases take the zone of their immigration court or
  office when opened, and a derivation that fell back on the default says so. All instants are given in UTC and on the
  forum's clock with its zone.
- **Statuses**: _verified_ (stated in the cited text or the agency's own page), _secondary_
  (reputable secondary sources, flagged), _unverified_ (a practitioner's usual reading, a flagged
  suggestion). Periods that could not be sourced are listed as **gaps**: no rule is invented.

## Using the engine (\`@amparo/domain\`)

- \`new DeadlineEngine({ calendars: new HolidayCalendarProvider(closureDays), now })\` once, then
  \`engine.compute({ jurisdiction, procedure, eventType, occurredAt, timeZone? })\` per event. It
  returns one entry per rule the event starts, each with \`ruleId\`, \`packVersion\`, \`dueAt\` (UTC),
  \`dueAtLocal\` (forum clock, RFC 9557), \`dueDate\`, \`latestDueAt\` for ranges, \`timeZone\`, \`basis\`
  (en/es derivation), \`citation\`, \`source\`, \`status\`, \`notes\`, \`urgent\`, \`party\` and
  \`completionRecords\` (the event whose recording starts the next clocks).
- Rules without a period come back with \`kind\` \`immediate\` (file at once), \`anyTime\` or
  \`dateInOrder\` (enter the order's date as an override) and no \`dueAt\`.
- Closure days (\`{ forum, date, reason }\`, e.g. forum \`MX-COMAR\`) are data: build a new provider
  and engine when a supervisor edits them. Calendars and day-rule results are kept warm per engine.
- Bad input throws \`DeadlineError\` (an \`InvalidInputError\`: 400) with a \`DeadlineErrorCode\` and the
  \`field\` at fault. \`shippedRulePacks()\` validates every pack when first called (call it at start-up);
  an invalid pack throws \`RulePackValidationError\` naming the pack and the rule.
- \`ruleCatalogue()\` lists every rule, gap and protection (for \`GET /api/rules\`).
`;

/** Where a reviewer can read the text relied on; "not recorded" is said, never left blank. */
function sourceLines(url: string | undefined, excerpt: string | undefined): string[] {
  if (!url || !excerpt) return ['- Source address: not recorded'];
  return [`- Source address: <${url}>`, `- Text relied on: "${excerpt.replace(/\s+/g, ' ')}"`];
}

function renderCalendars(pack: CatalogueJurisdiction): string[] {
  const parts = ['', `### Non-working-day calendars of ${pack.name.en}`, ''];
  for (const calendar of pack.calendars) {
    const days =
      calendar.holidays.kind === 'fixedDates'
        ? `fixed dates: ${calendar.holidays.dates
            .map(
              (d) =>
                `${String(d.day).padStart(2, '0')}-${String(d.month).padStart(2, '0')} (${d.name.es})`,
            )
            .join(', ')}`
        : 'the public holidays the holiday library lists for the country';
    parts.push(
      `- \`${calendar.id}\`: ${calendar.title.en}. Days: ${days}. Citation: ${calendar.citation}. Status: **${calendar.status}**.`,
    );
    if (calendar.sourceUrl && calendar.excerpt) {
      parts.push(
        `  Source address: <${calendar.sourceUrl}>; text relied on: "${calendar.excerpt}"`,
      );
    }
  }
  return parts;
}

function renderRule(rule: CatalogueRule, labels: ReadonlyMap<string, string>): string {
  const lines = [`### \`${rule.id}\`: ${rule.title.en}`, '', `- Spanish: ${rule.title.es}`];
  lines.push(`- Procedures: ${rule.procedures.map((p) => `\`${p}\``).join(', ')}`);
  lines.push(
    `- Triggered by: ${rule.triggers.map((t) => `${labels.get(t) ?? t} (\`${t}\`)`).join('; ')}`,
  );
  if (rule.period) {
    const latest = rule.latestPeriod ? `; latest reading: ${rule.latestPeriod.en}` : '';
    lines.push(`- Period: ${rule.period.en}${latest}`);
    lines.push(`- Counting: ${rule.counting?.en ?? ''}`);
    const zone = rule.timeZonePinned
      ? `${rule.timeZone ?? ''} (fixed: the forum's clock)`
      : `the event's zone (default ${rule.timeZone ?? ''})`;
    lines.push(`- Calendar: ${rule.calendar ?? ''}; time zone: ${zone}`);
  } else {
    const kinds = {
      immediate: 'none: file at once (urgent)',
      anyTime: 'none: any time',
      dateInOrder: 'the date set in the order',
    };
    lines.push(`- Period: ${rule.noPeriod ? kinds[rule.noPeriod] : 'none'}`);
  }
  lines.push(
    `- Whose deadline: ${rule.party === 'defense' ? 'the defense' : 'the authority (a watch date)'}`,
  );
  lines.push(`- Citation: ${rule.citation}`);
  lines.push(`- Source: ${rule.source}`);
  lines.push(...sourceLines(rule.sourceUrl, rule.excerpt));
  if (rule.latestSource) {
    lines.push(`- Latest reading's source: ${rule.latestSource}`);
    if (rule.latestSourceUrl) lines.push(...sourceLines(rule.latestSourceUrl, rule.latestExcerpt));
  }
  lines.push(`- Status: **${rule.status}**`);
  lines.push(`- Reviewed by ${rule.reviewedBy} on ${rule.reviewedOn}`);
  lines.push(`- Notes: ${rule.notes.en}`);
  if (rule.completionRecords) {
    const next = rule.startsNext.length
      ? `, which starts ${rule.startsNext.map((id) => `\`${id}\``).join(', ')}`
      : '';
    lines.push(`- Completing it records \`${rule.completionRecords}\`${next}`);
  }
  return lines.join('\n');
}

function renderJurisdiction(pack: CatalogueJurisdiction): string {
  const labels = new Map(pack.eventTypes.map((e) => [e.id, e.label.en]));
  const parts = [
    `## ${pack.name.en} (${pack.jurisdiction}), rule pack ${pack.version}`,
    '',
    `Default time zone: ${pack.defaultTimeZone}${pack.singleTimeZone ? '' : " (a fallback only: the country has several zones, and cases take their forum's zone)"}. Procedures: ${pack.procedures.map((p) => `${p.title.en} (\`${p.id}\`)`).join('; ')}.`,
    ...renderCalendars(pack),
  ];
  for (const rule of pack.rules) parts.push('', renderRule(rule, labels));
  if (pack.protections.length) {
    parts.push('', `### Protections in ${pack.name.en} (not periods)`, '');
    for (const p of pack.protections) {
      const source =
        p.sourceUrl && p.excerpt
          ? ` Source address: <${p.sourceUrl}>; text relied on: "${p.excerpt}".`
          : ' Source address: not recorded.';
      parts.push(
        `- \`${p.id}\`: ${p.title.en}. ${p.notes.en} Citation: ${p.citation}. Status: **${p.status}**.${source}`,
      );
    }
  }
  parts.push('', `### Gaps in ${pack.name.en} (no period found: none is invented)`, '');
  if (pack.gaps.length === 0) parts.push('None recorded.');
  for (const gap of pack.gaps) {
    parts.push(`- \`${gap.id}\`: ${gap.title.en}. ${gap.reason.en} (${gap.source})`);
  }
  return parts.join('\n');
}

export function renderDeadlinesDoc(catalogue: readonly CatalogueJurisdiction[]): string {
  const summary = catalogue.map((pack) => {
    const count = (status: string) => pack.rules.filter((r) => r.status === status).length;
    const recorded = pack.rules.filter((r) => r.sourceUrl && r.excerpt).length;
    return `- ${pack.name.en} (${pack.jurisdiction}) ${pack.version}: ${pack.rules.length} ${pack.rules.length === 1 ? 'rule' : 'rules'} (${count('verified')} verified, ${count('secondary')} secondary, ${count('unverified')} unverified; ${recorded} with the source's address and excerpt recorded), ${pack.gaps.length} ${pack.gaps.length === 1 ? 'gap' : 'gaps'}, ${pack.protections.length} ${pack.protections.length === 1 ? 'protection' : 'protections'}`;
  });
  return [
    '# Deadline rules',
    '',
    '<!-- Generated by `npm run docs:deadlines` from libs/domain/src/lib/deadlines/packs. Do not edit by hand: a test fails when this file is out of date. -->',
    '',
    'Every rule Amparo ships, with its citation and verification status, who reviewed it and when, and the periods the research looked for and did not find. This is research, not legal advice. Why rules changed between pack versions, and what happens to deadlines computed under an older one: [deadlines-changelog.md](deadlines-changelog.md).',
    '',
    ...summary,
    '',
    CONVENTIONS,
    ...catalogue.map((pack) => `${renderJurisdiction(pack)}\n`),
  ].join('\n');
}
