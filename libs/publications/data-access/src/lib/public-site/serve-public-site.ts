import type { RequestHandler } from 'express';

import { sendPublicResponse } from './public-response';
import type { PublicSiteService } from './public-site.service';

/** The public site's addresses: its pages in either language, their feeds and the open data. */
const PUBLIC_ADDRESS = /^\/(en\/progress|cy\/cynnydd|open-data)(\/|$)/i;

/**
 * Browsers and CDNs may keep a page for a minute, then revalidate it with its ETag or
 * Last-Modified: a withdrawal reaches every reader within a minute, and a CDN in front can hold
 * the site on publication day.
 */
const PUBLIC_CACHING = 'public, max-age=60';

/**
 * Serves the published site as Express middleware, ahead of the session, compression and Nest's
 * router: a reader needs none of them (answers are compressed already and no page reads a
 * session), and on publication day each of them was CPU taken from the signed-in dashboard.
 * Errors go on to Nest's exception filters, so a database outage is still a 503.
 */
export function servePublicSite(site: PublicSiteService): RequestHandler {
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!PUBLIC_ADDRESS.test(request.path)) return next();
    site
      .respond(request.path)
      .then((answer) => sendPublicResponse(request, response, answer, PUBLIC_CACHING), next);
  };
}
