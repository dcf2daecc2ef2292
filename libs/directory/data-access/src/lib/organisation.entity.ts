import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { OrganisationType } from '@cynnydd/shared/domain';

@Entity()
export class Organisation extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short stable code, e.g. HEIW, SCW, WG. */
  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type!: OrganisationType;

  @Column(() => BilingualColumns)
  name!: BilingualColumns;
}
