import {
  Module,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import cookieParser from 'cookie-parser';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';

import { AccessGuard } from './access.guard';
import { AuthResolver, type CookieSettings } from './auth.resolver';
import { AUTH_SETTINGS, AuthService } from './auth.service';
import { Session } from './session.entity';
import { SessionMiddleware } from './session.middleware';
import { User } from './user.entity';
import { UsersService } from './users.service';

export const ACCESS_ENTITIES = [User, Session];

export interface AccessOptions extends CookieSettings {
  /** Sign-in attempts allowed per minute for one address and email. */
  signInAttemptsPerMinute: number;
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
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: options.signInAttemptsPerMinute }]),
        AuditModule,
        DirectoryModule,
      ],
      providers: [
        { provide: AUTH_SETTINGS, useValue: options },
        { provide: APP_GUARD, useClass: AccessGuard },
        AuthService,
        UsersService,
        AuthResolver,
      ],
      exports: [AuthService, UsersService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser(), SessionMiddleware).forRoutes('*');
  }
}
