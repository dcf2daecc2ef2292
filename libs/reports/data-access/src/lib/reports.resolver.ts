import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  ReportingPeriodModel,
  ReportingPeriodsService,
  toReportingPeriodModel,
} from '@cynnydd/reporting/data-access';
import {
  CacheableQuery,
  CurrentActor,
  guaranteed,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { BoardPaperSettingsService } from './cover-sheet/board-paper-settings.service';
import { UpdateBoardPaperSettingsInput } from './cover-sheet/cover-sheet.inputs';
import {
  BoardPaperSettingsModel,
  CoverSheetModel,
  toBoardPaperSettingsModel,
  toCoverSheetModel,
} from './cover-sheet/cover-sheet.model';
import {
  CreateReportInput,
  ReportFilter,
  ReportVersionInput,
  UpdateReportInput,
} from './dto/report.inputs';
import { ReportContentModel } from './models/report-content.model';
import { ReportModel, toReportModel } from './models/report.model';
import { ReportsService } from './reports.service';

@Resolver(() => ReportModel)
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly periods: ReportingPeriodsService,
  ) {}

  @Query(() => [ReportModel], {
    description: 'Newest period first; drafts only for those who write reports.',
  })
  @RequirePermission(Permission.READ)
  async reports(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: ReportFilter,
  ): Promise<ReportModel[]> {
    return (await this.service.list(actor, filter)).map(toReportModel);
  }

  @Query(() => ReportModel)
  @RequirePermission(Permission.READ)
  // A draft's content is built from every action of the plan (a few hundred milliseconds); the
  // preview is read again and again while the operational group prepares it.
  @CacheableQuery()
  async report(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<ReportModel> {
    return toReportModel(await this.service.get(actor, id));
  }

  @Mutation(() => ReportModel, {
    description: 'Starts a draft, the next edition for its audience.',
  })
  @RequirePermission(Permission.MANAGE_REPORTS)
  async createReport(
    @Args('input') input: CreateReportInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportModel> {
    return toReportModel(await this.service.create(actor, input));
  }

  @Mutation(() => ReportModel, {
    description: "Rewords a draft's executive summary or changes its cover sheet.",
  })
  @RequirePermission(Permission.MANAGE_REPORTS)
  async updateReport(
    @Args('input') input: UpdateReportInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportModel> {
    return toReportModel(await this.service.update(actor, input));
  }

  @Mutation(() => ReportModel, {
    description: 'Freezes the draft as issued: it reads from its snapshot from then on.',
  })
  @RequirePermission(Permission.MANAGE_REPORTS)
  async issueReport(
    @Args('input') input: ReportVersionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportModel> {
    return toReportModel(await this.service.issue(actor, input));
  }

  @ResolveField(() => ReportingPeriodModel)
  async reportingPeriod(report: ReportModel, _args: unknown, { loaders }: GraphQLContext) {
    const period = await this.periods.periodLoader(loaders).load(report.reportingPeriodId);
    return toReportingPeriodModel(guaranteed(period, 'Reporting period'));
  }

  @ResolveField(() => ReportContentModel, {
    description: 'As issued for an issued report; as of now for a draft.',
  })
  content(report: ReportModel): Promise<ReportContentModel> {
    return this.service.sharedContent(report.entity);
  }

  @ResolveField(() => CoverSheetModel, {
    nullable: true,
    description:
      'A draft’s (the defaults until changed) or as issued; null in reports issued before cover sheets.',
  })
  async coverSheet(report: ReportModel): Promise<CoverSheetModel | null> {
    const sheet = await this.service.coverSheet(report.entity);
    return sheet && toCoverSheetModel(sheet);
  }
}

@Resolver(() => BoardPaperSettingsModel)
export class BoardPaperSettingsResolver {
  constructor(private readonly settings: BoardPaperSettingsService) {}

  @Query(() => BoardPaperSettingsModel)
  @RequirePermission(Permission.READ)
  async boardPaperSettings(): Promise<BoardPaperSettingsModel> {
    return toBoardPaperSettingsModel(await this.settings.get());
  }

  @Mutation(() => BoardPaperSettingsModel, {
    description: 'The cover sheet, classification and layout every new board paper starts from.',
  })
  @RequirePermission(Permission.MANAGE_REPORTS)
  async updateBoardPaperSettings(
    @Args('input') input: UpdateBoardPaperSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<BoardPaperSettingsModel> {
    return toBoardPaperSettingsModel(await this.settings.update(actor, input));
  }
}
