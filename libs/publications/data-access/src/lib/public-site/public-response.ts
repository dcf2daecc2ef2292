import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import accepts from 'accepts';
import fresh from 'fresh';

import { contentEtag } from '@cynnydd/server/core';

// Compressed on libuv's threads: brotli at its best quality takes tens of milliseconds a page,
// which on the event loop would hold up every signed-in request as a publication goes out.
const gzipped = promisify(gzip);
const brotliCompressed = promisify(brotliCompress);

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

export async function publicResponse(
  status: number,
  contentType: string,
  text: string,
  lastModified: Date | null,
  headers: Record<string, string> = {},
  framable = false,
): Promise<PublicResponse> {
  const body = Buffer.from(text, 'utf8');
  const [gzipForm, brotliForm] = await Promise.all([
    gzipped(body, { level: 9 }),
    brotliCompressed(body, { params: { [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return {
    status,
    contentType,
    body,
    gzip: gzipForm,
    brotli: brotliForm,
    etag: contentEtag(body),
    lastModified,
    headers,
    framable,
  };
}

/**
 * Sends a prepared answer: 304 when the reader's copy is current, else its best encoding. Node's
 * own request and response, so it serves before Express too (`madePublicAnswer`, ADR 17).
 */
export function sendPublicResponse(
  request: IncomingMessage,
  response: ServerResponse,
  answer: PublicResponse,
  caching: string,
): void {
  if (answer.framable) {
    // Framed by the organisations' websites: the CSP's frame-ancestors says which, and the older
    // X-Frame-Options (SAMEORIGIN from helmet) would refuse them.
    response.removeHeader('x-frame-options');
  }
  const headers: OutgoingHttpHeaders = {
    'content-type': answer.contentType,
    'cache-control': caching,
    vary: 'Accept-Encoding',
    etag: answer.etag,
    ...(answer.lastModified ? { 'last-modified': answer.lastModified.toUTCString() } : {}),
    ...answer.headers,
  };
  const current = fresh(request.headers, {
    etag: answer.etag,
    'last-modified': answer.lastModified?.toUTCString(),
  });
  if (current && answer.status === 200) {
    response.writeHead(304, headers).end();
    return;
  }
  const encoding = accepts(request).encodings(['br', 'gzip', 'identity']);
  if (encoding === 'br' || encoding === 'gzip') headers['content-encoding'] = encoding;
  response
    .writeHead(answer.status, headers)
    .end(encoding === 'br' ? answer.brotli : encoding === 'gzip' ? answer.gzip : answer.body);
}
