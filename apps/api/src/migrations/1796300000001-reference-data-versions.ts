import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People, organisations and strategic areas carry a version (and when they last changed), as
 * actions do, so an edit made against an older one is refused.
 */
export class ReferenceDataVersions1796300000001 implements MigrationInterface {
  name = 'ReferenceDataVersions1796300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "strategic_area" ADD "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    for (const table of ['person', 'organisation', 'strategic_area']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ADD "version" integer NOT NULL DEFAULT 1`,
      );
      // Every existing row starts at version 1; TypeORM sets it on insert from now on.
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "version" DROP DEFAULT`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategic_area" DROP COLUMN "created_at"`);
    for (const table of ['person', 'organisation', 'strategic_area']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" DROP COLUMN "version", DROP COLUMN "updated_at"`,
      );
    }
  }
}
