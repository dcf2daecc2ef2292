import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sign-in attempts in the current window for one throttle key (client address and email). */
@Entity()
export class ThrottleCounter {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
