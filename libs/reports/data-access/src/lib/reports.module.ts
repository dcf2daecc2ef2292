import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { MeasuresModule } from '@cynnydd/measures/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { ReportingModule } from '@cynnydd/reporting/data-access';
import { RisksModule } from '@cynnydd/risks/data-access';

import { BoardMeetingFinders } from './cover-sheet/board-meetings';
import { BoardPaperSettings } from './cover-sheet/board-paper-settings.entity';
import { BoardPaperSettingsService } from './cover-sheet/board-paper-settings.service';
import { PDF_SETTINGS, PdfPrinter, type PdfSettings } from './export/pdf-printer';
import { ProgressChartController } from './export/progress-chart.controller';
import { ReportExportController } from './export/report-export.controller';
import { ReportExportService } from './export/report-export.service';
import { FollowUp } from './follow-up.entity';
import { ReportContentBuilder } from './report-content.builder';
import { Report } from './report.entity';
import { BoardPaperSettingsResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { ReviewEntry } from './review-entry.entity';
import { FollowUpResolver, ReportReviewResolver, ReviewEntryResolver } from './review.resolver';
import { ReviewService } from './review.service';

export const REPORTS_ENTITIES = [Report, ReviewEntry, FollowUp, BoardPaperSettings];

/**
 * Configured once by the app with where Chromium is, for PDF exports. Global, so libraries that
 * build on reports (meetings, partnership) use its services, and print with the same single
 * Chromium, without configuring it a second time.
 */
@Module({})
export class ReportsModule {
  static forRoot(pdf: PdfSettings): DynamicModule {
    return {
      module: ReportsModule,
      global: true,
      imports: [
        TypeOrmModule.forFeature(REPORTS_ENTITIES),
        ReportingModule,
        PlansModule,
        DirectoryModule,
        AuditModule,
        MeasuresModule,
        RisksModule,
      ],
      providers: [
        { provide: PDF_SETTINGS, useValue: pdf },
        PdfPrinter,
        ReportContentBuilder,
        ReportsService,
        ReportExportService,
        ReviewService,
        ReportsResolver,
        BoardPaperSettingsService,
        BoardPaperSettingsResolver,
        BoardMeetingFinders,
        ReportReviewResolver,
        ReviewEntryResolver,
        FollowUpResolver,
      ],
      controllers: [ReportExportController, ProgressChartController],
      exports: [
        ReportsService,
        ReviewService,
        PdfPrinter,
        BoardPaperSettingsService,
        BoardMeetingFinders,
      ],
    };
  }
}
