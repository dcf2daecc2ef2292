import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { IsIn } from 'class-validator';
import type { Response } from 'express';

import { ProgressSummaryService } from '@cynnydd/reporting/data-access';
import { RequestLoaders, RequirePermission, UuidPipe } from '@cynnydd/server/core';
import { LANGUAGES, Permission, type Language } from '@cynnydd/shared/domain';

import { bi } from './export-language';
import { ragAreaChartFingerprint, ragAreaChartSvg } from './rag-area-chart';

export class ProgressChartQuery {
  @IsIn(LANGUAGES)
  language!: Language;
}

/**
 * The overview's RAG-by-area chart as an SVG picture: GET /charts/progress/:reportingPeriodId?language=en|cy.
 * Drawn on the server from the shared definition the board papers and public pages use, so the
 * dashboard's first page carries no charting code and draws what the board sees.
 */
@Controller('charts')
export class ProgressChartController {
  constructor(private readonly summaries: ProgressSummaryService) {}

  @Get('progress/:reportingPeriodId')
  @RequirePermission(Permission.READ)
  async progress(
    @Param('reportingPeriodId', UuidPipe) reportingPeriodId: string,
    @Query() { language }: ProgressChartQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const summary = await this.summaries.summarise(reportingPeriodId, new RequestLoaders());
    const areas = summary.areas.map(({ area, counts }) => ({
      number: area.number,
      name: bi(area.shortTitle ?? area.title),
      counts,
    }));
    // The figures change with every update: the browser asks each time and is told when its
    // copy is still right, which spares drawing it again.
    const etag = `"${ragAreaChartFingerprint(areas, language)}"`;
    response.set({
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'private, no-cache',
      etag,
    });
    if (ifNoneMatch === etag) response.status(304).end();
    else response.status(200).send(ragAreaChartSvg(areas, language));
  }
}
