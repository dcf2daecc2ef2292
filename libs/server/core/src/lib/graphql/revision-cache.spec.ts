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

  describe('keep', () => {
    it('works a value out once for callers who miss together, and serves it after', async () => {
      let builds = 0;
      let open: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const build = async () => {
        builds += 1;
        await gate;
        return { value: 'built' };
      };

      const first = cache.keep('key', build);
      const second = cache.keep('key', build);
      open();

      expect(await first).toEqual({ value: 'built' });
      expect(await second).toBe(await first);
      expect(await cache.keep('key', build)).toBe(await first);
      expect(builds).toBe(1);
    });

    it('works it out again once the data has changed', async () => {
      let builds = 0;
      const build = async () => ({ value: `build ${++builds}` });

      await cache.keep('key', build);
      revision = 2;

      expect(await cache.keep('key', build)).toEqual({ value: 'build 2' });
    });

    it('keeps nothing when working it out fails, and lets the next caller try again', async () => {
      await expect(
        cache.keep('key', () => Promise.reject(new Error('database unavailable'))),
      ).rejects.toThrow('database unavailable');

      expect(cache.size).toBe(0);
      expect(await cache.keep('key', async () => ({ value: 'second try' }))).toEqual({
        value: 'second try',
      });
    });
  });
});
