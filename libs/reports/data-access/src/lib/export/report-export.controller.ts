import { Controller, Get, Param, Query, Res, UseInterceptors } from '@nestjs/common';
import { IsIn } from 'class-validator';
import type { Response } from 'express';

import {
  CurrentActor,
  HttpRequestsInFlightInterceptor,
  RequirePermission,
  UuidPipe,
} from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { EXPORT_LANGUAGES, type ExportLanguage } from './export-language';
import { EXPORT_FORMATS, ReportExportService, type ExportFormat } from './report-export.service';

export class ExportQuery {
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;

  @IsIn(EXPORT_LANGUAGES)
  language!: ExportLanguage;
}

/** Downloads: GET /reports/:id/export?format=docx|xlsx|pdf&language=en|cy|both */
@Controller('reports')
@UseInterceptors(HttpRequestsInFlightInterceptor)
export class ReportExportController {
  constructor(private readonly exports: ReportExportService) {}

  @Get(':id/export')
  @RequirePermission(Permission.READ)
  async download(
    @Param('id', UuidPipe) id: string,
    @Query() query: ExportQuery,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.exports.export(actor, id, query.format, query.language);
    response
      .status(200)
      .set({
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'private, no-store',
      })
      .send(file.body);
  }
}
