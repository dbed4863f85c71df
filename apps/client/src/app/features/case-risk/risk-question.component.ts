import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslationService } from '../../core/i18n';
import type { CountryOption } from './countries';
import type { ScreeningAnswerValue, ScreeningQuestion } from './risk.models';

/**
 * One question of the screening with the widget its answer type needs, its help text and legal
 * basis in the language shown, and the problem the server (or the form) found with the answer.
 */
@Component({
  selector: 'amp-risk-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
  ],
  template: `
    @let q = question();
    @let lang = i18n.language();
    @switch (q.type) {
      @case ('boolean') {
        <fieldset [attr.aria-describedby]="describedBy()" [attr.data-question]="q.id">
          <legend [id]="ids().label">{{ q.prompt[lang] }}{{ required() ? ' *' : '' }}</legend>
          <mat-radio-group
            class="inline"
            [attr.aria-labelledby]="ids().label"
            [value]="value()"
            (change)="value.set($event.value)"
          >
            <mat-radio-button [value]="true">{{ i18n.t('risk.answer.yes') }}</mat-radio-button>
            <mat-radio-button [value]="false">{{ i18n.t('risk.answer.no') }}</mat-radio-button>
          </mat-radio-group>
          @if (value() !== null && value() !== undefined) {
            <button mat-button type="button" class="clear" (click)="value.set(null)">
              {{ i18n.t('risk.answer.clear') }}
            </button>
          }
        </fieldset>
      }
      @case ('single-choice') {
        <fieldset [attr.aria-describedby]="describedBy()" [attr.data-question]="q.id">
          <legend [id]="ids().label">{{ q.prompt[lang] }}{{ required() ? ' *' : '' }}</legend>
          <mat-radio-group
            class="stacked"
            [attr.aria-labelledby]="ids().label"
            [value]="value()"
            (change)="value.set($event.value)"
          >
            @for (option of q.options ?? []; track option.value) {
              <mat-radio-button [value]="option.value">{{ option.label[lang] }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (value() !== null && value() !== undefined && !required()) {
            <button mat-button type="button" class="clear" (click)="value.set(null)">
              {{ i18n.t('risk.answer.clear') }}
            </button>
          }
        </fieldset>
      }
      @case ('multi-choice') {
        <fieldset
          [attr.aria-describedby]="describedBy()"
          [attr.data-question]="q.id"
          class="stacked"
        >
          <legend [id]="ids().label">{{ q.prompt[lang] }}{{ required() ? ' *' : '' }}</legend>
          @for (option of q.options ?? []; track option.value) {
            <mat-checkbox
              [checked]="selected().includes(option.value)"
              (change)="toggle(option.value, $event.checked)"
              >{{ option.label[lang] }}</mat-checkbox
            >
          }
        </fieldset>
      }
      @case ('country-code') {
        <mat-form-field appearance="outline" [attr.data-question]="q.id">
          <mat-label>{{ q.prompt[lang] }}</mat-label>
          <mat-select
            [value]="value() ?? null"
            [required]="required()"
            [attr.aria-describedby]="describedBy()"
            (selectionChange)="value.set($event.value)"
          >
            <mat-option [value]="null">{{ i18n.t('risk.answer.none') }}</mat-option>
            @for (country of countries(); track country.code) {
              <mat-option [value]="country.code">{{ country.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      @case ('date') {
        <mat-form-field appearance="outline" [attr.data-question]="q.id">
          <mat-label>{{ q.prompt[lang] }}</mat-label>
          <input
            matInput
            type="date"
            [required]="required()"
            [value]="value() ?? ''"
            [attr.max]="q.notInFuture ? today() : null"
            [attr.aria-describedby]="describedBy()"
            (change)="setText($event)"
          />
        </mat-form-field>
      }
      @case ('number') {
        <mat-form-field appearance="outline" [attr.data-question]="q.id">
          <mat-label>{{ q.prompt[lang] }}</mat-label>
          <input
            matInput
            type="number"
            inputmode="decimal"
            [required]="required()"
            [value]="value() ?? ''"
            [attr.min]="q.min ?? null"
            [attr.max]="q.max ?? null"
            [attr.step]="q.integer ? 1 : 'any'"
            [attr.aria-describedby]="describedBy()"
            (input)="setNumber($event)"
          />
          @if (q.unit) {
            <span matTextSuffix>{{ q.unit[lang] }}</span>
          }
        </mat-form-field>
      }
      @default {
        <mat-form-field appearance="outline" class="wide" [attr.data-question]="q.id">
          <mat-label>{{ q.prompt[lang] }}</mat-label>
          <textarea
            matInput
            rows="3"
            [required]="required()"
            [value]="value() ?? ''"
            [attr.maxlength]="q.maxLength ?? null"
            [attr.aria-describedby]="describedBy()"
            (input)="setText($event)"
          ></textarea>
        </mat-form-field>
      }
    }
    <p class="help" [id]="ids().help">
      {{ q.help[lang] }}
      @if (q.sensitive) {
        <span class="sealed">{{ i18n.t('risk.answer.sealed') }}</span>
      }
    </p>
    @if (q.legalBasis.length > 0) {
      <p class="basis" [id]="ids().basis">
        {{ i18n.t('risk.legalBasis') }}
        {{ basisText() }}
      </p>
    }
    @if (error(); as message) {
      <p class="error" role="alert" [id]="ids().error">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    .stacked,
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .stacked {
      flex-direction: column;
    }
    mat-form-field {
      width: min(100%, 28rem);
    }
    mat-form-field.wide {
      width: 100%;
    }
    .help,
    .basis {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 2px;
    }
    .sealed {
      font-style: italic;
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
      margin: 4px 0 0;
    }
  `,
})
export class RiskQuestionComponent {
  protected readonly i18n = inject(TranslationService);

  readonly question = input.required<ScreeningQuestion>();
  readonly value = model<ScreeningAnswerValue | null | undefined>(null);
  /** Required now (always, or because of another answer). */
  readonly required = input(false);
  readonly error = input<string | null>(null);
  readonly countries = input<readonly CountryOption[]>([]);
  /** YYYY-MM-DD of today, the latest date a "not in the future" question accepts. */
  readonly today = input('');

  protected readonly ids = computed(() => {
    const base = `q-${this.question().id.replace(/\./g, '-')}`;
    return {
      label: `${base}-label`,
      help: `${base}-help`,
      basis: `${base}-basis`,
      error: `${base}-error`,
    };
  });
  protected readonly describedBy = computed(() => {
    const ids = this.ids();
    return [ids.help, ...(this.error() ? [ids.error] : [])].join(' ');
  });
  protected readonly selected = computed(() => {
    const value = this.value();
    return Array.isArray(value) ? (value as readonly string[]) : [];
  });
  protected readonly basisText = computed(() => {
    const lang = this.i18n.language();
    return this.question()
      .legalBasis.map((basis) => basis.label[lang])
      .join('; ');
  });

  protected toggle(option: string, checked: boolean): void {
    const rest = this.selected().filter((value) => value !== option);
    const next = checked ? [...rest, option] : rest;
    this.value.set(next.length > 0 ? next : null);
  }

  protected setText(event: Event): void {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.value.set(text.trim() === '' ? null : text);
  }

  protected setNumber(event: Event): void {
    const input = event.target as HTMLInputElement;
    // An empty or half-typed number is "not answered" until it reads as a number.
    this.value.set(
      input.value === '' || Number.isNaN(input.valueAsNumber) ? null : input.valueAsNumber,
    );
  }
}
