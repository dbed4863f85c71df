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
  private requested = false;

  readonly members = this.loaded.asReadonly();

  load(): void {
    if (this.requested || !this.auth.can('cases.assign')) return;
    this.requested = true;
    this.api.members().subscribe({
      next: (members) => this.loaded.set(members),
      // Names are a convenience here: screens still work (with neutral labels) without them.
      error: () => (this.requested = false),
    });
  }

  nameOf(id: string | null | undefined): string | null {
    if (!id) return null;
    return this.loaded().find((member) => member.id === id)?.name ?? null;
  }
}
