import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public progress publications. What the public was shown stays what it was shown: PostgreSQL
 * refuses any change to a published publication other than its withdrawal, any change at all to
 * a withdrawn one, and deleting either. Every committed change is announced on
 * `cynnydd_publications_changed`, so each API instance's public-site cache lets go of it.
 */
export class Publications1796900000000 implements MigrationInterface {
  name = 'Publications1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."publication_state" AS ENUM('DRAFT', 'PUBLISHED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "publication" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "state" "public"."publication_state" NOT NULL DEFAULT 'DRAFT', "number" integer, "area_summaries" jsonb NOT NULL DEFAULT '[]', "excluded_action_ids" uuid array NOT NULL DEFAULT '{}', "show_owner_names" boolean NOT NULL DEFAULT false, "include_measures" boolean NOT NULL DEFAULT true, "snapshot" jsonb, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_user_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_user_id" uuid, "created_by_user_id" uuid, "introduction_en" text, "introduction_cy" text, "withdrawal_reason_en" text, "withdrawal_reason_cy" text, CONSTRAINT "publication_withdrawn_has_date" CHECK ("state" <> 'WITHDRAWN' OR "withdrawn_at" IS NOT NULL), CONSTRAINT "publication_published_has_snapshot" CHECK ("state" = 'DRAFT' OR ("snapshot" IS NOT NULL AND "number" IS NOT NULL AND "published_at" IS NOT NULL)), CONSTRAINT "PK_8aea8363d5213896a78d8365fab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "publication_number" ON "publication" ("number") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "publication_one_open_per_report" ON "publication" ("report_id") WHERE "state" <> 'WITHDRAWN'`,
    );
    await queryRunner.query(
      `ALTER TABLE "publication" ADD CONSTRAINT "FK_b60b9db8faaca332a0db87ddaf1" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION publication_published_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'DRAFT' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.state = 'PUBLISHED' AND NEW.state = 'WITHDRAWN'
           AND NEW.snapshot = OLD.snapshot AND NEW.number = OLD.number
           AND NEW.published_at = OLD.published_at AND NEW.report_id = OLD.report_id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'published publications are frozen (withdrawal aside): % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER publication_published_frozen
      BEFORE UPDATE OR DELETE ON publication
      FOR EACH ROW EXECUTE FUNCTION publication_published_is_frozen()`);
    await queryRunner.query(`
      CREATE FUNCTION notify_publications_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cynnydd_publications_changed', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER publication_notifies_change
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON publication
      FOR EACH STATEMENT EXECUTE FUNCTION notify_publications_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER publication_notifies_change ON publication`);
    await queryRunner.query(`DROP FUNCTION notify_publications_changed()`);
    await queryRunner.query(`DROP TRIGGER publication_published_frozen ON publication`);
    await queryRunner.query(`DROP FUNCTION publication_published_is_frozen()`);
    await queryRunner.query(
      `ALTER TABLE "publication" DROP CONSTRAINT "FK_b60b9db8faaca332a0db87ddaf1"`,
    );
    await queryRunner.query(`DROP INDEX "public"."publication_one_open_per_report"`);
    await queryRunner.query(`DROP INDEX "public"."publication_number"`);
    await queryRunner.query(`DROP TABLE "publication"`);
    await queryRunner.query(`DROP TYPE "public"."publication_state"`);
  }
}
