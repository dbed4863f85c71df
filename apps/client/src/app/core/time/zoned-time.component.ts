import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslationService } from '../i18n';
import { userTimeZone, zoneCity, zonedReadings } from './zoned-time';

/**
 * One instant as the forum reads it ("Mon, Mar 2, 2026, 6:00 AM, Lima time"), with the user's
 * own clock alongside when their zone reads differently.
 */
@Component({
  selector: 'amp-zoned-time',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <time [attr.datetime]="iso()">{{ forumText() }}</time>
    @if (localText(); as local) {
      <span class="local">({{ local }})</span>
    }
  `,
  styles: `
    .local {
      color: var(--mat-sys-on-surface-variant);
      margin-inline-start: 4px;
    }
    /* On a dark banner (the risk escalation) the grey would read at 1.0:1: keep the banner's colour. */
    :host-context(.on-dark) .local {
      color: inherit;
    }
  `,
})
export class ZonedTimeComponent {
  protected readonly i18n = inject(TranslationService);
  readonly instant = input.required<string | number>();
  readonly zone = input.required<string>();
  /** The user's zone; defaults to the browser's. */
  readonly localZone = input<string>(userTimeZone());

  protected readonly iso = computed(() => new Date(this.instant()).toISOString());
  private readonly readings = computed(() =>
    zonedReadings(this.i18n, this.instant(), this.zone(), this.localZone()),
  );
  protected readonly forumText = computed(() =>
    this.i18n.t('time.inZone', { time: this.readings().forum, city: zoneCity(this.zone()) }),
  );
  protected readonly localText = computed(() => {
    const local = this.readings().local;
    return local === null
      ? null
      : this.i18n.t('time.yourTime', { time: local, city: zoneCity(this.localZone()) });
  });
}
