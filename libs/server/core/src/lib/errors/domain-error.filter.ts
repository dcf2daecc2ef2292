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
    return super.catch(error, host);
  }
}
