import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';

import { EntityRows } from '@cynnydd/server/core';

import { Risk } from './risk.entity';

/**
 * The dates of an update round that decide which reviews it asks for. A reporting period fits
 * (the reporting library builds on this one, so it is described here by shape, not imported).
 */
export interface ReviewRound {
  /** The day the round opened (the period's start): a review on or after it is the round's. */
  startDate: string;
  /** The day owners are asked to have everything in by. */
  updateDeadline: string;
}

/** A risk review an update round asks its owner for, and whether it has been done. */
export interface ExpectedRiskReview {
  risk: Risk;
  reviewed: boolean;
}

/**
 * Which risk reviews an update round asks for. Like figures, a review belongs to the round whose
 * deadline it falls due by, so owners are asked once, alongside their updates:
 *
 * - **due** (outstanding): the risk is open, its `nextReviewDue` is on or before the round's
 *   update deadline, and it has no review dated on or after the round's start;
 * - **done**: the risk is open and was reviewed on or after the round's start, and the review it
 *   had due when the round opened (its last earlier review plus its interval) fell by the
 *   deadline. A risk recorded during the round has just been assessed and is not asked for.
 *
 * The deadline, not the period's end, because that is the date the reminders give (figures are
 * likewise asked for by the deadline). Closed risks are never asked for.
 */
@Injectable()
export class RiskReviewsDueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Risk) private readonly risks: Repository<Risk>,
  ) {}

  /** One statement however many risks: every review the round asks for, earliest due first. */
  async expectedIn(
    round: ReviewRound,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExpectedRiskReview[]> {
    const rows = EntityRows.of(this.risks);
    const found: Record<string, unknown>[] = await manager.query(
      `SELECT ${rows.columns('t')}, r.in_round AS "reviewedInRound"
       FROM risk t
       CROSS JOIN LATERAL (
         SELECT bool_or(v.reviewed_on >= $1) AS in_round,
           max(v.reviewed_on) FILTER (WHERE v.reviewed_on < $1) AS before_round
         FROM risk_review v WHERE v.risk_id = t.id
       ) r
       WHERE t.closed_on IS NULL
         AND CASE WHEN r.in_round
           THEN r.before_round + make_interval(months => t.review_every_months) <= $2::date
           ELSE t.next_review_due <= $2 END
       ORDER BY t.next_review_due, substr(t.reference, 2)::int`,
      [round.startDate, round.updateDeadline],
    );
    return found.map((row) => ({
      risk: rows.fromRow(row),
      reviewed: row['reviewedInRound'] === true,
    }));
  }
}
