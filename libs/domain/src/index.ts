export * from './lib/errors';
export { itemAt } from './lib/common/item-at';
// Deadline engine (issue 5)
export { type EpochDay, isoDateOf, parseIsoDate } from './lib/time/epoch-day';
export { isValidTimeZone } from './lib/time/forum-clock';
export * from './lib/deadlines/rule-pack.types';
export * from './lib/deadlines/rule-pack-validation.error';
export * from './lib/deadlines/rule-pack.validator';
export * from './lib/deadlines/rule-pack.registry';
export * from './lib/deadlines/calendar/business.calendar';
export * from './lib/deadlines/calendar/calendar.provider';
export * from './lib/deadlines/calendar/indexed-business.calendar';
export * from './lib/deadlines/calendar/national-holidays.source';
export * from './lib/deadlines/deadline.error';
export * from './lib/deadlines/computed-deadline';
export * from './lib/deadlines/deadline-status';
export * from './lib/deadlines/deadline.engine';
export * from './lib/deadlines/rule.catalogue';
export * from './lib/deadlines/deadlines-doc.renderer';
// Why rules changed between pack versions, and how a change is detected (issue 16)
export * from './lib/deadlines/rule-pack.changelog';
export * from './lib/deadlines/rule-fingerprint';
export * from './lib/deadlines/deadlines-changelog.renderer';
// Courts and offices, with the zone a case opened before them keeps (issue 16)
export * from './lib/forums';
// Non-refoulement risk screening and country profiles (issue 6)
export * from './lib/risk';
export * from './lib/countries';
export * from './lib/permissions';
export * from './lib/people';
// Reminders and calendar entries of deadlines (issue 5)
export * from './lib/notifications';
// Intake of many people at once (issue 4)
export * from './lib/intake';
