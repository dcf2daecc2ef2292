import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { IsIn } from 'class-validator';
import type { Response } from 'express';

import {
  EXPORT_CONTENT_TYPES,
  EXPORT_LANGUAGES,
  PdfPrinter,
  renderDocx,
  renderHtml,
  type ExportLanguage,
} from '@cynnydd/reports/data-access';
import {
  Clock,
  HttpRequestsInFlightInterceptor,
  IsFinancialYear,
  RequirePermission,
} from '@cynnydd/server/core';
import { Permission } from '@cynnydd/shared/domain';

import { buildPartnershipReportDocument } from './partnership-report.document';
import { PartnershipReportService } from './partnership-report.service';

export class AnnualReportQuery {
  @IsFinancialYear()
  year!: string;

  @IsIn(EXPORT_LANGUAGES)
  language!: ExportLanguage;
}

/** Downloads: GET /partnership/annual-report.(docx|pdf)?year=2025-26&language=en|cy|both */
@Controller('partnership')
@UseInterceptors(HttpRequestsInFlightInterceptor)
export class PartnershipReportController {
  constructor(
    private readonly reports: PartnershipReportService,
    private readonly printer: PdfPrinter,
    private readonly clock: Clock,
  ) {}

  @Get('annual-report.docx')
  @RequirePermission(Permission.READ)
  async docx(@Query() query: AnnualReportQuery, @Res() response: Response): Promise<void> {
    const document = await this.document(query.year);
    this.send(response, 'docx', query, await renderDocx(document, query.language));
  }

  @Get('annual-report.pdf')
  @RequirePermission(Permission.READ)
  async pdf(@Query() query: AnnualReportQuery, @Res() response: Response): Promise<void> {
    const document = await this.document(query.year);
    this.send(
      response,
      'pdf',
      query,
      await this.printer.print(renderHtml(document, query.language)),
    );
  }

  private async document(year: string) {
    return buildPartnershipReportDocument(await this.reports.report(year), this.clock.today());
  }

  private send(
    response: Response,
    format: 'docx' | 'pdf',
    query: AnnualReportQuery,
    body: Buffer,
  ): void {
    const filename = `cynnydd-social-partnership-${query.year}-${query.language}.${format}`;
    response
      .status(200)
      .set({
        'content-type': EXPORT_CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'private, no-store',
      })
      .send(body);
  }
}
