import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { finalize, type Observable } from 'rxjs';

/**
 * The requests this instance is still working on, from the start of their work to its end,
 * whether or not their client still waits. Closing the HTTP server waits only for open
 * connections: a request whose client has gone (a closed tab, a proxy's timeout) would still be
 * running its statements when the pool closed under them, and a status update be rolled back.
 */
@Injectable()
export class RequestsInFlight {
  private count = 0;
  private readonly waiting: (() => void)[] = [];

  /** Counts a request in; the function returned counts it out (once, however often called). */
  begin(): () => void {
    this.count += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.count -= 1;
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
    };
  }

  /** Resolves once no request is in flight. */
  settled(): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** Counts every GraphQL request in flight, from its start until its answer is ready. */
@Plugin()
export class GraphqlRequestsInFlightPlugin implements ApolloServerPlugin {
  constructor(private readonly inFlight: RequestsInFlight) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const end = this.inFlight.begin();
    return { willSendResponse: async () => end() };
  }
}

/** For controllers that do work (downloads, OIDC sign-in): counts each call in flight. */
@Injectable()
export class HttpRequestsInFlightInterceptor implements NestInterceptor {
  constructor(private readonly inFlight: RequestsInFlight) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const end = this.inFlight.begin();
    return next.handle().pipe(finalize(end));
  }
}
