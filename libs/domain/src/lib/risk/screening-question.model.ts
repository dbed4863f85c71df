// The shape of the non-refoulement screening instrument: sections of typed, bilingual questions.
import type { LegalBasis } from './legal-basis.model';
import type { LocalizedText } from './localized-text.model';

export enum AnswerType {
  Boolean = 'boolean',
  SingleChoice = 'single-choice',
  MultiChoice = 'multi-choice',
  Date = 'date',
  Number = 'number',
  CountryCode = 'country-code',
  Text = 'text',
}

export interface ChoiceOption {
  /** Stable value stored in answers; never renamed once published. */
  readonly value: string;
  readonly label: LocalizedText;
  readonly legalBasis?: readonly LegalBasis[];
  /**
   * Ordering of single-choice options by risk (higher = more danger on return). Scoring rules only
   * ever test "rank at least N", which is what keeps the score monotone.
   */
  readonly riskRank?: number;
}

interface QuestionBase {
  /** Stable id, `s<section>.<name>`; answers and history refer to it. */
  readonly id: string;
  readonly prompt: LocalizedText;
  readonly help: LocalizedText;
  readonly legalBasis: readonly LegalBasis[];
  readonly required: boolean;
  /** Required only when another boolean question has this answer (e.g. harm types after "yes"). */
  readonly requiredWhen?: { readonly questionId: string; readonly equals: boolean };
  /** Free text that may hold a persecution narrative: the API encrypts it and diffs may redact it. */
  readonly sensitive?: boolean;
}

export interface BooleanQuestion extends QuestionBase {
  readonly type: AnswerType.Boolean;
  /** "yes" is a risk factor: scoring never lowers the level when this turns true. */
  readonly trueRaisesRisk: boolean;
}

export interface SingleChoiceQuestion extends QuestionBase {
  readonly type: AnswerType.SingleChoice;
  readonly options: readonly ChoiceOption[];
}

export interface MultiChoiceQuestion extends QuestionBase {
  readonly type: AnswerType.MultiChoice;
  readonly options: readonly ChoiceOption[];
  /** Adding an option is a risk factor (false for exclusion indicators, which change pathways only). */
  readonly moreOptionsRaiseRisk: boolean;
}

export interface DateQuestion extends QuestionBase {
  readonly type: AnswerType.Date;
  readonly notInFuture: boolean;
}

export interface NumberQuestion extends QuestionBase {
  readonly type: AnswerType.Number;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly unit: LocalizedText;
}

export interface CountryCodeQuestion extends QuestionBase {
  readonly type: AnswerType.CountryCode;
}

export interface TextQuestion extends QuestionBase {
  readonly type: AnswerType.Text;
  readonly maxLength: number;
}

export type ScreeningQuestion =
  | BooleanQuestion
  | SingleChoiceQuestion
  | MultiChoiceQuestion
  | DateQuestion
  | NumberQuestion
  | CountryCodeQuestion
  | TextQuestion;

export interface ScreeningSection {
  readonly id: string;
  /** 1..10, the order of the legal reference. */
  readonly order: number;
  readonly title: LocalizedText;
  readonly purpose: LocalizedText;
  readonly questions: readonly ScreeningQuestion[];
}

export interface ScreeningInstrument {
  /** Recorded on every assessment; a changed question means a new version. */
  readonly version: string;
  readonly publishedOn: string;
  readonly sections: readonly ScreeningSection[];
}
