import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A public answer made once and served many times: the body with its compressed forms, and the
 * validators (ETag, Last-Modified) a browser or CDN revalidates with.
 */
export interface PublicResponse {
  status: number;
  contentType: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
  lastModified: Date | null;
  headers: Record<string, string>;
  /** Shown in frames on the sites its Content-Security-Policy's frame-ancestors names. */
  framable: boolean;
}

export function publicResponse(
  status: number,
  contentType: string,
  text: string,
  lastModified: Date | null,
  headers: Record<string, string> = {},
  framable = false,
): PublicResponse {
  const body = Buffer.from(text, 'utf8');
  return {
    status,
    contentType,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    lastModified,
    headers,
    framable,
  };
}
