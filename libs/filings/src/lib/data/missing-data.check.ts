// Lists every piece of case data a template needs and the case lacks (the API's 422 answer).
import { itemAt } from '@amparo/domain';
import type { FilingData } from '../model/filing-data.model';
import type { FilingLanguage, FilingTemplate, RequiredField } from '../model/filing-template.model';
import { isPresent, resolvePath } from './data-path.resolver';
import { FILING_FIELDS, type FilingFieldPath } from './filing-field.catalog';

export function describeField(field: FilingFieldPath, language: FilingLanguage): RequiredField {
  const entry = FILING_FIELDS[field];
  return { field, label: entry.label[language], section: entry.section };
}

/** The template's requirements, labelled in the given language. */
export function requiredData(template: FilingTemplate, language?: FilingLanguage): RequiredField[] {
  const lang = language ?? itemAt(template.languages, 0, `${template.id} languages`);
  return template.requiredFields.map((field) => describeField(field, lang));
}

/** Every required item absent from the data, in the template's order; empty when ready. */
export function missingData(
  template: FilingTemplate,
  data: FilingData,
  language?: FilingLanguage,
): RequiredField[] {
  return requiredData(template, language).filter(
    (item) => !isPresent(resolvePath(data, item.field)),
  );
}
