import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in attempt counters shared by every API instance. */

export class ThrottleCounter1795500000004 implements MigrationInterface {
  name = 'ThrottleCounter1795500000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "throttle_counter" ("key" character varying(128) NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6c37574c846e53476e0aa448e52" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "throttle_counter"`);
  }
}
