import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { DirectoryService, PersonModel, toPersonModel } from '@cynnydd/directory/data-access';
import { ActionModel, ActionsService, toActionModel } from '@cynnydd/plans/data-access';
import {
  Clock,
  CurrentActor,
  guaranteed,
  RequirePermission,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { AddReviewEntryInput, CompleteFollowUpInput, FollowUpFilter } from './dto/review.inputs';
import { ReportModel, toReportModel } from './models/report.model';
import {
  FollowUpModel,
  ReviewEntryModel,
  toFollowUpModel,
  toReviewEntryModel,
} from './models/review.model';
import { ReportsService } from './reports.service';
import { ReviewService } from './review.service';

@Resolver(() => ReportModel)
export class ReportReviewResolver {
  constructor(private readonly service: ReviewService) {}

  @ResolveField(() => [ReviewEntryModel], {
    description:
      'Comments and decisions, oldest first; those minuted at a meeting once its minutes are approved (the programme office sees drafts).',
  })
  async review(
    @Parent() report: ReportModel,
    @CurrentActor() actor: Actor,
  ): Promise<ReviewEntryModel[]> {
    return (await this.service.entriesFor(actor, report.id)).map(toReviewEntryModel);
  }
}

@Resolver(() => ReviewEntryModel)
export class ReviewEntryResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly reports: ReportsService,
    private readonly actions: ActionsService,
  ) {}

  @Mutation(() => ReviewEntryModel, {
    description: 'Records a comment or decision on an issued report; decisions may set follow-ups.',
  })
  @RequirePermission(Permission.REVIEW_REPORTS)
  async addReviewEntry(
    @Args('input') input: AddReviewEntryInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReviewEntryModel> {
    return toReviewEntryModel(await this.review.add(actor, input));
  }

  @ResolveField(() => ActionModel, { nullable: true })
  async action(entry: ReviewEntryModel, _args: unknown, { loaders }: GraphQLContext) {
    if (!entry.actionId) return null;
    const action = await this.actions.actionLoader(loaders).load(entry.actionId);
    return toActionModel(guaranteed(action, 'Action'));
  }

  @ResolveField(() => [FollowUpModel])
  async followUps(entry: ReviewEntryModel, _args: unknown, { loaders }: GraphQLContext) {
    return (await this.review.followUpsLoader(loaders).load(entry.id)).map(toFollowUpModel);
  }

  @ResolveField(() => ReportModel, {
    nullable: true,
    description: 'The issued report it is about; null for a meeting’s decision on something else.',
  })
  async report(@Parent() entry: ReviewEntryModel, @CurrentActor() actor: Actor) {
    if (!entry.reportId) return null;
    return toReportModel(await this.reports.get(actor, entry.reportId));
  }
}

@Resolver(() => FollowUpModel)
export class FollowUpResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [FollowUpModel], {
    description:
      'Follow-ups set by board decisions: open ones by due date, then done ones. Those set at a meeting once its minutes are approved (the programme office sees drafts).',
  })
  @RequirePermission(Permission.READ)
  async followUps(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: FollowUpFilter,
  ): Promise<FollowUpModel[]> {
    return (await this.review.listFollowUps(actor, filter)).map(toFollowUpModel);
  }

  @Mutation(() => FollowUpModel, { description: 'Marks a follow-up done, or (null) not done.' })
  @RequirePermission(Permission.REVIEW_REPORTS, Permission.REPORT_ON_OWN_ACTIONS)
  async completeFollowUp(
    @Args('input') input: CompleteFollowUpInput,
    @CurrentActor() actor: Actor,
  ): Promise<FollowUpModel> {
    return toFollowUpModel(await this.review.complete(actor, input));
  }

  @ResolveField(() => PersonModel)
  async owner(followUp: FollowUpModel, _args: unknown, { loaders }: GraphQLContext) {
    const person = await this.directory.personLoader(loaders).load(followUp.ownerId);
    return toPersonModel(guaranteed(person, 'Person'));
  }

  @ResolveField(() => ReviewEntryModel, { description: 'The decision that set it.' })
  async decision(followUp: FollowUpModel, _args: unknown, { loaders }: GraphQLContext) {
    const entry = await this.review.entryLoader(loaders).load(followUp.decisionId);
    return toReviewEntryModel(guaranteed(entry, 'Review entry'));
  }

  @ResolveField(() => Boolean, { description: 'Not done, and past its due date.' })
  isOverdue(followUp: FollowUpModel): boolean {
    return !followUp.completedOn && followUp.dueDate < this.clock.today();
  }
}
