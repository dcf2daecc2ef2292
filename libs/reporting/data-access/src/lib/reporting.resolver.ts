import {
  Args,
  Context,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { DirectoryService, PersonModel, toPersonModel } from '@cynnydd/directory/data-access';
import {
  ExpectedFigureModel,
  Measure,
  MeasuresService,
  toExpectedFigureModel,
  toMeasureModel,
} from '@cynnydd/measures/data-access';
import {
  ActionModel,
  ActionsService,
  CarryForwardActionsInput,
  toActionModel,
} from '@cynnydd/plans/data-access';
import { RiskModel, toRiskModel } from '@cynnydd/risks/data-access';
import {
  badUserInput,
  CacheableQuery,
  Connection,
  CurrentActor,
  guaranteed,
  listComplexity,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { PAGE_SIZE, Permission, type Actor } from '@cynnydd/shared/domain';

import { ActionSearchService } from './action-search.service';
import { ActionListArgs } from './dto/action-list.args';
import {
  CreateReportingPeriodInput,
  ReopenReportingPeriodInput,
  ReportingPeriodVersionInput,
  UpdateReportingPeriodInput,
} from './dto/reporting-period.inputs';
import { SubmitStatusUpdateInput } from './dto/status-update.inputs';
import { ProgressSummaryModel } from './models/progress-summary.model';
import { ReportingPeriodModel, toReportingPeriodModel } from './models/reporting-period.model';
import { StatusUpdateModel, toStatusUpdateModel } from './models/status-update.model';
import { RemindersSentModel, UpdateRoundModel } from './models/update-round.model';
import { ProgressSummaryService } from './progress-summary.service';
import { ReportingPeriodsService } from './reporting-periods.service';
import { StatusUpdatesService } from './status-updates.service';
import { UpdateRoundService } from './update-round.service';

@ObjectType('ActionConnection')
class ActionConnection extends Connection(ActionModel, 'Action') {}

@Resolver(() => ReportingPeriodModel)
export class ReportingPeriodResolver {
  constructor(
    private readonly periods: ReportingPeriodsService,
    private readonly summaries: ProgressSummaryService,
    private readonly rounds: UpdateRoundService,
    private readonly measures: MeasuresService,
  ) {}

  @Query(() => UpdateRoundModel, {
    description: 'Who has and has not updated in a period, by area, organisation and person.',
  })
  @RequirePermission(Permission.MANAGE_REPORTING_PERIODS)
  // Built from every action, figure and risk review of the round (~0.3 s on the large data set);
  // the tracker polls it and is opened far more often than anything in it changes.
  @CacheableQuery()
  updateRound(
    @Args('reportingPeriodId', { type: () => ID }, UuidPipe) reportingPeriodId: string,
  ): Promise<UpdateRoundModel> {
    return this.rounds.track(reportingPeriodId);
  }

  @Mutation(() => RemindersSentModel, {
    description: 'Reminds the owners and delegates of every action still without an update.',
  })
  @RequirePermission(Permission.MANAGE_REPORTING_PERIODS)
  sendUpdateReminders(
    @Args('reportingPeriodId', { type: () => ID }, UuidPipe) reportingPeriodId: string,
  ): Promise<RemindersSentModel> {
    return this.rounds.remind(reportingPeriodId);
  }

  @ResolveField(() => [ExpectedFigureModel], {
    description:
      "Measures' figures this round asks for that are not yet given (periods that ended the quarter before); `mine` for the ones you own.",
  })
  async figuresDue(
    @Parent() period: ReportingPeriodModel,
    @Args('mine', { defaultValue: false }) mine: boolean,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ExpectedFigureModel[]> {
    const entity = guaranteed(await this.periods.periodLoader(loaders).load(period.id), 'Period');
    const due = await this.rounds.figuresDue(entity, mine ? (actor.personId ?? '') : null);
    const measures = await this.measures
      .measureLoader(loaders)
      .loadMany(due.map((f) => f.measureId));
    return due.map((figure, index) =>
      toExpectedFigureModel(figure, toMeasureModel(measures[index] as Measure)),
    );
  }

  @ResolveField(() => [RiskModel], {
    description:
      "Open risks this round asks to review and not yet reviewed since it opened: next review due by the round's update deadline, earliest first; `mine` for the ones you own.",
  })
  async riskReviewsDue(
    @Parent() period: ReportingPeriodModel,
    @Args('mine', { defaultValue: false }) mine: boolean,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<RiskModel[]> {
    const entity = guaranteed(await this.periods.periodLoader(loaders).load(period.id), 'Period');
    // The query reads whole risks, so nothing more is loaded per risk here.
    const due = await this.rounds.riskReviewsDue(entity, mine ? (actor.personId ?? '') : null);
    return due.map(toRiskModel);
  }

  @Query(() => [ReportingPeriodModel], { description: 'Newest first; optionally of one year.' })
  @RequirePermission(Permission.READ)
  async reportingPeriods(
    @Args('financialYear', { nullable: true }) financialYear?: string,
  ): Promise<ReportingPeriodModel[]> {
    return (await this.periods.listPeriods(financialYear)).map(toReportingPeriodModel);
  }

  @Query(() => ReportingPeriodModel)
  @RequirePermission(Permission.READ)
  async reportingPeriod(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<ReportingPeriodModel> {
    return toReportingPeriodModel(await this.periods.getPeriod(id));
  }

  @Query(() => ReportingPeriodModel, {
    nullable: true,
    description: 'The latest period that has started.',
  })
  @RequirePermission(Permission.READ)
  async currentReportingPeriod(): Promise<ReportingPeriodModel | null> {
    const period = await this.periods.findCurrentPeriod();
    return period && toReportingPeriodModel(period);
  }

  @Mutation(() => ReportingPeriodModel)
  @RequirePermission(Permission.MANAGE_REPORTING_PERIODS)
  async createReportingPeriod(
    @Args('input') input: CreateReportingPeriodInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportingPeriodModel> {
    return toReportingPeriodModel(await this.periods.createPeriod(actor, input));
  }

  @Mutation(() => ReportingPeriodModel, { description: "Moves the period's update deadline." })
  @RequirePermission(Permission.MANAGE_REPORTING_PERIODS)
  async updateReportingPeriod(
    @Args('input') input: UpdateReportingPeriodInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportingPeriodModel> {
    return toReportingPeriodModel(await this.periods.updatePeriod(actor, input));
  }

  @Mutation(() => ReportingPeriodModel, {
    description: 'Ends the update round; no updates are taken for a closed period.',
  })
  @RequirePermission(Permission.MANAGE_REPORTING_PERIODS)
  async closeReportingPeriod(
    @Args('input') input: ReportingPeriodVersionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportingPeriodModel> {
    return toReportingPeriodModel(await this.periods.closePeriod(actor, input));
  }

  @Mutation(() => ReportingPeriodModel, {
    description: 'Takes updates for a closed period again; the reason is audited.',
  })
  @RequirePermission(Permission.MANAGE_REPORTING_PERIODS)
  async reopenReportingPeriod(
    @Args('input') input: ReopenReportingPeriodInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportingPeriodModel> {
    return toReportingPeriodModel(await this.periods.reopenPeriod(actor, input));
  }

  @Query(() => ProgressSummaryModel, {
    description: 'RAG counts per area, theme and overall, overdue milestones and missing updates.',
  })
  @RequirePermission(Permission.READ)
  @CacheableQuery()
  progressSummary(
    @Args('reportingPeriodId', { type: () => ID }, UuidPipe) reportingPeriodId: string,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ProgressSummaryModel> {
    return this.summaries.summarise(reportingPeriodId, loaders);
  }

  @Query(() => ProgressSummaryModel, {
    nullable: true,
    description:
      'The summary of the latest period that has started, null before any has: the overview in one request.',
  })
  @RequirePermission(Permission.READ)
  @CacheableQuery()
  async currentProgressSummary(
    @Context() { loaders }: GraphQLContext,
  ): Promise<ProgressSummaryModel | null> {
    const period = await this.periods.findCurrentPeriod();
    return period && this.summaries.summarise(period.id, loaders);
  }
}

@Resolver(() => StatusUpdateModel)
export class StatusUpdateResolver {
  constructor(
    private readonly updates: StatusUpdatesService,
    private readonly periods: ReportingPeriodsService,
    private readonly directory: DirectoryService,
    private readonly actions: ActionsService,
  ) {}

  @Mutation(() => StatusUpdateModel, { description: "Adds to an action's status history." })
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async submitStatusUpdate(
    @Args('input') input: SubmitStatusUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<StatusUpdateModel> {
    return toStatusUpdateModel(await this.updates.submit(actor, input));
  }

  @ResolveField(() => PersonModel)
  async author(update: StatusUpdateModel, _args: unknown, { loaders }: GraphQLContext) {
    const person = await this.directory.personLoader(loaders).load(update.authorId);
    return toPersonModel(guaranteed(person, 'Author'));
  }

  @ResolveField(() => ReportingPeriodModel)
  async reportingPeriod(update: StatusUpdateModel, _args: unknown, { loaders }: GraphQLContext) {
    const period = await this.periods.periodLoader(loaders).load(update.reportingPeriodId);
    return toReportingPeriodModel(guaranteed(period, 'Reporting period'));
  }

  @ResolveField(() => ActionModel)
  async action(update: StatusUpdateModel, _args: unknown, { loaders }: GraphQLContext) {
    const action = await this.actions.actionLoader(loaders).load(update.actionId);
    return toActionModel(guaranteed(action, 'Action'));
  }
}

@Resolver(() => ActionModel)
export class ActionStatusResolver {
  constructor(
    private readonly updates: StatusUpdatesService,
    private readonly actionsService: ActionsService,
    private readonly search: ActionSearchService,
  ) {}

  @Query(() => ActionConnection, {
    description: 'Filtered, sorted, cursor-paginated actions.',
    complexity: listComplexity(PAGE_SIZE.default),
  })
  @RequirePermission(Permission.READ)
  async actions(@Args() args: ActionListArgs): Promise<ActionConnection> {
    const page = await this.search.search(args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: toActionModel(node) })),
    };
  }

  @Mutation(() => [ActionModel], {
    description:
      "Continues unfinished actions in the following year's plan, linked to the originals.",
  })
  @RequirePermission(Permission.MANAGE_PLANS)
  async carryForwardActions(
    @Args('input') input: CarryForwardActionsInput,
    @CurrentActor() actor: Actor,
  ): Promise<ActionModel[]> {
    // Completion is a matter of status, which is this domain's; the copying is the plans'.
    const [complete] = await this.updates.completedActionIds(input.actionIds);
    if (complete) {
      const action = await this.actionsService.getAction(complete);
      throw badUserInput(
        'actionIds',
        `Action ${action.reference} is complete and needs no carrying forward`,
      );
    }
    return (await this.actionsService.carryForward(actor, input)).map(toActionModel);
  }

  @ResolveField(() => StatusUpdateModel, {
    nullable: true,
    description: 'The status: the latest update for the latest period reported on.',
  })
  async currentStatus(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    const update = await this.updates.currentStatusLoader(loaders).load(action.id);
    return update && toStatusUpdateModel(update);
  }

  @ResolveField(() => [StatusUpdateModel], { description: 'Every update, newest first.' })
  async statusHistory(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    return (await this.updates.historyLoader(loaders).load(action.id)).map(toStatusUpdateModel);
  }

  @ResolveField(() => StatusUpdateModel, {
    nullable: true,
    description: 'The latest update submitted for a reporting period.',
  })
  async statusInPeriod(
    @Parent() action: ActionModel,
    @Args('reportingPeriodId', { type: () => ID }, UuidPipe) reportingPeriodId: string,
    @Context() { loaders }: GraphQLContext,
  ) {
    const key = `${action.id}:${reportingPeriodId}`;
    const update = await this.updates.periodStatusLoader(loaders).load(key);
    return update && toStatusUpdateModel(update);
  }

  @ResolveField(() => Boolean, {
    description: 'Not complete, and past its due date or a milestone due date.',
  })
  isOverdue(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    return this.search.overdueLoader(loaders).load(action.id);
  }
}
