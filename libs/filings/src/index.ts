// Public surface of the filings library: templates as data, the missing-data check, the PDF renderer.
export * from './lib/errors/filing.error';
export * from './lib/model/filing-data.model';
export * from './lib/model/filing-template.model';
export { FILING_FIELDS, type FilingFieldPath } from './lib/data/filing-field.catalog';
export { missingData, requiredData } from './lib/data/missing-data.check';
export { renderFiling, type RenderedFiling } from './lib/render/filing.renderer';
export {
  FILING_TEMPLATES,
  findTemplate,
  summarizeTemplate,
  type FilingTemplateSummary,
} from './lib/templates/filing-template.registry';
export { nationalityAdjectives, type NationalityWords } from './lib/data/nationality-adjectives';
export { riskToFile } from './lib/render/filing-derived';
export { actReference } from './lib/render/spanish-words';
