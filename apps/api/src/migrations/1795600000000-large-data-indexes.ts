import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found needed by EXPLAIN (ANALYZE, BUFFERS) on the large data set (docs/performance.md):
 *
 * - `status_update_action_period_latest`: an action's latest update in one period (progress
 *   summary, report content, movement) is the last entry of this index, not a sort of every
 *   update the action had in the period. Declared on the StatusUpdate entity.
 * - `action_reference_order`: the action list's default order (reference as numbers, then id),
 *   so an unfiltered page reads its 101 rows in order instead of sorting every action. An
 *   expression index, which TypeORM cannot declare; its schema check does not see it either.
 */
export class LargeDataIndexes1795600000000 implements MigrationInterface {
  name = 'LargeDataIndexes1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "status_update_action_period_latest" ON "status_update" ("action_id", "reporting_period_id", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "action_reference_order" ON "action" ((string_to_array("reference", '.')::int[]), "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."action_reference_order"`);
    await queryRunner.query(`DROP INDEX "public"."status_update_action_period_latest"`);
  }
}
