export * from './lib/dto/risk.inputs';
export * from './lib/dto/risks.args';
export * from './lib/models/risk.model';
export * from './lib/risk-reviews-due.service';
export * from './lib/risk.entity';
export * from './lib/risks.module';
export * from './lib/risks.service';
