import { inject, Injectable, signal } from '@angular/core';
import { AuthService } from '../../core/auth';
import { SupervisionApi } from './supervision.api';
import type { OfficeMember } from './supervision.models';

/**
 * The office's member names, read once per visit to the supervision area, so screens can say who
 * waived, who leads and who acted instead of showing ids. Without the permission to list members
 * (or while loading) a screen shows a neutral "a member of the office".
 */
@Injectable({ providedIn: 'root' })
export class OfficeDirectory {
  private readonly api = inject(SupervisionApi);
  private readonly auth = inject(AuthService);
  private readonly loaded = signal<readonly OfficeMember[]>([]);
  /** Whose office the names are of: another person signing in on this tab reloads them. */
  private loadedFor: string | null = null;

  readonly members = this.loaded.asReadonly();

  load(): void {
    const user = this.auth.user();
    const who = user ? `${user.organizationId}/${user.id}` : null;
    if (who === this.loadedFor) return;
    this.loaded.set([]);
    this.loadedFor = null;
    if (!who || !this.auth.can('cases.assign')) return;
    this.loadedFor = who;
    this.api.members().subscribe({
      next: (members) => {
        if (this.loadedFor === who) this.loaded.set(members);
      },
      // Names are a convenience here: screens still work (with neutral labels) without them.
      error: () => (this.loadedFor = null),
    });
  }

  nameOf(id: string | null | undefined): string | null {
    if (!id) return null;
    return this.loaded().find((member) => member.id === id)?.name ?? null;
  }
}
