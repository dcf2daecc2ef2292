import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/** A constructor Node's HTTP server can use whose instances are born with `prototype`. */
function constructorWithPrototype<T extends typeof IncomingMessage | typeof ServerResponse>(
  base: T,
  prototype: object,
): T {
  // Node's IncomingMessage and ServerResponse are plain constructor functions, so a function
  // calling them on `this` builds the same object, only with Express's prototype from the start.
  function Constructed(this: object, ...args: unknown[]) {
    (base as unknown as (...args: unknown[]) => void).apply(this, args);
  }
  Constructed.prototype = prototype;
  return Constructed as unknown as T;
}

/**
 * Nest's Express adapter, but Node's HTTP server makes each request and response with Express's
 * own prototypes (`app.request`, `app.response`). Express gives them those prototypes with
 * Object.setPrototypeOf on every request, and V8 then keeps each request's objects through the
 * next young-generation collections: on a bare Express app about 3 MB promoted per collection
 * and 5–8 ms pauses, against none when the prototype is already Express's (setPrototypeOf is
 * then a no-op). See docs/performance.md.
 */
export class ExpressPrototypesAdapter extends ExpressAdapter {
  private finishing: () => Promise<void> = async () => undefined;

  /**
   * `close` (and so Nest's shutdown hooks, which close the database pool) waits for `work`
   * once the server has stopped taking requests and its connections have ended.
   */
  finishBeforeClosing(work: () => Promise<void>): void {
    this.finishing = work;
  }

  override async close(): Promise<void> {
    await super.close();
    await this.finishing();
  }

  override initHttpServer(options: NestApplicationOptions): void {
    // HTTPS (never used here: TLS ends at the load balancer) and tracked connections as Nest has them.
    if (options?.httpsOptions || options?.forceCloseConnections) {
      return super.initHttpServer(options);
    }
    const app = this.getInstance<Express>();
    this.httpServer = createServer(
      {
        IncomingMessage: constructorWithPrototype(IncomingMessage, app.request),
        ServerResponse: constructorWithPrototype(ServerResponse, app.response),
      },
      app,
    );
  }
}
