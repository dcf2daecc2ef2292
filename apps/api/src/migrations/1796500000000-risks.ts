import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED_TABLES = [
  'risk',
  'risk_area',
  'risk_action',
  'risk_mitigation',
  'risk_review',
  'risk_appetite',
];

/**
 * Starting appetites: the highest current score accepted per category before a risk goes to the
 * oversight board. The operational group changes them (setRiskAppetite) as the boards decide.
 */
const DEFAULT_APPETITES: [string, number][] = [
  ['WORKFORCE', 12],
  ['FINANCIAL', 8],
  ['DELIVERY', 12],
  ['PARTNERSHIP', 10],
  ['INFORMATION', 8],
  ['COMPLIANCE', 6],
  ['REPUTATION', 8],
];

/**
 * The risk register: risks and issues scored on the 5 × 5 matrix, their areas, linked actions,
 * mitigating follow-ups, reviews and the appetite per category. Reviews are append-only as status
 * updates are, with the same exception for merging people; every table notifies the response
 * cache of changes (DataChangeNotify1795700000001).
 */
export class Risks1796500000000 implements MigrationInterface {
  name = 'Risks1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."risk_kind" AS ENUM('RISK', 'ISSUE')`);
    await queryRunner.query(
      `CREATE TYPE "public"."risk_category" AS ENUM('WORKFORCE', 'FINANCIAL', 'DELIVERY', 'PARTNERSHIP', 'INFORMATION', 'COMPLIANCE', 'REPUTATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "risk" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(12) NOT NULL, "kind" "public"."risk_kind" NOT NULL DEFAULT 'RISK', "category" "public"."risk_category" NOT NULL, "owner_id" uuid NOT NULL, "inherent_likelihood" smallint NOT NULL, "inherent_consequence" smallint NOT NULL, "current_likelihood" smallint NOT NULL, "current_consequence" smallint NOT NULL, "target_likelihood" smallint, "target_consequence" smallint, "target_date" date, "review_every_months" smallint NOT NULL DEFAULT '3', "next_review_due" date NOT NULL, "escalated_on" date, "escalated_by_id" uuid, "closed_on" date, "raised_from_update_id" uuid, "title_en" text, "title_cy" text, "description_en" text, "description_cy" text, "controls_en" text, "controls_cy" text, "impact_en" text, "impact_cy" text, "escalation_reason_en" text, "escalation_reason_cy" text, "closed_reason_en" text, "closed_reason_cy" text, "resolution_en" text, "resolution_cy" text, CONSTRAINT "risk_review_interval" CHECK ("review_every_months" IN (1, 3, 6, 12)), CONSTRAINT "risk_escalated_by_someone" CHECK (("escalated_on" IS NULL) = ("escalated_by_id" IS NULL)), CONSTRAINT "risk_closed_with_reason" CHECK ("closed_on" IS NULL OR "closed_reason_en" IS NOT NULL OR "closed_reason_cy" IS NOT NULL), CONSTRAINT "risk_target_whole" CHECK (("target_likelihood" IS NULL) = ("target_consequence" IS NULL) AND ("target_likelihood" IS NULL) = ("target_date" IS NULL)), CONSTRAINT "risk_scores_on_matrix" CHECK (("inherent_likelihood" IS NULL OR "inherent_likelihood" BETWEEN 1 AND 5) AND ("inherent_consequence" IS NULL OR "inherent_consequence" BETWEEN 1 AND 5) AND ("current_likelihood" IS NULL OR "current_likelihood" BETWEEN 1 AND 5) AND ("current_consequence" IS NULL OR "current_consequence" BETWEEN 1 AND 5) AND ("target_likelihood" IS NULL OR "target_likelihood" BETWEEN 1 AND 5) AND ("target_consequence" IS NULL OR "target_consequence" BETWEEN 1 AND 5)), CONSTRAINT "risk_has_title" CHECK ("title_en" IS NOT NULL OR "title_cy" IS NOT NULL), CONSTRAINT "PK_955c5a23813b1704181c9a5f7c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "risk_reference" ON "risk" ("reference") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_a320c2e6d4a86e5b324d2363d1" ON "risk" ("owner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_739226cbe9d850ada5bb1350eb" ON "risk" ("raised_from_update_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "risk_open_by_score" ON "risk" ("current_likelihood", "current_consequence") WHERE "closed_on" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_area" ("risk_id" uuid NOT NULL, "area_id" uuid NOT NULL, CONSTRAINT "PK_7df35f6101f00ee778c3eb7d7c6" PRIMARY KEY ("risk_id", "area_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_15b3bdc5d0e743962d5ee11388" ON "risk_area" ("area_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."risk_action_role" AS ENUM('THREATENS', 'MITIGATES')`,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_action" ("risk_id" uuid NOT NULL, "action_id" uuid NOT NULL, "role" "public"."risk_action_role" NOT NULL, CONSTRAINT "PK_0cbed7e3867b2fc588d932b5494" PRIMARY KEY ("risk_id", "action_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_76a7ed0ac57ec776cd0db80005" ON "risk_action" ("action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_mitigation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "risk_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "due_date" date NOT NULL, "completed_on" date, "description_en" text, "description_cy" text, CONSTRAINT "PK_9eeec2443a661e8815a5c30085d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_71f66901c0412149e3641018dc" ON "risk_mitigation" ("risk_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9ac1fb42d42d019d6f4b84663f" ON "risk_mitigation" ("owner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "risk_id" uuid NOT NULL, "likelihood" smallint NOT NULL, "consequence" smallint NOT NULL, "reviewer_id" uuid NOT NULL, "reviewed_on" date NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "commentary_en" text, "commentary_cy" text, CONSTRAINT "risk_review_on_matrix" CHECK ("likelihood" BETWEEN 1 AND 5 AND "consequence" BETWEEN 1 AND 5), CONSTRAINT "PK_439e613a2766fbcdcc87a61af84" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3b9883b6a720dd546e87efc503" ON "risk_review" ("reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "risk_review_history" ON "risk_review" ("risk_id", "reviewed_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_appetite" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "category" "public"."risk_category" NOT NULL, "appetite" smallint NOT NULL, CONSTRAINT "risk_appetite_on_matrix" CHECK ("appetite" BETWEEN 1 AND 25), CONSTRAINT "PK_risk_appetite" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "risk_appetite_category" ON "risk_appetite" ("category") `,
    );
    await queryRunner.query(
      `ALTER TABLE "risk" ADD CONSTRAINT "FK_a320c2e6d4a86e5b324d2363d19" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk" ADD CONSTRAINT "FK_b620494a835d4333b1f71ddb8d6" FOREIGN KEY ("escalated_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk" ADD CONSTRAINT "FK_739226cbe9d850ada5bb1350eb5" FOREIGN KEY ("raised_from_update_id") REFERENCES "status_update"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_area" ADD CONSTRAINT "FK_04d9c574790ff919e8e196a591e" FOREIGN KEY ("risk_id") REFERENCES "risk"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_area" ADD CONSTRAINT "FK_15b3bdc5d0e743962d5ee113883" FOREIGN KEY ("area_id") REFERENCES "strategic_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_action" ADD CONSTRAINT "FK_6de6b714f875d7396a7d8e8bf4d" FOREIGN KEY ("risk_id") REFERENCES "risk"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_action" ADD CONSTRAINT "FK_76a7ed0ac57ec776cd0db800059" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_mitigation" ADD CONSTRAINT "FK_71f66901c0412149e3641018dca" FOREIGN KEY ("risk_id") REFERENCES "risk"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_mitigation" ADD CONSTRAINT "FK_9ac1fb42d42d019d6f4b84663f2" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_review" ADD CONSTRAINT "FK_cb07e966e8e5b8bb5c8bc26699a" FOREIGN KEY ("risk_id") REFERENCES "risk"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_review" ADD CONSTRAINT "FK_3b9883b6a720dd546e87efc503e" FOREIGN KEY ("reviewer_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO risk_appetite (category, appetite, version) SELECT category, appetite, 1 FROM unnest($1::risk_category[], $2::smallint[]) AS d(category, appetite)`,
      [
        DEFAULT_APPETITES.map(([category]) => category),
        DEFAULT_APPETITES.map(([, appetite]) => appetite),
      ],
    );
    await queryRunner.query(`
      CREATE FUNCTION risk_review_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('cynnydd.merging_people', true) = 'on'
           AND to_jsonb(OLD) - 'reviewer_id' = to_jsonb(NEW) - 'reviewer_id' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'risk reviews are append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER risk_review_append_only BEFORE UPDATE OR DELETE ON risk_review
      FOR EACH ROW EXECUTE FUNCTION risk_review_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER risk_review_no_truncate BEFORE TRUNCATE ON risk_review
      FOR EACH STATEMENT EXECUTE FUNCTION risk_review_is_append_only()`);
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
    await queryRunner.query(`DROP TRIGGER risk_review_no_truncate ON risk_review`);
    await queryRunner.query(`DROP TRIGGER risk_review_append_only ON risk_review`);
    await queryRunner.query(`DROP FUNCTION risk_review_is_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "risk_review" DROP CONSTRAINT "FK_3b9883b6a720dd546e87efc503e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_review" DROP CONSTRAINT "FK_cb07e966e8e5b8bb5c8bc26699a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_mitigation" DROP CONSTRAINT "FK_9ac1fb42d42d019d6f4b84663f2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_mitigation" DROP CONSTRAINT "FK_71f66901c0412149e3641018dca"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_action" DROP CONSTRAINT "FK_76a7ed0ac57ec776cd0db800059"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_action" DROP CONSTRAINT "FK_6de6b714f875d7396a7d8e8bf4d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_area" DROP CONSTRAINT "FK_15b3bdc5d0e743962d5ee113883"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_area" DROP CONSTRAINT "FK_04d9c574790ff919e8e196a591e"`,
    );
    await queryRunner.query(`ALTER TABLE "risk" DROP CONSTRAINT "FK_739226cbe9d850ada5bb1350eb5"`);
    await queryRunner.query(`ALTER TABLE "risk" DROP CONSTRAINT "FK_b620494a835d4333b1f71ddb8d6"`);
    await queryRunner.query(`ALTER TABLE "risk" DROP CONSTRAINT "FK_a320c2e6d4a86e5b324d2363d19"`);
    await queryRunner.query(`DROP INDEX "public"."risk_appetite_category"`);
    await queryRunner.query(`DROP TABLE "risk_appetite"`);
    await queryRunner.query(`DROP INDEX "public"."risk_review_history"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3b9883b6a720dd546e87efc503"`);
    await queryRunner.query(`DROP TABLE "risk_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ac1fb42d42d019d6f4b84663f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_71f66901c0412149e3641018dc"`);
    await queryRunner.query(`DROP TABLE "risk_mitigation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_76a7ed0ac57ec776cd0db80005"`);
    await queryRunner.query(`DROP TABLE "risk_action"`);
    await queryRunner.query(`DROP TYPE "public"."risk_action_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15b3bdc5d0e743962d5ee11388"`);
    await queryRunner.query(`DROP TABLE "risk_area"`);
    await queryRunner.query(`DROP INDEX "public"."risk_open_by_score"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_739226cbe9d850ada5bb1350eb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a320c2e6d4a86e5b324d2363d1"`);
    await queryRunner.query(`DROP INDEX "public"."risk_reference"`);
    await queryRunner.query(`DROP TABLE "risk"`);
    await queryRunner.query(`DROP TYPE "public"."risk_category"`);
    await queryRunner.query(`DROP TYPE "public"."risk_kind"`);
  }
}
