import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress reports. What a board saw must stay what it saw: PostgreSQL itself refuses any change
 * to, or deletion of, an issued report, whatever the application does.
 */
export class Reports1795500000002 implements MigrationInterface {
  name = 'Reports1795500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."report_audience" AS ENUM('OPERATIONAL_GROUP', 'OVERSIGHT_BOARD', 'JOINT_BOARD')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."report_state" AS ENUM('DRAFT', 'ISSUED')`);
    await queryRunner.query(
      `CREATE TABLE "report" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "reporting_period_id" uuid NOT NULL, "audience" "public"."report_audience" NOT NULL, "edition" smallint NOT NULL, "state" "public"."report_state" NOT NULL DEFAULT 'DRAFT', "snapshot" jsonb, "issued_at" TIMESTAMP WITH TIME ZONE, "issued_by_user_id" uuid, "created_by_user_id" uuid, "executive_summary_en" text, "executive_summary_cy" text, CONSTRAINT "report_edition" UNIQUE ("reporting_period_id", "audience", "edition"), CONSTRAINT "report_issued_has_snapshot" CHECK ("state" = 'DRAFT' OR ("snapshot" IS NOT NULL AND "issued_at" IS NOT NULL)), CONSTRAINT "PK_99e4d0bea58cba73c57f935a546" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "report_one_draft" ON "report" ("reporting_period_id", "audience") WHERE "state" = 'DRAFT'`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "FK_0706be42656ac7be74353741dee" FOREIGN KEY ("reporting_period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION report_issued_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'ISSUED' THEN
          RAISE EXCEPTION 'issued reports are frozen: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER report_issued_frozen
      BEFORE UPDATE OR DELETE ON report
      FOR EACH ROW EXECUTE FUNCTION report_issued_is_frozen()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER report_issued_frozen ON report`);
    await queryRunner.query(`DROP FUNCTION report_issued_is_frozen()`);
    await queryRunner.query(
      `ALTER TABLE "report" DROP CONSTRAINT "FK_0706be42656ac7be74353741dee"`,
    );
    await queryRunner.query(`DROP INDEX "public"."report_one_draft"`);
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP TYPE "public"."report_state"`);
    await queryRunner.query(`DROP TYPE "public"."report_audience"`);
  }
}
