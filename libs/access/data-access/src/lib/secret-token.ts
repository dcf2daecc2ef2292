import { createHash, randomBytes } from 'node:crypto';

/** A random token for a cookie or an e-mailed link: 256 bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this SHA-256 of a token is stored, so a copy of the database cannot be used to sign in. */
export function secretTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
