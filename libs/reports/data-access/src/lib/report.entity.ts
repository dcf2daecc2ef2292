import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';

import { ReportingPeriod } from '@cynnydd/reporting/data-access';
import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { ReportAudience, ReportState } from '@cynnydd/shared/domain';

import type { CoverSheet } from './cover-sheet/cover-sheet';
import type { StoredReportContent } from './models/report-content.model';

/**
 * A progress report for one period and audience. Editions are numbered per period and audience;
 * an issued edition is frozen (a trigger refuses any change to it) and reads from `snapshot`.
 */
@Entity()
@Unique('report_edition', ['reportingPeriodId', 'audience', 'edition'])
@Index('report_one_draft', ['reportingPeriodId', 'audience'], {
  unique: true,
  where: `"state" = 'DRAFT'`,
})
@Check(
  'report_issued_has_snapshot',
  `"state" = 'DRAFT' OR ("snapshot" IS NOT NULL AND "issued_at" IS NOT NULL)`,
)
export class Report extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reportingPeriodId!: string;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn()
  reportingPeriod?: Relation<ReportingPeriod>;

  @Column({ type: 'enum', enum: ReportAudience, enumName: 'report_audience' })
  audience!: ReportAudience;

  /** 1 for the first report to this audience for the period, 2 for a reissue, and so on. */
  @Column({ type: 'smallint' })
  edition!: number;

  @Column({ type: 'enum', enum: ReportState, enumName: 'report_state', default: ReportState.DRAFT })
  state!: ReportState;

  /** Written by the programme office; the one part of the content people author. */
  @Column(() => BilingualColumns)
  executiveSummary!: BilingualColumns;

  /** The content exactly as issued (sections added since may be missing); null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot!: StoredReportContent | null;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  issuedByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  /**
   * The board paper's cover sheet: a draft's starts from the programme office's defaults; it is
   * frozen with the rest on issue. Null in reports issued before cover sheets (they print none).
   */
  @Column({ type: 'jsonb', nullable: true })
  coverSheet!: CoverSheet | null;
}
