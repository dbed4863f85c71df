// A person the office defends. Contact details, whereabouts, gender and vulnerabilities are
// stored sealed (client-categories.codec.ts opens the latter two).
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

  /** Sealed JSON (CLIENT_GENDER): the gender as the person states it, or null. */
  @Column('text', { name: 'gender_sealed', nullable: true })
  genderSealed!: string | null;

  /** The gender in clear, as written before it was sealed; NULL once sealed. */
  @Column('text', { name: 'gender', nullable: true })
  clearGender!: string | null;

  @Column('text', { name: 'contact_sealed', nullable: true })
  contactSealed!: string | null;

  /** Sealed JSON (CLIENT_VULNERABILITIES): the person's vulnerabilities. */
  @Column('text', { name: 'vulnerabilities_sealed', nullable: true })
  vulnerabilitiesSealed!: string | null;

  /** The vulnerabilities in clear, as written before they were sealed; NULL once sealed. */
  @Column('text', { name: 'vulnerabilities', array: true, nullable: true })
  clearVulnerabilities!: string[] | null;

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
