import { hash, verify } from 'argon2';
import type { EntityManager } from 'typeorm';

import { badUserInput } from '@cynnydd/server/core';
import { passwordProblem } from '@cynnydd/shared/domain';

/** argon2id with the library's defaults (OWASP's recommended parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of nothing, verified against when an account does not exist so timing gives nothing away. */
const DECOY = hash('decoy password that matches nothing');

export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await DECOY, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

export function assertAcceptablePassword(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw badUserInput(field, problem);
}

/**
 * Stores a new hash with plain SQL: a password change is the account holder's, not an edit an
 * administrator could conflict with, so the account's version is left alone.
 */
export async function setPasswordHash(
  manager: EntityManager,
  userId: string,
  passwordHash: string,
) {
  await manager.query('UPDATE app_user SET password_hash = $1 WHERE id = $2', [
    passwordHash,
    userId,
  ]);
}
