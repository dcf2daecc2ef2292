import { GraphQLError } from 'graphql';

/**
 * Every error the API reports on purpose has one of these codes in `extensions.code`; clients
 * branch on the code, never on the message.
 */
export enum DomainErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Something the API depends on (database, Chromium) is not available; try again later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

export interface FieldProblem {
  /** Dotted path of the offending input field, e.g. `title.en`. */
  field: string;
  message: string;
}

/**
 * A GraphQLError subclass so Nest and Apollo pass it through untouched with its extensions.
 * `field` names the first offending input field; `problems` lists all of them.
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    details: { field?: string; problems?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export function badUserInput(field: string, message: string): DomainError {
  return new DomainError(DomainErrorCode.BAD_USER_INPUT, message, {
    field,
    problems: [{ field, message }],
  });
}

export function invalidInput(problems: FieldProblem[]): DomainError {
  const [first] = problems;
  return new DomainError(
    DomainErrorCode.BAD_USER_INPUT,
    `Invalid ${first.field}: ${first.message}`,
    {
      field: first.field,
      problems,
    },
  );
}

export function notFound(entity: string, id: string, field = 'id'): DomainError {
  return new DomainError(DomainErrorCode.NOT_FOUND, `${entity} ${id} does not exist`, {
    entity,
    id,
    field,
  });
}

export function conflict(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(DomainErrorCode.CONFLICT, message, details);
}

export function forbidden(message = 'You do not have permission to do this'): DomainError {
  return new DomainError(DomainErrorCode.FORBIDDEN, message);
}

export function unauthenticated(message = 'Sign in to continue'): DomainError {
  return new DomainError(DomainErrorCode.UNAUTHENTICATED, message);
}

export function serviceUnavailable(message: string): DomainError {
  return new DomainError(DomainErrorCode.SERVICE_UNAVAILABLE, message);
}

/** What a client is told while the database is out of reach; the API recovers by itself. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The service is briefly unavailable. Nothing was saved; please try again in a moment.';
