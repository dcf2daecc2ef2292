import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

import { sendPublicResponse, type PublicResponse } from './public-response';
import type { PublicSiteService } from './public-site.service';

/** The public site's addresses: its pages in either language, their feeds and the open data. */
const PUBLIC_ADDRESS = /^\/(en\/progress|cy\/cynnydd|open-data)(\/|$)/i;

/**
 * Browsers and CDNs may keep a page for a minute, then revalidate it with its ETag or
 * Last-Modified: a withdrawal reaches every reader within a minute, and a CDN in front can hold
 * the site on publication day.
 */
const PUBLIC_CACHING = 'public, max-age=60';

const isPublicRead = (method: string | undefined, path: string) =>
  (method === 'GET' || method === 'HEAD') && PUBLIC_ADDRESS.test(path);

/**
 * Serves the published site as Express middleware, ahead of the session, compression and Nest's
 * router: a reader needs none of them (answers are compressed already and no page reads a
 * session). Errors go on to Nest's exception filters, so a database outage is still a 503.
 */
export function servePublicSite(site: PublicSiteService): RequestHandler {
  return (request, response, next) => {
    if (!isPublicRead(request.method, request.path)) return next();
    site.respond(request.path).then((answer) => sendPublicAnswer(request, response, answer), next);
  };
}

/**
 * The published answer to a request, when it is a public read whose answer is made and current:
 * what can be sent as the request arrives, before Express (ADR 17). Anything else, the first
 * reader of a page included, goes through Express to `servePublicSite`.
 */
export function madePublicAnswer(
  site: PublicSiteService,
  request: IncomingMessage,
): PublicResponse | undefined {
  const path = request.url?.split('?', 1)[0] ?? '';
  return isPublicRead(request.method, path) ? site.made(path) : undefined;
}

/** Sends a published answer, cacheable by browsers and CDNs for a minute. */
export function sendPublicAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  answer: PublicResponse,
): void {
  sendPublicResponse(request, response, answer, PUBLIC_CACHING);
}
