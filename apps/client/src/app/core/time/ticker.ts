import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { NOW } from '../auth';

/** How often live countdowns move: they show minutes, so a few seconds' lag is invisible. */
export const TICK_MS = 10_000;

/**
 * The current time as a signal that advances every few seconds while something reads it, so
 * countdowns re-render themselves (zoneless: a signal write is what schedules rendering).
 */
@Injectable({ providedIn: 'root' })
export class Ticker {
  private readonly clock = inject(NOW);
  private readonly current = signal(this.clock());
  readonly now = this.current.asReadonly();

  constructor() {
    const timer = setInterval(() => this.current.set(this.clock()), TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  /** Re-reads the clock at once (after an action, or in tests). */
  tick(): void {
    this.current.set(this.clock());
  }
}
