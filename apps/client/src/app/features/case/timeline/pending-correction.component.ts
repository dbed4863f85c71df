import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CaseEventResponse, EventCorrectionResponse } from '@amparo/contracts';
import { errorNotice, type Notice } from '../../../core/http';
import { TranslationService } from '../../../core/i18n';
import { ZonedTimeComponent } from '../../../core/time';
import { CaseApi } from '../case.api';
import { CaseStore } from '../case.store';

/**
 * A correction of an event's time that would move the case's clocks, waiting for an attorney:
 * what it would change, and (for an attorney of the case) confirm or decline. Nothing has moved
 * until it is confirmed.
 */
@Component({
  selector: 'amp-pending-correction',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ZonedTimeComponent],
  template: `
    @let request = correction();
    <section class="pending" data-testid="pending-correction" [attr.aria-labelledby]="headingId()">
      <h4 [id]="headingId()">{{ i18n.t('correction.pending.title') }}</h4>
      <p>
        {{ i18n.t('correction.pending.to') }}
        <amp-zoned-time [instant]="request.occurredAt" [zone]="request.timeZone" />
        — {{ i18n.t('timeline.reason', { reason: request.reason }) }}
      </p>
      <ul>
        @for (move of request.moves; track move.ruleId) {
          <li>
            <strong>{{ store.text(move.title) }}</strong>: {{ i18n.t(changeKeys[move.change]) }}
            @if (move.from?.dueAt; as from) {
              <amp-zoned-time [instant]="from" [zone]="request.timeZone" /> →
            }
            @if (move.to.dueAt; as to) {
              <amp-zoned-time [instant]="to" [zone]="request.timeZone" />
            }
          </li>
        }
      </ul>
      @if (store.canOnCase('events.confirm-correction')) {
        <mat-form-field class="full">
          <mat-label>{{ i18n.t('correction.pending.note') }}</mat-label>
          <textarea matInput rows="2" maxlength="500" [(ngModel)]="note"></textarea>
        </mat-form-field>
        <div role="alert" class="alert-box" [class.shown]="!!error()">
          @if (error(); as error) {
            {{ i18n.t(error.key, error.params) }}
          }
        </div>
        <div class="buttons">
          <button mat-flat-button type="button" [disabled]="busy()" (click)="decide('confirm')">
            {{ i18n.t('correction.pending.confirm') }}
          </button>
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="decide('decline')">
            {{ i18n.t('correction.pending.decline') }}
          </button>
        </div>
      } @else {
        <p class="meta">{{ i18n.t('correction.pending.waiting') }}</p>
      }
    </section>
  `,
  styles: `
    .pending {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      padding: 8px 12px;
      margin: 8px 0;
      background: var(--mat-sys-surface-container);
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
    }
    .full {
      width: 100%;
    }
    .buttons {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .alert-box:not(.shown) {
      display: none;
    }
  `,
})
export class PendingCorrectionComponent {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  private readonly api = inject(CaseApi);

  readonly correction = input.required<EventCorrectionResponse>();

  protected readonly busy = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected note = '';
  protected readonly changeKeys = {
    moves: 'correction.move.moves',
    reopens: 'correction.move.reopens',
    starts: 'correction.move.starts',
  } as const;
  protected readonly headingId = () => `pending-correction-${this.correction().id}`;

  protected decide(decision: 'confirm' | 'decline'): void {
    const request = this.correction();
    const body = {
      version: request.version,
      ...(this.note.trim() ? { note: this.note.trim() } : {}),
    };
    const call =
      decision === 'confirm'
        ? this.api.confirmCorrection(request.id, body)
        : this.api.declineCorrection(request.id, body);
    this.busy.set(true);
    this.error.set(null);
    call.subscribe({
      next: (event: CaseEventResponse) => {
        this.busy.set(false);
        this.store.replaceEvent(event);
        // A confirmed correction moved the clocks: they come back from the server.
        this.store.reloadDeadlines();
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(errorNotice(failure));
        // Decided or superseded meanwhile: show the timeline as it is now.
        this.store.reloadEvents();
      },
    });
  }
}
