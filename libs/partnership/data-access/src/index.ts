export * from './lib/dto/engagement.inputs';
export * from './lib/engagement-record.entity';
export * from './lib/engagement-rules';
export * from './lib/engagements.service';
export * from './lib/models/engagement-record.model';
export * from './lib/partnership-assessment.entity';
export * from './lib/partnership.module';
