import {
  Args,
  Context,
  Float,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import {
  CurrentActor,
  guaranteed,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { averageOf } from './assessment-comparison';
import { AssessmentsService } from './assessments.service';
import {
  CreatePartnershipStatementInput,
  RecordPartnershipAssessmentInput,
  UpdatePartnershipAssessmentInput,
  UpdatePartnershipStatementInput,
} from './dto/assessment.inputs';
import {
  AssessmentComparisonModel,
  PartnershipAssessmentModel,
  PartnershipScoreModel,
  PartnershipStatementModel,
  toAssessmentModel,
  toScoreModel,
  toStatementModel,
} from './models/assessment.model';

@Resolver(() => PartnershipAssessmentModel)
export class AssessmentsResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @Query(() => [PartnershipStatementModel], {
    description: 'The partnership behaviours statements, by position.',
  })
  @RequirePermission(Permission.READ)
  async partnershipStatements(
    @Args('includeRetired', { defaultValue: false }) includeRetired: boolean,
  ): Promise<PartnershipStatementModel[]> {
    return (await this.assessments.statements(includeRetired)).map(toStatementModel);
  }

  @Query(() => [PartnershipAssessmentModel], { description: "A forum's, newest first." })
  @RequirePermission(Permission.READ)
  async partnershipAssessments(
    @Args('forumId', { type: () => ID }, UuidPipe) forumId: string,
  ): Promise<PartnershipAssessmentModel[]> {
    return (await this.assessments.assessments(forumId)).map(toAssessmentModel);
  }

  @Query(() => AssessmentComparisonModel, {
    description: "A forum's self-assessments over time: averages and each statement's change.",
  })
  @RequirePermission(Permission.READ)
  async partnershipAssessmentComparison(
    @Args('forumId', { type: () => ID }, UuidPipe) forumId: string,
  ): Promise<AssessmentComparisonModel> {
    const { statements, comparison } = await this.assessments.comparison(forumId);
    return {
      assessments: comparison.assessments,
      statements: comparison.statements.map((trend, index) => ({
        ...trend,
        statement: toStatementModel(statements[index]),
      })),
    };
  }

  @Mutation(() => PartnershipStatementModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async createPartnershipStatement(
    @Args('input') input: CreatePartnershipStatementInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipStatementModel> {
    return toStatementModel(await this.assessments.createStatement(actor, input));
  }

  @Mutation(() => PartnershipStatementModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async updatePartnershipStatement(
    @Args('input') input: UpdatePartnershipStatementInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipStatementModel> {
    return toStatementModel(await this.assessments.updateStatement(actor, input));
  }

  @Mutation(() => PartnershipAssessmentModel, {
    description: 'A forum scores every active statement, at a meeting or on a date.',
  })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async recordPartnershipAssessment(
    @Args('input') input: RecordPartnershipAssessmentInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipAssessmentModel> {
    return toAssessmentModel(await this.assessments.record(actor, input));
  }

  @Mutation(() => PartnershipAssessmentModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async updatePartnershipAssessment(
    @Args('input') input: UpdatePartnershipAssessmentInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipAssessmentModel> {
    return toAssessmentModel(await this.assessments.update(actor, input));
  }

  @ResolveField(() => [PartnershipScoreModel], { description: 'By statement position.' })
  async scores(
    @Parent() assessment: PartnershipAssessmentModel,
    @Context() { loaders }: GraphQLContext,
  ) {
    return (await this.assessments.scoresLoader(loaders).load(assessment.id)).map(toScoreModel);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Mean of its scores.' })
  async average(
    @Parent() assessment: PartnershipAssessmentModel,
    @Context() { loaders }: GraphQLContext,
  ) {
    const scores = await this.assessments.scoresLoader(loaders).load(assessment.id);
    return averageOf(scores.map((row) => row.score));
  }
}

@Resolver(() => PartnershipScoreModel)
export class PartnershipScoreResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @ResolveField(() => PartnershipStatementModel)
  async statement(@Parent() score: PartnershipScoreModel, @Context() { loaders }: GraphQLContext) {
    return toStatementModel(
      guaranteed(
        await this.assessments.statementLoader(loaders).load(score.statementId),
        'Statement',
      ),
    );
  }
}
