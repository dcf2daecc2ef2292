import { Controller, Get, Param, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';

import { PlansService, sendWorkbook } from '@cynnydd/plans/data-access';
import { HttpRequestsInFlightInterceptor, RequirePermission } from '@cynnydd/server/core';
import { Permission } from '@cynnydd/shared/domain';

import { statusUpdateTemplate } from './status-update-sheet';

/** Download: GET /plans/:financialYear/status-updates-template.xlsx */
@Controller('plans')
@UseInterceptors(HttpRequestsInFlightInterceptor)
export class StatusUpdateImportTemplateController {
  constructor(private readonly plans: PlansService) {}

  @Get(':financialYear/status-updates-template.xlsx')
  @RequirePermission(Permission.MANAGE_PLANS)
  async download(@Param('financialYear') label: string, @Res() response: Response): Promise<void> {
    const plan = await this.plans.getPlanByYear(label, 'financialYear');
    sendWorkbook(
      response,
      `cynnydd-status-updates-${label}.xlsx`,
      await statusUpdateTemplate(plan.financialYear),
    );
  }
}
