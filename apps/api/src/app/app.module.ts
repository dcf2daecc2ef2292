import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import depthLimit from 'graphql-depth-limit';

import { AccessModule, type AccessOptions } from '@cynnydd/access/data-access';
import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { MeasuresModule } from '@cynnydd/measures/data-access';
import { MeetingsModule } from '@cynnydd/meetings/data-access';
import { NotificationsModule, type MailSettings } from '@cynnydd/notifications/data-access';
import { PartnershipModule } from '@cynnydd/partnership/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { PublicationsModule, type PublicSiteOptions } from '@cynnydd/publications/data-access';
import { ReportingModule } from '@cynnydd/reporting/data-access';
import { ReportsModule, type PdfSettings } from '@cynnydd/reports/data-access';
import { RisksModule } from '@cynnydd/risks/data-access';
import {
  CompiledQueryApolloDriver,
  complexityLimitPlugin,
  CoreModule,
  createValidationPipe,
  DataChangeFeedModule,
  DomainErrorFilter,
  formatGraphQLError,
  MAX_QUERY_DEPTH,
  RequestLoaders,
  ResponseCacheModule,
  stringifyResult,
  type DatabaseConnectionOptions,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { StrategyModule } from '@cynnydd/strategy/data-access';

import { appDataSourceOptions } from './database';
import { HealthController } from './health.controller';

export interface AppModuleOptions {
  databaseUrl: string;
  production: boolean;
  access: AccessOptions;
  mail: MailSettings;
  pdf: PdfSettings;
  publicSite: PublicSiteOptions;
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
          driver: CompiledQueryApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !options.production,
          plugins: [
            // No cache hints are used; without it Apollo stops wrapping every field resolver.
            ApolloServerPluginCacheControlDisabled(),
            complexityLimitPlugin(),
            ...(options.production ? [] : [ApolloServerPluginLandingPageLocalDefault()]),
          ],
          validationRules: [depthLimit(MAX_QUERY_DEPTH)],
          includeStacktraceInErrorResponses: !options.production,
          csrfPrevention: true,
          stringifyResult,
          context: ({ req, res }: Pick<GraphQLContext, 'req' | 'res'>): GraphQLContext => ({
            req,
            res,
            loaders: new RequestLoaders(),
          }),
          formatError: (formatted, error) =>
            formatGraphQLError(formatted, error, (original) =>
              logger.error(original instanceof Error ? original.stack : String(original)),
            ),
        }),
        TerminusModule,
        DataChangeFeedModule,
        ResponseCacheModule,
        AuditModule,
        AccessModule.forRoot(options.access),
        DirectoryModule,
        NotificationsModule.forRoot(options.mail),
        StrategyModule,
        PlansModule,
        ReportingModule,
        MeasuresModule,
        RisksModule,
        MeetingsModule,
        ReportsModule.forRoot(options.pdf),
        PartnershipModule,
        PublicationsModule.forRoot(options.publicSite),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
