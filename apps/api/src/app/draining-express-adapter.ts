import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ExpressAdapter } from '@nestjs/platform-express';

/**
 * Nest's Express adapter whose `close` (and so Nest's shutdown hooks, which close the database
 * pool) waits for the work registered with `finishBeforeClosing` once the server has stopped
 * taking requests and its connections have ended; and which can let a handler answer requests
 * before Express sees them (`answerFirst`).
 */
export class DrainingExpressAdapter extends ExpressAdapter {
  private finishing: () => Promise<void> = async () => undefined;

  finishBeforeClosing(work: () => Promise<void>): void {
    this.finishing = work;
  }

  /**
   * `first` sees each request as it arrives, through Node's own request event; what it does not
   * answer (it returns false) goes on to Express as before (ADR 17).
   */
  answerFirst(first: (request: IncomingMessage, response: ServerResponse) => boolean): void {
    const server = this.getHttpServer() as Server;
    const express =
      this.getInstance<(request: IncomingMessage, response: ServerResponse) => void>();
    server.removeListener('request', express);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (!first(request, response)) express(request, response);
    });
  }

  override async close(): Promise<void> {
    await super.close();
    await this.finishing();
  }
}
