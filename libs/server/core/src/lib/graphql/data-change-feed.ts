import {
  Global,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** What a change notice is about: each kind of cached state listens to one channel. */
export enum ChangeChannel {
  /** The programme's data (`notify_data_changed` triggers, migration 1795700000001). */
  Data = 'cynnydd_data_changed',
  /** Sessions and the accounts behind them (`notify_access_changed`, migration 1795900000000). */
  Access = 'cynnydd_access_changed',
  /** What the public progress pages show (`notify_publications_changed`, migration 1796900000000). */
  Publications = 'cynnydd_publications_changed',
}
const CHANNELS = Object.values(ChangeChannel);
/** The feed connection's `application_name`, as `pg_stat_activity` shows it. */
export const CHANGE_FEED_APPLICATION_NAME = 'cynnydd-change-feed';
const RECONNECT_MS = 1_000;

/** Closes a feed connection that is no longer wanted, ignoring whatever it says on the way. */
async function release(client: Client): Promise<void> {
  client.removeAllListeners('end');
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}

/**
 * Follows committed changes with LISTEN on a connection of its own. PostgreSQL delivers NOTIFY
 * only when the writing transaction commits, whichever instance wrote, so a channel's revision
 * moves on after every committed change of its kind. While the connection is down nothing is
 * known, and every revision is null: callers must then not trust anything they cached.
 */
@Injectable()
export class DataChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DataChangeFeed.name);
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private readonly generations = new Map(CHANNELS.map((channel) => [channel, 0]));
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  revisionOf(channel: ChangeChannel): number | null {
    return this.listening ? (this.generations.get(channel) as number) : null;
  }

  /** This instance changed something: readers here must see it even before the notice arrives. */
  markChanged(channel: ChangeChannel): void {
    this.generations.set(channel, (this.generations.get(channel) as number) + 1);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.disconnect();
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: (this.dataSource.options as { url?: string }).url,
      connectionTimeoutMillis: 5_000,
      application_name: CHANGE_FEED_APPLICATION_NAME,
    });
    client.on('notification', ({ channel }) => this.markChanged(channel as ChangeChannel));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      for (const channel of CHANNELS) await client.query(`LISTEN ${channel}`);
      // Whatever changed while not listening is unknown: start new revisions.
      for (const channel of CHANNELS) this.markChanged(channel);
      this.listening = true;
    } catch {
      this.lost(client);
    }
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    const wasListening = this.listening;
    this.listening = false;
    this.client = null;
    void release(client);
    if (this.stopped) return;
    if (wasListening) {
      this.logger.warn(
        'Lost the database change feed; cached responses and sessions are bypassed until it returns',
      );
    }
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.listening = false;
    if (client) await release(client);
  }
}

/** One change feed per instance, for every cache that must follow committed changes. */
@Global()
@Module({ providers: [DataChangeFeed], exports: [DataChangeFeed] })
export class DataChangeFeedModule {}
