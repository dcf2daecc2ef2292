import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Binds an account to the identity-provider account first used to sign in with it. */
export class OidcSubject1795415107919 implements MigrationInterface {
  name = 'OidcSubject1795415107919';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "oidc_subject" character varying(512)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "app_user_oidc_subject" ON "app_user" ("oidc_subject") WHERE "oidc_subject" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."app_user_oidc_subject"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "oidc_subject"`);
  }
}
