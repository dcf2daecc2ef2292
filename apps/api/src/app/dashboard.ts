import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isIPv6 } from 'node:net';
import { join } from 'node:path';
import { Logger, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

import { SESSION_COOKIE } from '@cynnydd/access/data-access';

/**
 * Paths the API answers itself (downloads and the drafts' public preview); everything else is a
 * dashboard page. The published site is answered before this (`servePublicSite`).
 */
const API_PATHS =
  /^\/((graphql|health|auth)(\/|$)|publications\/[^/]+\/preview\/|reports\/[^/]+\/export$|charts\/progress\/[^/]+$|audit\/export\.csv$|plans\/[^/]+\/(import|status-updates)-template\.xlsx$|measures\/values-template\.xlsx$|meetings\/[^/]+\/briefing\.docx$|partnership\/annual-report\.(docx|pdf)$)/;

/**
 * Serves the built dashboard from the API's own origin, so the session cookie and the API share
 * one site (no CORS, SameSite cookies just work). Unknown paths get index.html, for the
 * client-side router. Does nothing when the dashboard has not been built.
 */
export function serveDashboard(app: INestApplication, directory: string): boolean {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) return false;
  const express = app as NestExpressApplication;
  // Vite names every file under assets/ by its content's hash: a new build is a new name, so a
  // browser or CDN may keep them for a year without asking again. The build wrote each one
  // compressed too (.br, .gz): sent as written, where compressing it per request would keep the
  // event loop from the GraphQL requests a first visit makes (ADR 15). Nothing else of the build
  // is a file to serve (index.html, below, answers every page), so the API's requests pass on
  // without a file system lookup.
  express.use(
    '/assets',
    expressStaticGzip(join(directory, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: { immutable: true, maxAge: '365d' },
    }),
  );
  const renderPage = serverRendering(directory);
  express.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path)) return next();
    void renderPage(req).then((page) => {
      if (!page) {
        res.setHeader('Cache-Control', 'no-cache');
        return res.sendFile(index);
      }
      // The visitor's own data: kept by no cache but their browser's, and asked for again.
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('Vary', 'Cookie');
      res.type('html').send(page);
    }, next);
  });
  return true;
}

/** What the dashboard's server build exports (apps/dashboard/src/server/render-page.tsx). */
interface PageRenderer {
  renderPageDocument(request: {
    url: string;
    graphqlUrl: string;
    cookie: string;
    signal: AbortSignal;
  }): Promise<string | null>;
}

/** Beyond this the browser draws the page itself, as for a page the server does not draw. */
const SERVER_RENDER_TIMEOUT_MS = 5000;

const HAS_SESSION = new RegExp(`(^|;)\\s*${SESSION_COOKIE}=`);

/**
 * A signed-in visitor's first view of a page, drawn by the dashboard's server build when there is
 * one (ADR 20); null when the browser is to draw it (no build, no session, a page the build does
 * not draw, or a failure, which is logged). The page's queries come back to this process as the
 * visitor's own requests, through the same session, permission and logging as the browser's.
 */
function serverRendering(directory: string): (req: Request) => Promise<string | null> {
  const file = join(directory, 'server', 'render-page.cjs');
  if (!existsSync(file)) return () => Promise.resolve(null);
  const logger = new Logger('ServerRendering');
  let renderer: PageRenderer | undefined;
  return async (req) => {
    const cookie = req.headers.cookie;
    if (!cookie || !HAS_SESSION.test(cookie)) return null;
    const { localAddress = '127.0.0.1', localPort } = req.socket;
    const host = isIPv6(localAddress) ? `[${localAddress}]` : localAddress;
    try {
      // Loaded at the first signed-in page rather than at start-up: 8 MB that the API's own
      // tests and a server nobody signs in to need not read.
      renderer ??= createRequire(file)(file) as PageRenderer;
      return await renderer.renderPageDocument({
        url: req.originalUrl,
        graphqlUrl: `http://${host}:${localPort}/graphql`,
        cookie,
        signal: AbortSignal.timeout(SERVER_RENDER_TIMEOUT_MS),
      });
    } catch (error) {
      logger.warn(`${req.path} was not drawn on the server: ${String(error)}`);
      return null;
    }
  };
}

/** The dashboard build's entry for the public pages' stylesheet (vite.config.mts). */
export const PUBLIC_STYLESHEET_ENTRY = 'src/public-site.scss';

/**
 * The public pages' stylesheet as the dashboard build named it (with its content hash), from
 * Vite's manifest; null when the dashboard has not been built (the pages then come unstyled).
 */
export function publicStylesheet(directory: string): string | null {
  const manifest = join(directory, '.vite', 'manifest.json');
  if (!existsSync(manifest)) return null;
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { file: string }>;
  const entry = entries[PUBLIC_STYLESHEET_ENTRY];
  return entry ? `/${entry.file}` : null;
}
