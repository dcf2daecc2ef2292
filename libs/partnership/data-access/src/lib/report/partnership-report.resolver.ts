import { Args, Query, Resolver } from '@nestjs/graphql';

import { RequirePermission } from '@cynnydd/server/core';
import { Permission } from '@cynnydd/shared/domain';

import { PartnershipReportModel, toPartnershipReportModel } from './partnership-report.model';
import { PartnershipReportService } from './partnership-report.service';

@Resolver(() => PartnershipReportModel)
export class PartnershipReportResolver {
  constructor(private readonly reports: PartnershipReportService) {}

  @Query(() => PartnershipReportModel, {
    description: 'The annual social partnership report’s figures, e.g. year "2025-26".',
  })
  @RequirePermission(Permission.READ)
  async partnershipReport(@Args('year') year: string): Promise<PartnershipReportModel> {
    return toPartnershipReportModel(await this.reports.report(year));
  }
}
