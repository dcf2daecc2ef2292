export * from './lib/models/report-content.model';
export * from './lib/models/report.model';
export * from './lib/report.entity';
export * from './lib/export/pdf-printer';
// The export building blocks, for other documents drawn the same way (e.g. the annual social
// partnership report): the format-independent document, its renderers and bilingual text.
export { renderDocx } from './lib/export/docx-renderer';
export { renderHtml } from './lib/export/html-renderer';
export { EXPORT_LABELS } from './lib/export/export-labels';
export {
  bi,
  date,
  EXPORT_LANGUAGES,
  inline,
  same,
  type Bi,
  type ExportLanguage,
} from './lib/export/export-language';
export type { Block, Cell, Cover, ReportDocument } from './lib/export/report-document';
export { ragAreaChartSvg } from './lib/export/rag-area-chart';
export { trendSvg, type TrendChartPoint } from './lib/export/trend-chart';
export { EXPORT_CONTENT_TYPES, type ExportedFile } from './lib/export/report-export.service';
export * from './lib/reports.module';
export * from './lib/reports.service';
export * from './lib/review.service';
export * from './lib/follow-up.entity';
export * from './lib/review-entry.entity';
export * from './lib/dto/review.inputs';
export * from './lib/models/review.model';
export * from './lib/export/export-language';
export * from './lib/cover-sheet/board-meetings';
export * from './lib/cover-sheet/cover-sheet';
export { BoardPaperSettings } from './lib/cover-sheet/board-paper-settings.entity';
export { BoardPaperSettingsService } from './lib/cover-sheet/board-paper-settings.service';
