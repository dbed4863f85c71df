// A one-time link for choosing a password: the admin hands it over; it works once, for a day.
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'password_setup_tokens' })
export class PasswordSetupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('bytea', { name: 'token_hash' })
  tokenHash!: Buffer;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
