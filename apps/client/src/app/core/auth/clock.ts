import { InjectionToken } from '@angular/core';

/** Current time in epoch milliseconds; a token so tests can pin time. */
export const NOW = new InjectionToken<() => number>('NOW', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});
