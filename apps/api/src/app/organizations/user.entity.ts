// A member of one organization, holding one or more roles that decide what they may do.
import type { Role } from '@amparo/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt!: Date | null;

  /** Encrypted TOTP secret: the working one once totpEnabledAt is set. */
  @Column('text', { name: 'totp_secret', nullable: true })
  totpSecret!: string | null;

  /** Encrypted TOTP secret waiting for its first code (a first enrolment or a replacement). */
  @Column('text', { name: 'totp_pending_secret', nullable: true })
  totpPendingSecret!: string | null;

  @Column('timestamptz', { name: 'totp_enabled_at', nullable: true })
  totpEnabledAt!: Date | null;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column('bigint', { name: 'totp_last_step', nullable: true })
  totpLastStep!: string | null;

  @Column('timestamptz', { name: 'password_changed_at', nullable: true })
  passwordChangedAt!: Date | null;

  /** Bar or professional registration, printed under the member's signature on filings. */
  @Column('text', { name: 'bar_number', nullable: true })
  barNumber!: string | null;

  /** EOIR registration ID (US immigration courts), in capitals. */
  @Column('text', { name: 'eoir_id', nullable: true })
  eoirId!: string | null;

  /** The gender the member's printed title agrees with (Abogada / Abogado); null: neutral. */
  @Column('text', { nullable: true })
  gender!: 'female' | 'male' | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
