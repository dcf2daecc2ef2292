export * from './lib/engagement-record.entity';
export * from './lib/partnership-assessment.entity';
export * from './lib/partnership.module';
