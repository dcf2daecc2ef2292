import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import {
  badUserInput,
  byKey,
  Clock,
  isUniqueViolation,
  notFound,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  parseFinancialYear,
  quarterRange,
  reportingPeriodLabel,
  type Actor,
  type Quarter,
} from '@cynnydd/shared/domain';

import type { CreateReportingPeriodInput } from './dto/reporting-period.inputs';
import { ReportingPeriod } from './reporting-period.entity';

@Injectable()
export class ReportingPeriodsService {
  constructor(
    @InjectRepository(ReportingPeriod) private readonly periods: Repository<ReportingPeriod>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  listPeriods(financialYear?: string | null): Promise<ReportingPeriod[]> {
    const year = financialYear == null ? undefined : parseFinancialYear(financialYear);
    if (year === null)
      throw badUserInput('financialYear', 'must be a financial year such as "2025-26"');
    return this.periods.find({
      where: year === undefined ? {} : { financialYear: year },
      order: { financialYear: 'DESC', quarter: 'DESC' },
    });
  }

  async getPeriod(id: string, field = 'id'): Promise<ReportingPeriod> {
    const period = await this.periods.findOneBy({ id });
    if (!period) throw notFound('ReportingPeriod', id, field);
    return period;
  }

  /** The latest period that has started by today. */
  findCurrentPeriod(): Promise<ReportingPeriod | null> {
    return this.periods.findOne({
      where: { startDate: LessThanOrEqual(this.clock.today()) },
      order: { startDate: 'DESC' },
    });
  }

  async createPeriod(actor: Actor, input: CreateReportingPeriodInput): Promise<ReportingPeriod> {
    const year = parseFinancialYear(input.financialYear) as number;
    const range = quarterRange(year, input.quarter as Quarter);
    if (input.updateDeadline < range.startDate) {
      throw badUserInput(
        'updateDeadline',
        `must not be before the quarter starts (${range.startDate})`,
      );
    }
    try {
      return await this.periods.manager.transaction(async (manager) => {
        const period = await manager.save(
          manager.create(ReportingPeriod, {
            financialYear: year,
            quarter: input.quarter,
            ...range,
            updateDeadline: input.updateDeadline,
          }),
        );
        await this.audit.created(manager, actor, 'ReportingPeriod', period);
        return period;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const label = reportingPeriodLabel(year, input.quarter as Quarter);
        throw badUserInput('quarter', `${label} already exists`);
      }
      throw error;
    }
  }

  periodLoader(loaders: RequestLoaders) {
    return loaders.get<string, ReportingPeriod | null>('reporting.periodById', async (ids) =>
      byKey(ids, await this.periods.findBy({ id: In([...ids]) }), (period) => period.id),
    );
  }
}
