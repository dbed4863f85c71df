// A derivative family member on a case: a client of the office who takes part through the
// principal client (spouse, child, ...).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DerivativeRelationship } from '@amparo/contracts';

@Entity({ name: 'case_derivatives' })
export class CaseDerivativeEntity {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @PrimaryColumn('uuid', { name: 'client_id' })
  clientId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  relationship!: DerivativeRelationship;

  @Column('timestamptz', { name: 'added_at', default: () => 'now()' })
  addedAt!: Date;

  @Column('uuid', { name: 'added_by', nullable: true })
  addedBy!: string | null;
}
