import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService, Person } from '@cynnydd/directory/data-access';
import {
  assertVersion,
  badUserInput,
  byKey,
  Clock,
  conflict,
  EntityRows,
  forbidden,
  groupByKey,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  preparedStatement,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  canDelegate,
  canReportOn,
  compareReferences,
  financialYearEnd,
  financialYearLabel,
  financialYearStart,
  hasPermission,
  Permission,
  referenceAreaNumber,
  type ActionResponsibility,
  type Actor,
} from '@cynnydd/shared/domain';
import { StrategyService, type StrategicArea } from '@cynnydd/strategy/data-access';

import { ActionDelegate } from './action-delegate.entity';
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
import { toActionModel } from './models/action.model';
import { toMilestoneModel } from './models/milestone.model';
import { PlansService } from './plans.service';

const byReference = (a: Action, b: Action) => compareReferences(a.reference, b.reference);

@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(Milestone) private readonly milestones: Repository<Milestone>,
    private readonly plans: PlansService,
    private readonly strategy: StrategyService,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** With a transaction's manager, the action is locked FOR UPDATE until it commits. */
  async getAction(id: string, field = 'id', manager?: EntityManager): Promise<Action> {
    const action = manager
      ? await manager.findOne(Action, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : (await EntityRows.of(this.actions).byIds([id]))[0];
    if (!action) throw notFound('Action', id, field);
    return action;
  }

  async getMilestone(id: string, field: string, manager: EntityManager): Promise<Milestone> {
    const milestone = await manager.findOne(Milestone, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!milestone) throw notFound('Milestone', id, field);
    return milestone;
  }

  /**
   * Creates the action, its owners and its milestones together, or nothing. Within a caller's
   * transaction (`within`, e.g. a plan import) it writes there and commits with it.
   */
  async createAction(
    actor: Actor,
    input: CreateActionInput,
    within?: EntityManager,
  ): Promise<Action> {
    const area = await this.strategy.getArea(input.areaId, 'areaId');
    assertReferenceInArea(input.reference, area);
    await this.assertPeopleExist(input.ownerIds);
    return this.inTransaction(async (manager) => {
      const plan = await this.plans.getEditablePlan(input.planId, 'planId', manager);
      assertDates(input.startDate, input.dueDate, plan);
      await assertReferenceFree(manager, plan.id, input.reference);
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
          wellBeingGoals: input.wellBeingGoals ?? [],
          waysOfWorking: input.waysOfWorking ?? [],
          needsPartnershipConsultation: input.needsPartnershipConsultation ?? false,
        }),
      );
      await this.replaceOwners(manager, action.id, input.ownerIds);
      await this.recordAction(manager, actor, AuditAction.CREATE, null, action, input.ownerIds);
      await this.insertMilestones(manager, actor, action.id, input.milestones ?? []);
      return action;
    }, within);
  }

  async updateAction(
    actor: Actor,
    input: UpdateActionInput,
    within?: EntityManager,
  ): Promise<Action> {
    if (input.ownerIds) await this.assertPeopleExist(input.ownerIds);
    return this.inTransaction(async (manager) => {
      const before = await this.getAction(input.id, 'id', manager);
      const ownerIdsBefore = (await this.responsibility(before.id, manager)).ownerIds;
      // A conflict shows the action as it is, owners included. The action is locked, so its
      // owners cannot change under this transaction even if its row is found changed below.
      const current = (action: Action) => ({ ...toActionModel(action), ownerIds: ownerIdsBefore });
      assertVersion(before.version, input.expectedVersion, () => current(before));
      const plan = await this.plans.getEditablePlan(before.planId, 'id', manager);
      const area = await this.strategy.getArea(input.areaId ?? before.areaId, 'areaId');
      const reference = input.reference ?? before.reference;
      assertReferenceInArea(reference, area);
      const startDate = input.startDate ?? before.startDate;
      const dueDate = input.dueDate ?? before.dueDate;
      assertDates(startDate, dueDate, plan);
      await assertReferenceFree(manager, plan.id, reference, before.id);

      const after = await updateVersioned(
        manager,
        Action,
        before.id,
        input.expectedVersion,
        {
          areaId: area.id,
          reference,
          startDate,
          dueDate,
          leadOrganisation: input.leadOrganisation ?? before.leadOrganisation,
          themes: input.themes ?? before.themes,
          wellBeingGoals: input.wellBeingGoals ?? before.wellBeingGoals,
          waysOfWorking: input.waysOfWorking ?? before.waysOfWorking,
          needsPartnershipConsultation:
            input.needsPartnershipConsultation ?? before.needsPartnershipConsultation,
          title: mergeBilingual(before.title, input.title, 'title'),
          description: mergeBilingual(before.description, input.description),
        },
        current,
      );
      if (input.ownerIds) await this.replaceOwners(manager, after.id, input.ownerIds);
      await this.recordAction(
        manager,
        actor,
        AuditAction.UPDATE,
        { ...before, ownerIds: ownerIdsBefore },
        after,
        input.ownerIds ?? ownerIdsBefore,
      );
      return after;
    }, within);
  }

  async addMilestone(actor: Actor, input: AddMilestoneInput): Promise<Milestone> {
    return this.inTransaction(async (manager) => {
      const action = await this.getAction(input.actionId, 'actionId', manager);
      await this.plans.getEditablePlan(action.planId, 'actionId', manager);
      const [milestone] = await this.insertMilestones(manager, actor, action.id, [input]);
      return milestone;
    });
  }

  /**
   * Leads complete (or reopen) milestones of actions they answer for; changing a milestone's
   * title or date is planning, for the operational group.
   */
  async updateMilestone(actor: Actor, input: UpdateMilestoneInput): Promise<Milestone> {
    return this.inTransaction(async (manager) => {
      const before = await this.getMilestone(input.id, 'id', manager);
      // Lock the action before reading who answers for it, so a delegate removed meanwhile
      // cannot slip through.
      const action = await this.getAction(before.actionId, 'id', manager);
      if (!canReportOn(actor, await this.responsibility(action.id, manager))) throw forbidden();
      const replanning = input.title !== undefined || input.dueDate !== undefined;
      if (replanning && !hasPermission(actor.role, Permission.MANAGE_PLANS)) {
        throw forbidden(
          'Only the operational group can change what a milestone is or when it is due',
        );
      }
      await this.plans.getEditablePlan(action.planId, 'id', manager);
      assertVersion(before.version, input.expectedVersion, () => toMilestoneModel(before));
      if (input.completedOn && input.completedOn > this.clock.today()) {
        throw badUserInput('completedOn', 'cannot be in the future');
      }
      const after = await updateVersioned(
        manager,
        Milestone,
        before.id,
        input.expectedVersion,
        {
          title: mergeBilingual(before.title, input.title, 'title'),
          dueDate: input.dueDate ?? before.dueDate,
          completedOn: input.completedOn === undefined ? before.completedOn : input.completedOn,
        },
        toMilestoneModel,
      );
      await this.audit.changed(manager, actor, 'Milestone', before, after);
      return after;
    });
  }

  /**
   * Writes the action's row before its delegates change: a status update checked against the
   * old delegates then finds the row changed and is checked again (StatusUpdatesService), and
   * two changes to one action's delegates wait for each other.
   */
  private async writeActionRow(manager: EntityManager, actionId: string): Promise<void> {
    await manager.query(`UPDATE action SET updated_at = now() WHERE id = $1`, [actionId]);
  }

  /** Names a delegate who may report on the action for its owners. */
  async addDelegate(actor: Actor, actionId: string, personId: string): Promise<Action> {
    await this.directory.getPerson(personId, 'personId');
    return this.inTransaction(async (manager) => {
      await this.writeActionRow(manager, actionId);
      const action = await this.getAction(actionId, 'actionId', manager);
      const responsibility = await this.responsibility(action.id, manager);
      if (!canDelegate(actor, responsibility))
        throw forbidden('Only the action’s owners can name delegates');
      await this.plans.getEditablePlan(action.planId, 'actionId', manager);
      if (
        responsibility.ownerIds.includes(personId) ||
        responsibility.delegateIds.includes(personId)
      ) {
        throw badUserInput('personId', 'That person already answers for this action');
      }
      await manager.insert(ActionDelegate, { actionId, personId, delegatedByUserId: actor.userId });
      await this.recordDelegates(manager, actor, actionId, responsibility.delegateIds, [
        ...responsibility.delegateIds,
        personId,
      ]);
      return action;
    });
  }

  async removeDelegate(actor: Actor, actionId: string, personId: string): Promise<Action> {
    return this.inTransaction(async (manager) => {
      await this.writeActionRow(manager, actionId);
      const action = await this.getAction(actionId, 'actionId', manager);
      const responsibility = await this.responsibility(action.id, manager);
      if (!canDelegate(actor, responsibility))
        throw forbidden('Only the action’s owners can remove delegates');
      await this.plans.getEditablePlan(action.planId, 'actionId', manager);
      if (!responsibility.delegateIds.includes(personId)) {
        throw notFound('ActionDelegate', personId, 'personId');
      }
      await manager.delete(ActionDelegate, { actionId, personId });
      await this.recordDelegates(
        manager,
        actor,
        actionId,
        responsibility.delegateIds,
        responsibility.delegateIds.filter((id) => id !== personId),
      );
      return action;
    });
  }

  /** The people who answer for an action, for the access rules. */
  async responsibility(
    actionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActionResponsibility> {
    const [owners, delegates] = await Promise.all([
      manager.find(ActionOwner, { where: { actionId }, order: { position: 'ASC' } }),
      manager.find(ActionDelegate, { where: { actionId }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      ownerIds: owners.map((o) => o.personId),
      delegateIds: delegates.map((d) => d.personId),
    };
  }

  /**
   * Continues unfinished actions in the following year's plan. The copies keep reference, text,
   * owners and outstanding milestones and point back to the original, whose history stays put.
   */
  async carryForward(actor: Actor, input: CarryForwardActionsInput): Promise<Action[]> {
    return this.inTransaction(
      async (manager) => {
        const target = await this.plans.getEditablePlan(
          input.targetPlanId,
          'targetPlanId',
          manager,
        );
        const sources = await manager.findBy(Action, { id: In(input.actionIds) });
        const missing = input.actionIds.find((id) => !sources.some((action) => action.id === id));
        if (missing) throw notFound('Action', missing, 'actionIds');
        await this.assertCarriable(manager, sources, target);

        const ids = sources.map((source) => source.id);
        const ownersBySource = new Map(ids.map((id) => [id, [] as string[]] as const));
        for (const owner of await manager.find(ActionOwner, {
          where: { actionId: In(ids) },
          order: { position: 'ASC' },
        })) {
          ownersBySource.get(owner.actionId)?.push(owner.personId);
        }
        const outstandingBySource = new Map(ids.map((id) => [id, [] as Milestone[]] as const));
        for (const milestone of await manager.find(Milestone, {
          where: { actionId: In(ids), completedOn: IsNull() },
          order: { dueDate: 'ASC' },
        })) {
          outstandingBySource.get(milestone.actionId)?.push(milestone);
        }

        const copies: Action[] = [];
        for (const source of [...sources].sort(byReference)) {
          const copy = await manager.save(
            manager.create(Action, {
              planId: target.id,
              areaId: source.areaId,
              reference: source.reference,
              title: source.title,
              description: source.description,
              leadOrganisation: source.leadOrganisation,
              startDate: source.startDate,
              // An action that was due before the new year starts needs a date inside it.
              dueDate:
                source.dueDate < financialYearStart(target.financialYear)
                  ? financialYearEnd(target.financialYear)
                  : source.dueDate,
              themes: source.themes,
              wellBeingGoals: source.wellBeingGoals,
              waysOfWorking: source.waysOfWorking,
              needsPartnershipConsultation: source.needsPartnershipConsultation,
              carriedForwardFromId: source.id,
            }),
          );
          const ownerIds = ownersBySource.get(source.id) ?? [];
          await this.replaceOwners(manager, copy.id, ownerIds);
          await this.recordAction(manager, actor, AuditAction.CREATE, null, copy, ownerIds);
          await this.insertMilestones(
            manager,
            actor,
            copy.id,
            outstandingBySource.get(source.id) ?? [],
          );
          copies.push(copy);
        }
        return copies;
      },
      undefined,
      'actionIds',
    );
  }

  actionLoader(loaders: RequestLoaders) {
    return loaders.get<string, Action | null>('plans.actionById', (ids) =>
      EntityRows.of(this.actions).byIds(ids),
    );
  }

  ownersLoader(loaders: RequestLoaders) {
    return loaders.get<string, Person[]>('plans.ownersByActionId', (actionIds) =>
      this.peopleByAction('action_owner', 'position', actionIds),
    );
  }

  delegatesLoader(loaders: RequestLoaders) {
    return loaders.get<string, Person[]>('plans.delegatesByActionId', (actionIds) =>
      this.peopleByAction('action_delegate', 'created_at', actionIds),
    );
  }

  milestonesLoader(loaders: RequestLoaders) {
    return loaders.get<string, Milestone[]>('plans.milestonesByActionId', async (actionIds) =>
      groupByKey(
        actionIds,
        await EntityRows.of(this.milestones).lookup(
          'WHERE t.action_id = ANY($1) ORDER BY t.due_date, t.created_at',
          [actionIds],
        ),
        (milestone) => milestone.actionId,
      ),
    );
  }

  /** The owners or delegates of each action, in their table's order. */
  private async peopleByAction(
    table: 'action_owner' | 'action_delegate',
    order: 'position' | 'created_at',
    actionIds: readonly string[],
  ): Promise<Person[][]> {
    const people = EntityRows.of(this.dataSource.getRepository(Person));
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      preparedStatement(
        `SELECT r.action_id AS "ofAction", ${people.columns('p')}
         FROM ${table} r JOIN person p ON p.id = r.person_id
         WHERE r.action_id = ANY($1) ORDER BY r.${order}`,
      ),
      [actionIds],
    );
    return groupByKey(actionIds, rows, (row) => row['ofAction'] as string).map((group) =>
      group.map((row) => people.fromRow(row)),
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
    actor: Actor,
    actionId: string,
    drafts: Pick<MilestoneDraftInput, 'title' | 'dueDate'>[],
  ): Promise<Milestone[]> {
    if (!drafts.length) return [];
    const milestones = await manager.save(
      drafts.map((draft) =>
        manager.create(Milestone, {
          actionId,
          title: toBilingualColumns(draft.title),
          dueDate: draft.dueDate,
          completedOn: null,
        }),
      ),
    );
    for (const milestone of milestones) {
      await this.audit.created(manager, actor, 'Milestone', milestone);
    }
    return milestones;
  }

  /** Audits an action together with its owner list, which lives in its own table. */
  private recordAction(
    manager: EntityManager,
    actor: Actor,
    action: AuditAction,
    before: object | null,
    after: Action,
    ownerIds: readonly string[],
  ) {
    return this.audit.record(manager, actor, {
      action,
      entityType: 'Action',
      entityId: after.id,
      before,
      after: { ...after, ownerIds },
    });
  }

  private recordDelegates(
    manager: EntityManager,
    actor: Actor,
    actionId: string,
    before: readonly string[],
    after: readonly string[],
  ) {
    return this.audit.record(manager, actor, {
      action: AuditAction.UPDATE,
      entityType: 'Action',
      entityId: actionId,
      before: { delegateIds: before },
      after: { delegateIds: after },
    });
  }

  /**
   * Runs a multi-row write atomically. A unique index hit by a concurrent write becomes a
   * conflict on `field`, the input that caused it.
   */
  private async inTransaction<T>(
    work: (manager: EntityManager) => Promise<T>,
    within?: EntityManager,
    field = 'reference',
  ): Promise<T> {
    try {
      return await (within ? work(within) : this.dataSource.transaction(work));
    } catch (error) {
      if (isUniqueViolation(error, 'action_plan_reference')) {
        throw conflict('Another action in this plan has that reference', { field });
      }
      if (isUniqueViolation(error, 'action_carried_forward_once')) {
        throw conflict('That action has just been carried forward by someone else', { field });
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

async function assertReferenceFree(
  manager: EntityManager,
  planId: string,
  reference: string,
  exceptActionId?: string,
): Promise<void> {
  const holder = await manager.findOneBy(Action, { planId, reference });
  if (holder && holder.id !== exceptActionId) {
    throw badUserInput('reference', `Action ${reference} already exists in this plan`);
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
