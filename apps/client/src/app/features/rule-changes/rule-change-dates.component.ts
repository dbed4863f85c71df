import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { RuleChangeNoticeResponse } from '@amparo/contracts';
import { TranslationService } from '../../core/i18n';
import { ZonedTimeComponent } from '../../core/time';

/**
 * A rule change's dates on the forum's clock: before and after (a possible range shown as one),
 * and the judge's date where one still governs.
 */
@Component({
  selector: 'amp-rule-change-dates',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ZonedTimeComponent],
  template: `
    @let n = notice();
    <dl>
      @if (n.before; as before) {
        <dt>{{ i18n.t('ruleChange.before') }}</dt>
        <dd data-testid="rule-change-before">
          @if (before.dueAt) {
            <amp-zoned-time [instant]="before.dueAt" [zone]="n.timeZone" />
            @if (before.latestDueAt && before.latestDueAt !== before.dueAt) {
              {{ i18n.t('ruleChange.until') }}
              <amp-zoned-time [instant]="before.latestDueAt" [zone]="n.timeZone" />
            }
          } @else {
            {{ i18n.t('ruleChange.noDate') }}
          }
        </dd>
      }
      @if (n.after; as after) {
        <dt>{{ i18n.t('ruleChange.after') }}</dt>
        <dd data-testid="rule-change-after">
          @if (after.dueAt) {
            <amp-zoned-time [instant]="after.dueAt" [zone]="n.timeZone" />
            @if (after.latestDueAt && after.latestDueAt !== after.dueAt) {
              {{ i18n.t('ruleChange.until') }}
              <amp-zoned-time [instant]="after.latestDueAt" [zone]="n.timeZone" />
            }
          } @else {
            {{ i18n.t('ruleChange.noDate') }}
          }
        </dd>
      }
      @if (n.overrideDueAt; as order) {
        <dt>{{ i18n.t('ruleChange.order') }}</dt>
        <dd><amp-zoned-time [instant]="order" [zone]="n.timeZone" /></dd>
      }
    </dl>
  `,
  styles: `
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 12px;
      margin: 4px 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    @media (max-width: 599.98px) {
      dl {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class RuleChangeDatesComponent {
  protected readonly i18n = inject(TranslationService);
  readonly notice = input.required<RuleChangeNoticeResponse>();
}
