import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslationService } from '../../core/i18n';
import { countryName } from './countries';
import type { RiskAssessment } from './risk.models';
import { levelKeys, pathwayStatusKeys, type RiskVocabulary } from './risk-text';

/**
 * The conclusion of one screening version: the level, every reason with the answers and profile
 * facts that produced it, the protection pathways opened, the urgency and the advisories.
 */
@Component({
  selector: 'amp-risk-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = assessment();
    @let lang = i18n.language();
    @let v = vocabulary();
    <p class="level-line">
      <span class="level" [class]="'level level-' + a.level" data-testid="risk-level">
        {{ i18n.t(levelKeys[a.level]) }}
      </span>
      <span>{{
        i18n.t('risk.result.destination', { country: countryName(a.destination, lang) })
      }}</span>
    </p>
    <p class="aid">{{ i18n.t('risk.result.aid') }}</p>

    @if (a.urgency.reasons.length > 0) {
      <h4>{{ i18n.t('risk.result.urgency') }}</h4>
      <ul data-testid="risk-urgency">
        @for (reason of a.urgency.reasons; track reason.code) {
          <li>{{ reason.text[lang] }}</li>
        }
      </ul>
    }

    <h4>{{ i18n.t('risk.result.reasons') }}</h4>
    @if (a.reasons.length === 0) {
      <p>{{ i18n.t('risk.result.noReasons') }}</p>
    } @else {
      <ul class="reasons" data-testid="risk-reasons">
        @for (reason of a.reasons; track $index) {
          <li>
            <span class="level-tag">{{ i18n.t(levelKeys[reason.level]) }}</span>
            {{ reason.text[lang] }}
            @if (reason.answers.length > 0) {
              <div class="why">
                {{ i18n.t('risk.result.fromAnswers') }}
                {{ questions(reason.answers) }}
              </div>
            }
            @for (fact of reason.profileFacts; track fact) {
              <div class="why">
                {{ i18n.t('risk.result.fromProfile') }} {{ v.fact(fact, lang, tr) }}
              </div>
            }
            @if (reason.legalBasis.length > 0) {
              <div class="why">{{ i18n.t('risk.legalBasis') }} {{ bases(reason.legalBasis) }}</div>
            }
          </li>
        }
      </ul>
    }

    <h4>{{ i18n.t('risk.result.pathways') }}</h4>
    @if (a.pathways.length === 0) {
      <p>{{ i18n.t('risk.result.noPathways') }}</p>
    } @else {
      <ul data-testid="risk-pathways">
        @for (pathway of a.pathways; track pathway.id) {
          <li>
            <strong>{{ pathway.label[lang] }}</strong> —
            {{ i18n.t(pathwayStatusKeys[pathway.status]) }}
            @for (why of pathway.why; track $index) {
              <div class="why">{{ why[lang] }}</div>
            }
            @for (caveat of pathway.caveats; track $index) {
              <div class="why caveat">{{ caveat[lang] }}</div>
            }
          </li>
        }
      </ul>
    }

    @if (a.advisories.length > 0) {
      <h4>{{ i18n.t('risk.result.advisories') }}</h4>
      <ul>
        @for (advisory of a.advisories; track advisory.code) {
          <li>{{ advisory.text[lang] }}</li>
        }
      </ul>
    }
  `,
  styles: `
    h4 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    li {
      margin-bottom: 6px;
    }
    .level-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin: 0;
    }
    .level {
      font: var(--mat-sys-title-medium);
      padding: 2px 12px;
      border-radius: 999px;
      border: 2px solid currentColor;
    }
    .level-low {
      color: #1b5e20;
    }
    .level-moderate {
      color: #7a4f00;
    }
    .level-high {
      color: #b3261e;
    }
    .level-extreme {
      color: #fff;
      background: #8c1d18;
      border-color: #8c1d18;
    }
    .level-tag {
      font-weight: 600;
    }
    .aid,
    .why {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .caveat {
      font-style: italic;
    }
  `,
})
export class RiskResultComponent {
  protected readonly i18n = inject(TranslationService);
  readonly assessment = input.required<RiskAssessment>();
  readonly vocabulary = input.required<RiskVocabulary>();

  protected readonly levelKeys = levelKeys;
  protected readonly pathwayStatusKeys = pathwayStatusKeys;
  protected readonly countryName = countryName;
  protected readonly tr = (key: Parameters<TranslationService['t']>[0]) => this.i18n.t(key);

  protected questions(ids: readonly string[]): string {
    const lang = this.i18n.language();
    return ids.map((id) => `«${this.vocabulary().question(id, lang)}»`).join(', ');
  }

  protected bases(codes: readonly string[]): string {
    const lang = this.i18n.language();
    return codes.map((code) => this.vocabulary().legalBasis(code, lang)).join('; ');
  }
}
