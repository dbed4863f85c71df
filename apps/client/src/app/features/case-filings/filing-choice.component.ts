import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { type MessageKey, TranslationService } from '../../core/i18n';
import type { FilingLanguage, FilingTemplate } from './filings.models';
import { type DetailKey, detailFields, detailsNeeded, LIST_DETAILS } from './missing-data';

/** A detail typed into the form. */
export interface TypedDetail {
  key: DetailKey;
  value: string;
}

/** The language a newly chosen template starts in: the user's, where the template has it. */
export function languageFor(template: FilingTemplate, preferred: FilingLanguage): FilingLanguage {
  return template.languages.includes(preferred) ? preferred : template.languages[0];
}

/**
 * What to generate: the template, its language where it has two, and the `details` it needs that
 * the cases' records do not hold (place of signature, grounds…). Used for one case (the filings
 * tab) and for a batch (the batch dialog); the parent keeps the values and sends the request.
 * Fields are `#<idPrefix>-detail-<key>`, so a missing item can put the focus on its field.
 */
@Component({
  selector: 'amp-filing-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule],
  template: `
    <mat-form-field appearance="outline" class="wide">
      <mat-label>{{ i18n.t('filings.template') }}</mat-label>
      <mat-select
        [value]="templateId()"
        [disabled]="disabled()"
        (selectionChange)="templatePicked.emit($event.value)"
        [attr.data-testid]="idPrefix() + '-template'"
      >
        @for (t of templates(); track t.id) {
          <mat-option [value]="t.id">{{ templateTitle(t) }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    @if (template(); as t) {
      @if (t.languages.length > 1) {
        <fieldset>
          <legend [id]="idPrefix() + '-language-label'">{{ i18n.t(languageLegend()) }}</legend>
          <mat-radio-group
            [attr.aria-labelledby]="idPrefix() + '-language-label'"
            [value]="language()"
            (change)="languagePicked.emit($event.value)"
          >
            @for (l of t.languages; track l) {
              <mat-radio-button [value]="l">{{ i18n.t(languageKeys[l]) }}</mat-radio-button>
            }
          </mat-radio-group>
        </fieldset>
      }
      @if (detailsShown().length > 0) {
        <div class="subhead" role="heading" [attr.aria-level]="headingLevel()">
          {{ i18n.t(detailsTitle()) }}
        </div>
        <p class="hint">{{ i18n.t(detailsHint()) }}</p>
        @for (key of detailsShown(); track key) {
          <mat-form-field appearance="outline" class="wide">
            <mat-label>{{ i18n.t(detailLabel(key)) }}</mat-label>
            @if (isList(key)) {
              <textarea
                matInput
                rows="3"
                [id]="idPrefix() + '-detail-' + key"
                [value]="details()[key] ?? ''"
                (input)="type(key, $event)"
              ></textarea>
              <mat-hint>{{
                i18n.t(key === 'grounds' ? 'filings.groundsHint' : 'filings.annexesHint')
              }}</mat-hint>
            } @else {
              <input
                matInput
                [type]="key === 'decisionIssuedOn' ? 'date' : 'text'"
                [id]="idPrefix() + '-detail-' + key"
                [value]="details()[key] ?? ''"
                (input)="type(key, $event)"
              />
            }
          </mat-form-field>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .wide {
      width: 100%;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 8px;
    }
    .subhead {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FilingChoiceComponent {
  protected readonly i18n = inject(TranslationService);
  readonly templates = input.required<readonly FilingTemplate[]>();
  readonly templateId = input<string | null>(null);
  readonly language = input<FilingLanguage>('es');
  readonly details = input<Partial<Record<DetailKey, string>>>({});
  readonly disabled = input(false);
  /** Detail fields not to ask for this case (the place of detention of a released client). */
  readonly omit = input<readonly DetailKey[]>([]);
  /** Prefix of the fields' ids (`filing` on the filings tab). */
  readonly idPrefix = input('filing');
  readonly headingLevel = input(4);
  readonly languageLegend = input<MessageKey>('filings.language');
  readonly detailsTitle = input<MessageKey>('filings.details');
  readonly detailsHint = input<MessageKey>('filings.detailsHint');
  readonly templatePicked = output<string>();
  readonly languagePicked = output<FilingLanguage>();
  readonly detailTyped = output<TypedDetail>();

  protected readonly languageKeys = {
    es: 'filings.language.es',
    en: 'filings.language.en',
  } as const satisfies Record<FilingLanguage, MessageKey>;
  protected readonly template = computed(
    () => this.templates().find((t) => t.id === this.templateId()) ?? null,
  );
  protected readonly detailsShown = computed(() =>
    detailsNeeded(this.template(), this.language()).filter((key) => !this.omit().includes(key)),
  );

  protected templateTitle(t: FilingTemplate): string {
    const lang = this.i18n.language();
    const title = t.titles[lang] ?? t.titles.es ?? t.titles.en ?? t.id;
    return t.languages.length > 1 ? title : `${title} (${t.languages.join(', ').toUpperCase()})`;
  }

  protected detailLabel(key: DetailKey): MessageKey {
    return detailFields.find(([k]) => k === key)?.[1] ?? 'filings.details';
  }

  protected isList(key: DetailKey): boolean {
    return LIST_DETAILS.has(key);
  }

  protected type(key: DetailKey, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.detailTyped.emit({ key, value });
  }
}
