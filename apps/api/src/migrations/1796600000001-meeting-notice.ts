import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Meeting notices and briefing notes are dashboard notifications too (NotificationKind). */
export class MeetingNotice1796600000001 implements MigrationInterface {
  name = 'MeetingNotice1796600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('PERIOD_OPENED', 'UPDATE_REMINDER', 'MEETING_NOTICE', 'MEETING_BRIEFING')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::"text"::"public"."notification_kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind_old"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The older type has no such kind: those notices go with it.
    await queryRunner.query(
      `DELETE FROM "notification" WHERE "kind" IN ('MEETING_NOTICE', 'MEETING_BRIEFING')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_old" AS ENUM('PERIOD_OPENED', 'UPDATE_REMINDER')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(
      `ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`,
    );
  }
}
