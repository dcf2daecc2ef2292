export * from './lib/models/strategy.model';
export * from './lib/strategic-area.entity';
export * from './lib/strategy-theme.entity';
export * from './lib/strategy.entity';
export * from './lib/strategy.module';
export * from './lib/strategy.service';
