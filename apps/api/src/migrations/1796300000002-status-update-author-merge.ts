import type { MigrationInterface, QueryRunner } from 'typeorm';

const REFUSE = `RAISE EXCEPTION 'status updates are append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';`;

/**
 * Status updates stay append-only, with one exception: when an administrator merges two records
 * of one person (DirectoryService.mergePeople sets `cynnydd.merging_people` for its
 * transaction), an update may come to name the person kept as its author, nothing else changed.
 */
export class StatusUpdateAuthorMerge1796300000002 implements MigrationInterface {
  name = 'StatusUpdateAuthorMerge1796300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION status_update_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('cynnydd.merging_people', true) = 'on'
           AND to_jsonb(OLD) - 'author_id' = to_jsonb(NEW) - 'author_id' THEN
          RETURN NEW;
        END IF;
        ${REFUSE}
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION status_update_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${REFUSE}
      END $$`);
  }
}
