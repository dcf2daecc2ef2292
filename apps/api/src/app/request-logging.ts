import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import type { LoggerService } from '@nestjs/common';
import type { RequestHandler } from 'express';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

import type { RequestWithActor } from '@cynnydd/server/core';

import type { LogLevelName } from './config';

export interface LoggingOptions {
  logLevel: LogLevelName;
  /** Where logs go (stdout when absent); tests capture them. */
  logStream?: Writable;
}

export function createAppLogger({ logLevel, logStream }: LoggingOptions): Logger {
  return pino({ level: logLevel }, logStream);
}

/**
 * One line per request: who and which operation, never bodies, cookies or tokens. pino-http is
 * used directly rather than through nestjs-pino, whose per-request AsyncLocalStorage puts
 * promise hooks on every `await` in the process (about a quarter of a list query's CPU).
 */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    customProps: (req) => ({
      userId: (req as RequestWithActor).actor?.userId ?? null,
      operation: (req as RequestWithActor).body?.operationName ?? null,
    }),
    serializers: {
      // The path without its query: sign-in callbacks carry one-time codes there.
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  }) as RequestHandler;
}

/**
 * The same line for an answer sent before Express (ADR 17): a published page, for which nobody is
 * signed in. pino-http makes a child logger per request even when its line is not wanted, a
 * fifth of such an answer's CPU; this costs nothing below the info level.
 */
export function answerLogging(
  logger: Logger,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    if (!logger.isLevelEnabled('info')) return;
    const started = Date.now();
    response.once('finish', () =>
      logger.info(
        {
          req: { method: request.method, url: request.url?.split('?', 1)[0] },
          res: { statusCode: response.statusCode },
          responseTime: Date.now() - started,
          userId: null,
          operation: null,
        },
        'request completed',
      ),
    );
  };
}

/** Nest's own messages (start-up, errors) through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }

  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }

  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }

  fatal(message: unknown, context?: string) {
    this.logger.fatal({ context }, String(message));
  }
}
