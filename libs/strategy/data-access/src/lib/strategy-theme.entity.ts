import { Column, Entity, PrimaryColumn } from 'typeorm';

import { BilingualColumns } from '@cynnydd/server/core';
import { Theme, ThemeKind } from '@cynnydd/shared/domain';

/** Wording of a principle or cross-cutting priority; the codes themselves are fixed in Theme. */
@Entity()
export class StrategyTheme {
  @PrimaryColumn({ type: 'enum', enum: Theme, enumName: 'theme' })
  code!: Theme;

  @Column({ type: 'enum', enum: ThemeKind, enumName: 'theme_kind' })
  kind!: ThemeKind;

  @Column(() => BilingualColumns)
  name!: BilingualColumns;

  @Column(() => BilingualColumns)
  description!: BilingualColumns;

  @Column({ type: 'smallint' })
  position!: number;
}
