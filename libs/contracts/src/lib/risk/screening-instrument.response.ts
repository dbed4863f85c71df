// The non-refoulement screening instrument as the client renders it: sections, typed questions, help.
import type { AnswerType, LegalBasis, LocalizedText } from '@amparo/domain';

/** A legal norm a question or option serves, with its citation in both languages. */
export interface LegalBasisResponse {
  code: LegalBasis;
  label: LocalizedText;
}

export interface ScreeningOptionResponse {
  value: string;
  label: LocalizedText;
  legalBasis: LegalBasisResponse[];
  /** Higher means more danger on return (single choices only). */
  riskRank?: number;
}

export interface ScreeningQuestionResponse {
  /** Stable id, `s<section>.<name>`, used as the key of an answer. */
  id: string;
  type: AnswerType;
  prompt: LocalizedText;
  help: LocalizedText;
  legalBasis: LegalBasisResponse[];
  required: boolean;
  /** Required only when another (boolean) question has this answer. */
  requiredWhen?: { questionId: string; equals: boolean };
  /** Free text that may hold a persecution narrative: stored encrypted. */
  sensitive: boolean;
  /** single-choice and multi-choice. */
  options?: ScreeningOptionResponse[];
  /** number. */
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: LocalizedText;
  /** text. */
  maxLength?: number;
  /** date. */
  notInFuture?: boolean;
}

export interface ScreeningSectionResponse {
  id: string;
  /** 1..10, the order of the legal reference. */
  order: number;
  title: LocalizedText;
  purpose: LocalizedText;
  questions: ScreeningQuestionResponse[];
}

export interface ScreeningInstrumentResponse {
  /** Recorded on every assessment. */
  version: string;
  publishedOn: string;
  sections: ScreeningSectionResponse[];
}
