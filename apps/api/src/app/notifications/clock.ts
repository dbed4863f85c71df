// The time background work reads: the system clock in production, a fixed one in tests, so that
// "given now = T, which reminders are due" can be asked directly.
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
