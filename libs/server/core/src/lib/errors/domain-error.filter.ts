import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';

import { DomainError, DomainErrorCode } from './domain-error';

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

/**
 * Domain errors are answers, not failures: hand them straight to GraphQL (a returned Error
 * becomes the field's error) so Nest does not log them as unhandled exceptions. On plain HTTP
 * routes they become a status code with the same JSON extensions.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    const response = host.switchToHttp().getResponse<Response>();
    response.status(HTTP_STATUS[error.code]).json({ message: error.message, ...error.extensions });
  }
}
