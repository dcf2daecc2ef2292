import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';

import { Organisation, Person } from '@cynnydd/directory/data-access';
import { Measure } from '@cynnydd/measures/data-access';
import { Action } from '@cynnydd/plans/data-access';
import { Report } from '@cynnydd/reports/data-access';
import { Risk } from '@cynnydd/risks/data-access';
import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { AttendanceStatus, ForumKind, MeetingState } from '@cynnydd/shared/domain';

/** A body that meets: a board, the operational group, a social partnership forum. */
@Entity()
export class Forum extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: ForumKind, enumName: 'forum_kind' })
  kind!: ForumKind;

  @Column(() => BilingualColumns)
  name!: BilingualColumns;

  /** Terms of reference in short: what the forum decides and what it only hears. */
  @Column(() => BilingualColumns)
  purpose!: BilingualColumns;

  /** A retired forum keeps its meetings but gets no new ones. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/**
 * A person's seat on a forum and the organisation or union they represent there (not always
 * their employer). A forum may have joint chairs. Leaving ends the seat; the history stays.
 */
@Entity()
@Index('forum_member_current', ['forumId', 'personId'], {
  unique: true,
  where: '"left_on" IS NULL',
})
@Check('forum_member_left_after_joining', '"left_on" IS NULL OR "left_on" >= "joined_on"')
export class ForumMember extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  forumId!: string;

  @ManyToOne(() => Forum, { onDelete: 'RESTRICT' })
  @JoinColumn()
  forum?: Relation<Forum>;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Relation<Person>;

  @Index()
  @Column({ type: 'uuid' })
  representingId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  representing?: Relation<Organisation>;

  @Column({ type: 'boolean', default: false })
  isChair!: boolean;

  @Column({ type: 'date' })
  joinedOn!: string;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;
}

/**
 * One meeting of a forum. Once its minutes are approved by a chair the meeting, its agenda,
 * minutes and attendance are frozen (a trigger refuses changes), as an issued report is.
 */
@Entity()
@Index('meeting_forum_date', ['forumId', 'startsAt'])
@Check('meeting_ends_after_start', '"ends_at" > "starts_at"')
export class Meeting extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  forumId!: string;

  @ManyToOne(() => Forum, { onDelete: 'RESTRICT' })
  @JoinColumn()
  forum?: Relation<Forum>;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  /** A room and address, or empty for an online-only meeting. */
  @Column({ type: 'varchar', length: 300, default: '' })
  location!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  onlineLink!: string | null;

  @Column({
    type: 'enum',
    enum: MeetingState,
    enumName: 'meeting_state',
    default: MeetingState.SCHEDULED,
  })
  state!: MeetingState;

  /** When the members were last sent the notice (and its calendar invitation). */
  @Column({ type: 'timestamptz', nullable: true })
  noticeSentAt!: Date | null;

  /** Bumped on every notice so calendars replace the earlier invitation (iCalendar SEQUENCE). */
  @Column({ type: 'integer', default: 0 })
  noticeSequence!: number;

  @Column({ type: 'timestamptz', nullable: true })
  minutesApprovedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  minutesApprovedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  minutesApprovedBy?: Relation<Person> | null;
}

/**
 * An item on a meeting's agenda, in order, with what it is about (an issued report — the
 * meeting's papers are the reports themselves — actions, measures, risks) and its minutes.
 */
@Entity()
@Unique('agenda_item_position', ['meetingId', 'position'])
export class AgendaItem extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Relation<Meeting>;

  /** 1, 2, 3 … as printed on the agenda. */
  @Column({ type: 'smallint' })
  position!: number;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  @Column({ type: 'uuid', nullable: true })
  presenterId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  presenter?: Relation<Person> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  reportId!: string | null;

  @ManyToOne(() => Report, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  report?: Relation<Report> | null;

  @ManyToMany(() => Action)
  @JoinTable({ name: 'agenda_item_action' })
  actions?: Relation<Action[]>;

  @ManyToMany(() => Measure)
  @JoinTable({ name: 'agenda_item_measure' })
  measures?: Relation<Measure[]>;

  @ManyToMany(() => Risk)
  @JoinTable({ name: 'agenda_item_risk' })
  risks?: Relation<Risk[]>;

  /** What was discussed, in both languages; written after the meeting. */
  @Column(() => BilingualColumns)
  minutes!: BilingualColumns;
}

/** Whether a member came, sent a named deputy, gave apologies or was absent. */
@Entity()
@Unique('attendance_member', ['meetingId', 'memberId'])
@Check(
  'attendance_deputy_when_represented',
  `("status" = 'REPRESENTED') = ("deputy_name" IS NOT NULL)`,
)
export class Attendance extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Relation<Meeting>;

  @Index()
  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => ForumMember, { onDelete: 'RESTRICT' })
  @JoinColumn()
  member?: Relation<ForumMember>;

  @Column({ type: 'enum', enum: AttendanceStatus, enumName: 'attendance_status' })
  status!: AttendanceStatus;

  /** The named deputy, as the minutes record them (they need not be in the directory). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  deputyName!: string | null;
}
