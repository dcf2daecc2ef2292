import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';

import type { RequestWithActor } from '@cynnydd/server/core';

import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

/** Identifies the caller from the session cookie (one indexed lookup per request). */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: RequestWithActor, _res: Response, next: NextFunction): Promise<void> {
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    try {
      if (token) req.actor = (await this.auth.actorForToken(token)) ?? undefined;
      next();
    } catch (error) {
      next(error);
    }
  }
}
