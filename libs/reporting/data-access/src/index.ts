export * from './lib/models/progress-summary.model';
export * from './lib/models/reporting-period.model';
export * from './lib/models/status-update.model';
export * from './lib/reporting-period.entity';
export * from './lib/reporting-periods.service';
export * from './lib/reporting.module';
export * from './lib/status-update.entity';
export * from './lib/status-updates.service';
