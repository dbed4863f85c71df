// A day a forum (or every forum of a country) is closed, as a supervisor of the office recorded it.
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity({ name: 'calendar_closures' })
export class CalendarClosureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  /** Country code (PE: every forum of Peru) or forum key of the rule packs (MX-COMAR). */
  @Column('text', { name: 'calendar_code' })
  calendarCode!: string;

  /** YYYY-MM-DD on the forum's own calendar. */
  @Column('date', { name: 'closed_on' })
  closedOn!: string;

  @Column('text')
  reason!: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
