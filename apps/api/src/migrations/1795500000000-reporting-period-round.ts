import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reporting periods can be closed (locking their updates) and reopened, with optimistic locking. */
export class ReportingPeriodRound1795500000000 implements MigrationInterface {
  name = 'ReportingPeriodRound1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reporting_period"
      ADD "closed_at" TIMESTAMP WITH TIME ZONE,
      ADD "reopen_reason" text,
      ADD "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      ADD "version" integer NOT NULL DEFAULT 1`);
    // Existing rows start at version 1; new rows get theirs from TypeORM, as for other tables.
    await queryRunner.query(`ALTER TABLE "reporting_period" ALTER COLUMN "version" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reporting_period"
      DROP COLUMN "version",
      DROP COLUMN "updated_at",
      DROP COLUMN "created_at",
      DROP COLUMN "reopen_reason",
      DROP COLUMN "closed_at"`);
  }
}
