import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';

import {
  DATABASE_UNAVAILABLE_MESSAGE,
  DomainErrorCode,
  isDatabaseUnavailable,
  type RequestWithActor,
} from '@cynnydd/server/core';

import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

/** Identifies the caller from the session cookie (one indexed lookup per request). */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: RequestWithActor, res: Response, next: NextFunction): Promise<void> {
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    try {
      if (token) req.actor = (await this.auth.actorForToken(token)) ?? undefined;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) return next(error);
      // Shaped as a GraphQL response, which is what almost every request here is.
      res.status(503).json({
        errors: [
          {
            message: DATABASE_UNAVAILABLE_MESSAGE,
            extensions: { code: DomainErrorCode.SERVICE_UNAVAILABLE },
          },
        ],
      });
      return;
    }
    next();
  }
}
