import { LRUCache } from 'lru-cache';

import type { ChangeChannel, DataChangeFeed } from './data-change-feed';

/**
 * Values worked out from the database, kept while one channel of the change feed stays still: a
 * change committed on any instance retires all of them, and while the feed is down nothing is
 * kept or served. Callers read `revision()` before working a value out and pass it to `get` and
 * `set`: a value worked out while a change commits is filed under the old revision and never
 * served after it, and a request that began before the latest change can neither use nor add
 * values.
 */
export class RevisionCache<Value extends object> {
  private readonly values: LRUCache<string, Value>;
  /** The revision the kept values belong to. */
  private valuesRevision = -1;
  /** Values being worked out by `keep`, by revision and key: callers who miss together share one. */
  private readonly pending = new Map<string, Promise<Value>>();

  constructor(
    private readonly feed: Pick<DataChangeFeed, 'revisionOf'>,
    private readonly channel: ChangeChannel,
    options: LRUCache.Options<string, Value, unknown>,
  ) {
    this.values = new LRUCache(options);
  }

  /** How many values are kept (for tests and monitoring). */
  get size(): number {
    return this.values.size;
  }

  /** The channel's revision now, or null while the feed is down. */
  revision(): number | null {
    return this.feed.revisionOf(this.channel);
  }

  get(revision: number | null, key: string): Value | undefined {
    return revision !== null && revision === this.valuesRevision ? this.values.get(key) : undefined;
  }

  /**
   * The value kept under `key`, or the one `build` works out now and keeps. Requests that miss
   * while it is being worked out wait for it rather than working it out again: the values kept
   * this way cost a large read each (a round's tracker, a report's content).
   */
  async keep(key: string, build: () => Promise<Value>): Promise<Value> {
    const revision = this.revision();
    const kept = this.get(revision, key);
    if (kept) return kept;
    if (revision === null) return build();
    const pendingKey = `${revision}/${key}`;
    const underWay = this.pending.get(pendingKey);
    if (underWay) return underWay;
    const value = build().then((built) => {
      this.set(revision, key, built);
      return built;
    });
    this.pending.set(pendingKey, value);
    try {
      return await value;
    } finally {
      this.pending.delete(pendingKey);
    }
  }

  /** Keeps `value`, worked out at `revision`, unless the data has changed since. */
  set(revision: number | null, key: string, value: Value, size?: number): void {
    if (revision === null || revision !== this.revision()) return;
    if (revision > this.valuesRevision) {
      // Values of an older revision can never be served again: free them now.
      this.values.clear();
      this.valuesRevision = revision;
    }
    this.values.set(key, value, size === undefined ? undefined : { size });
  }
}
