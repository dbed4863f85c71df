import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { routeUrls } from '../../route-paths';
import { SupervisionApi } from './supervision.api';
import type { CountryProfileView } from './supervision.models';
import { supervisionStyles } from './supervision.styles';

/**
 * The countries Amparo holds reference data for: whether guidance was found and how old it is
 * (flagged for review at two years, or stale after an event), whether returns are advised against,
 * whether the country receives other nationals, and whose version the office reads.
 */
@Component({
  selector: 'amp-country-profiles-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h2>{{ i18n.t('supervision.countries.title') }}</h2>
    <p>{{ i18n.t('supervision.countries.intro') }}</p>
    <div role="alert" class="error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>
    @if (loading()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    } @else if (profiles(); as profiles) {
      <div class="table-scroll">
        <table data-testid="country-profiles">
          <caption class="visually-hidden">
            {{
              i18n.t('supervision.countries.title')
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ i18n.t('supervision.countries.country') }}</th>
              <th scope="col">{{ i18n.t('supervision.countries.guidance') }}</th>
              <th scope="col">{{ i18n.t('supervision.countries.guidanceAge') }}</th>
              <th scope="col">{{ i18n.t('supervision.countries.returns') }}</th>
              <th scope="col">{{ i18n.t('supervision.countries.thirdCountry') }}</th>
              <th scope="col">{{ i18n.t('supervision.countries.version') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of profiles; track item.code) {
              <tr>
                <th scope="row">
                  <a [routerLink]="link(item.code)">{{ item.profile.name[i18n.language()] }}</a>
                  <span class="secondary">{{ rolesText(item) }}</span>
                </th>
                <td>
                  @if (item.profile.guidanceFound) {
                    {{
                      i18n.t('supervision.countries.citations', {
                        count: item.profile.guidance.length,
                      })
                    }}
                  } @else {
                    <span class="flag">{{ i18n.t('supervision.countries.notFound') }}</span>
                  }
                </td>
                <td data-testid="guidance-age">
                  @if (item.guidanceAge.newestGuidanceDate; as date) {
                    {{ date }}
                    <span class="secondary">{{ ageText(item.guidanceAge.ageMonths) }}</span>
                    @if (item.guidanceAge.flags.includes('predates-changed-circumstances')) {
                      &ngsp;<span class="flag grave">{{
                        i18n.t('supervision.countries.stale')
                      }}</span>
                    }
                    @if (item.guidanceAge.reviewDue) {
                      &ngsp;<span class="flag">{{
                        i18n.t('supervision.countries.reviewDue')
                      }}</span>
                    }
                  } @else {
                    {{ i18n.t('supervision.countries.noGuidanceAge') }}
                  }
                </td>
                <td>
                  @if (item.profile.returns.advisedAgainst) {
                    <span class="flag grave">{{
                      i18n.t('supervision.countries.advisedAgainst')
                    }}</span>
                  } @else {
                    {{ i18n.t('supervision.countries.noAdvice') }}
                  }
                </td>
                <td>
                  @if (item.profile.thirdCountryArrangement.receivesOtherNationals) {
                    <span class="flag grave">{{
                      i18n.t('supervision.countries.receivesOthers')
                    }}</span>
                  } @else {
                    —
                  }
                </td>
                <td>
                  {{
                    i18n.t(
                      item.source === 'office'
                        ? 'supervision.countries.officeEdit'
                        : 'supervision.countries.reference'
                    )
                  }}
                  <span class="secondary">{{
                    i18n.t('supervision.countries.reviewedOn', { date: item.profile.reviewedOn })
                  }}</span>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: supervisionStyles,
})
export class CountryProfilesPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);

  protected readonly profiles = signal<CountryProfileView[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Notice | null>(null);

  ngOnInit(): void {
    this.api.profiles().subscribe({
      next: (profiles) => {
        const language = this.i18n.language();
        this.profiles.set(
          [...profiles].sort((a, b) =>
            a.profile.name[language].localeCompare(b.profile.name[language], this.i18n.locale()),
          ),
        );
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected link(code: string): string {
    return `${routeUrls.supervisionCountries}/${code}`;
  }

  /** "2 y 9 m" style: short, as the column is narrow; the full sentence is on the country's page. */
  protected ageText(months: number | null): string {
    if (months === null) return '';
    return this.i18n.t('supervision.countries.ageShort', {
      years: Math.floor(months / 12),
      months: months % 12,
    });
  }

  protected rolesText(item: CountryProfileView): string {
    return item.profile.roles
      .map((role) =>
        this.i18n.t(
          role === 'origin' ? 'supervision.countries.origin' : 'supervision.countries.removing',
        ),
      )
      .join(' · ');
  }
}
