// The risk paragraph of filings other than the memorandum: printed only for a level an attorney
// signed off at high or extreme (derived.filedRisk, decided by riskToFile), else nothing about risk.
import type { ParagraphBlock } from '../model/filing-template.model';

export const PE_RISK_PARAGRAPH: ParagraphBlock = {
  kind: 'paragraph',
  when: 'derived.filedRisk',
  text: 'La expulsión, además, expondría a la persona a un riesgo grave: la evaluación de riesgo de devolución realizada el {{derived.filedRisk.assessedOn|date}} respecto de {{derived.filedRisk.destinationCountry}}, aprobada por {{derived.filedRisk.assessedBy}}, concluyó un nivel de riesgo {{derived.filedRisk.level|riskLevel}}. La Ley 27891, Ley del Refugiado, y el artículo 33.1 de la Convención sobre el Estatuto de los Refugiados de 1951 prohíben devolver a una persona a un territorio donde su vida o libertad peligren.',
};

export const MX_RISK_PARAGRAPH: ParagraphBlock = {
  kind: 'paragraph',
  when: 'derived.filedRisk',
  text: 'La evaluación de riesgo de devolución realizada el {{derived.filedRisk.assessedOn|date}} respecto de {{derived.filedRisk.destinationCountry}}, aprobada por {{derived.filedRisk.assessedBy}}, concluyó un nivel de riesgo {{derived.filedRisk.level|riskLevel}}; la ejecución del acto causaría un daño de imposible reparación.',
};

export const US_RISK_PARAGRAPH: ParagraphBlock = {
  kind: 'paragraph',
  when: 'derived.filedRisk',
  text: 'A non-refoulement risk assessment completed on {{derived.filedRisk.assessedOn|date}} and signed off by {{derived.filedRisk.assessedBy}} found a {{derived.filedRisk.level|riskLevel}} risk of serious harm if Respondent is returned to {{derived.filedRisk.destinationCountry}}.',
};
