import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED_TABLES = [
  'engagement_record',
  'engagement_partner',
  'partnership_statement',
  'partnership_assessment',
  'partnership_score',
];

/**
 * The starting statements of the partnership behaviours self-assessment, after the NHS
 * Partnership Behaviours Audit Tool's themes; the programme office edits, reorders or retires
 * them (the forums' tip: commit to continuous improvement).
 */
const STATEMENTS: [string, string][] = [
  [
    'We treat each other with trust and respect, whichever side of the table we sit on.',
    'Rydym yn trin ein gilydd ag ymddiriedaeth a pharch, ba ochr bynnag i’r bwrdd yr ydym yn eistedd.',
  ],
  [
    'We share information openly, including when the news is difficult.',
    'Rydym yn rhannu gwybodaeth yn agored, gan gynnwys pan fo’r newyddion yn anodd.',
  ],
  [
    'Emerging issues are discussed with the trade unions early, before decisions are made.',
    'Caiff materion sy’n dod i’r amlwg eu trafod â’r undebau llafur yn gynnar, cyn gwneud penderfyniadau.',
  ],
  [
    'No surprises: partners hear first from each other about changes that affect staff.',
    'Dim syrpreisys: mae partneriaid yn clywed gan ei gilydd yn gyntaf am newidiadau sy’n effeithio ar staff.',
  ],
  [
    'Promises are kept: what we agree at the forum is done.',
    'Caiff addewidion eu cadw: mae’r hyn a gytunwn yn y fforwm yn cael ei wneud.',
  ],
  [
    'We share accountability for outcomes, with clear lines of accountability between the forum and each organisation.',
    'Rydym yn rhannu atebolrwydd am ganlyniadau, gyda llinellau atebolrwydd clir rhwng y fforwm a phob sefydliad.',
  ],
];

export class Partnership1796700000000 implements MigrationInterface {
  name = 'Partnership1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."engagement_outcome" AS ENUM('CONSENSUS', 'COMPROMISE', 'NO_AGREEMENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "engagement_record" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid, "measure_id" uuid, "risk_id" uuid, "plan_id" uuid, "engaged_on" date NOT NULL, "forum_id" uuid, "meeting_id" uuid, "outcome" "public"."engagement_outcome" NOT NULL, "consulted_on_en" text, "consulted_on_cy" text, "agreed_en" text, "agreed_cy" text, "disagreement_en" text, "disagreement_cy" text, "next_steps_en" text, "next_steps_cy" text, CONSTRAINT "engagement_record_no_agreement_explained" CHECK ("outcome" <> 'NO_AGREEMENT' OR (("disagreement_en" IS NOT NULL OR "disagreement_cy" IS NOT NULL) AND ("next_steps_en" IS NOT NULL OR "next_steps_cy" IS NOT NULL))), CONSTRAINT "engagement_record_compromise_agreed" CHECK ("outcome" <> 'COMPROMISE' OR ("agreed_en" IS NOT NULL OR "agreed_cy" IS NOT NULL)), CONSTRAINT "engagement_record_consulted_on" CHECK (("consulted_on_en" IS NOT NULL OR "consulted_on_cy" IS NOT NULL)), CONSTRAINT "engagement_record_one_subject" CHECK (num_nonnulls("action_id", "measure_id", "risk_id", "plan_id") = 1), CONSTRAINT "PK_b89b3b129bba304e0efefa8a9ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9ba11b1c91fd632f51dfcaf522" ON "engagement_record" ("action_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eda05109937af5c852a8b3c94b" ON "engagement_record" ("measure_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dc784f7e405bdbe623749dc375" ON "engagement_record" ("risk_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8cc4d281dc8b09e395fc188e21" ON "engagement_record" ("plan_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_10ad2c9c1b88b4afd004b303ac" ON "engagement_record" ("forum_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_27eaa40862bbc77da81ad3d87d" ON "engagement_record" ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "engagement_record_engaged_on" ON "engagement_record" ("engaged_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "engagement_partner" ("engagement_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_3182638467eeb21c34f58572dbc" PRIMARY KEY ("engagement_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6ffc29a98b8d68ff8a30b1d904" ON "engagement_partner" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_statement" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "position" smallint NOT NULL, "active" boolean NOT NULL DEFAULT true, "text_en" text, "text_cy" text, CONSTRAINT "partnership_statement_position" UNIQUE ("position"), CONSTRAINT "partnership_statement_has_text" CHECK ("text_en" IS NOT NULL OR "text_cy" IS NOT NULL), CONSTRAINT "PK_b4d6def6ac8ced2e9fac4dd0b48" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_assessment" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "meeting_id" uuid, "assessed_on" date NOT NULL, CONSTRAINT "PK_e8846a0b1fda6440e3581ca3080" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d9ee7305e839ba27d699adfbc2" ON "partnership_assessment" ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_assessment_forum_date" ON "partnership_assessment" ("forum_id", "assessed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_score" ("assessment_id" uuid NOT NULL, "statement_id" uuid NOT NULL, "score" smallint NOT NULL, "comment_en" text, "comment_cy" text, CONSTRAINT "partnership_score_on_scale" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_f9ec7ee1e5776053deba16ed58a" PRIMARY KEY ("assessment_id", "statement_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_027a740380bdd75e3d5e8ee5ae" ON "partnership_score" ("statement_id") `,
    );
    await queryRunner.query(`ALTER TABLE "annual_plan" ADD "partnership_waiver_en" text`);
    await queryRunner.query(`ALTER TABLE "annual_plan" ADD "partnership_waiver_cy" text`);
    await queryRunner.query(
      `ALTER TABLE "action" ADD "needs_partnership_consultation" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" ADD CONSTRAINT "FK_9ba11b1c91fd632f51dfcaf5222" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" ADD CONSTRAINT "FK_eda05109937af5c852a8b3c94bf" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" ADD CONSTRAINT "FK_dc784f7e405bdbe623749dc375e" FOREIGN KEY ("risk_id") REFERENCES "risk"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" ADD CONSTRAINT "FK_8cc4d281dc8b09e395fc188e21a" FOREIGN KEY ("plan_id") REFERENCES "annual_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" ADD CONSTRAINT "FK_10ad2c9c1b88b4afd004b303ac6" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" ADD CONSTRAINT "FK_27eaa40862bbc77da81ad3d87d5" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_partner" ADD CONSTRAINT "FK_e43d128f6a4a357b7a0fbc05d05" FOREIGN KEY ("engagement_id") REFERENCES "engagement_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_partner" ADD CONSTRAINT "FK_6ffc29a98b8d68ff8a30b1d9047" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_assessment" ADD CONSTRAINT "FK_0ce1cea98a6b868ac87f4f3842e" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_assessment" ADD CONSTRAINT "FK_d9ee7305e839ba27d699adfbc24" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_score" ADD CONSTRAINT "FK_ae5efb014384fb1465d5f986637" FOREIGN KEY ("assessment_id") REFERENCES "partnership_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_score" ADD CONSTRAINT "FK_027a740380bdd75e3d5e8ee5aef" FOREIGN KEY ("statement_id") REFERENCES "partnership_statement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const [index, [en, cy]] of STATEMENTS.entries()) {
      await queryRunner.query(
        `INSERT INTO partnership_statement (position, text_en, text_cy, version) VALUES ($1, $2, $3, 1)`,
        [index + 1, en, cy],
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
    await queryRunner.query(
      `ALTER TABLE "partnership_score" DROP CONSTRAINT "FK_027a740380bdd75e3d5e8ee5aef"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_score" DROP CONSTRAINT "FK_ae5efb014384fb1465d5f986637"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_assessment" DROP CONSTRAINT "FK_d9ee7305e839ba27d699adfbc24"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_assessment" DROP CONSTRAINT "FK_0ce1cea98a6b868ac87f4f3842e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_partner" DROP CONSTRAINT "FK_6ffc29a98b8d68ff8a30b1d9047"`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_partner" DROP CONSTRAINT "FK_e43d128f6a4a357b7a0fbc05d05"`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" DROP CONSTRAINT "FK_27eaa40862bbc77da81ad3d87d5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" DROP CONSTRAINT "FK_10ad2c9c1b88b4afd004b303ac6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" DROP CONSTRAINT "FK_8cc4d281dc8b09e395fc188e21a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" DROP CONSTRAINT "FK_dc784f7e405bdbe623749dc375e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" DROP CONSTRAINT "FK_eda05109937af5c852a8b3c94bf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_record" DROP CONSTRAINT "FK_9ba11b1c91fd632f51dfcaf5222"`,
    );
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "needs_partnership_consultation"`);
    await queryRunner.query(`ALTER TABLE "annual_plan" DROP COLUMN "partnership_waiver_cy"`);
    await queryRunner.query(`ALTER TABLE "annual_plan" DROP COLUMN "partnership_waiver_en"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_027a740380bdd75e3d5e8ee5ae"`);
    await queryRunner.query(`DROP TABLE "partnership_score"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_assessment_forum_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d9ee7305e839ba27d699adfbc2"`);
    await queryRunner.query(`DROP TABLE "partnership_assessment"`);
    await queryRunner.query(`DROP TABLE "partnership_statement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ffc29a98b8d68ff8a30b1d904"`);
    await queryRunner.query(`DROP TABLE "engagement_partner"`);
    await queryRunner.query(`DROP INDEX "public"."engagement_record_engaged_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27eaa40862bbc77da81ad3d87d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10ad2c9c1b88b4afd004b303ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8cc4d281dc8b09e395fc188e21"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc784f7e405bdbe623749dc375"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eda05109937af5c852a8b3c94b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ba11b1c91fd632f51dfcaf522"`);
    await queryRunner.query(`DROP TABLE "engagement_record"`);
    await queryRunner.query(`DROP TYPE "public"."engagement_outcome"`);
  }
}
