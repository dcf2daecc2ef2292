import DataLoader from 'dataloader';

/**
 * Per-request DataLoader registry kept in the GraphQL context. Each domain names and creates
 * its own loaders on first use, so batching and caching last exactly one request.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface GraphQLContext {
  loaders: RequestLoaders;
  req: import('express').Request;
  res: import('express').Response;
}

/** Orders one-to-one rows to match the requested keys (null where missing). */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups one-to-many rows under the requested keys (empty list where none). */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A row that a foreign key guarantees exists (an action's plan, an update's author). Missing
 * means the database is inconsistent: a server fault, never the client's.
 */
export function guaranteed<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is missing although a foreign key requires it`);
  return value;
}
