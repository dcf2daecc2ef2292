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
