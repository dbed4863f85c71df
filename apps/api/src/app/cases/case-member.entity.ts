// A paralegal assigned to work a case (the lead attorney is on the case itself).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'case_members' })
export class CaseMemberEntity {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('timestamptz', { name: 'assigned_at', default: () => 'now()' })
  assignedAt!: Date;
}
