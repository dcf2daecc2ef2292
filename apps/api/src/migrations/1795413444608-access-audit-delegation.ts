import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and sessions, the append-only audit trail (a trigger refuses UPDATE, DELETE and
 * TRUNCATE, as for status updates) and action delegates.
 */
export class AccessAuditDelegation1795413444608 implements MigrationInterface {
  name = 'AccessAuditDelegation1795413444608';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_266c7cfe6b47eece661c2550a0"`);
    await queryRunner.query(
      `CREATE TYPE "public"."audit_action" AS ENUM('CREATE', 'UPDATE', 'DELETE', 'STATE_CHANGE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_user_id" uuid, "actor_email" character varying(254), "action" "public"."audit_action" NOT NULL, "entity_type" character varying(50) NOT NULL, "entity_id" uuid NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entry_occurred_at" ON "audit_entry" ("occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entry_actor" ON "audit_entry" ("actor_user_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entry_entity" ON "audit_entry" ("entity_type", "entity_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('ADMIN', 'PROGRAMME_OFFICE', 'LEAD', 'BOARD_MEMBER', 'VIEWER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text, "role" "public"."role" NOT NULL, "person_id" uuid, "disabled" boolean NOT NULL DEFAULT false, "preferred_language" character varying(2) NOT NULL DEFAULT 'en', "last_signed_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "REL_3a194b12d01edcd333659ab50a" UNIQUE ("person_id"), CONSTRAINT "app_user_language" CHECK ("preferred_language" IN ('en', 'cy')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email" ON "app_user" ("email") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "app_user_person" ON "app_user" ("person_id") WHERE "person_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "session_token_hash" ON "session" ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "session_user" ON "session" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "action_delegate" ("action_id" uuid NOT NULL, "person_id" uuid NOT NULL, "delegated_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc30ad4d601df4961dfcf9b1e29" PRIMARY KEY ("action_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "action_delegate_person" ON "action_delegate" ("person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "action_carried_forward_once" ON "action" ("carried_forward_from_id") WHERE "carried_forward_from_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_3a194b12d01edcd333659ab50a6" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_delegate" ADD CONSTRAINT "FK_d6b10675da6758c634dbac86272" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_delegate" ADD CONSTRAINT "FK_fa7bd19de93dc4610fbf686bfa5" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_no_truncate ON audit_entry`);
    await queryRunner.query(`DROP TRIGGER audit_entry_append_only ON audit_entry`);
    await queryRunner.query(`DROP FUNCTION audit_entry_is_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "action_delegate" DROP CONSTRAINT "FK_fa7bd19de93dc4610fbf686bfa5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_delegate" DROP CONSTRAINT "FK_d6b10675da6758c634dbac86272"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP CONSTRAINT "FK_3a194b12d01edcd333659ab50a6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."action_carried_forward_once"`);
    await queryRunner.query(`DROP INDEX "public"."action_delegate_person"`);
    await queryRunner.query(`DROP TABLE "action_delegate"`);
    await queryRunner.query(`DROP INDEX "public"."session_user"`);
    await queryRunner.query(`DROP INDEX "public"."session_token_hash"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_person"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_entity"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_actor"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_occurred_at"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_266c7cfe6b47eece661c2550a0" ON "action" ("carried_forward_from_id") WHERE (carried_forward_from_id IS NOT NULL)`,
    );
  }
}
