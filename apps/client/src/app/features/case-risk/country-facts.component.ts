import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { CartagenaGround, ForumCartagena, SourceStatus } from '@amparo/domain';
import { type MessageKey, TranslationService } from '../../core/i18n';
import type { CountryProfileResponse } from './risk.models';

const statusKeys = {
  verified: 'risk.profile.status.verified',
  secondary: 'risk.profile.status.secondary',
  unverified: 'risk.profile.status.unverified',
  'not-found': 'risk.profile.status.notFound',
} as const satisfies Record<SourceStatus, MessageKey>;

const groundKeys = {
  'generalized-violence': 'supervision.countries.ground.generalized-violence',
  'foreign-aggression': 'supervision.countries.ground.foreign-aggression',
  'internal-conflict': 'supervision.countries.ground.internal-conflict',
  'massive-human-rights-violations': 'supervision.countries.ground.massive-human-rights-violations',
  'public-order-disturbance': 'supervision.countries.ground.public-order-disturbance',
} as const satisfies Record<CartagenaGround, MessageKey>;

const cartagenaKeys = {
  yes: 'risk.profile.cartagenaYes',
  partly: 'risk.profile.cartagenaPartly',
  no: 'risk.profile.cartagenaNo',
  'not-verified': 'risk.profile.cartagenaNotVerified',
} as const satisfies Record<ForumCartagena, MessageKey>;

/**
 * What the office's profile of a country says (guidance and its date, profiles at risk, returns
 * advised against, third-country arrangements, forum facts), and its gaps, stated as gaps.
 */
@Component({
  selector: 'amp-country-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = profile().profile;
    @let lang = i18n.language();
    <section class="facts" [attr.aria-labelledby]="headingId()" data-testid="country-facts">
      <h4 [id]="headingId()">
        {{ i18n.t(headingKey(), { country: p.name[lang] }) }}
        <span class="source">{{
          i18n.t(profile().source === 'office' ? 'risk.profile.office' : 'risk.profile.reference')
        }}</span>
      </h4>
      <ul>
        @if (profile().referenceNewerThanEdit) {
          <li class="warn" data-testid="reference-newer">
            {{ i18n.t('risk.profile.referenceNewer', { date: profile().referenceReviewedOn }) }}
          </li>
        }
        @if (p.returns.advisedAgainst) {
          <li class="warn">
            {{ i18n.t('risk.profile.returnsAdvisedAgainst', { since: p.returns.since ?? '—' }) }}
            {{ p.returns.note[lang] }}
            <span class="status">({{ i18n.t(statusOf(p.returns.status)) }})</span>
            @if (p.returns.sourceUrl; as url) {
              ·
              <a [href]="url" target="_blank" rel="noopener noreferrer">{{
                i18n.t('risk.profile.source')
              }}</a>
            }
          </li>
        }
        @if (p.guidanceFound) {
          @for (g of p.guidance; track g.id) {
            <li>
              {{ g.issuer }}: {{ g.title }}{{ g.symbol ? ' (' + g.symbol + ')' : '' }},
              {{ g.date }}
              <span class="status">({{ i18n.t(statusOf(g.status)) }})</span>
              @if (g.sourceUrl; as url) {
                ·
                <a [href]="url" target="_blank" rel="noopener noreferrer">{{
                  i18n.t('risk.profile.source')
                }}</a>
              }
            </li>
          }
          <li [class.warn]="profile().guidanceAge.reviewDue" data-testid="guidance-age">
            {{ profile().guidanceAge.text[lang] }}
          </li>
        }
        <li>{{ p.guidanceNote[lang] }}</li>
        @if (p.riskProfiles.length > 0) {
          <li>
            {{ i18n.t('risk.profile.profilesAtRisk') }}
            {{ profileLabels() }}
          </li>
        } @else if (p.guidanceFound && !p.riskProfilesTranscribed) {
          <li>{{ i18n.t('risk.profile.notTranscribed') }}</li>
        }
        @if (p.cartagenaContext; as c) {
          <li>{{ c.note[lang] }}</li>
        }
        @if (p.thirdCountryArrangement.receivesOtherNationals) {
          <li class="warn">
            {{ p.thirdCountryArrangement.note[lang] }}
            ({{ i18n.t(statusKeys[p.thirdCountryArrangement.status]) }})
          </li>
        }
        @if (p.forum; as forum) {
          <li>
            {{
              i18n.t(cartagenaKeys[forum.appliesCartagena], { basis: forum.cartagenaBasis ?? '' })
            }}
            @if (groundsNotInLaw(); as grounds) {
              {{ i18n.t('risk.profile.groundsNotInLaw', { grounds }) }}
            }
          </li>
          @if (forum.catBars; as bars) {
            <li>
              {{ bars.text[lang] }} — {{ bars.citation }} ({{ i18n.t(statusKeys[bars.status]) }})
            </li>
          }
          @for (protection of forum.protections; track protection.citation) {
            <li>
              {{ protection.text[lang] }} — {{ protection.citation }} ({{
                i18n.t(statusKeys[protection.status])
              }})
            </li>
          }
        }
        <li class="reviewed">
          @if (p.reviewedBy; as name) {
            {{ i18n.t('risk.profile.reviewedBy', { date: p.reviewedOn, name }) }}
          } @else {
            {{ i18n.t('risk.profile.reviewedOn', { date: p.reviewedOn }) }}
          }
        </li>
      </ul>
    </section>
  `,
  styles: `
    .facts {
      border-left: 4px solid var(--mat-sys-outline-variant);
      padding: 4px 12px;
      margin: 0 0 16px;
      background: var(--mat-sys-surface-container-low);
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 4px 0;
    }
    .source,
    .reviewed {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    ul {
      margin: 0;
      padding-left: 18px;
      font: var(--mat-sys-body-medium);
    }
    .warn {
      font-weight: 600;
    }
  `,
})
export class CountryFactsComponent {
  protected readonly i18n = inject(TranslationService);
  readonly profile = input.required<CountryProfileResponse>();
  /** Which answer the facts are shown for: the country of feared return, or the forum. */
  readonly role = input<'destination' | 'forum'>('destination');

  protected readonly statusKeys = statusKeys;
  protected readonly cartagenaKeys = cartagenaKeys;
  protected headingId = () => `facts-${this.role()}-${this.profile().code}`;
  protected headingKey = (): MessageKey =>
    this.role() === 'forum' ? 'risk.profile.forumHeading' : 'risk.profile.destinationHeading';
  /** An older office copy may not say how a fact was sourced: that is said, not guessed. */
  protected statusOf = (status: SourceStatus | undefined): MessageKey =>
    status ? statusKeys[status] : 'risk.profile.status.notRecorded';
  /** The Cartagena circumstances the forum's law leaves out, named in the language shown. */
  protected groundsNotInLaw = () =>
    (this.profile().profile.forum?.cartagenaGrounds ?? [])
      .filter((g) => g.applies === 'no')
      .map((g) => this.i18n.t(groundKeys[g.ground]))
      .join(', ');
  protected profileLabels = () =>
    this.profile()
      .profile.riskProfiles.map((p) => p.label[this.i18n.language()])
      .join(', ');
}
