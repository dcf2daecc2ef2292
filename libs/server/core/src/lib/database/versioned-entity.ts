import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** When a row was created and last changed, and its version for optimistic locking. */
export abstract class VersionedEntity {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
