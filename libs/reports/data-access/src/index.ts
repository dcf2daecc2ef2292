export * from './lib/models/report-content.model';
export * from './lib/models/report.model';
export * from './lib/report.entity';
export * from './lib/export/pdf-printer';
export * from './lib/reports.module';
export * from './lib/reports.service';
export * from './lib/follow-up.entity';
export * from './lib/review-entry.entity';
