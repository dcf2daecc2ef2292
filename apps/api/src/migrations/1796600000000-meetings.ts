import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Changes to these tables invalidate cached responses, as for every table (migration 1795700000001). */
const WATCHED_TABLES = [
  'forum',
  'forum_member',
  'meeting',
  'agenda_item',
  'agenda_item_action',
  'agenda_item_measure',
  'agenda_item_risk',
  'attendance',
];

/** A meeting's own rows, and the decisions minuted at it, are frozen once a chair approves them. */
const FROZEN_WITH_MEETING = ['agenda_item', 'attendance', 'review_entry'];

export class Meetings1796600000000 implements MigrationInterface {
  name = 'Meetings1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."forum_kind" AS ENUM('OPERATIONAL_GROUP', 'OVERSIGHT_BOARD', 'JOINT_BOARD', 'SOCIAL_PARTNERSHIP_FORUM', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "forum" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."forum_kind" NOT NULL, "active" boolean NOT NULL DEFAULT true, "name_en" text, "name_cy" text, "purpose_en" text, "purpose_cy" text, CONSTRAINT "PK_ffd925a9b1fa44ab1ce26c9821c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "forum_member" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "person_id" uuid NOT NULL, "representing_id" uuid NOT NULL, "is_chair" boolean NOT NULL DEFAULT false, "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "forum_member_left_after_joining" CHECK ("left_on" IS NULL OR "left_on" >= "joined_on"), CONSTRAINT "PK_a750489be1ea75347892d93e4b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fc5b06e4d28d0cea85d3c7857f" ON "forum_member" ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4269152cecb4c2899c104c96a6" ON "forum_member" ("representing_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "forum_member_current" ON "forum_member" ("forum_id", "person_id") WHERE "left_on" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."meeting_state" AS ENUM('SCHEDULED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" character varying(300) NOT NULL DEFAULT '', "online_link" character varying(2000), "state" "public"."meeting_state" NOT NULL DEFAULT 'SCHEDULED', "notice_sent_at" TIMESTAMP WITH TIME ZONE, "notice_sequence" integer NOT NULL DEFAULT '0', "minutes_approved_at" TIMESTAMP WITH TIME ZONE, "minutes_approved_by_id" uuid, "title_en" text, "title_cy" text, CONSTRAINT "meeting_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "meeting_forum_date" ON "meeting" ("forum_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" smallint NOT NULL, "presenter_id" uuid, "report_id" uuid, "title_en" text, "title_cy" text, "minutes_en" text, "minutes_cy" text, CONSTRAINT "agenda_item_position" UNIQUE ("meeting_id", "position"), CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2f25711c7e24e306e105c6c5b6" ON "agenda_item" ("report_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attendance_status" AS ENUM('PRESENT', 'REPRESENTED', 'APOLOGIES', 'ABSENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "status" "public"."attendance_status" NOT NULL, "deputy_name" character varying(200), CONSTRAINT "attendance_member" UNIQUE ("meeting_id", "member_id"), CONSTRAINT "attendance_deputy_when_represented" CHECK (("status" = 'REPRESENTED') = ("deputy_name" IS NOT NULL)), CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_52d9db0d044b7bcc372147cf5e" ON "attendance" ("member_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item_action" ("agenda_item_id" uuid NOT NULL, "action_id" uuid NOT NULL, CONSTRAINT "PK_0927a8d4f2bbbf63c0e5c9d3bf9" PRIMARY KEY ("agenda_item_id", "action_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_788de14e4bb2677a19074f1bf3" ON "agenda_item_action" ("agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f5e75a0905d843d5092c689b9b" ON "agenda_item_action" ("action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item_measure" ("agenda_item_id" uuid NOT NULL, "measure_id" uuid NOT NULL, CONSTRAINT "PK_9dd89f6c92a3c4a62efc79d1157" PRIMARY KEY ("agenda_item_id", "measure_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9e6f49c6ca90e597bedd067124" ON "agenda_item_measure" ("agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e547432d4c54d28c91c75bb7b0" ON "agenda_item_measure" ("measure_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item_risk" ("agenda_item_id" uuid NOT NULL, "risk_id" uuid NOT NULL, CONSTRAINT "PK_cefe6821cefca699c49c43be1c6" PRIMARY KEY ("agenda_item_id", "risk_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d51d5c5a6cdd52ee0a61549c9c" ON "agenda_item_risk" ("agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6295e51431dec1fef53e9431e2" ON "agenda_item_risk" ("risk_id") `,
    );
    await queryRunner.query(`ALTER TABLE "review_entry" ADD "meeting_id" uuid`);
    await queryRunner.query(`ALTER TABLE "review_entry" ADD "agenda_item_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "review_entry" DROP CONSTRAINT "FK_be2d83b342688718a5585c557f3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."review_entry_report"`);
    await queryRunner.query(`ALTER TABLE "review_entry" ALTER COLUMN "report_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "review_entry_meeting" ON "review_entry" ("meeting_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "review_entry_report" ON "review_entry" ("report_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" ADD CONSTRAINT "review_entry_has_subject" CHECK ("report_id" IS NOT NULL OR "meeting_id" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" ADD CONSTRAINT "FK_be2d83b342688718a5585c557f3" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" ADD CONSTRAINT "FK_30b3c93b006e8f87448feb32349" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" ADD CONSTRAINT "FK_9458093b1ca63fd870c2528e7b6" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_member" ADD CONSTRAINT "FK_93f3cf568fb19f2fb4ab4b61f85" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_member" ADD CONSTRAINT "FK_fc5b06e4d28d0cea85d3c7857f9" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_member" ADD CONSTRAINT "FK_4269152cecb4c2899c104c96a64" FOREIGN KEY ("representing_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_111c011124487e3d6cfb0979e62" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_8b7c283a8977a567680b365c91f" FOREIGN KEY ("minutes_approved_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_bb28e294f5ed74ed0fd771f9f42" FOREIGN KEY ("presenter_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_2f25711c7e24e306e105c6c5b69" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_fedd75244556b90cd6a92b7c149" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_52d9db0d044b7bcc372147cf5ea" FOREIGN KEY ("member_id") REFERENCES "forum_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_action" ADD CONSTRAINT "FK_788de14e4bb2677a19074f1bf3f" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_action" ADD CONSTRAINT "FK_f5e75a0905d843d5092c689b9ba" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_measure" ADD CONSTRAINT "FK_9e6f49c6ca90e597bedd067124c" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_measure" ADD CONSTRAINT "FK_e547432d4c54d28c91c75bb7b09" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_risk" ADD CONSTRAINT "FK_d51d5c5a6cdd52ee0a61549c9cc" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_risk" ADD CONSTRAINT "FK_6295e51431dec1fef53e9431e25" FOREIGN KEY ("risk_id") REFERENCES "risk"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // Approved minutes are what the forum agreed: nothing changes them, as nothing changes an
    // issued report. Merging two records of one person may still rename the person they name.
    await queryRunner.query(`
      CREATE FUNCTION meeting_minutes_are_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_meeting_id uuid;
        approved boolean;
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('cynnydd.merging_people', true) = 'on' THEN
          RETURN NEW;
        END IF;
        -- A restore writes back approved meetings before their agendas, attendance and decisions.
        IF TG_OP = 'INSERT' AND current_setting('cynnydd.restoring', true) = 'on' THEN
          RETURN NEW;
        END IF;
        IF TG_TABLE_NAME = 'meeting' THEN
          approved := OLD.state = 'MINUTES_APPROVED';
        ELSE
          row_meeting_id := CASE TG_OP WHEN 'INSERT' THEN NEW.meeting_id ELSE OLD.meeting_id END;
          SELECT state = 'MINUTES_APPROVED' INTO approved FROM meeting WHERE id = row_meeting_id;
        END IF;
        IF coalesce(approved, false) THEN
          RAISE EXCEPTION 'approved minutes are frozen: % on % refused', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER meeting_minutes_frozen BEFORE UPDATE OR DELETE ON meeting
      FOR EACH ROW EXECUTE FUNCTION meeting_minutes_are_frozen()`);
    for (const table of FROZEN_WITH_MEETING) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_frozen_with_minutes BEFORE INSERT OR UPDATE OR DELETE ON "${table}"
         FOR EACH ROW EXECUTE FUNCTION meeting_minutes_are_frozen()`,
      );
    }
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
    for (const table of FROZEN_WITH_MEETING) {
      await queryRunner.query(`DROP TRIGGER ${table}_frozen_with_minutes ON "${table}"`);
    }
    await queryRunner.query(`DROP TRIGGER meeting_minutes_frozen ON meeting`);
    await queryRunner.query(`DROP FUNCTION meeting_minutes_are_frozen()`);
    await queryRunner.query(
      `ALTER TABLE "agenda_item_risk" DROP CONSTRAINT "FK_6295e51431dec1fef53e9431e25"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_risk" DROP CONSTRAINT "FK_d51d5c5a6cdd52ee0a61549c9cc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_measure" DROP CONSTRAINT "FK_e547432d4c54d28c91c75bb7b09"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_measure" DROP CONSTRAINT "FK_9e6f49c6ca90e597bedd067124c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_action" DROP CONSTRAINT "FK_f5e75a0905d843d5092c689b9ba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item_action" DROP CONSTRAINT "FK_788de14e4bb2677a19074f1bf3f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" DROP CONSTRAINT "FK_52d9db0d044b7bcc372147cf5ea"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" DROP CONSTRAINT "FK_fedd75244556b90cd6a92b7c149"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_2f25711c7e24e306e105c6c5b69"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_bb28e294f5ed74ed0fd771f9f42"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" DROP CONSTRAINT "FK_8b7c283a8977a567680b365c91f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" DROP CONSTRAINT "FK_111c011124487e3d6cfb0979e62"`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_member" DROP CONSTRAINT "FK_4269152cecb4c2899c104c96a64"`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_member" DROP CONSTRAINT "FK_fc5b06e4d28d0cea85d3c7857f9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_member" DROP CONSTRAINT "FK_93f3cf568fb19f2fb4ab4b61f85"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" DROP CONSTRAINT "FK_9458093b1ca63fd870c2528e7b6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" DROP CONSTRAINT "FK_30b3c93b006e8f87448feb32349"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" DROP CONSTRAINT "FK_be2d83b342688718a5585c557f3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" DROP CONSTRAINT "review_entry_has_subject"`,
    );
    await queryRunner.query(`DROP INDEX "public"."review_entry_report"`);
    await queryRunner.query(`DROP INDEX "public"."review_entry_meeting"`);
    await queryRunner.query(`ALTER TABLE "review_entry" ALTER COLUMN "report_id" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "review_entry_report" ON "review_entry" ("report_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "review_entry" ADD CONSTRAINT "FK_be2d83b342688718a5585c557f3" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "review_entry" DROP COLUMN "agenda_item_id"`);
    await queryRunner.query(`ALTER TABLE "review_entry" DROP COLUMN "meeting_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6295e51431dec1fef53e9431e2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d51d5c5a6cdd52ee0a61549c9c"`);
    await queryRunner.query(`DROP TABLE "agenda_item_risk"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e547432d4c54d28c91c75bb7b0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9e6f49c6ca90e597bedd067124"`);
    await queryRunner.query(`DROP TABLE "agenda_item_measure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5e75a0905d843d5092c689b9b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_788de14e4bb2677a19074f1bf3"`);
    await queryRunner.query(`DROP TABLE "agenda_item_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52d9db0d044b7bcc372147cf5e"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f25711c7e24e306e105c6c5b6"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_forum_date"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_state"`);
    await queryRunner.query(`DROP INDEX "public"."forum_member_current"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4269152cecb4c2899c104c96a6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc5b06e4d28d0cea85d3c7857f"`);
    await queryRunner.query(`DROP TABLE "forum_member"`);
    await queryRunner.query(`DROP TABLE "forum"`);
    await queryRunner.query(`DROP TYPE "public"."forum_kind"`);
  }
}
