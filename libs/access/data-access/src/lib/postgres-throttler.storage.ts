import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { DataSource } from 'typeorm';

/** About one call in a hundred also clears long-expired counters. */
const CLEAN_UP_CHANCE = 0.01;

/**
 * Sign-in attempt counters in PostgreSQL rather than in each process's memory, so every API
 * instance behind a load balancer enforces one shared limit. One statement counts the attempt
 * atomically (an upsert that starts a new window once the old one has expired).
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    const [row]: { hits: number; expires_in: number; blocked_for: number }[] =
      await this.dataSource.query(
        `INSERT INTO throttle_counter AS t (key, hits, expires_at)
         VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN t.expires_at <= clock_timestamp() THEN 1 ELSE t.hits + 1 END,
           expires_at = CASE WHEN t.expires_at <= clock_timestamp() THEN excluded.expires_at
                        ELSE t.expires_at END,
           blocked_until = CASE
             WHEN t.blocked_until > clock_timestamp() THEN t.blocked_until
             WHEN t.expires_at > clock_timestamp() AND t.hits + 1 > $3
               THEN clock_timestamp() + $4 * interval '1 millisecond'
             ELSE NULL END
         RETURNING hits,
           ceil(extract(epoch FROM expires_at - clock_timestamp()))::int AS expires_in,
           coalesce(ceil(extract(epoch FROM blocked_until - clock_timestamp())), 0)::int
             AS blocked_for`,
        [key.slice(0, 128), ttl, limit, blockDuration],
      );
    if (Math.random() < CLEAN_UP_CHANCE) {
      await this.dataSource.query(
        `DELETE FROM throttle_counter WHERE expires_at < clock_timestamp() - interval '1 hour'
         AND (blocked_until IS NULL OR blocked_until < clock_timestamp())`,
      );
    }
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(row.expires_in, 0),
      isBlocked: row.blocked_for > 0,
      timeToBlockExpire: Math.max(row.blocked_for, 0),
    };
  }
}
