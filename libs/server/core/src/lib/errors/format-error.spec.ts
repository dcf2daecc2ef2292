import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { badUserInput } from './domain-error';
import { fieldOfCoercionError, formatGraphQLError } from './format-error';

describe('fieldOfCoercionError', () => {
  it('finds the field of an ill-typed variable, relative to the argument', () => {
    expect(
      fieldOfCoercionError(
        'Variable "$input" got invalid value 12.5 at "input.percentComplete"; Int cannot represent non-integer value: 12.5',
      ),
    ).toBe('percentComplete');
    expect(
      fieldOfCoercionError(
        'Variable "$input" got invalid value "HAPPINESS" at "input.themes[0]"; Value "HAPPINESS" does not exist in "Theme" enum.',
      ),
    ).toBe('themes.0');
  });

  it('finds a missing required field, nested or not', () => {
    expect(
      fieldOfCoercionError(
        'Variable "$input" got invalid value {}; Field "title" of required type "BilingualTitleInput!" was not provided.',
      ),
    ).toBe('title');
    expect(
      fieldOfCoercionError(
        'Variable "$input" got invalid value {} at "input.milestones[1]"; Field "dueDate" of required type "String!" was not provided.',
      ),
    ).toBe('milestones.1.dueDate');
  });

  it('leaves other messages alone', () => {
    expect(fieldOfCoercionError('Cannot query field "nope" on type "Query".')).toBeUndefined();
  });
});

describe('formatGraphQLError', () => {
  const format = (formatted: GraphQLFormattedError, error: unknown) => {
    const unexpected: unknown[] = [];
    return { result: formatGraphQLError(formatted, error, (e) => unexpected.push(e)), unexpected };
  };

  it('passes domain errors through without a stack trace', () => {
    const error = badUserInput('title', 'needs text');
    const formatted = {
      ...error.toJSON(),
      extensions: { ...error.extensions, stacktrace: ['at x'] },
    };
    const { result, unexpected } = format(formatted, error);
    expect(result.message).toBe('needs text');
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
      problems: [{ field: 'title', message: 'needs text' }],
    });
    expect(unexpected).toEqual([]);
  });

  it('hides unexpected errors behind a generic message and reports them', () => {
    const bug = new Error('relation "secret_table" does not exist');
    const wrapped = new GraphQLError(bug.message, { originalError: bug });
    const { result, unexpected } = format(
      { message: bug.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      wrapped,
    );
    expect(result).toEqual({
      message: 'Something went wrong on our side. Please try again.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(unexpected).toEqual([bug]);
  });

  it('reports a lost database as SERVICE_UNAVAILABLE, not as a fault of ours', () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const { result, unexpected } = format(
      { message: outage.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(outage.message, { originalError: outage }),
    );
    expect(result.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(result.message).toMatch(/briefly unavailable/);
    expect(unexpected).toEqual([]);
  });
});
