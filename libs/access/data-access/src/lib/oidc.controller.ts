import {
  Controller,
  Get,
  Inject,
  Query,
  Req,
  Res,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';

import {
  DomainError,
  DomainErrorCode,
  HttpRequestsInFlightInterceptor,
  Public,
} from '@cynnydd/server/core';

import { OidcService } from './oidc.service';
import {
  SESSION_COOKIE,
  SESSION_SETTINGS,
  sessionCookieOptions,
  type SessionSettings,
} from './session-cookie';
import { SkipPasswordResetThrottlers } from './sign-in-throttler.guard';

const STATE_COOKIE = 'cynnydd_oidc_state';

const STATUS: Partial<Record<DomainErrorCode, number>> = {
  [DomainErrorCode.NOT_FOUND]: 404,
  [DomainErrorCode.FORBIDDEN]: 403,
  [DomainErrorCode.UNAUTHENTICATED]: 401,
};

/** Browser redirects of single sign-on; the GraphQL API is not involved. */
@Controller('auth/oidc')
@Public()
@UseInterceptors(HttpRequestsInFlightInterceptor)
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(SESSION_SETTINGS) private readonly settings: SessionSettings,
  ) {}

  /** Rate-limited per client address: each call stores a pending sign-in. */
  @Get('login')
  @UseGuards(ThrottlerGuard)
  @SkipPasswordResetThrottlers()
  async login(@Res() res: Response): Promise<void> {
    await this.answer(res, async () => {
      const { url, state } = await this.oidc.startLogin();
      res.cookie(STATE_COOKIE, state, {
        ...sessionCookieOptions(this.settings),
        path: '/auth/oidc',
        maxAge: 10 * 60_000,
      });
      res.redirect(302, url);
    });
  }

  @Get('callback')
  async callback(
    @Query() query: Record<string, string>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.answer(res, async () => {
      const browserState = (req.cookies as Record<string, string> | undefined)?.[STATE_COOKIE];
      res.clearCookie(STATE_COOKIE, { ...sessionCookieOptions(this.settings), path: '/auth/oidc' });
      const { token, expiresAt } = await this.oidc.finishLogin(query, browserState);
      res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.settings, expiresAt));
      res.redirect(302, '/');
    });
  }

  private async answer(res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(STATUS[error.code] ?? 400).json({ code: error.code, message: error.message });
    }
  }
}
