// A person the office defends. Contact details and whereabouts are stored sealed.
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity({ name: 'clients' })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text', { name: 'given_names' })
  givenNames!: string;

  @Column('text', { name: 'family_names' })
  familyNames!: string;

  @Column('text', { array: true })
  aliases!: string[];

  @Column('text', { name: 'search_names' })
  searchNames!: string;

  @Column('date', { name: 'birth_date', nullable: true })
  birthDate!: string | null;

  @Column('text', { name: 'birth_date_precision' })
  birthDatePrecision!: 'day' | 'month' | 'year' | 'unknown';

  @Column('text', { array: true })
  nationalities!: string[];

  @Column('text', { array: true })
  languages!: string[];

  @Column('boolean', { name: 'interpreter_needed' })
  interpreterNeeded!: boolean;

  @Column('text', { nullable: true })
  gender!: string | null;

  @Column('text', { name: 'contact_sealed', nullable: true })
  contactSealed!: string | null;

  @Column('text', { array: true })
  vulnerabilities!: string[];

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
