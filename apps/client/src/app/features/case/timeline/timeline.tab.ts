import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslationService } from '../../../core/i18n';
import { ZonedTimeComponent } from '../../../core/time';
import { CaseStore } from '../case.store';
import { MatButtonModule } from '@angular/material/button';
import { EventFormComponent } from './event-form.component';
import { PendingCorrectionComponent } from './pending-correction.component';
import { caseTabStyles } from '../case.styles';

/** The case's dated facts, oldest first, each with the history of its corrections. */
@Component({
  selector: 'amp-case-timeline-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EventFormComponent, MatButtonModule, PendingCorrectionComponent, ZonedTimeComponent],
  template: `
    <h2>{{ i18n.t('case.tab.timeline') }}</h2>
    @if (canRecord()) {
      @if (adding()) {
        <amp-event-form (done)="adding.set(false)" />
      } @else {
        <button mat-flat-button type="button" class="add" (click)="adding.set(true)">
          {{ i18n.t('timeline.record') }}
        </button>
      }
    }
    @if (store.eventsError(); as error) {
      <p role="alert" class="error">{{ i18n.t(error.key, error.params) }}</p>
    } @else if (events(); as events) {
      @if (events.length === 0) {
        <p data-testid="timeline-empty">{{ i18n.t('timeline.empty') }}</p>
      } @else {
        <ol class="events plain-list" data-testid="timeline">
          @for (event of events; track event.id) {
            <li class="event" [attr.data-testid]="'event-' + event.eventType">
              <h3>{{ store.eventTypeLabel(event.eventType) }}</h3>
              <p><amp-zoned-time [instant]="event.occurredAt" [zone]="event.timeZone" /></p>
              @if (event.source) {
                <p class="meta">{{ i18n.t('timeline.source', { source: event.source }) }}</p>
              }
              @if (event.note) {
                <p class="note">{{ event.note }}</p>
              }
              @if (event.pendingCorrection; as pending) {
                <amp-pending-correction [correction]="pending" />
              }
              @if (canRecord()) {
                @if (correcting() === event.id) {
                  <amp-event-form [event]="event" (done)="correcting.set(null)" />
                } @else {
                  <button
                    mat-stroked-button
                    type="button"
                    [attr.aria-label]="
                      i18n.t('timeline.correctFor', {
                        event: store.eventTypeLabel(event.eventType),
                      })
                    "
                    (click)="correcting.set(event.id)"
                  >
                    {{ i18n.t('timeline.correct') }}
                  </button>
                }
              }
              @if (event.revisions.length > 0) {
                <details class="revisions">
                  <summary>
                    {{ i18n.t('timeline.corrections', { count: event.revisions.length }) }}
                  </summary>
                  <ul>
                    @for (revision of event.revisions; track revision.version) {
                      <li>
                        {{ i18n.t('timeline.was') }}
                        <amp-zoned-time
                          [instant]="revision.occurredAt"
                          [zone]="revision.timeZone"
                        />
                        — {{ i18n.t('timeline.reason', { reason: revision.reason }) }}
                        <span class="meta">
                          ({{ i18n.t('timeline.changedAt') }}
                          <amp-zoned-time [instant]="revision.changedAt" [zone]="event.timeZone" />)
                        </span>
                      </li>
                    }
                  </ul>
                </details>
              }
            </li>
          }
        </ol>
      }
    } @else {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }
  `,
  styles: [
    caseTabStyles,
    `
      .add {
        margin-bottom: 16px;
      }
      .events {
        max-width: 80ch;
      }
      .event {
        border-inline-start: 3px solid var(--mat-sys-primary);
        padding: 4px 12px 8px;
        margin-bottom: 12px;
      }
      h3 {
        font: var(--mat-sys-title-medium);
        margin: 0;
      }
      p {
        margin: 2px 0;
      }
    `,
  ],
})
export class TimelineTab {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);

  protected readonly canRecord = computed(() => this.store.canOnCase('events.record'));
  protected readonly adding = signal(false);
  /** The event whose time is being corrected. */
  protected readonly correcting = signal<string | null>(null);

  protected readonly events = computed(() => {
    const events = this.store.events();
    return events
      ? [...events].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt))
      : null;
  });
}
