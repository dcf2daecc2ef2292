import { ValidationPipe, type ValidationError } from '@nestjs/common';

import { invalidInput, type FieldProblem } from '../errors/domain-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The single global pipe: validates every input class and reports each bad field by path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => invalidInput(flatten(errors)),
  });
}

/**
 * `value` checked by the same rules as a GraphQL input of `type` (e.g. a row of an imported
 * file), returned as an instance of it; BAD_USER_INPUT with every bad field otherwise.
 */
export async function validateInput<T>(type: new () => T, value: object): Promise<T> {
  return (await createValidationPipe().transform(value, { type: 'body', metatype: type })) as T;
}
