import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED_TABLES = [
  'measure',
  'measure_area',
  'measure_action',
  'measure_target',
  'measure_value',
];

/**
 * Measures, their areas, contributing actions, targets and figures. Figures are append-only as
 * status updates are (a revision is a new row), with the same exception for merging people; every
 * table notifies the response cache of changes (DataChangeNotify1795700000001).
 */
export class Measures1796400000000 implements MigrationInterface {
  name = 'Measures1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."measure_unit" AS ENUM('NUMBER', 'PERCENTAGE', 'RATE_PER_1000', 'MONEY', 'DAYS')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."measure_direction" AS ENUM('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."measure_frequency" AS ENUM('MONTHLY', 'QUARTERLY', 'ANNUAL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "measure" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(12) NOT NULL, "unit" "public"."measure_unit" NOT NULL, "direction" "public"."measure_direction" NOT NULL, "frequency" "public"."measure_frequency" NOT NULL, "owner_id" uuid NOT NULL, "themes" "public"."theme" array NOT NULL DEFAULT '{}', "amber_tolerance" numeric(14,4) NOT NULL DEFAULT '0', "red_tolerance" numeric(14,4) NOT NULL, "baseline_value" numeric(14,4), "baseline_date" date, "name_en" text, "name_cy" text, "definition_en" text, "definition_cy" text, "calculation_en" text, "calculation_cy" text, "data_source_en" text, "data_source_cy" text, CONSTRAINT "measure_baseline_whole" CHECK (("baseline_value" IS NULL) = ("baseline_date" IS NULL)), CONSTRAINT "measure_tolerance_order" CHECK ("amber_tolerance" >= 0 AND "red_tolerance" >= "amber_tolerance"), CONSTRAINT "measure_has_name" CHECK ("name_en" IS NOT NULL OR "name_cy" IS NOT NULL), CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "measure_reference" ON "measure" ("reference") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_beb768d880fffaa7dc1aca5678" ON "measure" ("owner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "measure_area" ("measure_id" uuid NOT NULL, "area_id" uuid NOT NULL, CONSTRAINT "PK_55bca05b4ba8aba9df64d8075d2" PRIMARY KEY ("measure_id", "area_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cd8d5d73e86cafbbc9412719f0" ON "measure_area" ("area_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "measure_action" ("measure_id" uuid NOT NULL, "action_id" uuid NOT NULL, CONSTRAINT "PK_81565d713b82edbf2b6f5607aeb" PRIMARY KEY ("measure_id", "action_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_36e46e348d4117c7f027abeefb" ON "measure_action" ("action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "measure_target" ("measure_id" uuid NOT NULL, "financial_year" smallint NOT NULL, "value" numeric(14,4) NOT NULL, CONSTRAINT "PK_c10c708c2d09e2f9cdc5e9638e6" PRIMARY KEY ("measure_id", "financial_year"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."value_quality" AS ENUM('CONFIRMED', 'PROVISIONAL', 'NOT_AVAILABLE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "measure_value" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "value" numeric(14,4), "quality" "public"."value_quality" NOT NULL, "breakdowns" jsonb NOT NULL DEFAULT '[]', "author_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "not_available_reason_en" text, "not_available_reason_cy" text, "commentary_en" text, "commentary_cy" text, CONSTRAINT "measure_value_reason_when_missing" CHECK ("quality" <> 'NOT_AVAILABLE' OR "not_available_reason_en" IS NOT NULL OR "not_available_reason_cy" IS NOT NULL), CONSTRAINT "measure_value_period_order" CHECK ("period_end" > "period_start"), CONSTRAINT "measure_value_figure_or_reason" CHECK (("value" IS NULL) = ("quality" = 'NOT_AVAILABLE')), CONSTRAINT "PK_066da64f0071f7e2658da9fcb28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_700af2c545d4086b88629140b3" ON "measure_value" ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "measure_value_period_latest" ON "measure_value" ("measure_id", "period_start", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "measure" ADD CONSTRAINT "FK_beb768d880fffaa7dc1aca5678d" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_area" ADD CONSTRAINT "FK_cdf10edbd63f90ca3e9fda93beb" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_area" ADD CONSTRAINT "FK_cd8d5d73e86cafbbc9412719f0d" FOREIGN KEY ("area_id") REFERENCES "strategic_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_action" ADD CONSTRAINT "FK_002880b6df7be206e61660cf1ff" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_action" ADD CONSTRAINT "FK_36e46e348d4117c7f027abeefb4" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_target" ADD CONSTRAINT "FK_5602bb9f4bef59ba3ef4b3bda8f" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_value" ADD CONSTRAINT "FK_1e1caf194a34e5f4de8170e7819" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_value" ADD CONSTRAINT "FK_700af2c545d4086b88629140b3a" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION measure_value_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('cynnydd.merging_people', true) = 'on'
           AND to_jsonb(OLD) - 'author_id' = to_jsonb(NEW) - 'author_id' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'measure values are append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER measure_value_append_only BEFORE UPDATE OR DELETE ON measure_value
      FOR EACH ROW EXECUTE FUNCTION measure_value_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER measure_value_no_truncate BEFORE TRUNCATE ON measure_value
      FOR EACH STATEMENT EXECUTE FUNCTION measure_value_is_append_only()`);
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
    await queryRunner.query(`DROP TRIGGER measure_value_no_truncate ON measure_value`);
    await queryRunner.query(`DROP TRIGGER measure_value_append_only ON measure_value`);
    await queryRunner.query(`DROP FUNCTION measure_value_is_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "measure_value" DROP CONSTRAINT "FK_700af2c545d4086b88629140b3a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_value" DROP CONSTRAINT "FK_1e1caf194a34e5f4de8170e7819"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_target" DROP CONSTRAINT "FK_5602bb9f4bef59ba3ef4b3bda8f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_action" DROP CONSTRAINT "FK_36e46e348d4117c7f027abeefb4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_action" DROP CONSTRAINT "FK_002880b6df7be206e61660cf1ff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_area" DROP CONSTRAINT "FK_cd8d5d73e86cafbbc9412719f0d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_area" DROP CONSTRAINT "FK_cdf10edbd63f90ca3e9fda93beb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure" DROP CONSTRAINT "FK_beb768d880fffaa7dc1aca5678d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."measure_value_period_latest"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_700af2c545d4086b88629140b3"`);
    await queryRunner.query(`DROP TABLE "measure_value"`);
    await queryRunner.query(`DROP TYPE "public"."value_quality"`);
    await queryRunner.query(`DROP TABLE "measure_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_36e46e348d4117c7f027abeefb"`);
    await queryRunner.query(`DROP TABLE "measure_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cd8d5d73e86cafbbc9412719f0"`);
    await queryRunner.query(`DROP TABLE "measure_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_beb768d880fffaa7dc1aca5678"`);
    await queryRunner.query(`DROP INDEX "public"."measure_reference"`);
    await queryRunner.query(`DROP TABLE "measure"`);
    await queryRunner.query(`DROP TYPE "public"."measure_frequency"`);
    await queryRunner.query(`DROP TYPE "public"."measure_direction"`);
    await queryRunner.query(`DROP TYPE "public"."measure_unit"`);
  }
}
