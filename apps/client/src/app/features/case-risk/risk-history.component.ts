import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatExpansionModule } from '@angular/material/expansion';
import { TranslationService } from '../../core/i18n';
import { userTimeZone, ZonedTimeComponent } from '../../core/time';
import type { RiskAssessment } from './risk.models';
import { levelKeys, pathwayStatusKeys } from './risk-text';

/** Every version of the screening, newest first, each with what changed since the one before. */
@Component({
  selector: 'amp-risk-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatExpansionModule, ZonedTimeComponent],
  template: `
    @let lang = i18n.language();
    <mat-accordion multi data-testid="risk-history">
      @for (a of versions(); track a.id) {
        <mat-expansion-panel>
          <mat-expansion-panel-header>
            <mat-panel-title>
              {{ i18n.t('risk.history.version', { version: a.version }) }} ·
              {{ i18n.t(levelKeys[a.level]) }}
            </mat-panel-title>
            <mat-panel-description>
              <amp-zoned-time [instant]="a.createdAt" [zone]="zone()" />
              @if (a.signedOffAt) {
                {{ ' · ' + i18n.t('risk.history.signedOff') }}
              }
            </mat-panel-description>
          </mat-expansion-panel-header>
          @if (a.changes; as changes) {
            <p class="summary">
              @if (changes.score.levelBefore !== changes.score.levelAfter) {
                {{
                  i18n.t('risk.history.levelChanged', {
                    before: i18n.t(levelKeys[changes.score.levelBefore]),
                    after: i18n.t(levelKeys[changes.score.levelAfter]),
                    version: changes.fromVersion,
                  })
                }}
              } @else {
                {{
                  i18n.t('risk.history.levelSame', {
                    level: i18n.t(levelKeys[changes.score.levelAfter]),
                    version: changes.fromVersion,
                  })
                }}
              }
            </p>
            @if (changes.answers.length === 0) {
              <p>{{ i18n.t('risk.history.noAnswerChanges') }}</p>
            } @else {
              <ul>
                @for (change of changes.answers; track change.questionId) {
                  <li>
                    <strong>{{ change.question[lang] }}:</strong>
                    @if (change.redacted) {
                      {{ i18n.t('risk.history.redacted') }}
                    } @else {
                      {{ change.before?.[lang] ?? i18n.t('risk.history.unanswered') }} →
                      {{ change.after?.[lang] ?? i18n.t('risk.history.unanswered') }}
                    }
                  </li>
                }
              </ul>
            }
            @for (reason of changes.score.reasonsAdded; track $index) {
              <p class="delta">+ {{ reason.text[lang] }}</p>
            }
            @for (reason of changes.score.reasonsRemoved; track $index) {
              <p class="delta">− {{ reason.text[lang] }}</p>
            }
            @for (p of changes.score.pathwaysChanged; track p.id) {
              <p class="delta">
                {{ pathwayLabel(a, p.id) }}:
                {{ p.before ? i18n.t(pathwayStatusKeys[p.before]) : i18n.t('risk.history.none') }}
                →
                {{ p.after ? i18n.t(pathwayStatusKeys[p.after]) : i18n.t('risk.history.none') }}
              </p>
            }
          } @else {
            <p>{{ i18n.t('risk.history.first') }}</p>
          }
        </mat-expansion-panel>
      }
    </mat-accordion>
  `,
  styles: `
    ul {
      padding-left: 20px;
      margin: 4px 0;
    }
    .summary {
      font-weight: 600;
    }
    .delta {
      margin: 2px 0;
    }
  `,
})
export class RiskHistoryComponent {
  protected readonly i18n = inject(TranslationService);
  readonly versions = input.required<readonly RiskAssessment[]>();
  readonly zone = input(userTimeZone());
  protected readonly levelKeys = levelKeys;
  protected readonly pathwayStatusKeys = pathwayStatusKeys;

  /** A pathway's name, from the version that has it (closed pathways only exist in the older one). */
  protected pathwayLabel(a: RiskAssessment, id: string): string {
    const lang = this.i18n.language();
    const all = this.versions().flatMap((v) => v.pathways);
    return (a.pathways.find((p) => p.id === id) ?? all.find((p) => p.id === id))?.label[lang] ?? id;
  }
}
