export * from './deadline-reminders';
export * from './deadline-calendar-entry';
export * from './deadline-notices';
export * from './event-correction-notices';
export * from './account-notices';
export * from './rule-change-notices';
