import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `milestone_open_due`: the overdue rule asks, per action, whether an open milestone is past due
 * (the action list's overdue filter and every action's `isOverdue`). A probe of this partial
 * index answers it from the index alone, however many milestones a decade of plans holds.
 */
export class MilestoneOpenDue1795800000000 implements MigrationInterface {
  name = 'MilestoneOpenDue1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "milestone_open_due" ON "milestone" ("action_id", "due_date") WHERE "completed_on" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."milestone_open_due"`);
  }
}
