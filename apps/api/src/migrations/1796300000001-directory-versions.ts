import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People and organisations carry a version (and when they last changed), as actions do. */
export class DirectoryVersions1796300000001 implements MigrationInterface {
  name = 'DirectoryVersions1796300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['person', 'organisation']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ADD "version" integer NOT NULL DEFAULT 1`,
      );
      // Every existing row starts at version 1; TypeORM sets it on insert from now on.
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "version" DROP DEFAULT`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['person', 'organisation']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" DROP COLUMN "version", DROP COLUMN "updated_at"`,
      );
    }
  }
}
