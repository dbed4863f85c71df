// A legal-aid office (for example a country office of a refugee service): the tenant boundary.
import type { Role } from '@amparo/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('text', { name: 'case_visibility' })
  caseVisibility!: 'assigned' | 'organization';

  @Column('jsonb')
  settings!: Record<string, unknown>;

  /** The country most of the office's cases are in: intake starts from it. */
  @Column('text', { name: 'default_jurisdiction', nullable: true })
  defaultJurisdiction!: string | null;

  /** The IANA zone the office works in (America/Tijuana): a new case's clock unless its forum says otherwise. */
  @Column('text', { name: 'default_time_zone', nullable: true })
  defaultTimeZone!: string | null;

  /** The language the office's people and filings mostly use. */
  @Column('text', { name: 'default_language', nullable: true })
  defaultLanguage!: 'en' | 'es' | null;

  /** Roles whose members must use a second factor to sign in. */
  @Column('text', { name: 'mfa_required_roles', array: true, default: () => "'{}'" })
  mfaRequiredRoles!: Role[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
