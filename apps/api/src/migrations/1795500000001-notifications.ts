import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notices with an e-mail copy for each (see libs/notifications). */

export class Notifications1795500000001 implements MigrationInterface {
  name = 'Notifications1795500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('PERIOD_OPENED', 'UPDATE_REMINDER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."email_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'NOT_CONFIGURED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "link" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "read_at" TIMESTAMP WITH TIME ZONE, "email_status" "public"."email_status" NOT NULL, "emailed_at" TIMESTAMP WITH TIME ZONE, "email_error" character varying(500), "subject_en" text, "subject_cy" text, "body_en" text, "body_cy" text, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_recipient_latest" ON "notification" ("recipient_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`,
    );
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_latest"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."email_status"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
