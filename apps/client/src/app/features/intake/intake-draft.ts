import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';

/** Where the intake form keeps what was typed: this browser tab only, gone when it closes. */
export const intakeDraftKey = 'amparo.intake-draft';
/** A draft older than a working day is not offered back. */
const maxAgeMs = 12 * 3_600_000;

interface StoredDraft<T> {
  userId: string;
  savedAt: number;
  value: T;
}

/**
 * Keeps the intake form's input across a session that ends mid-form: the sign-in page brings the
 * person back to /intake and the form is filled again. Kept per browser tab (sessionStorage), only
 * for the same user, and removed once the case is saved, discarded, or on sign-out.
 */
@Injectable({ providedIn: 'root' })
export class IntakeDraft {
  private readonly storage = inject(DOCUMENT).defaultView?.sessionStorage;

  save<T>(userId: string, value: T, now = Date.now()): void {
    const draft: StoredDraft<T> = { userId, savedAt: now, value };
    try {
      this.storage?.setItem(intakeDraftKey, JSON.stringify(draft));
    } catch {
      // Storage disabled or full: the form still works, only without a safety copy.
    }
  }

  restore<T>(userId: string, now = Date.now()): T | null {
    try {
      const raw = this.storage?.getItem(intakeDraftKey);
      if (!raw) return null;
      const draft = JSON.parse(raw) as StoredDraft<T>;
      if (draft.userId !== userId || now - draft.savedAt > maxAgeMs) {
        this.clear();
        return null;
      }
      return draft.value;
    } catch {
      return null;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(intakeDraftKey);
    } catch {
      // nothing to clear
    }
  }
}
