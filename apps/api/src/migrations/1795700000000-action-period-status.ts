import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `action_period_status`: each action's latest update per reporting period, kept by a
 * statement-level trigger on `status_update` (one upsert per statement, so bulk loads stay fast)
 * and filled from the existing history. Status updates are append-only, so inserts are the only
 * change to follow. The upsert keeps the later of (submitted_at, id), the order the history is
 * read in, so concurrent submissions for one action and period settle on the same row whichever
 * commits first (ON CONFLICT waits for the other and compares with its committed row).
 */
export class ActionPeriodStatus1795700000000 implements MigrationInterface {
  name = 'ActionPeriodStatus1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "action_period_status" ("action_id" uuid NOT NULL, "reporting_period_id" uuid NOT NULL, "period_start_date" date NOT NULL, "status_update_id" uuid NOT NULL, "rag" "public"."rag_status" NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_380a4ab469dd448590a1fdb828c" PRIMARY KEY ("action_id", "reporting_period_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "action_period_status_current" ON "action_period_status" ("action_id", "period_start_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "action_period_status_period" ON "action_period_status" ("reporting_period_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "action_period_status" ADD CONSTRAINT "FK_6586f08502b611dc0a0fac267ff" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_period_status" ADD CONSTRAINT "FK_6a45b21d5c15489b560248d2dab" FOREIGN KEY ("reporting_period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_period_status" ADD CONSTRAINT "FK_9b3a2027cd3f158660773c663fb" FOREIGN KEY ("status_update_id") REFERENCES "status_update"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION record_action_period_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO action_period_status AS stored
          (action_id, reporting_period_id, period_start_date, status_update_id, rag, submitted_at)
        SELECT DISTINCT ON (n.action_id, n.reporting_period_id)
          n.action_id, n.reporting_period_id, rp.start_date, n.id, n.rag, n.submitted_at
        FROM inserted_updates n JOIN reporting_period rp ON rp.id = n.reporting_period_id
        ORDER BY n.action_id, n.reporting_period_id, n.submitted_at DESC, n.id DESC
        ON CONFLICT (action_id, reporting_period_id) DO UPDATE SET
          status_update_id = EXCLUDED.status_update_id,
          rag = EXCLUDED.rag,
          submitted_at = EXCLUDED.submitted_at
        WHERE (EXCLUDED.submitted_at, EXCLUDED.status_update_id)
            > (stored.submitted_at, stored.status_update_id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER status_update_records_period_status
      AFTER INSERT ON status_update REFERENCING NEW TABLE AS inserted_updates
      FOR EACH STATEMENT EXECUTE FUNCTION record_action_period_status()`);
    await queryRunner.query(`
      INSERT INTO action_period_status
        (action_id, reporting_period_id, period_start_date, status_update_id, rag, submitted_at)
      SELECT DISTINCT ON (s.action_id, s.reporting_period_id)
        s.action_id, s.reporting_period_id, rp.start_date, s.id, s.rag, s.submitted_at
      FROM status_update s JOIN reporting_period rp ON rp.id = s.reporting_period_id
      ORDER BY s.action_id, s.reporting_period_id, s.submitted_at DESC, s.id DESC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER status_update_records_period_status ON status_update`);
    await queryRunner.query(`DROP FUNCTION record_action_period_status()`);
    await queryRunner.query(`DROP TABLE "action_period_status"`);
  }
}
