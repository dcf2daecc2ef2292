import type { EntityManager } from 'typeorm';

import { hashPassword, User } from '@cynnydd/access/data-access';
import { Role, ROLE_LABELS } from '@cynnydd/shared/domain';

/**
 * Demo accounts, one per role, created only by the demo seed (which production refuses).
 * The password is published in the README and printed by `npm start`.
 */
export const DEMO_PASSWORD = 'cynnydd-demo-2026';

export const DEMO_USERS: { email: string; role: Role; personKey: string | null }[] = [
  { email: 'admin@cynnydd.example.wales', role: Role.ADMIN, personKey: null },
  {
    email: 'elin.roberts@socialcare.example.wales',
    role: Role.PROGRAMME_OFFICE,
    personKey: 'elin.roberts',
  },
  { email: 'ceri.morgan@heiw.example.wales', role: Role.LEAD, personKey: 'ceri.morgan' },
  { email: 'nia.williams@socialcare.example.wales', role: Role.LEAD, personKey: 'nia.williams' },
  { email: 'owain.davies@gov.example.wales', role: Role.BOARD_MEMBER, personKey: 'owain.davies' },
  { email: 'karen.lloyd@unison.example.org', role: Role.VIEWER, personKey: 'karen.lloyd' },
];

export async function insertDemoUsers(
  manager: EntityManager,
  personIdByKey: Map<string, string>,
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await manager.insert(
    User,
    DEMO_USERS.map((user) => ({
      email: user.email,
      role: user.role,
      personId: user.personKey ? (personIdByKey.get(user.personKey) ?? null) : null,
      passwordHash,
    })),
  );
}

export function demoSignInHelp(): string {
  const width = Math.max(...DEMO_USERS.map((user) => user.email.length));
  return [
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((user) => `  ${user.email.padEnd(width)}  ${ROLE_LABELS[user.role].en}`),
  ].join('\n');
}
