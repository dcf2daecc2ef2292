import { Controller, Get, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';

import { sendWorkbook } from '@cynnydd/plans/data-access';
import {
  Clock,
  CurrentActor,
  HttpRequestsInFlightInterceptor,
  RequirePermission,
} from '@cynnydd/server/core';
import {
  financialYearOf,
  Permission,
  quarterOf,
  quarterRange,
  type Actor,
} from '@cynnydd/shared/domain';

import { ExpectedFiguresService } from '../expected-figures.service';
import { canReportFigures } from '../measure-values.service';
import { measureValuesTemplate } from './measure-value-sheet';

/**
 * Download: GET /measures/values-template.xlsx, with a row for each figure due this quarter's
 * round (periods that ended last quarter) that the caller may report.
 */
@Controller('measures')
@UseInterceptors(HttpRequestsInFlightInterceptor)
export class MeasureValuesTemplateController {
  constructor(
    private readonly figures: ExpectedFiguresService,
    private readonly clock: Clock,
  ) {}

  @Get('values-template.xlsx')
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async download(@CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    const today = this.clock.today();
    const { startDate } = quarterRange(financialYearOf(today), quarterOf(today));
    const due = (await this.figures.expectedIn(startDate)).filter(
      (figure) => !figure.given && canReportFigures(actor, { ownerId: figure.ownerId }),
    );
    sendWorkbook(response, 'cynnydd-measure-values.xlsx', await measureValuesTemplate(due));
  }
}
