// The deadline status reading alone, for the browser: every screen decides a deadline's status
// with the same function as the API, without loading the rule packs or the holiday calendars.
export * from './lib/deadlines/deadline-status';
