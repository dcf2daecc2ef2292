import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Status history is the record the boards rely on: PostgreSQL itself refuses to change or delete
 * a status update, whatever the application does. Corrections are new, later updates.
 */
export class StatusUpdateAppendOnly1795411200000 implements MigrationInterface {
  name = 'StatusUpdateAppendOnly1795411200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION status_update_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'status updates are append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER status_update_append_only
      BEFORE UPDATE OR DELETE ON status_update
      FOR EACH ROW EXECUTE FUNCTION status_update_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER status_update_no_truncate
      BEFORE TRUNCATE ON status_update
      FOR EACH STATEMENT EXECUTE FUNCTION status_update_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER status_update_no_truncate ON status_update`);
    await queryRunner.query(`DROP TRIGGER status_update_append_only ON status_update`);
    await queryRunner.query(`DROP FUNCTION status_update_is_append_only()`);
  }
}
