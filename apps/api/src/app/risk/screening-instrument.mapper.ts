// Turns the domain's screening instrument into the plain response the client renders.
import type {
  LegalBasisResponse,
  ScreeningInstrumentResponse,
  ScreeningOptionResponse,
  ScreeningQuestionResponse,
} from '@amparo/contracts';
import {
  AnswerType,
  LEGAL_BASIS_LABELS,
  type ChoiceOption,
  type LegalBasis,
  type ScreeningInstrument,
  type ScreeningQuestion,
} from '@amparo/domain';

const bases = (codes: readonly LegalBasis[] = []): LegalBasisResponse[] =>
  codes.map((code) => ({ code, label: { ...LEGAL_BASIS_LABELS[code] } }));

const option = (o: ChoiceOption): ScreeningOptionResponse => ({
  value: o.value,
  label: { ...o.label },
  legalBasis: bases(o.legalBasis),
  ...(o.riskRank === undefined ? {} : { riskRank: o.riskRank }),
});

function question(q: ScreeningQuestion): ScreeningQuestionResponse {
  const base: ScreeningQuestionResponse = {
    id: q.id,
    type: q.type,
    prompt: { ...q.prompt },
    help: { ...q.help },
    legalBasis: bases(q.legalBasis),
    required: q.required,
    ...(q.requiredWhen ? { requiredWhen: { ...q.requiredWhen } } : {}),
    sensitive: q.sensitive ?? false,
  };
  switch (q.type) {
    case AnswerType.SingleChoice:
    case AnswerType.MultiChoice:
      return { ...base, options: q.options.map(option) };
    case AnswerType.Number:
      return { ...base, min: q.min, max: q.max, integer: q.integer, unit: { ...q.unit } };
    case AnswerType.Text:
      return { ...base, maxLength: q.maxLength };
    case AnswerType.Date:
      return { ...base, notInFuture: q.notInFuture };
    default:
      return base;
  }
}

export function toInstrumentResponse(instrument: ScreeningInstrument): ScreeningInstrumentResponse {
  return {
    version: instrument.version,
    publishedOn: instrument.publishedOn,
    sections: instrument.sections.map((s) => ({
      id: s.id,
      order: s.order,
      title: { ...s.title },
      purpose: { ...s.purpose },
      questions: s.questions.map(question),
    })),
  };
}
