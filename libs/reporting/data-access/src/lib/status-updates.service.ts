import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { DirectoryService } from '@cynnydd/directory/data-access';
import { ActionsService, PlansService } from '@cynnydd/plans/data-access';
import {
  badUserInput,
  byKey,
  groupByKey,
  toBilingualColumns,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  financialYearLabel,
  PLAN_STATE_LABELS,
  PlanState,
  RagStatus,
} from '@cynnydd/shared/domain';

import type { SubmitStatusUpdateInput } from './dto/status-update.inputs';
import { ReportingPeriodsService } from './reporting-periods.service';
import { StatusUpdate } from './status-update.entity';

const NEWEST_FIRST = { submittedAt: 'DESC', id: 'DESC' } as const;

@Injectable()
export class StatusUpdatesService {
  constructor(
    @InjectRepository(StatusUpdate) private readonly updates: Repository<StatusUpdate>,
    private readonly actions: ActionsService,
    private readonly plans: PlansService,
    private readonly periods: ReportingPeriodsService,
    private readonly directory: DirectoryService,
  ) {}

  /** Appends an update to the action's history; earlier updates are never changed. */
  async submit(input: SubmitStatusUpdateInput): Promise<StatusUpdate> {
    const action = await this.actions.getAction(input.actionId, 'actionId');
    const period = await this.periods.getPeriod(input.reportingPeriodId, 'reportingPeriodId');
    await this.directory.getPerson(input.authorId, 'authorId');
    const plan = await this.plans.getPlan(action.planId, 'actionId');
    const year = financialYearLabel(plan.financialYear);
    if (plan.state !== PlanState.APPROVED) {
      throw badUserInput(
        'actionId',
        `Updates are taken only for approved plans; the ${year} plan is ${PLAN_STATE_LABELS[plan.state].en.toLowerCase()}`,
      );
    }
    if (period.financialYear !== plan.financialYear) {
      throw badUserInput(
        'reportingPeriodId',
        `is in ${financialYearLabel(period.financialYear)}, but the action belongs to the ${year} plan`,
      );
    }
    if (input.rag === RagStatus.COMPLETE && input.percentComplete !== 100) {
      throw badUserInput('percentComplete', 'must be 100 for a complete action');
    }
    if (input.rag === RagStatus.NOT_STARTED && input.percentComplete !== 0) {
      throw badUserInput('percentComplete', 'must be 0 for an action not started');
    }
    return this.updates.save(
      this.updates.create({
        actionId: action.id,
        reportingPeriodId: period.id,
        rag: input.rag,
        percentComplete: input.percentComplete,
        commentary: toBilingualColumns(input.commentary),
        risks: toBilingualColumns(input.risks ?? {}),
        nextSteps: toBilingualColumns(input.nextSteps ?? {}),
        authorId: input.authorId,
      }),
    );
  }

  currentStatusLoader(loaders: RequestLoaders) {
    return loaders.get<string, StatusUpdate | null>('reporting.currentByActionId', async (ids) => {
      const latest = await this.updates
        .createQueryBuilder('update')
        .distinctOn(['update.actionId'])
        .where('update.actionId IN (:...ids)', { ids })
        .orderBy('update.actionId')
        .addOrderBy('update.submittedAt', 'DESC')
        .addOrderBy('update.id', 'DESC')
        .getMany();
      return byKey(ids, latest, (update) => update.actionId);
    });
  }

  historyLoader(loaders: RequestLoaders) {
    return loaders.get<string, StatusUpdate[]>('reporting.historyByActionId', async (ids) =>
      groupByKey(
        ids,
        await this.updates.find({ where: { actionId: In([...ids]) }, order: NEWEST_FIRST }),
        (update) => update.actionId,
      ),
    );
  }

  /** Latest update of an action within one period; key is `${actionId}:${periodId}`. */
  periodStatusLoader(loaders: RequestLoaders) {
    return loaders.get<string, StatusUpdate | null>('reporting.byActionPeriod', async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const latest = await this.updates
        .createQueryBuilder('update')
        .distinctOn(['update.actionId', 'update.reportingPeriodId'])
        .where('update.actionId IN (:...actionIds)', { actionIds: pairs.map(([id]) => id) })
        .andWhere('update.reportingPeriodId IN (:...periodIds)', {
          periodIds: pairs.map(([, id]) => id),
        })
        .orderBy('update.actionId')
        .addOrderBy('update.reportingPeriodId')
        .addOrderBy('update.submittedAt', 'DESC')
        .addOrderBy('update.id', 'DESC')
        .getMany();
      return byKey(keys, latest, (update) => `${update.actionId}:${update.reportingPeriodId}`);
    });
  }
}
