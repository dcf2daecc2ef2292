import {
  Module,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import cookieParser from 'cookie-parser';
import type { DataSource } from 'typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';

import { AccessGuard } from './access.guard';
import { AccountLink } from './account-link.entity';
import { AccountLinksResolver } from './account-links.resolver';
import { AccountLinksService } from './account-links.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { OidcLogin } from './oidc-login.entity';
import { OidcController } from './oidc.controller';
import { OIDC_SETTINGS, OidcService, type OidcSettings } from './oidc.service';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { SESSION_SETTINGS, type SessionSettings } from './session-cookie';
import { Session } from './session.entity';
import { SessionMiddleware } from './session.middleware';
import { PASSWORD_RESET_THROTTLERS } from './sign-in-throttler.guard';
import { ThrottleCounter } from './throttle-counter.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

export const ACCESS_ENTITIES = [User, Session, OidcLogin, ThrottleCounter, AccountLink];

export interface AccessOptions extends SessionSettings {
  /** Sign-in attempts allowed per minute for one address and email. */
  signInAttemptsPerMinute: number;
  /** Single sign-on through an OpenID Connect provider, when configured. */
  oidc: OidcSettings | null;
}

/** Accounts, sessions, and the guard every operation passes through. */
@Module({})
export class AccessModule implements NestModule {
  static forRoot(options: AccessOptions): DynamicModule {
    return {
      module: AccessModule,
      global: true,
      imports: [
        TypeOrmModule.forFeature(ACCESS_ENTITIES),
        ThrottlerModule.forRootAsync({
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [
              { ttl: 60_000, limit: options.signInAttemptsPerMinute },
              ...PASSWORD_RESET_THROTTLERS,
            ],
            // Shared by every API instance, so the limit holds behind a load balancer.
            storage: new PostgresThrottlerStorage(dataSource),
          }),
        }),
        AuditModule,
        DirectoryModule,
      ],
      providers: [
        { provide: SESSION_SETTINGS, useValue: options },
        { provide: OIDC_SETTINGS, useValue: options.oidc },
        { provide: APP_GUARD, useClass: AccessGuard },
        AuthService,
        UsersService,
        AuthResolver,
        AccountLinksService,
        AccountLinksResolver,
        OidcService,
      ],
      controllers: [OidcController],
      exports: [AuthService, UsersService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser(), SessionMiddleware).forRoutes('*');
  }
}
