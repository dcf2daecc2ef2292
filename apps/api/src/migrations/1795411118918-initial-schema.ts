import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables for the strategy, directory, plans and reporting domains. */
export class InitialSchema1795411118918 implements MigrationInterface {
  name = 'InitialSchema1795411118918';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_type" AS ENUM('DELIVERY_BODY', 'HEALTH_BOARD', 'LOCAL_AUTHORITY', 'GOVERNMENT', 'TRADE_UNION', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "type" "public"."organisation_type" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name_en" text, "name_cy" text, CONSTRAINT "UQ_6a3122daf3cb06cb4f1f87ae642" UNIQUE ("code"), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "job_title_en" text, "job_title_cy" text, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d2d717efd90709ebd3cb26b936" ON "person" ("email") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_53e60754c1edacbd248622810d" ON "person" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "strategic_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" smallint NOT NULL, "title_en" text, "title_cy" text, "description_en" text, "description_cy" text, CONSTRAINT "strategic_area_number_range" CHECK ("number" BETWEEN 1 AND 7), CONSTRAINT "PK_835cf8c0e8f77567d4ced220773" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_bae698e94e37d7085ed9ff88f2" ON "strategic_area" ("number") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."theme" AS ENUM('WELL_BEING', 'INCLUSION', 'WELSH_LANGUAGE_AND_CULTURE', 'STAFF_RETENTION')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."theme_kind" AS ENUM('PRINCIPLE', 'CROSS_CUTTING_PRIORITY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "strategy_theme" ("code" "public"."theme" NOT NULL, "kind" "public"."theme_kind" NOT NULL, "position" smallint NOT NULL, "name_en" text, "name_cy" text, "description_en" text, "description_cy" text, CONSTRAINT "PK_19b3fe273ecf02116b3b8477900" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "strategy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "start_year" smallint NOT NULL, "end_year" smallint NOT NULL, "published_on" date NOT NULL, "title_en" text, "title_cy" text, "ambition_en" text, "ambition_cy" text, CONSTRAINT "PK_733d2c3d4a73c020375b9b3581d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."plan_state" AS ENUM('DRAFT', 'APPROVED', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "annual_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "financial_year" smallint NOT NULL, "state" "public"."plan_state" NOT NULL DEFAULT 'DRAFT', "approved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title_en" text, "title_cy" text, CONSTRAINT "PK_d39dd5f70470bf2a692f72ea12c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cb1eafeb0c3a9e22d5d9ca9419" ON "annual_plan" ("financial_year") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."lead_organisation" AS ENUM('HEIW', 'SOCIAL_CARE_WALES', 'JOINT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "area_id" uuid NOT NULL, "reference" character varying(12) NOT NULL, "lead_organisation" "public"."lead_organisation" NOT NULL, "start_date" date NOT NULL, "due_date" date NOT NULL, "themes" "public"."theme" array NOT NULL DEFAULT '{}', "carried_forward_from_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title_en" text, "title_cy" text, "description_en" text, "description_cy" text, CONSTRAINT "action_plan_reference" UNIQUE ("plan_id", "reference"), CONSTRAINT "action_has_title" CHECK ("title_en" IS NOT NULL OR "title_cy" IS NOT NULL), CONSTRAINT "action_dates_in_order" CHECK ("start_date" <= "due_date"), CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_948ee9ae4719622da07a1638a1" ON "action" ("area_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_266c7cfe6b47eece661c2550a0" ON "action" ("carried_forward_from_id") WHERE "carried_forward_from_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "action_plan_area" ON "action" ("plan_id", "area_id") `);
    await queryRunner.query(
      `CREATE TABLE "action_owner" ("action_id" uuid NOT NULL, "person_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_cd958bee32ba9f42c90b689daf2" PRIMARY KEY ("action_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e3d6ba534dfbc2d3f6b7a2000f" ON "action_owner" ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid NOT NULL, "due_date" date NOT NULL, "completed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title_en" text, "title_cy" text, CONSTRAINT "milestone_has_title" CHECK ("title_en" IS NOT NULL OR "title_cy" IS NOT NULL), CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2b62839b687dcf5f5673c655a9" ON "milestone" ("action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "financial_year" smallint NOT NULL, "quarter" smallint NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "update_deadline" date NOT NULL, CONSTRAINT "reporting_period_year_quarter" UNIQUE ("financial_year", "quarter"), CONSTRAINT "reporting_period_quarter_range" CHECK ("quarter" BETWEEN 1 AND 4), CONSTRAINT "PK_273d2b68dc1854618ec53e144d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."rag_status" AS ENUM('RED', 'AMBER', 'GREEN', 'COMPLETE', 'NOT_STARTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "status_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid NOT NULL, "reporting_period_id" uuid NOT NULL, "rag" "public"."rag_status" NOT NULL, "percent_complete" smallint NOT NULL, "author_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "commentary_en" text, "commentary_cy" text, "risks_en" text, "risks_cy" text, "next_steps_en" text, "next_steps_cy" text, CONSTRAINT "status_update_has_commentary" CHECK ("commentary_en" IS NOT NULL OR "commentary_cy" IS NOT NULL), CONSTRAINT "status_update_percent_range" CHECK ("percent_complete" BETWEEN 0 AND 100), CONSTRAINT "PK_c2b5cab69dfc057284f078d918b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a7988231d30bb01623887f09aa" ON "status_update" ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "status_update_period_action" ON "status_update" ("reporting_period_id", "action_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "status_update_action_latest" ON "status_update" ("action_id", "submitted_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_53e60754c1edacbd248622810d8" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_73de59f4ddad48bad469c1afdbd" FOREIGN KEY ("plan_id") REFERENCES "annual_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_948ee9ae4719622da07a1638a14" FOREIGN KEY ("area_id") REFERENCES "strategic_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_5ae598a162774c1a44a9dd597d6" FOREIGN KEY ("carried_forward_from_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_owner" ADD CONSTRAINT "FK_a8969e4ee8cd51a6163f582c342" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_owner" ADD CONSTRAINT "FK_e3d6ba534dfbc2d3f6b7a2000f0" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone" ADD CONSTRAINT "FK_2b62839b687dcf5f5673c655a9e" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_update" ADD CONSTRAINT "FK_10962208421ba9b0d81b969e572" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_update" ADD CONSTRAINT "FK_07c91134db7c8c6fcce8a491543" FOREIGN KEY ("reporting_period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_update" ADD CONSTRAINT "FK_a7988231d30bb01623887f09aae" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "status_update" DROP CONSTRAINT "FK_a7988231d30bb01623887f09aae"`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_update" DROP CONSTRAINT "FK_07c91134db7c8c6fcce8a491543"`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_update" DROP CONSTRAINT "FK_10962208421ba9b0d81b969e572"`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone" DROP CONSTRAINT "FK_2b62839b687dcf5f5673c655a9e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_owner" DROP CONSTRAINT "FK_e3d6ba534dfbc2d3f6b7a2000f0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_owner" DROP CONSTRAINT "FK_a8969e4ee8cd51a6163f582c342"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" DROP CONSTRAINT "FK_5ae598a162774c1a44a9dd597d6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" DROP CONSTRAINT "FK_948ee9ae4719622da07a1638a14"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" DROP CONSTRAINT "FK_73de59f4ddad48bad469c1afdbd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" DROP CONSTRAINT "FK_53e60754c1edacbd248622810d8"`,
    );
    await queryRunner.query(`DROP INDEX "public"."status_update_action_latest"`);
    await queryRunner.query(`DROP INDEX "public"."status_update_period_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7988231d30bb01623887f09aa"`);
    await queryRunner.query(`DROP TABLE "status_update"`);
    await queryRunner.query(`DROP TYPE "public"."rag_status"`);
    await queryRunner.query(`DROP TABLE "reporting_period"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b62839b687dcf5f5673c655a9"`);
    await queryRunner.query(`DROP TABLE "milestone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e3d6ba534dfbc2d3f6b7a2000f"`);
    await queryRunner.query(`DROP TABLE "action_owner"`);
    await queryRunner.query(`DROP INDEX "public"."action_plan_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_266c7cfe6b47eece661c2550a0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_948ee9ae4719622da07a1638a1"`);
    await queryRunner.query(`DROP TABLE "action"`);
    await queryRunner.query(`DROP TYPE "public"."lead_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb1eafeb0c3a9e22d5d9ca9419"`);
    await queryRunner.query(`DROP TABLE "annual_plan"`);
    await queryRunner.query(`DROP TYPE "public"."plan_state"`);
    await queryRunner.query(`DROP TABLE "strategy"`);
    await queryRunner.query(`DROP TABLE "strategy_theme"`);
    await queryRunner.query(`DROP TYPE "public"."theme_kind"`);
    await queryRunner.query(`DROP TYPE "public"."theme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bae698e94e37d7085ed9ff88f2"`);
    await queryRunner.query(`DROP TABLE "strategic_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53e60754c1edacbd248622810d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2d717efd90709ebd3cb26b936"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_type"`);
  }
}
