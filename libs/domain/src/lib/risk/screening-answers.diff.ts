// What changed between two versions of a screening, question by question, in words people read.
import type { LocalizedText } from './localized-text.model';
import type { ScreeningAnswers, ScreeningAnswerValue } from './screening-answer.model';
import {
  AnswerType,
  type ScreeningInstrument,
  type ScreeningQuestion,
} from './screening-question.model';

export type AnswerChangeKind = 'added' | 'removed' | 'changed';

export interface AnswerChange {
  readonly questionId: string;
  readonly sectionId?: string;
  readonly kind: AnswerChangeKind;
  readonly question: LocalizedText;
  readonly before?: LocalizedText;
  readonly after?: LocalizedText;
  /** For multiple choice: which options were ticked and unticked. */
  readonly addedOptions?: readonly LocalizedText[];
  readonly removedOptions?: readonly LocalizedText[];
  /** Set when a sensitive text was changed and the caller asked for redaction. */
  readonly redacted?: boolean;
}

export interface DiffOptions {
  /** Hide the content of sensitive free text (narratives), e.g. in notifications. */
  readonly redactSensitive?: boolean;
}

const YES: LocalizedText = { en: 'Yes', es: 'Sí' };
const NO: LocalizedText = { en: 'No', es: 'No' };
const HIDDEN: LocalizedText = { en: '[confidential text]', es: '[texto confidencial]' };

/** Changes in instrument order; answers to questions the instrument lacks come last, by id. */
export function diffScreeningAnswers(
  instrument: ScreeningInstrument,
  before: ScreeningAnswers,
  after: ScreeningAnswers,
  options: DiffOptions = {},
): AnswerChange[] {
  const known = instrument.sections.flatMap((s) =>
    s.questions.map((q) => ({ q, sectionId: s.id })),
  );
  const knownIds = new Set(known.map((k) => k.q.id));
  const changes: AnswerChange[] = [];
  for (const { q, sectionId } of known) {
    const change = diffOne(q.id, sectionId, q, before[q.id], after[q.id], options);
    if (change) changes.push(change);
  }
  const strays = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((id) => !knownIds.has(id))
    .sort();
  for (const id of strays) {
    const change = diffOne(id, undefined, undefined, before[id], after[id], options);
    if (change) changes.push(change);
  }
  return changes;
}

/** Renders one answer as text in both languages, using option labels rather than stored values. */
export function formatAnswer(
  question: ScreeningQuestion | undefined,
  value: ScreeningAnswerValue,
): LocalizedText {
  if (typeof value === 'boolean') return value ? YES : NO;
  if (Array.isArray(value)) {
    const labels = value.map((v) => optionLabel(question, v));
    return { en: labels.map((l) => l.en).join(', '), es: labels.map((l) => l.es).join(', ') };
  }
  if (typeof value === 'number' && question?.type === AnswerType.Number) {
    return { en: `${value} ${question.unit.en}`, es: `${value} ${question.unit.es}` };
  }
  return optionLabel(question, String(value));
}

function optionLabel(question: ScreeningQuestion | undefined, value: string): LocalizedText {
  if (question?.type === AnswerType.SingleChoice || question?.type === AnswerType.MultiChoice) {
    const option = question.options.find((o) => o.value === value);
    if (option) return option.label;
  }
  return { en: value, es: value };
}

function isEmpty(v: ScreeningAnswerValue | undefined): v is undefined {
  return v === undefined || (Array.isArray(v) && v.length === 0);
}

function same(a: ScreeningAnswerValue, b: ScreeningAnswerValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return a === b;
}

function diffOne(
  id: string,
  sectionId: string | undefined,
  q: ScreeningQuestion | undefined,
  before: ScreeningAnswerValue | undefined,
  after: ScreeningAnswerValue | undefined,
  options: DiffOptions,
): AnswerChange | undefined {
  if (isEmpty(before) && isEmpty(after)) return undefined;
  if (!isEmpty(before) && !isEmpty(after) && same(before, after)) return undefined;
  const kind: AnswerChangeKind = isEmpty(before) ? 'added' : isEmpty(after) ? 'removed' : 'changed';
  const base = {
    questionId: id,
    ...(sectionId ? { sectionId } : {}),
    kind,
    question: q?.prompt ?? { en: id, es: id },
  };
  if (q?.sensitive && options.redactSensitive) {
    return {
      ...base,
      redacted: true,
      ...(before === undefined ? {} : { before: HIDDEN }),
      ...(after === undefined ? {} : { after: HIDDEN }),
    };
  }
  const optionDelta =
    Array.isArray(before ?? []) && Array.isArray(after ?? [])
      ? {
          addedOptions: ((after ?? []) as readonly string[])
            .filter((v) => !((before ?? []) as readonly string[]).includes(v))
            .map((v) => optionLabel(q, v)),
          removedOptions: ((before ?? []) as readonly string[])
            .filter((v) => !((after ?? []) as readonly string[]).includes(v))
            .map((v) => optionLabel(q, v)),
        }
      : {};
  return {
    ...base,
    ...(isEmpty(before) ? {} : { before: formatAnswer(q, before) }),
    ...(isEmpty(after) ? {} : { after: formatAnswer(q, after) }),
    ...optionDelta,
  };
}
