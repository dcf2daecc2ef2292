import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Board review of issued reports: comments, decisions and the follow-ups they set. */

export class BoardReview1795500000003 implements MigrationInterface {
  name = 'BoardReview1795500000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."review_entry_kind" AS ENUM('COMMENT', 'DECISION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "action_id" uuid, "kind" "public"."review_entry_kind" NOT NULL, "author_user_id" uuid NOT NULL, "author_name" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "text_en" text, "text_cy" text, CONSTRAINT "PK_51cece6e2b1dea5cc431b0b813d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_entry_report" ON "review_entry" ("report_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "due_date" date NOT NULL, "completed_on" date, "title_en" text, "title_cy" text, CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dbf9dc3fdd378c37dd17655b5e" ON "follow_up" ("decision_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1d64a71593b44be1459832759e" ON "follow_up" ("owner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "follow_up_open" ON "follow_up" ("due_date") WHERE "completed_on" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" ADD CONSTRAINT "FK_be2d83b342688718a5585c557f3" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" ADD CONSTRAINT "FK_1a578d2da647f2b5e05d5d82087" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_dbf9dc3fdd378c37dd17655b5ef" FOREIGN KEY ("decision_id") REFERENCES "review_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_1d64a71593b44be1459832759e7" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "follow_up" DROP CONSTRAINT "FK_1d64a71593b44be1459832759e7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" DROP CONSTRAINT "FK_dbf9dc3fdd378c37dd17655b5ef"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" DROP CONSTRAINT "FK_1a578d2da647f2b5e05d5d82087"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" DROP CONSTRAINT "FK_be2d83b342688718a5585c557f3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."follow_up_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d64a71593b44be1459832759e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dbf9dc3fdd378c37dd17655b5e"`);
    await queryRunner.query(`DROP TABLE "follow_up"`);
    await queryRunner.query(`DROP INDEX "public"."review_entry_report"`);
    await queryRunner.query(`DROP TABLE "review_entry"`);
    await queryRunner.query(`DROP TYPE "public"."review_entry_kind"`);
  }
}
