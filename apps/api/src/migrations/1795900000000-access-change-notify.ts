import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `NOTIFY cynnydd_access_changed` when a session ends or an account changes in a way that changes
 * who a session's holder is (email, role, linked person, disabled): every instance's
 * DataChangeFeed hears it on commit and forgets the sessions it had looked up. Row triggers on
 * those columns only, so a sign-in sends nothing: its clean-up of expired sessions usually
 * deletes no rows, and its `last_signed_in_at` is not among them; a new session needs no
 * notice, as no instance has remembered it yet.
 */
export class AccessChangeNotify1795900000000 implements MigrationInterface {
  name = 'AccessChangeNotify1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cynnydd_access_changed', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER session_notifies_access_change AFTER UPDATE OR DELETE ON "session"
       FOR EACH ROW EXECUTE FUNCTION notify_access_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER app_user_notifies_access_change
       AFTER UPDATE OF email, role, person_id, disabled OR DELETE ON "app_user"
       FOR EACH ROW EXECUTE FUNCTION notify_access_changed()`,
    );
    for (const table of ['session', 'app_user']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_truncate_notifies_access_change AFTER TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION notify_access_changed()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['session', 'app_user']) {
      await queryRunner.query(
        `DROP TRIGGER ${table}_truncate_notifies_access_change ON "${table}"`,
      );
      await queryRunner.query(`DROP TRIGGER ${table}_notifies_access_change ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION notify_access_changed()`);
  }
}
