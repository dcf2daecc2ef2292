import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** The channel the `notify_data_changed` triggers (migration 1795700000001) send on. */
export const DATA_CHANGED_CHANNEL = 'cynnydd_data_changed';
const RECONNECT_MS = 1_000;

/** Closes a feed connection that is no longer wanted, ignoring whatever it says on the way. */
async function release(client: Client): Promise<void> {
  client.removeAllListeners('end');
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}

/**
 * Follows committed changes to the programme's data with LISTEN on a connection of its own.
 * PostgreSQL delivers NOTIFY only when the writing transaction commits, whichever instance wrote,
 * so `revision` moves on after every committed change. While the connection is down nothing is
 * known, and `revision` is null: callers must then not trust anything they cached.
 */
@Injectable()
export class DataChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DataChangeFeed.name);
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private generation = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get revision(): number | null {
    return this.listening ? this.generation : null;
  }

  /** This instance changed data: readers here must see it even before the notice arrives. */
  markChanged(): void {
    this.generation += 1;
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
      application_name: 'cynnydd-change-feed',
    });
    client.on('notification', () => this.markChanged());
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
      // Whatever changed while not listening is unknown: start a new revision.
      this.markChanged();
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
        'Lost the database change feed; cached responses are bypassed until it returns',
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
