import { ChangeChannel } from './data-change-feed';
import { RevisionCache } from './revision-cache';

describe('RevisionCache', () => {
  let revision: number | null;
  let cache: RevisionCache<{ value: string }>;

  beforeEach(() => {
    revision = 1;
    cache = new RevisionCache({ revisionOf: () => revision }, ChangeChannel.Data, { max: 10 });
  });

  it('serves a value while its channel stays still, and none once it moves', () => {
    cache.set(cache.revision(), 'key', { value: 'kept' });
    expect(cache.get(cache.revision(), 'key')).toEqual({ value: 'kept' });

    revision = 2;
    expect(cache.get(cache.revision(), 'key')).toBeUndefined();
    cache.set(cache.revision(), 'other', { value: 'newer' });
    expect(cache.size).toBe(1);
  });

  it('does not keep a value worked out while a change committed', () => {
    const before = cache.revision();
    revision = 2;
    cache.set(before, 'key', { value: 'stale' });

    expect(cache.get(cache.revision(), 'key')).toBeUndefined();
    expect(cache.get(before, 'key')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('neither keeps nor serves anything while the feed is down', () => {
    cache.set(cache.revision(), 'key', { value: 'kept' });
    revision = null;

    expect(cache.get(cache.revision(), 'key')).toBeUndefined();
    cache.set(cache.revision(), 'other', { value: 'unknown' });
    revision = 1;
    expect(cache.get(cache.revision(), 'other')).toBeUndefined();
  });
});
