import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-ins started at the identity provider, awaiting its callback. */
export class OidcLogin1795414198947 implements MigrationInterface {
  name = 'OidcLogin1795414198947';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "oidc_login" ("state" character varying(64) NOT NULL, "nonce" character varying(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_470343f1a89538c10b5bfea5e11" PRIMARY KEY ("state"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "oidc_login"`);
  }
}
