import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

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
  express.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
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
