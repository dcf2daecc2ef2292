import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { MeetingsAuditService } from '@cynnydd/meetings/data-access';
import { badUserInput } from '@cynnydd/server/core';
import {
  financialYearEnd,
  financialYearLabel,
  financialYearStart,
  ForumKind,
  parseFinancialYear,
  type BilingualText,
} from '@cynnydd/shared/domain';

import { averageOf } from '../assessment-comparison';
import { EngagementSubjectKind } from '../engagement-rules';
import { socialPartnershipForumRecord } from './forum-record';
import {
  summariseEngagements,
  type LatestSelfAssessment,
  type PartnershipReport,
  type ReportedEngagement,
} from './partnership-report';

type Text = string | null;
interface EngagementRow {
  id: string;
  engaged_on: string;
  outcome: ReportedEngagement['outcome'];
  subject_kind: EngagementSubjectKind;
  reference: Text;
  financial_year: number | null;
  consulted_on_en: Text;
  consulted_on_cy: Text;
  agreed_en: Text;
  agreed_cy: Text;
  disagreement_en: Text;
  disagreement_cy: Text;
  next_steps_en: Text;
  next_steps_cy: Text;
  partners: { id: string; code: string; en: Text; cy: Text }[];
}

const bilingual = (en: string | null, cy: string | null): BilingualText => ({ en, cy });

/** Gathers the annual social partnership report for a Welsh financial year (April–March). */
@Injectable()
export class PartnershipReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetingsAudit: MeetingsAuditService,
  ) {}

  async report(yearLabel: string, field = 'year'): Promise<PartnershipReport> {
    const year = parseFinancialYear(yearLabel);
    if (year === null) throw badUserInput(field, 'must be a financial year such as "2025-26"');
    const from = financialYearStart(year);
    const to = financialYearEnd(year);
    // One snapshot, so the figures agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const engagements = await this.engagements(manager, from, to);
      return {
        financialYear: financialYearLabel(year),
        from,
        to,
        engagements,
        ...summariseEngagements(engagements),
        forum: await socialPartnershipForumRecord(this.meetingsAudit, manager, from, to),
        selfAssessments: await this.latestSelfAssessments(manager, from, to),
      };
    });
  }

  /** The year's engagement records with what they were on and who took part. */
  private async engagements(
    manager: DataSource['manager'],
    from: string,
    to: string,
  ): Promise<ReportedEngagement[]> {
    const rows: EngagementRow[] = await manager.query(
      `SELECT e.id, e.engaged_on::text AS engaged_on, e.outcome,
         CASE WHEN e.action_id IS NOT NULL THEN 'ACTION' WHEN e.measure_id IS NOT NULL THEN 'MEASURE'
              WHEN e.risk_id IS NOT NULL THEN 'RISK' ELSE 'PLAN' END AS subject_kind,
         coalesce(a.reference, ms.reference, r.reference) AS reference, ap.financial_year,
         e.consulted_on_en, e.consulted_on_cy, e.agreed_en, e.agreed_cy,
         e.disagreement_en, e.disagreement_cy, e.next_steps_en, e.next_steps_cy,
         (SELECT coalesce(json_agg(json_build_object('id', o.id, 'code', o.code, 'en', o.name_en,
                   'cy', o.name_cy) ORDER BY o.code), '[]')
          FROM engagement_partner p JOIN organisation o ON o.id = p.organisation_id
          WHERE p.engagement_id = e.id) AS partners
       FROM engagement_record e
       LEFT JOIN action a ON a.id = e.action_id
       LEFT JOIN measure ms ON ms.id = e.measure_id
       LEFT JOIN risk r ON r.id = e.risk_id
       LEFT JOIN annual_plan ap ON ap.id = e.plan_id
       WHERE e.engaged_on BETWEEN $1 AND $2
       ORDER BY e.engaged_on, e.created_at, e.id`,
      [from, to],
    );
    return rows.map((row) => ({
      id: row.id,
      engagedOn: row.engaged_on,
      subjectKind: row.subject_kind,
      subjectReference:
        row.reference ?? (row.financial_year ? financialYearLabel(row.financial_year) : ''),
      consultedOn: bilingual(row.consulted_on_en, row.consulted_on_cy),
      outcome: row.outcome,
      agreed: bilingual(row.agreed_en, row.agreed_cy),
      disagreement: bilingual(row.disagreement_en, row.disagreement_cy),
      nextSteps: bilingual(row.next_steps_en, row.next_steps_cy),
      partners: row.partners.map((partner) => ({
        id: partner.id,
        code: partner.code,
        name: bilingual(partner.en, partner.cy),
      })),
    }));
  }

  /** Each social partnership forum's latest self-assessment in the year, statement by statement. */
  private async latestSelfAssessments(
    manager: DataSource['manager'],
    from: string,
    to: string,
  ): Promise<LatestSelfAssessment[]> {
    const rows: {
      forum_id: string;
      name_en: string | null;
      name_cy: string | null;
      assessed_on: string;
      scores: { en: string | null; cy: string | null; score: number }[];
    }[] = await manager.query(
      `SELECT DISTINCT ON (f.id) f.id AS forum_id, f.name_en, f.name_cy,
         pa.assessed_on::text AS assessed_on,
         (SELECT coalesce(json_agg(json_build_object('en', st.text_en, 'cy', st.text_cy,
                   'score', s.score) ORDER BY st.position), '[]')
          FROM partnership_score s JOIN partnership_statement st ON st.id = s.statement_id
          WHERE s.assessment_id = pa.id) AS scores
       FROM partnership_assessment pa JOIN forum f ON f.id = pa.forum_id
       WHERE f.kind = $3 AND pa.assessed_on BETWEEN $1 AND $2
       ORDER BY f.id, pa.assessed_on DESC, pa.created_at DESC`,
      [from, to, ForumKind.SOCIAL_PARTNERSHIP_FORUM],
    );
    return rows
      .map((row) => ({
        forumId: row.forum_id,
        forumName: bilingual(row.name_en, row.name_cy),
        assessedOn: row.assessed_on,
        average: averageOf(row.scores.map((score) => score.score)),
        statements: row.scores.map((score) => ({
          text: bilingual(score.en, score.cy),
          score: score.score,
        })),
      }))
      .sort((a, b) => (a.forumName.en ?? '').localeCompare(b.forumName.en ?? ''));
  }
}
