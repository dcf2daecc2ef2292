import { QueryFailedError } from 'typeorm';

import { isDatabaseUnavailable } from './postgres-errors';

const failed = (code: string, message = 'failed') =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'the server shutting down',
      failed('57P01', 'terminating connection due to administrator command'),
    ],
    ['a connection failure reported by PostgreSQL', failed('08006')],
    ['too many connections', failed('53300')],
  ])('recognises %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', failed('23505')],
    ['an unreadable value', failed('22P02')],
    ['a bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('does not mistake %s for an outage', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
