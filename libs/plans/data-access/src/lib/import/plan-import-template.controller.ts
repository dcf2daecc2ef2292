import { Controller, Get, Param, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';

import { HttpRequestsInFlightInterceptor, RequirePermission } from '@cynnydd/server/core';
import { Permission } from '@cynnydd/shared/domain';

import { PlansService } from '../plans.service';
import { planTemplate } from './plan-sheet';
import { sendWorkbook } from './workbook-download';

/** Download: GET /plans/:financialYear/import-template.xlsx */
@Controller('plans')
@UseInterceptors(HttpRequestsInFlightInterceptor)
export class PlanImportTemplateController {
  constructor(private readonly plans: PlansService) {}

  @Get(':financialYear/import-template.xlsx')
  @RequirePermission(Permission.MANAGE_PLANS)
  async download(@Param('financialYear') label: string, @Res() response: Response): Promise<void> {
    const plan = await this.plans.getPlanByYear(label, 'financialYear');
    sendWorkbook(response, `cynnydd-plan-${label}.xlsx`, await planTemplate(plan.financialYear));
  }
}
