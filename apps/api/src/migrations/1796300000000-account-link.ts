import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `account_link`: invitation and password reset links e-mailed to account holders (hashed). */
export class AccountLink1796300000000 implements MigrationInterface {
  name = 'AccountLink1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."account_link_purpose" AS ENUM('INVITATION', 'PASSWORD_RESET')`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "purpose" "public"."account_link_purpose" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_account_link" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_link_token_hash" ON "account_link" ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "account_link_user" ON "account_link" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "account_link" ADD CONSTRAINT "FK_c733122ab222996a0d6cb19cc2e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_link"`);
    await queryRunner.query(`DROP TYPE "public"."account_link_purpose"`);
  }
}
