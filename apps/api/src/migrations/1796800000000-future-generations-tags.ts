import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tags actions and measures with the Well-being of Future Generations (Wales) Act 2015's seven
 * well-being goals and five ways of working.
 */
export class FutureGenerationsTags1796800000000 implements MigrationInterface {
  name = 'FutureGenerationsTags1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."well_being_goal" AS ENUM('PROSPEROUS', 'RESILIENT', 'HEALTHIER', 'MORE_EQUAL', 'COHESIVE_COMMUNITIES', 'VIBRANT_CULTURE_WELSH_LANGUAGE', 'GLOBALLY_RESPONSIBLE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."way_of_working" AS ENUM('LONG_TERM', 'PREVENTION', 'INTEGRATION', 'COLLABORATION', 'INVOLVEMENT')`,
    );
    for (const table of ['action', 'measure']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "well_being_goals" "public"."well_being_goal" array NOT NULL DEFAULT '{}'`,
      );
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "ways_of_working" "public"."way_of_working" array NOT NULL DEFAULT '{}'`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['measure', 'action']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "ways_of_working"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "well_being_goals"`);
    }
    await queryRunner.query(`DROP TYPE "public"."way_of_working"`);
    await queryRunner.query(`DROP TYPE "public"."well_being_goal"`);
  }
}
