import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Report } from '@cynnydd/reports/data-access';
import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { PublicationState } from '@cynnydd/shared/domain';

import type { PublicSnapshot } from './public-snapshot';

/** The public summary the programme office wrote for one strategic area. */
export interface AreaSummary {
  areaNumber: number;
  en: string | null;
  cy: string | null;
}

/**
 * What the public sees of an issued report. A draft holds the programme office's choices; publishing
 * stores the public content in `snapshot` and numbers the publication; from then on a trigger lets
 * only its withdrawal change it. Only published or withdrawn rows are ever read without a session.
 */
@Entity()
@Index('publication_one_open_per_report', ['reportId'], {
  unique: true,
  where: `"state" <> 'WITHDRAWN'`,
})
@Index('publication_number', ['number'], { unique: true })
@Check(
  'publication_published_has_snapshot',
  `"state" = 'DRAFT' OR ("snapshot" IS NOT NULL AND "number" IS NOT NULL AND "published_at" IS NOT NULL)`,
)
@Check('publication_withdrawn_has_date', `"state" <> 'WITHDRAWN' OR "withdrawn_at" IS NOT NULL`)
export class Publication extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => Report, { onDelete: 'RESTRICT' })
  @JoinColumn()
  report?: Relation<Report>;

  @Column({
    type: 'enum',
    enum: PublicationState,
    enumName: 'publication_state',
    default: PublicationState.DRAFT,
  })
  state!: PublicationState;

  /** 1 for the first publication, and so on: the public address and open-data identifier. */
  @Column({ type: 'integer', nullable: true })
  number!: number | null;

  /** The programme's public summary, at the top of the overview. */
  @Column(() => BilingualColumns)
  introduction!: BilingualColumns;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  areaSummaries!: AreaSummary[];

  /** Actions of the report left off the public pages. */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  excludedActionIds!: string[];

  /** Owners are shown by organisation unless the programme office chooses to name them. */
  @Column({ default: false })
  showOwnerNames!: boolean;

  @Column({ default: true })
  includeMeasures!: boolean;

  /** The public content exactly as published; null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot!: PublicSnapshot | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnByUserId!: string | null;

  /** Said on the public pages of a withdrawn publication. */
  @Column(() => BilingualColumns)
  withdrawalReason!: BilingualColumns;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
