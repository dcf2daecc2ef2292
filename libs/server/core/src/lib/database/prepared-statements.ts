import { createHash } from 'node:crypto';
import { Client, type QueryConfig } from 'pg';

/** Statement text → the name it is prepared under on each connection. */
const PREPARED = new Map<string, string>();

/**
 * Marks a statement to be prepared once per connection and then only bound and run. Planning a
 * statement is most of its cost when the work is a key lookup: the session lookup every request
 * makes spent 0.35 ms planning and 0.04 ms running. Mark only statements whose plan does not
 * depend on their values (lookups by key): after five runs PostgreSQL may settle on one generic
 * plan for them, which for a skewed filter (a year, an area) could be the wrong one.
 */
export function preparedStatement(text: string): string {
  if (!PREPARED.has(text)) {
    PREPARED.set(
      text,
      `cynnydd_${createHash('sha256').update(text).digest('base64url').slice(0, 20)}`,
    );
  }
  return text;
}

type QueryCallback = (error: Error, result: unknown) => void;

/**
 * The pool's connections (pg's `Client` option): a marked statement is sent as a named one, so
 * the connection parses and plans it once. TypeORM still sends every statement, so logging,
 * errors and transactions are as before.
 */
export class PreparingClient extends Client {
  // pg's overloads cannot be restated one by one; TypeORM sends (text, values).
  override query(config: never, values?: unknown, callback?: unknown): never {
    const name = typeof config === 'string' ? PREPARED.get(config) : undefined;
    if (!name) return super.query(config, values as never, callback as never) as never;
    const named: QueryConfig = {
      name,
      text: config,
      values: Array.isArray(values) ? values : undefined,
    };
    const done = (typeof values === 'function' ? values : callback) as QueryCallback | undefined;
    return (done ? super.query(named, done) : super.query(named)) as never;
  }
}
