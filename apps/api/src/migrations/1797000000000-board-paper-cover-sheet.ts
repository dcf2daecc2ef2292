import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The programme office's starting defaults; changed in the dashboard (`updateBoardPaperSettings`). */
const DEFAULT_COVER_SHEET = {
  meeting: { name: { en: null, cy: null }, date: null, agendaItem: null },
  author: null,
  executiveSponsor: null,
  presenter: null,
  purpose: 'ASSURANCE',
  recommendation: {
    en: 'The Board is asked to NOTE the progress made in delivering the workforce strategy action plan, and the exceptions and the actions being taken on them.',
    cy: 'Gofynnir i’r Bwrdd NODI’r cynnydd a wnaed wrth gyflawni cynllun gweithredu’r strategaeth gweithlu, a’r eithriadau a’r camau sy’n cael eu cymryd yn eu cylch.',
  },
  summary: { en: null, cy: null },
  strategicObjectives: {
    en: 'A Healthier Wales: our Workforce Strategy for Health and Social Care (2020–2030), all seven strategic areas.',
    cy: 'Cymru Iachach: ein Strategaeth Gweithlu ar gyfer Iechyd a Gofal Cymdeithasol (2020–2030), pob un o’r saith maes strategol.',
  },
  impacts: {
    WELSH_LANGUAGE: {
      en: 'This paper is available in Welsh and in English. The strategy’s actions are delivered with the Welsh language and culture as a principle in every area.',
      cy: 'Mae’r papur hwn ar gael yn Gymraeg ac yn Saesneg. Caiff camau gweithredu’r strategaeth eu cyflawni gyda’r Gymraeg a diwylliant yn egwyddor ym mhob maes.',
    },
    WAYS_OF_WORKING: {
      en: 'The plan is long term and preventative, integrated across health and social care, and developed in collaboration and involvement with staff and trade unions in social partnership.',
      cy: 'Mae’r cynllun yn hirdymor ac yn ataliol, wedi’i integreiddio ar draws iechyd a gofal cymdeithasol, ac wedi’i ddatblygu drwy gydweithio a chynnwys staff a’r undebau llafur mewn partneriaeth gymdeithasol.',
    },
  },
};

/**
 * Board paper cover sheets (NHS Wales, SBAR style): each report carries its own, frozen with it
 * on issue (reports issued before have none); the programme office's defaults live in one row.
 */
export class BoardPaperCoverSheet1797000000000 implements MigrationInterface {
  name = 'BoardPaperCoverSheet1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."bilingual_layout" AS ENUM('SIDE_BY_SIDE', 'WELSH_THEN_ENGLISH')`,
    );
    await queryRunner.query(
      `CREATE TABLE "board_paper_settings" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "singleton" boolean NOT NULL DEFAULT true, "cover_sheet" jsonb NOT NULL, "layout" "public"."bilingual_layout" NOT NULL DEFAULT 'SIDE_BY_SIDE', "classification_en" text, "classification_cy" text, CONSTRAINT "board_paper_settings_one_row" UNIQUE ("singleton"), CONSTRAINT "board_paper_settings_singleton" CHECK ("singleton"), CONSTRAINT "PK_5f6c760ecd31ed84b64d9f77a18" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "board_paper_settings" ("version", "cover_sheet", "classification_en", "classification_cy")
       VALUES (1, $1, 'OFFICIAL', 'SWYDDOGOL')`,
      [JSON.stringify(DEFAULT_COVER_SHEET)],
    );
    await queryRunner.query(`ALTER TABLE "report" ADD "cover_sheet" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "cover_sheet"`);
    await queryRunner.query(`DROP TABLE "board_paper_settings"`);
    await queryRunner.query(`DROP TYPE "public"."bilingual_layout"`);
  }
}
