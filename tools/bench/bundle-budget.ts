import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of Vite's build manifest (`build.manifest`). */
export interface ManifestChunk {
  file: string;
  /** The chunk's name: its source file's, without the extension. */
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface RouteSize {
  /** The lazy page module (its source path), or "(entry)" for what every route loads first. */
  route: string;
  /** Files the browser must fetch to show the route, entry included. */
  files: string[];
  gzipBytes: number;
}

/** The overview is the first page a signed-in user sees. */
export const INITIAL_ROUTE = 'src/features/overview/pages/overview-page.tsx';
export const INITIAL_ROUTE_BUDGET = 250 * 1024;

/**
 * The interface's messages, a chunk a language (named after src/i18n/en.json and cy.json) that the
 * entry imports dynamically: the dashboard's start loads the reader's language beside the page,
 * so the heavier of them counts towards every route.
 */
export const MESSAGES_CHUNK_NAMES = ['en', 'cy'];

/** A chunk's file, its CSS and everything it imports statically, recursively. */
export function staticClosure(
  manifest: Manifest,
  key: string,
  files = new Set<string>(),
): Set<string> {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files);
  return files;
}

/**
 * What each route costs on a first visit: the entry's closure, the messages in the heavier
 * language, and the lazy page's closure (lazily loaded parts of a page, such as its chart, are not
 * counted: they come after it renders).
 */
export function routeSizes(manifest: Manifest, sizeOf: (file: string) => number): RouteSize[] {
  // The dashboard's entry is its HTML page; the public pages' stylesheet is an entry of its own.
  const entryKey = Object.keys(manifest).find(
    (key) => manifest[key].isEntry && key.endsWith('index.html'),
  );
  if (!entryKey) throw new Error('The Vite manifest has no entry chunk');
  const total = (files: Set<string>) => [...files].reduce((sum, file) => sum + sizeOf(file), 0);
  const started = staticClosure(manifest, entryKey);
  const messages = Object.values(manifest)
    .filter((chunk) => started.has(chunk.file))
    .flatMap((chunk) => chunk.dynamicImports ?? [])
    .filter((key) => MESSAGES_CHUNK_NAMES.includes(manifest[key]?.name ?? ''));
  const entry =
    messages
      .map((key) => staticClosure(manifest, key, new Set(started)))
      .sort((a, b) => total(b) - total(a))[0] ?? started;
  const routes = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry && chunk.src?.includes('/pages/'))
    .map(([key, chunk]) => {
      const files = staticClosure(manifest, key, new Set(entry));
      return { route: chunk.src as string, files: [...files], gzipBytes: total(files) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return [{ route: '(entry)', files: [...entry], gzipBytes: total(entry) }, ...routes];
}

/** A problem message when the initial route is over its budget, otherwise null. */
export function budgetProblem(
  sizes: RouteSize[],
  budgetBytes = INITIAL_ROUTE_BUDGET,
  initialRoute = INITIAL_ROUTE,
): string | null {
  const initial = sizes.find((size) => size.route === initialRoute);
  if (!initial) return `The initial route ${initialRoute} is not a lazy page of the build`;
  if (initial.gzipBytes <= budgetBytes) return null;
  return `The initial route (${initialRoute}) is ${kb(initial.gzipBytes)} gzipped, over its budget of ${kb(budgetBytes)}: ${initial.files.join(', ')}`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Reads a finished build: its manifest and each file's gzipped size. */
export function measureBuild(outDir: string): RouteSize[] {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const cache = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!cache.has(file))
      cache.set(file, gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length);
    return cache.get(file) as number;
  };
  return routeSizes(manifest, sizeOf);
}
