import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';

import { DirectoryService, type Person } from '@cynnydd/directory/data-access';
import {
  badUserInput,
  byKey,
  Clock,
  groupByKey,
  isUniqueViolation,
  notFound,
  toBilingualColumns,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  compareReferences,
  financialYearEnd,
  financialYearLabel,
  financialYearStart,
  referenceAreaNumber,
} from '@cynnydd/shared/domain';
import { StrategyService, type StrategicArea } from '@cynnydd/strategy/data-access';

import { ActionOwner } from './action-owner.entity';
import { Action } from './action.entity';
import type { AnnualPlan } from './annual-plan.entity';
import type {
  CarryForwardActionsInput,
  CreateActionInput,
  UpdateActionInput,
} from './dto/action.inputs';
import type {
  AddMilestoneInput,
  MilestoneDraftInput,
  UpdateMilestoneInput,
} from './dto/milestone.inputs';
import { Milestone } from './milestone.entity';
import { PlansService } from './plans.service';

const byReference = (a: Action, b: Action) => compareReferences(a.reference, b.reference);

@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionOwner) private readonly owners: Repository<ActionOwner>,
    @InjectRepository(Milestone) private readonly milestones: Repository<Milestone>,
    private readonly plans: PlansService,
    private readonly strategy: StrategyService,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
  ) {}

  async getAction(id: string, field = 'id', manager?: EntityManager): Promise<Action> {
    const action = await (manager?.getRepository(Action) ?? this.actions).findOneBy({ id });
    if (!action) throw notFound('Action', id, field);
    return action;
  }

  async getMilestone(id: string, field = 'id'): Promise<Milestone> {
    const milestone = await this.milestones.findOneBy({ id });
    if (!milestone) throw notFound('Milestone', id, field);
    return milestone;
  }

  /** Creates the action, its owners and its milestones together, or nothing. */
  async createAction(input: CreateActionInput): Promise<Action> {
    const area = await this.strategy.getArea(input.areaId, 'areaId');
    assertReferenceInArea(input.reference, area);
    await this.assertPeopleExist(input.ownerIds);
    return this.inTransaction(async (manager) => {
      const plan = await this.plans.getEditablePlan(input.planId, 'planId', manager);
      assertDates(input.startDate, input.dueDate, plan);
      const action = await manager.save(
        manager.create(Action, {
          planId: plan.id,
          areaId: area.id,
          reference: input.reference,
          title: toBilingualColumns(input.title),
          description: toBilingualColumns(input.description ?? {}),
          leadOrganisation: input.leadOrganisation,
          startDate: input.startDate,
          dueDate: input.dueDate,
          themes: input.themes ?? [],
        }),
      );
      await this.replaceOwners(manager, action.id, input.ownerIds);
      await this.insertMilestones(manager, action.id, input.milestones ?? []);
      return action;
    });
  }

  async updateAction(input: UpdateActionInput): Promise<Action> {
    if (input.ownerIds) await this.assertPeopleExist(input.ownerIds);
    return this.inTransaction(async (manager) => {
      const action = await this.getAction(input.id, 'id', manager);
      const plan = await this.plans.getEditablePlan(action.planId, 'id', manager);
      const area = input.areaId
        ? await this.strategy.getArea(input.areaId, 'areaId')
        : await this.strategy.getArea(action.areaId);
      const reference = input.reference ?? action.reference;
      assertReferenceInArea(reference, area);
      const startDate = input.startDate ?? action.startDate;
      const dueDate = input.dueDate ?? action.dueDate;
      assertDates(startDate, dueDate, plan);

      Object.assign(action, {
        areaId: area.id,
        reference,
        startDate,
        dueDate,
        leadOrganisation: input.leadOrganisation ?? action.leadOrganisation,
        themes: input.themes ?? action.themes,
        title: input.title ? toBilingualColumns(input.title) : action.title,
        description: input.description ? toBilingualColumns(input.description) : action.description,
      });
      const saved = await manager.save(action);
      if (input.ownerIds) await this.replaceOwners(manager, action.id, input.ownerIds);
      return saved;
    });
  }

  async addMilestone(input: AddMilestoneInput): Promise<Milestone> {
    const action = await this.getAction(input.actionId, 'actionId');
    await this.plans.getEditablePlan(action.planId, 'actionId');
    const [milestone] = await this.insertMilestones(this.dataSource.manager, action.id, [input]);
    return milestone;
  }

  async updateMilestone(input: UpdateMilestoneInput): Promise<Milestone> {
    const milestone = await this.getMilestone(input.id);
    const action = await this.getAction(milestone.actionId);
    await this.plans.getEditablePlan(action.planId, 'id');
    if (input.title) milestone.title = toBilingualColumns(input.title);
    if (input.dueDate) milestone.dueDate = input.dueDate;
    if (input.completedOn && input.completedOn > this.clock.today()) {
      throw badUserInput('completedOn', 'cannot be in the future');
    }
    if (input.completedOn !== undefined) milestone.completedOn = input.completedOn;
    return this.milestones.save(milestone);
  }

  /**
   * Continues unfinished actions in the following year's plan. The copies keep reference, text,
   * owners and outstanding milestones and point back to the original, whose history stays put.
   */
  async carryForward(input: CarryForwardActionsInput): Promise<Action[]> {
    return this.inTransaction(async (manager) => {
      const target = await this.plans.getEditablePlan(input.targetPlanId, 'targetPlanId', manager);
      const sources = await manager.findBy(Action, { id: In(input.actionIds) });
      const missing = input.actionIds.find((id) => !sources.some((action) => action.id === id));
      if (missing) throw notFound('Action', missing, 'actionIds');
      await this.assertCarriable(manager, sources, target);

      const owners = groupByKey(
        sources.map((source) => source.id),
        await manager.find(ActionOwner, {
          where: { actionId: In(input.actionIds) },
          order: { position: 'ASC' },
        }),
        (owner) => owner.actionId,
      );
      const outstanding = groupByKey(
        sources.map((source) => source.id),
        await manager.find(Milestone, {
          where: { actionId: In(input.actionIds) },
          order: { dueDate: 'ASC' },
        }),
        (milestone) => milestone.actionId,
      ).map((milestones) => milestones.filter((milestone) => milestone.completedOn === null));

      const copies: Action[] = [];
      for (const [index, source] of sources.sort(byReference).entries()) {
        const copy = await manager.save(
          manager.create(Action, {
            planId: target.id,
            areaId: source.areaId,
            reference: source.reference,
            title: source.title,
            description: source.description,
            leadOrganisation: source.leadOrganisation,
            startDate: source.startDate,
            // An action that was due last year needs a date inside the new plan's year.
            dueDate: maxDate(source.dueDate, financialYearEnd(target.financialYear)),
            themes: source.themes,
            carriedForwardFromId: source.id,
          }),
        );
        const sourceIndex = sources.indexOf(source);
        await this.replaceOwners(
          manager,
          copy.id,
          owners[sourceIndex].map((owner) => owner.personId),
        );
        await this.insertMilestones(manager, copy.id, outstanding[sourceIndex]);
        copies[index] = copy;
      }
      return copies;
    });
  }

  actionLoader(loaders: RequestLoaders) {
    return loaders.get<string, Action | null>('plans.actionById', async (ids) =>
      byKey(ids, await this.actions.findBy({ id: In([...ids]) }), (action) => action.id),
    );
  }

  ownersLoader(loaders: RequestLoaders) {
    return loaders.get<string, Person[]>('plans.ownersByActionId', async (actionIds) => {
      const rows = await this.owners.find({
        where: { actionId: In([...actionIds]) },
        relations: { person: true },
        order: { position: 'ASC' },
      });
      return groupByKey(actionIds, rows, (row) => row.actionId).map((group) =>
        group.map((row) => row.person as Person),
      );
    });
  }

  milestonesLoader(loaders: RequestLoaders) {
    return loaders.get<string, Milestone[]>('plans.milestonesByActionId', async (actionIds) =>
      groupByKey(
        actionIds,
        await this.milestones.find({
          where: { actionId: In([...actionIds]) },
          order: { dueDate: 'ASC', createdAt: 'ASC' },
        }),
        (milestone) => milestone.actionId,
      ),
    );
  }

  carriedForwardToLoader(loaders: RequestLoaders) {
    return loaders.get<string, Action | null>('plans.actionByCarriedFrom', async (ids) =>
      byKey(
        ids,
        await this.actions.findBy({ carriedForwardFromId: In([...ids]) }),
        (action) => action.carriedForwardFromId as string,
      ),
    );
  }

  /** Actions of one area in one plan year; key is `${areaId}:${startYear}`. */
  areaYearLoader(loaders: RequestLoaders) {
    return loaders.get<string, Action[]>('plans.actionsByAreaYear', async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const rows = await this.actions
        .createQueryBuilder('action')
        .innerJoin('action.plan', 'plan')
        .addSelect('plan.financialYear')
        .where('action.areaId IN (:...areaIds)', { areaIds: pairs.map(([areaId]) => areaId) })
        .andWhere('plan.financialYear IN (:...years)', { years: pairs.map(([, year]) => +year) })
        .getMany();
      return groupByKey(keys, rows, (row) => `${row.areaId}:${row.plan?.financialYear}`).map(
        (group) => group.sort(byReference),
      );
    });
  }

  actionCountLoader(loaders: RequestLoaders) {
    return loaders.get<string, number>('plans.actionCountByPlanId', async (planIds) => {
      const rows: { planId: string; count: string }[] = await this.actions
        .createQueryBuilder('action')
        .select('action.planId', 'planId')
        .addSelect('COUNT(*)', 'count')
        .where('action.planId IN (:...planIds)', { planIds })
        .groupBy('action.planId')
        .getRawMany();
      const counts = new Map(rows.map((row) => [row.planId, Number(row.count)]));
      return planIds.map((id) => counts.get(id) ?? 0);
    });
  }

  private async assertCarriable(
    manager: EntityManager,
    sources: Action[],
    target: AnnualPlan,
  ): Promise<void> {
    const sourcePlans = await Promise.all(
      [...new Set(sources.map((source) => source.planId))].map((id) =>
        this.plans.getPlan(id, 'actionIds', manager),
      ),
    );
    const wrongYear = sourcePlans.find((plan) => plan.financialYear !== target.financialYear - 1);
    if (wrongYear) {
      throw badUserInput(
        'actionIds',
        `Actions of the ${financialYearLabel(wrongYear.financialYear)} plan can only be carried into the ${financialYearLabel(wrongYear.financialYear + 1)} plan`,
      );
    }
    const already = await manager.findBy(Action, {
      carriedForwardFromId: In(sources.map((source) => source.id)),
    });
    if (already.length) {
      throw badUserInput(
        'actionIds',
        `Action ${already[0].reference} has already been carried forward`,
      );
    }
    const clash = await manager.findBy(Action, {
      planId: target.id,
      reference: In(sources.map((source) => source.reference)),
    });
    if (clash.length) {
      throw badUserInput(
        'actionIds',
        `The ${financialYearLabel(target.financialYear)} plan already has an action ${clash[0].reference}`,
      );
    }
  }

  private async assertPeopleExist(ids: string[]): Promise<void> {
    const [missing] = await this.directory.findMissingPeople(ids);
    if (missing) throw notFound('Person', missing, 'ownerIds');
  }

  private async replaceOwners(manager: EntityManager, actionId: string, personIds: string[]) {
    await manager.delete(ActionOwner, { actionId });
    await manager.insert(
      ActionOwner,
      personIds.map((personId, position) => ({ actionId, personId, position })),
    );
  }

  private async insertMilestones(
    manager: EntityManager,
    actionId: string,
    drafts: Pick<MilestoneDraftInput, 'title' | 'dueDate'>[],
  ): Promise<Milestone[]> {
    if (!drafts.length) return [];
    const milestones = drafts.map((draft) =>
      manager.create(Milestone, {
        actionId,
        title: toBilingualColumns(draft.title),
        dueDate: draft.dueDate,
        completedOn: null,
      }),
    );
    return manager.save(milestones);
  }

  /** Runs a multi-row write atomically; a duplicate reference raced in becomes an input error. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'action_plan_reference')) {
        throw badUserInput('reference', 'Another action in this plan has that reference');
      }
      throw error;
    }
  }
}

function assertReferenceInArea(reference: string, area: StrategicArea): void {
  if (referenceAreaNumber(reference) !== area.number) {
    throw badUserInput('reference', `must start with ${area.number}, the area's number`);
  }
}

function assertDates(startDate: string, dueDate: string, plan: AnnualPlan): void {
  if (dueDate < startDate) throw badUserInput('dueDate', 'must be on or after the start date');
  if (dueDate < financialYearStart(plan.financialYear)) {
    throw badUserInput(
      'dueDate',
      `must fall in or after the plan's year (${financialYearLabel(plan.financialYear)})`,
    );
  }
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
