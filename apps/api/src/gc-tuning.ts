import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by main.ts, before anything allocates much. V8 "pretenures" an allocation site
 * whose objects have often survived young-generation collections: it allocates them in the old
 * generation from then on. In this API almost everything lives for one request, and a
 * pretenured object holds what it points to through every scavenge until a full collection:
 * on an action's page about 1 MB more promoted per scavenge and pauses of 4–7 ms instead of
 * 2–3 ms (docs/performance.md). Allocating every request's objects young avoids that.
 */
setFlagsFromString('--no-allocation-site-pretenuring');

/**
 * What the API process must be started with (`node --max-semi-space-size=64 main.js`): V8 sizes
 * its heap when it starts, so this cannot be set from here. A scavenge copies what the requests
 * in flight still hold, however much garbage is around it, so a young generation four times
 * V8's default (16 MB) means a quarter as many: ten overviews built at once spent 25 % of their
 * time in scavenges, 4 % with it, and each used 12–30 % less CPU (docs/performance.md).
 */
const HEAP_FLAGS = ['--max-semi-space-size=64'];

/** The flags above that this process was not started with. */
export function missingHeapFlags(): string[] {
  return HEAP_FLAGS.filter((flag) => !process.execArgv.includes(flag));
}
