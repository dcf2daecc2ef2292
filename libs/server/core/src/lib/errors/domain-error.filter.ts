import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

import { isDatabaseUnavailable } from '../database/postgres-errors';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  DomainError,
  DomainErrorCode,
  serviceUnavailable,
} from './domain-error';

/** How each code is answered outside GraphQL (file downloads and other plain HTTP routes). */
const HTTP_STATUS: Record<DomainErrorCode, number> = {
  [DomainErrorCode.BAD_USER_INPUT]: 400,
  [DomainErrorCode.UNAUTHENTICATED]: 401,
  [DomainErrorCode.FORBIDDEN]: 403,
  [DomainErrorCode.NOT_FOUND]: 404,
  [DomainErrorCode.CONFLICT]: 409,
  [DomainErrorCode.QUERY_TOO_COMPLEX]: 400,
  [DomainErrorCode.TOO_MANY_REQUESTS]: 429,
  [DomainErrorCode.SERVICE_UNAVAILABLE]: 503,
};

const BODY_MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request is too large',
  'entity.parse.failed': 'The request body is not valid JSON',
};

/** body-parser's errors for a request body it will not read. */
function isUnreadableBody(error: unknown): error is { status: number; type: string } {
  const { status, type } = error as { status?: unknown; type?: unknown };
  return (
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    typeof type === 'string' &&
    type.startsWith('entity.')
  );
}

/** Answers a plain HTTP request with the error's status and its extensions as JSON. */
export function sendDomainError(response: Response, error: DomainError): void {
  response.status(HTTP_STATUS[error.code]).json({ message: error.message, ...error.extensions });
}

/**
 * Domain errors are answers, not failures: in GraphQL they are handed straight back (a returned
 * Error becomes the field's error) so Nest does not log them as unhandled; GraphQL's formatError
 * deals with the rest. On plain HTTP routes a domain error, or a database outage, becomes its
 * status code with the same JSON extensions; anything else goes to Nest's default handling.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return error;
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) return sendDomainError(response, error);
    if (isDatabaseUnavailable(error)) {
      return sendDomainError(response, serviceUnavailable(DATABASE_UNAVAILABLE_MESSAGE));
    }
    if (isUnreadableBody(error)) {
      // Too large or not JSON: answered in GraphQL's shape, since that is what was being sent.
      response.status(error.status).json({
        errors: [
          {
            message: BODY_MESSAGES[error.type] ?? 'The request body cannot be read',
            extensions: { code: DomainErrorCode.BAD_USER_INPUT },
          },
        ],
      });
      return;
    }
    return super.catch(error, host);
  }
}
