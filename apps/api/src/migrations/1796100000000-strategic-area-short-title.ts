import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The seven areas' short names, for tables and charts where the full title wraps over lines. */
const SHORT_TITLES: [number, string, string][] = [
  [1, 'Sharing best practice', 'Rhannu arferion gorau'],
  [2, 'Compassionate leadership', 'Arweinyddiaeth dosturiol'],
  [3, 'Careers campaigns', 'Ymgyrchoedd gyrfa'],
  [4, 'Workforce data', 'Data’r gweithlu'],
  [5, 'Workforce well-being', 'Llesiant y gweithlu'],
  [6, 'Welsh language (Mwy na geiriau)', 'Y Gymraeg (Mwy na geiriau)'],
  [7, 'Professional development', 'Datblygiad proffesiynol'],
];

/** `strategic_area.short_title_*`: a short bilingual name; the full title stays on the area's page. */
export class StrategicAreaShortTitle1796100000000 implements MigrationInterface {
  name = 'StrategicAreaShortTitle1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "strategic_area" ADD "short_title_en" text, ADD "short_title_cy" text`,
    );
    for (const [number, en, cy] of SHORT_TITLES) {
      await queryRunner.query(
        `UPDATE "strategic_area" SET "short_title_en" = $2, "short_title_cy" = $3 WHERE "number" = $1`,
        [number, en, cy],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "strategic_area" DROP COLUMN "short_title_cy", DROP COLUMN "short_title_en"`,
    );
  }
}
