// Derivative family members: people (clients of the same office) who take part in a case through
// its principal client, such as a spouse or children on an asylum claim.
import { IsIn, IsUUID } from 'class-validator';

export const DERIVATIVE_RELATIONSHIPS = ['spouse', 'child', 'parent', 'sibling', 'other'] as const;
export type DerivativeRelationship = (typeof DERIVATIVE_RELATIONSHIPS)[number];

export class AddCaseDerivativeDto {
  /** A client of the office (take the person in first with POST /api/clients). */
  @IsUUID('4', { message: 'clientId must be the id of a client of your office' })
  clientId!: string;

  @IsIn(DERIVATIVE_RELATIONSHIPS, {
    message: `relationship must be one of ${DERIVATIVE_RELATIONSHIPS.join(', ')}`,
  })
  relationship!: DerivativeRelationship;
}

export interface CaseDerivativeResponse {
  caseId: string;
  clientId: string;
  relationship: DerivativeRelationship;
  givenNames: string;
  familyNames: string;
  birthDate: string | null;
  addedAt: string;
}
