import { createHash } from 'node:crypto';

/**
 * A strong ETag for an answer's bytes: the same answer has the same one whenever and on whichever
 * instance it is made, so a browser's or CDN's copy is revalidated rather than sent again.
 */
export function contentEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
