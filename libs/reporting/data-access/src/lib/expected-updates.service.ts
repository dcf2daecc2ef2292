import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { BilingualText } from '@cynnydd/shared/domain';

import { currentStatusSql } from './latest-status';
import type { ReportingPeriod } from './reporting-period.entity';

/** An action its owners must report on in a period, and whether someone has. */
export interface ExpectedUpdate {
  actionId: string;
  areaId: string;
  reference: string;
  title: BilingualText;
  updated: boolean;
}

/** Someone who answers for an action: an owner or a delegate. */
export interface Responsibility {
  actionId: string;
  personId: string;
  organisationId: string;
}

/**
 * Which updates a period calls for: every action of that year's plan, except those already
 * complete before the period began (they have nothing more to report).
 */
@Injectable()
export class ExpectedUpdatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async expectedIn(
    period: ReportingPeriod,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExpectedUpdate[]> {
    const rows: {
      id: string;
      area_id: string;
      reference: string;
      title_en: string | null;
      title_cy: string | null;
      updated: boolean;
    }[] = await manager.query(
      `SELECT a.id, a.area_id, a.reference, a.title_en, a.title_cy,
         EXISTS (
           SELECT 1 FROM action_period_status s
           WHERE s.action_id = a.id AND s.reporting_period_id = $2
         ) AS updated
       FROM action a JOIN annual_plan p ON p.id = a.plan_id
       WHERE p.financial_year = $1
         AND (${currentStatusSql('a.id', 'c.rag', '$3')}) IS DISTINCT FROM 'COMPLETE'`,
      [period.financialYear, period.id, period.startDate],
    );
    return rows.map((row) => ({
      actionId: row.id,
      areaId: row.area_id,
      reference: row.reference,
      title: { en: row.title_en, cy: row.title_cy },
      updated: row.updated,
    }));
  }

  /** Owners and delegates of the actions, each with their organisation. */
  responsibilities(
    actionIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Responsibility[]> {
    if (!actionIds.length) return Promise.resolve([]);
    return manager.query(
      `SELECT DISTINCT r.action_id AS "actionId", r.person_id AS "personId",
         person.organisation_id AS "organisationId"
       FROM (
         SELECT action_id, person_id FROM action_owner WHERE action_id = ANY($1)
         UNION SELECT action_id, person_id FROM action_delegate WHERE action_id = ANY($1)
       ) r JOIN person ON person.id = r.person_id`,
      [actionIds],
    );
  }
}
