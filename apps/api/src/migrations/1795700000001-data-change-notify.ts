import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every table whose rows an answer can show. Left out: sign-in state, notifications (read per
 * person, never cached), the audit trail (append-only bookkeeping) and action_period_status
 * (changes only with status_update).
 */
const WATCHED_TABLES = [
  'strategy',
  'strategy_theme',
  'strategic_area',
  'organisation',
  'person',
  'app_user',
  'annual_plan',
  'action',
  'action_owner',
  'action_delegate',
  'milestone',
  'reporting_period',
  'status_update',
  'report',
  'review_entry',
  'follow_up',
];

/**
 * `NOTIFY cynnydd_data_changed` from every statement that changes a watched table. PostgreSQL
 * sends it only when the transaction commits (and folds repeats into one), so each API instance's
 * DataChangeFeed learns of every committed change, on any instance, and retires cached answers.
 */
export class DataChangeNotify1795700000001 implements MigrationInterface {
  name = 'DataChangeNotify1795700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cynnydd_data_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of WATCHED_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_notifies_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
         ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_notifies_change ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION notify_data_changed()`);
  }
}
