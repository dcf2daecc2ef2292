import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { BilingualLayout } from '@cynnydd/shared/domain';

import type { CoverSheet } from './cover-sheet';

/** The programme office's board paper defaults: one row (made by the migration), changed rarely. */
@Entity()
@Unique('board_paper_settings_one_row', ['singleton'])
@Check('board_paper_settings_singleton', '"singleton"')
export class BoardPaperSettings extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always true, and unique: there is only ever one row. */
  @Column({ default: true })
  singleton!: boolean;

  @Column({ type: 'jsonb' })
  coverSheet!: CoverSheet;

  @Column(() => BilingualColumns)
  classification!: BilingualColumns;

  @Column({
    type: 'enum',
    enum: BilingualLayout,
    enumName: 'bilingual_layout',
    default: BilingualLayout.SIDE_BY_SIDE,
  })
  layout!: BilingualLayout;
}
