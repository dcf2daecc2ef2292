import { Injectable } from '@nestjs/common';

import { type Actor, type BilingualLayout } from '@cynnydd/shared/domain';

import { BoardMeetingFinders } from '../cover-sheet/board-meetings';
import { BoardPaperSettingsService } from '../cover-sheet/board-paper-settings.service';
import type { ReportContentModel } from '../models/report-content.model';
import { ReportsService } from '../reports.service';
import { renderDocx } from './docx-renderer';
import type { ExportLanguage } from './export-language';
import { pageFrame, renderHtml } from './html-renderer';
import { PdfPrinter } from './pdf-printer';
import { renderPptx } from './pptx-renderer';
import { buildReportDocument, type ReportDocument } from './report-document';
import { renderXlsx } from './xlsx-renderer';

export type ExportFormat = 'docx' | 'xlsx' | 'pdf' | 'pptx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'xlsx', 'pdf', 'pptx'];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

/** A report as the board receives it: Word paper, PDF of the same, or the action data in Excel. */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly reports: ReportsService,
    private readonly printer: PdfPrinter,
    private readonly settings: BoardPaperSettingsService,
    private readonly meetings: BoardMeetingFinders,
  ) {}

  async export(
    actor: Actor,
    reportId: string,
    format: ExportFormat,
    language: ExportLanguage,
  ): Promise<ExportedFile> {
    const report = await this.reports.get(actor, reportId);
    const content = await this.reports.content(report);
    const settings = await this.settings.get();
    const document = async () =>
      buildReportDocument(report, content, {
        coverSheet: await this.reports.coverSheet(report),
        meeting: await this.meetings.meetingFor(report.id),
        classification: settings.classification,
      });
    const body = await this.render(format, content, document, language, settings.layout);
    const name = [
      'cynnydd',
      content.audience.toLowerCase().replace(/_/g, '-'),
      content.period.label.replace(/\s+/g, '-'),
      `edition-${report.edition}`,
      report.state === 'DRAFT' ? 'draft' : null,
      language,
    ]
      .filter(Boolean)
      .join('-');
    return { body, contentType: EXPORT_CONTENT_TYPES[format], filename: `${name}.${format}` };
  }

  private async render(
    format: ExportFormat,
    content: ReportContentModel,
    document: () => Promise<ReportDocument>,
    language: ExportLanguage,
    layout: BilingualLayout,
  ): Promise<Buffer> {
    switch (format) {
      case 'xlsx':
        return renderXlsx(content, language);
      case 'docx':
        return renderDocx(await document(), language, layout);
      case 'pptx':
        return renderPptx(await document(), content, language);
      case 'pdf': {
        const paper = await document();
        return this.printer.print(renderHtml(paper, language, layout), pageFrame(paper, language));
      }
    }
  }
}
