import './lib/graphql/enums';

export * from './lib/core.module';
export * from './lib/database/data-source-options';
export * from './lib/database/embedded-postgres';
export * from './lib/database/naming';
export * from './lib/database/postgres-errors';
export * from './lib/database/versioned-entity';
export * from './lib/errors/domain-error';
export * from './lib/errors/domain-error.filter';
export * from './lib/errors/format-error';
export * from './lib/graphql/bilingual';
export * from './lib/graphql/pagination';
export * from './lib/graphql/request-loaders';
export * from './lib/time/clock';
export * from './lib/validation/uuid.pipe';
export * from './lib/validation/validation-pipe';
export * from './lib/validation/validators';
