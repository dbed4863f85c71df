// The catalogue of filings Amparo can generate, looked up by id (what GET /api/filing-templates lists).
import { requiredData } from '../data/missing-data.check';
import { FilingError, FilingErrorCode } from '../errors/filing.error';
import type { FilingLanguage, FilingTemplate, RequiredField } from '../model/filing-template.model';
import { MX_AMPARO_INDIRECTO_TEMPLATE } from './mx-amparo-indirecto.template';
import { MX_AUTORIZADOS_TEMPLATE } from './mx-autorizados.template';
import { MX_JUSTIFICACION_EXTEMPORANEIDAD_TEMPLATE } from './mx-justificacion-extemporaneidad.template';
import { PE_HABEAS_CORPUS_TEMPLATE } from './pe-habeas-corpus.template';
import { PE_RECONSIDERACION_TEMPLATE } from './pe-reconsideracion.template';
import { PE_SOLICITUD_REFUGIO_TEMPLATE } from './pe-solicitud-refugio.template';
import { RISK_MEMORANDUM_TEMPLATE } from './risk-memorandum.template';
import { SWORN_DECLARATION_TEMPLATE } from './sworn-declaration.template';
import { US_MOTION_TO_REOPEN_TEMPLATE } from './us-motion-to-reopen.template';
import { US_STAY_OF_REMOVAL_TEMPLATE } from './us-stay-of-removal.template';
import { assertTemplatesSound } from './template-soundness.check';

export const FILING_TEMPLATES: readonly FilingTemplate[] = [
  PE_RECONSIDERACION_TEMPLATE,
  PE_HABEAS_CORPUS_TEMPLATE,
  PE_SOLICITUD_REFUGIO_TEMPLATE,
  MX_JUSTIFICACION_EXTEMPORANEIDAD_TEMPLATE,
  MX_AMPARO_INDIRECTO_TEMPLATE,
  MX_AUTORIZADOS_TEMPLATE,
  US_STAY_OF_REMOVAL_TEMPLATE,
  US_MOTION_TO_REOPEN_TEMPLATE,
  SWORN_DECLARATION_TEMPLATE,
  RISK_MEMORANDUM_TEMPLATE,
];

// A template that could fail on some case's data never loads (checked again in the tests).
assertTemplatesSound(FILING_TEMPLATES);

export function findTemplate(id: string): FilingTemplate {
  const template = FILING_TEMPLATES.find((t) => t.id === id);
  if (!template) {
    throw new FilingError(FilingErrorCode.UnknownTemplate, `Unknown filing template: ${id}`);
  }
  return template;
}

/** A template as the catalogue endpoint describes it: no block content, only what the user chooses by. */
export interface FilingTemplateSummary {
  readonly id: string;
  readonly version: string;
  readonly jurisdiction: FilingTemplate['jurisdiction'];
  readonly procedure: string;
  readonly languages: readonly FilingLanguage[];
  readonly titles: Partial<Record<FilingLanguage, string>>;
  readonly requiredData: Partial<Record<FilingLanguage, RequiredField[]>>;
}

export function summarizeTemplate(template: FilingTemplate): FilingTemplateSummary {
  const titles: Partial<Record<FilingLanguage, string>> = {};
  const required: Partial<Record<FilingLanguage, RequiredField[]>> = {};
  for (const lang of template.languages) {
    titles[lang] = template.variants[lang]?.title;
    required[lang] = requiredData(template, lang);
  }
  return {
    id: template.id,
    version: template.version,
    jurisdiction: template.jurisdiction,
    procedure: template.procedure,
    languages: template.languages,
    titles,
    requiredData: required,
  };
}
