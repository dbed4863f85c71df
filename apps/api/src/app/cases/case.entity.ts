// A matter: one client before one forum, with its team, stage and outcome.
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'client_id' })
  clientId!: string;

  @Column('text')
  reference!: string;

  @Column('text')
  jurisdiction!: string;

  @Column('text')
  procedure!: string;

  @Column('text', { nullable: true })
  forum!: string | null;

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('text', { name: 'a_number_sealed', nullable: true })
  aNumberSealed!: string | null;

  @Column('text', { name: 'a_number_index', nullable: true })
  aNumberIndex!: string | null;

  @Column('text', { nullable: true })
  expediente!: string | null;

  @Column('text', { name: 'custody_status' })
  custodyStatus!: 'detained' | 'released' | 'at_liberty' | 'unknown';

  @Column('text')
  stage!: 'intake' | 'active' | 'decision' | 'appeal' | 'closed';

  @Column('text', { nullable: true })
  outcome!: string | null;

  @Column('text')
  priority!: 'normal' | 'high' | 'urgent';

  @Column('uuid', { name: 'lead_attorney_id', nullable: true })
  leadAttorneyId!: string | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
