import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { DirectoryService, PersonModel, toPersonModel } from '@cynnydd/directory/data-access';
import { ActionModel, ActionsService, toActionModel } from '@cynnydd/plans/data-access';
import {
  badUserInput,
  BilingualTextModel,
  CacheableQuery,
  CurrentActor,
  guaranteed,
  listComplexity,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { PAGE_SIZE, Permission, type Actor } from '@cynnydd/shared/domain';
import {
  StrategicAreaModel,
  StrategyService,
  toStrategicAreaModel,
} from '@cynnydd/strategy/data-access';

import { SubmitMeasureValueInput } from './dto/measure-value.inputs';
import { CreateMeasureInput, UpdateMeasureInput } from './dto/measure.inputs';
import { MeasurePageArgs, MeasuresFilterArgs } from './dto/measures.args';
import { assessFigure, explainRag, periodLabelOf, trendsOf } from './measure-assessment';
import { canReportFigures, MeasureValuesService, RECENT_PERIODS } from './measure-values.service';
import { MeasuresSummaryService } from './measures-summary.service';
import { MeasuresService } from './measures.service';
import { MeasureTrendsModel } from './models/measure-trends.model';
import {
  MeasureFigureModel,
  MeasureValueModel,
  toMeasureValueModel,
} from './models/measure-value.model';
import {
  MeasureModel,
  MeasurePageModel,
  MeasureTargetModel,
  toMeasureModel,
  toMeasureTargetModel,
} from './models/measure.model';
import { MeasuresSummaryModel } from './models/measures-summary.model';

const MAX_RECENT_PERIODS = 120;

function assertPeriodCount(last: number): void {
  if (last < 1 || last > MAX_RECENT_PERIODS) {
    throw badUserInput('last', `must be from 1 to ${MAX_RECENT_PERIODS}`);
  }
}

@Resolver(() => MeasureModel)
export class MeasuresResolver {
  constructor(
    private readonly measuresService: MeasuresService,
    private readonly valuesService: MeasureValuesService,
    private readonly summaries: MeasuresSummaryService,
    private readonly directory: DirectoryService,
    private readonly strategy: StrategyService,
    private readonly actionsService: ActionsService,
  ) {}

  @Query(() => [MeasureModel], {
    description: 'Measures by reference, optionally of one area or owner.',
    // A programme follows tens of measures, a handful per area.
    complexity: listComplexity(20),
  })
  @RequirePermission(Permission.READ)
  @CacheableQuery()
  async measures(@Args() filter: MeasuresFilterArgs): Promise<MeasureModel[]> {
    return (await this.measuresService.list(filter)).map(toMeasureModel);
  }

  @Query(() => MeasurePageModel, {
    description: 'A page of the measures, optionally of one area or owner, by reference.',
    complexity: listComplexity(PAGE_SIZE.default),
  })
  @RequirePermission(Permission.READ)
  @CacheableQuery()
  async measurePage(
    @Args() { offset, limit, ...filter }: MeasurePageArgs,
  ): Promise<MeasurePageModel> {
    const { measures, totalCount } = await this.measuresService.page(filter, offset, limit);
    return { measures: measures.map(toMeasureModel), totalCount };
  }

  @Query(() => MeasureModel)
  @RequirePermission(Permission.READ)
  async measure(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<MeasureModel> {
    return toMeasureModel(await this.measuresService.getMeasure(id));
  }

  @Query(() => MeasuresSummaryModel, {
    description: 'Measures by the RAG of their latest figure, and those that worsened.',
  })
  @RequirePermission(Permission.READ)
  @CacheableQuery()
  measuresSummary(@Context() { loaders }: GraphQLContext): Promise<MeasuresSummaryModel> {
    return this.summaries.summarise(loaders);
  }

  @Mutation(() => MeasureModel, { description: 'Adds a measure, with its areas and targets.' })
  @RequirePermission(Permission.MANAGE_PLANS)
  async createMeasure(
    @Args('input') input: CreateMeasureInput,
    @CurrentActor() actor: Actor,
  ): Promise<MeasureModel> {
    return toMeasureModel(await this.measuresService.create(actor, input));
  }

  @Mutation(() => MeasureModel)
  @RequirePermission(Permission.MANAGE_PLANS)
  async updateMeasure(
    @Args('input') input: UpdateMeasureInput,
    @CurrentActor() actor: Actor,
  ): Promise<MeasureModel> {
    return toMeasureModel(await this.measuresService.update(actor, input));
  }

  @Mutation(() => MeasureValueModel, {
    description: "Adds a period's figure, or revises it; earlier figures are kept.",
  })
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async submitMeasureValue(
    @Args('input') input: SubmitMeasureValueInput,
    @CurrentActor() actor: Actor,
  ): Promise<MeasureValueModel> {
    const { value, revised } = await this.valuesService.submit(actor, input);
    const measure = await this.measuresService.getMeasure(value.measureId);
    const [targets] = await this.measuresService.targetsOf([measure.id]);
    return toMeasureValueModel(value, assessFigure(measure, targets, value, revised));
  }

  @ResolveField(() => PersonModel, { description: 'Who reports its figures.' })
  async owner(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    return toPersonModel(
      guaranteed(await this.directory.personLoader(loaders).load(measure.ownerId), 'Owner'),
    );
  }

  @ResolveField(() => [StrategicAreaModel], { description: 'By number.' })
  async areas(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    const ids = await this.measuresService.areaIdsLoader(loaders).load(measure.id);
    const areas = await this.strategy.areaLoader(loaders).loadMany(ids);
    return areas
      .map((area) => toStrategicAreaModel(guaranteed(area instanceof Error ? null : area, 'Area')))
      .sort((a, b) => a.number - b.number);
  }

  @ResolveField(() => [ActionModel], { description: 'Actions that contribute to it.' })
  async actions(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    const ids = await this.measuresService.actionIdsLoader(loaders).load(measure.id);
    const actions = await this.actionsService.actionLoader(loaders).loadMany(ids);
    return actions
      .map((action) => toActionModel(guaranteed(action instanceof Error ? null : action, 'Action')))
      .sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true }));
  }

  @ResolveField(() => [MeasureTargetModel], { description: 'By financial year.' })
  async targets(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    return (await this.measuresService.targetsLoader(loaders).load(measure.id)).map(
      toMeasureTargetModel,
    );
  }

  @ResolveField(() => Boolean, { description: 'Tracked without any target.' })
  async contextual(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    return (await this.measuresService.targetsLoader(loaders).load(measure.id)).length === 0;
  }

  @ResolveField(() => [MeasureValueModel], {
    description: `Current figures of the latest periods (${RECENT_PERIODS} by default), oldest first.`,
    complexity: ({ args, childComplexity }) => (args.last ?? RECENT_PERIODS) * childComplexity,
  })
  async recentValues(
    @Parent() measure: MeasureModel,
    @Args('last', { type: () => Int, defaultValue: RECENT_PERIODS }) last: number,
    @Context() { loaders }: GraphQLContext,
  ) {
    assertPeriodCount(last);
    return this.assessed(measure, loaders, last);
  }

  @ResolveField(() => [MeasureFigureModel], {
    description: `Just the period and figure of the latest periods (${RECENT_PERIODS} by default), oldest first: for a sparkline.`,
    complexity: ({ args, childComplexity }) => (args.last ?? RECENT_PERIODS) * childComplexity,
  })
  async recentFigures(
    @Parent() measure: MeasureModel,
    @Args('last', { type: () => Int, defaultValue: RECENT_PERIODS }) last: number,
    @Context() { loaders }: GraphQLContext,
  ): Promise<MeasureFigureModel[]> {
    assertPeriodCount(last);
    const newestFirst = await this.valuesService
      .latestFiguresLoader(loaders, last)
      .load(measure.id);
    return newestFirst.map((figure) => ({ ...figure, frequency: measure.frequency })).reverse();
  }

  @ResolveField(() => MeasureValueModel, {
    nullable: true,
    description: 'The current figure of the latest period with one.',
  })
  async latest(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    return (await this.assessed(measure, loaders, 1)).at(-1) ?? null;
  }

  @ResolveField(() => MeasureTrendsModel, {
    description: 'Direction of travel of the latest figure.',
  })
  async trend(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    const [entity, newestFirst] = await Promise.all([
      this.measuresService.measureLoader(loaders).load(measure.id),
      this.valuesService.latestFiguresLoader(loaders, RECENT_PERIODS).load(measure.id),
    ]);
    return trendsOf(guaranteed(entity, 'Measure'), [...newestFirst].reverse());
  }

  @ResolveField(() => [MeasureValueModel], {
    description: 'The current figure of every period, oldest first.',
  })
  async values(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    const { current } = await this.history(measure, loaders);
    return current;
  }

  @ResolveField(() => [MeasureValueModel], {
    description: 'Figures later revised, oldest first: what was reported before the revision.',
  })
  async revisions(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    const { superseded } = await this.history(measure, loaders);
    return superseded;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may report its figures.' })
  canReportFigures(@Parent() measure: MeasureModel, @CurrentActor() actor: Actor): boolean {
    return canReportFigures(actor, measure);
  }

  /** The measure's latest `last` periods' figures, read and assessed once per request. */
  private assessed(measure: MeasureModel, loaders: GraphQLContext['loaders'], last: number) {
    return loaders
      .get<string, MeasureValueModel[]>(`measures.assessed:${last}`, (ids) =>
        Promise.all(ids.map((id) => this.assess(id, loaders, last))),
      )
      .load(measure.id);
  }

  private async assess(measureId: string, loaders: GraphQLContext['loaders'], periods: number) {
    const [entity, targets, recent] = await Promise.all([
      this.measuresService.measureLoader(loaders).load(measureId),
      this.measuresService.targetsLoader(loaders).load(measureId),
      this.valuesService.recentLoader(loaders, periods).load(measureId),
    ]);
    const measure = guaranteed(entity, 'Measure');
    return recent.map(({ value, revised }) =>
      toMeasureValueModel(value, assessFigure(measure, targets, value, revised)),
    );
  }

  /** Every figure of one measure (the measure page asks for one at a time). */
  private async history(measure: MeasureModel, loaders: GraphQLContext['loaders']) {
    return loaders
      .get<string, Awaited<ReturnType<MeasuresResolver['readHistory']>>>(
        'measures.history',
        (ids) => Promise.all(ids.map((id) => this.readHistory(id, loaders))),
      )
      .load(measure.id);
  }

  private async readHistory(measureId: string, loaders: GraphQLContext['loaders']) {
    const [entity, targets, all] = await Promise.all([
      this.measuresService.measureLoader(loaders).load(measureId),
      this.measuresService.targetsLoader(loaders).load(measureId),
      this.valuesService.history(measureId),
    ]);
    const measure = guaranteed(entity, 'Measure');
    const current: MeasureValueModel[] = [];
    const superseded: MeasureValueModel[] = [];
    all.forEach((value, index) => {
      const next = all[index + 1];
      const replaced = next?.periodStart === value.periodStart;
      const revised = all[index - 1]?.periodStart === value.periodStart;
      (replaced ? superseded : current).push(
        toMeasureValueModel(value, assessFigure(measure, targets, value, revised)),
      );
    });
    return { current, superseded };
  }
}

@Resolver(() => MeasureValueModel)
export class MeasureValueResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField(() => BilingualTextModel, { description: '"Apr 2025", "2025-26 Q1", "2025-26".' })
  periodLabel(@Parent() value: MeasureValueModel): BilingualTextModel {
    return periodLabelOf(value.frequency, value.periodStart);
  }

  @ResolveField(() => BilingualTextModel, {
    nullable: true,
    description:
      'Why the RAG is what it is: "Red: 7.9% against a target of 6%; red beyond 1 point".',
  })
  ragExplanation(@Parent() value: MeasureValueModel): BilingualTextModel | null {
    return explainRag(value.reason);
  }

  @ResolveField(() => PersonModel, { description: 'Who gave the figure.' })
  async author(@Parent() value: MeasureValueModel, @Context() { loaders }: GraphQLContext) {
    return toPersonModel(
      guaranteed(await this.directory.personLoader(loaders).load(value.authorId), 'Author'),
    );
  }
}

@Resolver(() => MeasureFigureModel)
export class MeasureFigureResolver {
  @ResolveField(() => BilingualTextModel, { description: '"Apr 2025", "2025-26 Q1", "2025-26".' })
  periodLabel(@Parent() figure: MeasureFigureModel): BilingualTextModel {
    return periodLabelOf(figure.frequency, figure.periodStart);
  }
}

@Resolver(() => ActionModel)
export class ActionMeasuresResolver {
  constructor(private readonly measuresService: MeasuresService) {}

  @ResolveField(() => [MeasureModel], { description: 'Measures the action contributes to.' })
  async measures(@Parent() action: ActionModel, @Context() { loaders }: GraphQLContext) {
    return (await this.measuresService.measuresOfActionLoader(loaders).load(action.id)).map(
      toMeasureModel,
    );
  }
}
