import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

import { DomainError } from './domain-error';

/**
 * Domain errors are answers, not failures: hand them straight to GraphQL (a returned Error
 * becomes the field's error) so Nest does not log them as unhandled exceptions.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
