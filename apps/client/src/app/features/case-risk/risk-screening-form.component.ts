import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type OnInit,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { map } from 'rxjs';
import { NOW } from '../../core/auth';
import { ApiError, errorNotice, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import { countryOptions } from './countries';
import { CountryFactsComponent } from './country-facts.component';
import { RiskQuestionComponent } from './risk-question.component';
import type {
  CountryProfileResponse,
  DraftAnswers,
  RiskAssessment,
  ScreeningAnswerValue,
  ScreeningInstrument,
  ScreeningQuestion,
} from './risk.models';
import { RiskApi } from './risk.api';

const DESTINATION = 's1.destination_country';
const FORUM = 's1.forum_country';

/** The validator's codes (docs/risk-screening.md) as sentences a person can act on. */
const problemKeys: Record<string, MessageKey> = {
  SCREENING_MISSING_REQUIRED: 'risk.problem.required',
  SCREENING_WRONG_TYPE: 'risk.problem.wrongType',
  SCREENING_UNKNOWN_OPTION: 'risk.problem.unknownOption',
  SCREENING_DUPLICATE_OPTION: 'risk.problem.unknownOption',
  SCREENING_INVALID_DATE: 'risk.problem.invalidDate',
  SCREENING_DATE_IN_FUTURE: 'risk.problem.dateInFuture',
  SCREENING_OUT_OF_RANGE: 'risk.problem.outOfRange',
  SCREENING_INVALID_COUNTRY_CODE: 'risk.problem.invalidCountry',
  SCREENING_TEXT_TOO_LONG: 'risk.problem.tooLong',
  SCREENING_UNKNOWN_QUESTION: 'risk.problem.unknownQuestion',
  SCREENING_INSTRUMENT_VERSION_MISMATCH: 'risk.problem.instrumentVersion',
  RISK_DESTINATION_MISMATCH: 'risk.problem.destinationMismatch',
};

interface Problem {
  questionId: string;
  key: MessageKey | null;
  text: string;
}

/**
 * The screening as a stepper, one step per section of the instrument, then a review step. It
 * starts from the latest version's answers; saving records a new version (never an overwrite).
 */
@Component({
  selector: 'amp-risk-screening-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CountryFactsComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatStepperModule,
    RiskQuestionComponent,
  ],
  template: `
    @let lang = i18n.language();
    <mat-stepper
      [orientation]="narrow() ? 'vertical' : 'horizontal'"
      [linear]="false"
      [attr.aria-label]="i18n.t('risk.form.steps')"
      data-testid="risk-stepper"
    >
      @for (section of instrument().sections; track section.id; let last = $last) {
        <mat-step
          [label]="section.order + '. ' + section.title[lang]"
          [hasError]="sectionHasProblem(section.id)"
          [errorMessage]="i18n.t('risk.form.stepHasProblems')"
        >
          <h3 class="section-title">{{ section.order }}. {{ section.title[lang] }}</h3>
          <p class="purpose">{{ section.purpose[lang] }}</p>
          @for (question of section.questions; track question.id) {
            <amp-risk-question
              [question]="question"
              [value]="answers()[question.id]"
              (valueChange)="setAnswer(question.id, $event)"
              [required]="isRequired(question)"
              [error]="problemText(question.id)"
              [countries]="countries()"
              [today]="today"
            />
            @if (question.id === destinationId && profileOf(answers()[destinationId]); as p) {
              <amp-country-facts [profile]="p" role="destination" />
            }
            @if (question.id === forumId && profileOf(answers()[forumId]); as p) {
              <amp-country-facts [profile]="p" role="forum" />
            }
          }
          <div class="step-actions">
            @if (section.order > 1) {
              <button mat-button matStepperPrevious type="button">
                {{ i18n.t('risk.form.back') }}
              </button>
            }
            <button mat-flat-button matStepperNext type="button">
              {{ i18n.t(last ? 'risk.form.toReview' : 'risk.form.next') }}
            </button>
          </div>
        </mat-step>
      }
      <mat-step [label]="i18n.t('risk.form.review')">
        <h3 class="section-title">{{ i18n.t('risk.form.review') }}</h3>
        <p class="purpose">{{ i18n.t('risk.form.reviewIntro') }}</p>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ i18n.t('risk.form.evidenceNotes') }}</mat-label>
          <textarea
            matInput
            rows="4"
            maxlength="20000"
            [value]="evidenceNotes()"
            (input)="evidenceNotes.set(textOf($event))"
            aria-describedby="risk-evidence-hint"
          ></textarea>
        </mat-form-field>
        <p id="risk-evidence-hint" class="purpose">{{ i18n.t('risk.answer.sealed') }}</p>

        @if (problems().length > 0) {
          <div class="problems" role="alert" data-testid="risk-problems">
            <p>{{ i18n.t('risk.form.problemsIntro') }}</p>
            <ul>
              @for (problem of problems(); track problem.questionId + problem.text) {
                <li>
                  <button mat-button type="button" (click)="goToQuestion(problem.questionId)">
                    {{ questionLabel(problem.questionId) }}
                  </button>
                  — {{ problemTextOf(problem) }}
                </li>
              }
            </ul>
          </div>
        } @else if (error(); as notice) {
          <p class="problems" role="alert">{{ i18n.t(notice.key, notice.params) }}</p>
        }
        <div class="step-actions">
          <button mat-button matStepperPrevious type="button">
            {{ i18n.t('risk.form.back') }}
          </button>
          <button mat-button type="button" (click)="cancelled.emit()">
            {{ i18n.t('common.cancel') }}
          </button>
          <button
            mat-flat-button
            type="button"
            [disabled]="saving()"
            (click)="save()"
            data-testid="risk-save"
          >
            {{ i18n.t(saving() ? 'risk.form.saving' : 'risk.form.save') }}
          </button>
        </div>
      </mat-step>
    </mat-stepper>
  `,
  styles: `
    .section-title {
      font: var(--mat-sys-title-medium);
      margin: 8px 0 4px;
    }
    .purpose {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 16px;
    }
    .step-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .wide {
      width: 100%;
    }
    .problems {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 8px;
      padding: 8px 12px;
    }
    .problems button {
      text-decoration: underline;
    }
  `,
})
export class RiskScreeningFormComponent implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(RiskApi);
  private readonly now = inject(NOW);

  readonly caseId = input.required<string>();
  readonly instrument = input.required<ScreeningInstrument>();
  readonly profiles = input.required<readonly CountryProfileResponse[]>();
  /** The latest version, whose answers the new one starts from. */
  readonly latest = input<RiskAssessment | null>(null);
  readonly saved = output<RiskAssessment>();
  readonly cancelled = output<void>();

  protected readonly destinationId = DESTINATION;
  protected readonly forumId = FORUM;
  protected readonly today = new Date(this.now()).toISOString().slice(0, 10);
  private readonly stepper = viewChild(MatStepper);

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 720px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly countries = computed(() => countryOptions(this.i18n.language()));

  protected readonly answers = signal<DraftAnswers>({});
  protected readonly evidenceNotes = signal('');
  protected readonly saving = signal(false);
  protected readonly problems = signal<Problem[]>([]);
  protected readonly error = signal<Notice | null>(null);
  private started = false;

  ngOnInit(): void {
    const latest = this.latest();
    if (!this.started && latest) {
      this.answers.set({ ...latest.answers });
      this.evidenceNotes.set(latest.evidenceNotes ?? '');
    }
    this.started = true;
  }

  protected setAnswer(id: string, value: ScreeningAnswerValue | null | undefined): void {
    this.answers.update((answers) => ({ ...answers, [id]: value ?? null }));
    // An answer changed: its old problem no longer applies.
    this.problems.update((problems) => problems.filter((p) => p.questionId !== id));
  }

  protected isRequired(question: ScreeningQuestion): boolean {
    if (question.required) return true;
    const when = question.requiredWhen;
    return !!when && this.answers()[when.questionId] === when.equals;
  }

  protected profileOf(
    code: ScreeningAnswerValue | null | undefined,
  ): CountryProfileResponse | null {
    return typeof code === 'string' ? (this.profiles().find((p) => p.code === code) ?? null) : null;
  }

  protected sectionHasProblem(sectionId: string): boolean {
    return this.problems().some((p) => p.questionId.startsWith(`${sectionId}.`));
  }

  protected problemText(questionId: string): string | null {
    const problem = this.problems().find((p) => p.questionId === questionId);
    return problem ? this.problemTextOf(problem) : null;
  }

  protected problemTextOf(problem: Problem): string {
    return problem.key ? this.i18n.t(problem.key) : problem.text;
  }

  protected questionLabel(id: string): string {
    const lang = this.i18n.language();
    for (const section of this.instrument().sections) {
      const question = section.questions.find((q) => q.id === id);
      if (question) return `${section.order}. ${question.prompt[lang]}`;
    }
    return id;
  }

  /** Opens the step of a question and puts the focus on it. */
  protected goToQuestion(id: string): void {
    const index = this.instrument().sections.findIndex((s) => id.startsWith(`${s.id}.`));
    const stepper = this.stepper();
    if (index < 0 || !stepper) return;
    stepper.selectedIndex = index;
    setTimeout(() => {
      const host = document.querySelector(`[data-question="${id}"]`);
      const target = host?.querySelector<HTMLElement>('input, textarea, mat-select, [tabindex]');
      target?.focus();
      host?.scrollIntoView?.({ block: 'center' });
    });
  }

  protected textOf(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected save(): void {
    if (this.saving()) return;
    const missing = this.missingRequired();
    if (missing.length > 0) {
      this.problems.set(
        missing.map((questionId) => ({ questionId, key: 'risk.problem.required', text: '' })),
      );
      return;
    }
    const answers = Object.fromEntries(
      Object.entries(this.answers()).filter(([, value]) => value !== null && value !== undefined),
    );
    const notes = this.evidenceNotes().trim();
    this.saving.set(true);
    this.problems.set([]);
    this.error.set(null);
    this.api
      .create(this.caseId(), {
        destination: String(answers[DESTINATION]),
        instrumentVersion: this.instrument().version,
        answers,
        ...(notes ? { evidenceNotes: notes } : {}),
      })
      .subscribe({
        next: (assessment) => {
          this.saving.set(false);
          this.saved.emit(assessment);
        },
        error: (failure: unknown) => {
          this.saving.set(false);
          const problems = this.problemsOf(failure);
          if (problems.length > 0) this.problems.set(problems);
          else this.error.set(errorNotice(failure));
        },
      });
  }

  private missingRequired(): string[] {
    const answers = this.answers();
    return this.instrument()
      .sections.flatMap((s) => s.questions)
      .filter((q) => this.isRequired(q))
      .filter((q) => {
        const value = answers[q.id];
        return value === null || value === undefined || (Array.isArray(value) && !value.length);
      })
      .map((q) => q.id);
  }

  /** A 400 names each question with a problem: shown at the question and listed with a link. */
  private problemsOf(failure: unknown): Problem[] {
    if (!(failure instanceof ApiError) || failure.status !== 400) return [];
    return failure.details
      .filter((detail) => typeof detail.field === 'string')
      .map((detail) => {
        const code = typeof detail['code'] === 'string' ? detail['code'] : '';
        const field = detail.field === 'destination' ? DESTINATION : (detail.field as string);
        return { questionId: field, key: problemKeys[code] ?? null, text: detail.message };
      });
  }
}
