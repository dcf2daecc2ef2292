import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { IsIn } from 'class-validator';
import type { Response } from 'express';

import { ProgressSummaryService } from '@cynnydd/reporting/data-access';
import {
  ChangeChannel,
  Clock,
  contentEtag,
  DataChangeFeed,
  RequestLoaders,
  RequirePermission,
  RevisionCache,
  UuidPipe,
} from '@cynnydd/server/core';
import { LANGUAGES, Permission, type Language } from '@cynnydd/shared/domain';

import { bi } from './export-language';
import { ragAreaChartSvg } from './rag-area-chart';

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
  /**
   * Charts drawn while the data stays still, by day, period and language: every overview view
   * asks for one, and drawing it means summarising every action of the plan.
   */
  private readonly drawn: RevisionCache<{ etag: string; svg: string }>;

  constructor(
    private readonly summaries: ProgressSummaryService,
    feed: DataChangeFeed,
    private readonly clock: Clock,
  ) {
    this.drawn = new RevisionCache(feed, ChangeChannel.Data, { max: 64 });
  }

  @Get('progress/:reportingPeriodId')
  @RequirePermission(Permission.READ)
  async progress(
    @Param('reportingPeriodId', UuidPipe) reportingPeriodId: string,
    @Query() { language }: ProgressChartQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { etag, svg } = await this.chart(reportingPeriodId, language);
    // The figures change with every update: the browser asks each time and is told when its
    // copy is still right, which spares sending it again.
    response.set({
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'private, no-cache',
      etag,
    });
    if (ifNoneMatch === etag) response.status(304).end();
    else response.status(200).send(svg);
  }

  private chart(
    reportingPeriodId: string,
    language: Language,
  ): Promise<{ etag: string; svg: string }> {
    return this.drawn.keep(`${this.clock.today()}/${reportingPeriodId}/${language}`, async () => {
      const summary = await this.summaries.summarise(reportingPeriodId, new RequestLoaders());
      const areas = summary.areas.map(({ area, counts }) => ({
        number: area.number,
        name: bi(area.shortTitle ?? area.title),
        counts,
      }));
      const svg = ragAreaChartSvg(areas, language);
      return { etag: contentEtag(svg), svg };
    });
  }
}
