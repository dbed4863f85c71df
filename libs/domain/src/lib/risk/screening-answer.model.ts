// The answers one screening gave, keyed by question id, as stored with an assessment version.

/** boolean, single choice (option value), multi choice (option values), ISO date, number, country, text. */
export type ScreeningAnswerValue = boolean | number | string | readonly string[];

export type ScreeningAnswers = Readonly<Record<string, ScreeningAnswerValue>>;

/** What a client submits: the instrument version it answered and its answers. */
export interface ScreeningSubmission {
  readonly instrumentVersion: string;
  readonly answers: ScreeningAnswers;
}
