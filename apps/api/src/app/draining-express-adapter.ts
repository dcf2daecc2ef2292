import { ExpressAdapter } from '@nestjs/platform-express';

/**
 * Nest's Express adapter whose `close` (and so Nest's shutdown hooks, which close the database
 * pool) waits for the work registered with `finishBeforeClosing` once the server has stopped
 * taking requests and its connections have ended.
 */
export class DrainingExpressAdapter extends ExpressAdapter {
  private finishing: () => Promise<void> = async () => undefined;

  finishBeforeClosing(work: () => Promise<void>): void {
    this.finishing = work;
  }

  override async close(): Promise<void> {
    await super.close();
    await this.finishing();
  }
}
