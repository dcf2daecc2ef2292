import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

import { DomainError, DomainErrorCode, Public } from '@cynnydd/server/core';

import { OidcService } from './oidc.service';
import {
  SESSION_COOKIE,
  SESSION_SETTINGS,
  sessionCookieOptions,
  type SessionSettings,
} from './session-cookie';

const STATUS: Partial<Record<DomainErrorCode, number>> = {
  [DomainErrorCode.NOT_FOUND]: 404,
  [DomainErrorCode.FORBIDDEN]: 403,
  [DomainErrorCode.UNAUTHENTICATED]: 401,
};

/** Browser redirects of single sign-on; the GraphQL API is not involved. */
@Controller('auth/oidc')
@Public()
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(SESSION_SETTINGS) private readonly settings: SessionSettings,
  ) {}

  @Get('login')
  async login(@Res() res: Response): Promise<void> {
    await this.answer(res, async () => res.redirect(302, await this.oidc.startLogin()));
  }

  @Get('callback')
  async callback(@Query() query: Record<string, string>, @Res() res: Response): Promise<void> {
    await this.answer(res, async () => {
      const { token, expiresAt } = await this.oidc.finishLogin(query);
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
