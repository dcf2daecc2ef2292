import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DirectoryModule } from '@cynnydd/directory/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { ReportingModule } from '@cynnydd/reporting/data-access';
import {
  CoreModule,
  createValidationPipe,
  DomainErrorFilter,
  formatGraphQLError,
  RequestLoaders,
  type DatabaseConnectionOptions,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { StrategyModule } from '@cynnydd/strategy/data-access';

import { appDataSourceOptions } from './database';
import { HealthController } from './health.controller';

export interface AppModuleOptions {
  databaseUrl: string;
  production: boolean;
  /** Extra database settings (tests pass a statement-counting logger). */
  database?: Partial<DatabaseConnectionOptions>;
}

const logger = new Logger('GraphQL');

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule,
        TypeOrmModule.forRoot({
          ...appDataSourceOptions(options.databaseUrl, options.database),
          // Pending migrations are applied before the API serves anything.
          migrationsRun: true,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !options.production,
          plugins: options.production ? [] : [ApolloServerPluginLandingPageLocalDefault()],
          includeStacktraceInErrorResponses: !options.production,
          context: (): GraphQLContext => ({ loaders: new RequestLoaders() }),
          formatError: (formatted, error) =>
            formatGraphQLError(formatted, error, (original) =>
              logger.error(original instanceof Error ? original.stack : String(original)),
            ),
        }),
        TerminusModule,
        DirectoryModule,
        StrategyModule,
        PlansModule,
        ReportingModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
