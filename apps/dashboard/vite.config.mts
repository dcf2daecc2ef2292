import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PluginObj } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import babel, { defineRolldownBabelPreset } from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { defineConfig, normalizePath, type Plugin, type UserConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

import { budgetProblem, kb, measureBuild } from '../../tools/bench/bundle-budget';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Fails the build when the initial route (the overview, with the entry it needs) is over
 * 250 KB gzipped; prints every route's size. See docs/performance.md.
 */
function bundleBudget(outDir: string): Plugin {
  return {
    name: 'cynnydd-bundle-budget',
    apply: 'build',
    closeBundle() {
      const sizes = measureBuild(outDir);
      const problem = budgetProblem(sizes);
      if (problem) throw new Error(problem);
      const initial = sizes.find((size) => size.route.includes('overview-page'));
      this.info(`initial route ${kb(initial?.gzipBytes ?? 0)} gzipped (budget 250 KB)`);
    },
  };
}

const generatedDocuments = fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url));
/** An import of src/gql/graphql.ts, every generated document and type. */
const GENERATED_DOCUMENTS_IMPORT = /[\\/]gql[\\/]graphql(?:\.ts)?$/;
/** How a page asks for one generated document: `…/gql/graphql?document=ActionDocument`. */
const DOCUMENT_QUERY = /[\\/]gql[\\/]graphql(?:\.ts)?\?document=(\w+)$/;
const DOCUMENT_MODULE = '\0cynnydd-document:';

/**
 * Babel, after the client preset's plugin: each document that plugin imports from
 * src/gql/graphql.ts is asked for as a module of its own (`documentsApart` makes it).
 */
function documentImportsApart(): PluginObj {
  return {
    visitor: {
      ImportDeclaration({ node }) {
        const [specifier, ...others] = node.specifiers;
        if (
          !GENERATED_DOCUMENTS_IMPORT.test(node.source.value) ||
          node.importKind === 'type' ||
          others.length > 0 ||
          specifier?.type !== 'ImportSpecifier' ||
          specifier.importKind === 'type' ||
          specifier.imported.type !== 'Identifier'
        )
          return;
        node.source.value = `${node.source.value}?document=${specifier.imported.name}`;
      },
    },
  };
}

/**
 * The client preset's Babel plugin rewrites each `graphql(\`...\`)` call in src/features into
 * an import of that one document, so the bundle no longer carries the map of every document's
 * source text (src/gql/gql.ts); `documentImportsApart` then makes each import a module of its
 * own, so a page's chunk carries the documents it uses rather than every page sharing one chunk
 * of them all. The filter (checked by Rolldown before any JavaScript runs) keeps Babel to the
 * few files that call `graphql(`. Jest does not go through Vite and keeps using the map.
 * See docs/adr/0010-graphql-documents-tree-shaken.md.
 */
const graphqlDocuments = defineRolldownBabelPreset({
  preset: {
    plugins: [
      [
        babelOptimizerPlugin,
        {
          artifactDirectory: fileURLToPath(new URL('src/gql', import.meta.url)),
          gqlTagName: 'graphql',
        },
      ],
      documentImportsApart,
    ],
  },
  rolldown: {
    filter: { id: /[\\/]src[\\/]features[\\/].+\.tsx?$/, code: /\bgraphql\(\s*`/ },
  },
});

/** Each document's object literal in src/gql/graphql.ts, as codegen and Prettier write it. */
function readDocuments(): Map<string, string> {
  const source = readFileSync(generatedDocuments, 'utf8');
  const found = new Map(
    [
      ...source.matchAll(
        /^export const (\w+) = (\{\r?\n(?:(?!\nexport )[\s\S])*?\n\}) as unknown as DocumentNode</gm,
      ),
    ].map(([, name, literal]) => [name, literal]),
  );
  const written = source.match(/ as unknown as DocumentNode</g)?.length ?? 0;
  if (found.size !== written) {
    throw new Error(
      `read ${found.size} of the ${written} documents in src/gql/graphql.ts: its form has changed`,
    );
  }
  return found;
}

/** One module per generated document, for the imports `documentImportsApart` wrote. */
function documentsApart(): Plugin {
  let documents: Map<string, string> | undefined;
  return {
    name: 'cynnydd-documents-apart',
    // Before Vite's own resolver, which would load the whole file once per document asked for.
    enforce: 'pre',
    resolveId: {
      filter: { id: DOCUMENT_QUERY },
      handler: (source) => `${DOCUMENT_MODULE}${DOCUMENT_QUERY.exec(source)?.[1]}`,
    },
    load: {
      filter: { id: new RegExp(`^${DOCUMENT_MODULE}`) },
      handler(id) {
        this.addWatchFile(generatedDocuments);
        documents ??= readDocuments();
        const name = id.slice(DOCUMENT_MODULE.length);
        const literal = documents.get(name);
        if (!literal) this.error(`${name} is not a document in src/gql/graphql.ts`);
        return `export const ${name} = ${literal};`;
      },
    },
    watchChange(id) {
      if (normalizePath(id) === normalizePath(generatedDocuments)) documents = undefined;
    },
  };
}

/**
 * Fails the build when the map of every document (a call Babel missed) or the module of every
 * document (an import not made apart) is bundled again.
 */
function noDocumentMap(): Plugin {
  const wholes = [fileURLToPath(new URL('src/gql/gql.ts', import.meta.url)), generatedDocuments];
  let carrier: string | undefined;
  return {
    name: 'cynnydd-no-document-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      carrier = Object.values(bundle).find(
        (chunk) =>
          chunk.type === 'chunk' && wholes.some((whole) => chunk.moduleIds.includes(whole)),
      )?.fileName;
    },
    // Here rather than in generateBundle, whose error the budget's closeBundle would hide.
    closeBundle() {
      if (carrier)
        throw new Error(
          `${carrier} bundles every GraphQL document: use documents through graphql() calls, which are made apart`,
        );
    },
  };
}

/** What turns the pages' source into JavaScript, for the browser and the server alike. */
const pagePlugins = () => [
  babel({ presets: [graphqlDocuments] }),
  documentsApart(),
  react(),
  noDocumentMap(),
];

// Where `vite dev` sends API calls; API_URL points it at an API on another port.
const api = process.env['API_URL'] ?? 'http://127.0.0.1:3000';

/**
 * `vite build --ssr`: the code that draws a signed-in page on the server (ADR 20), one CommonJS
 * file with its libraries inside, which the API loads with require (also under Jest) beside the
 * browser's build.
 */
const serverBuild = {
  plugins: pagePlugins(),
  ssr: { noExternal: true },
  // React's and Apollo's production builds, whatever NODE_ENV the API runs with.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: `${workspaceRoot}dist/apps/dashboard/server`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: fileURLToPath(new URL('src/server/render-page.tsx', import.meta.url)),
      output: { format: 'cjs', entryFileNames: 'render-page.cjs', codeSplitting: false },
    },
  },
} satisfies UserConfig;

const sharedConfig = {
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: `${workspaceRoot}node_modules/.vite/dashboard`,
  resolve: {
    // The workspace libraries the dashboard uses; mirrors tsconfig.base.json's paths.
    alias: {
      '@cynnydd/shared/domain': `${workspaceRoot}libs/shared/domain/src/index.ts`,
      '@cynnydd/shared/govuk': `${workspaceRoot}libs/shared/govuk/src/index.ts`,
    },
  },
  css: {
    // govuk-frontend keeps an old Internet Explorer media-query hack that Lightning CSS rejects.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      // govuk-frontend 5 still uses Sass @import; its deprecation warnings are not ours to fix.
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 4200,
    // Same origin as in production, so the API's session cookie and CSRF rules apply as-is.
    proxy: { '/graphql': api, '/auth': api },
  },
} satisfies UserConfig;

/** The browser's build: every page, compressed, within the bundle budget. */
const browserBuild = {
  plugins: [
    ...pagePlugins(),
    // Each script, stylesheet and picture also as .br and .gz beside it, which the API sends as
    // they are (express-static-gzip): compressing them per request held up a first visit's
    // scripts and the GraphQL requests behind them on the API's event loop (ADR 15).
    compression({
      include: /\.(js|css|svg|html)$/,
      threshold: 1024,
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
    }),
    bundleBudget(`${workspaceRoot}dist/apps/dashboard`),
  ],
  build: {
    outDir: `${workspaceRoot}dist/apps/dashboard`,
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json maps each lazy route to its chunks, for the bundle budget, and names
    // the public pages' stylesheet for the API (apps/api/src/app/dashboard.ts).
    manifest: true,
    rolldownOptions: {
      // The shared domain library only declares labels, rules and chart definitions: a page that
      // uses none of a module's exports need not carry it (ADR 13).
      treeshake: {
        moduleSideEffects: [{ test: /libs[\\/]shared[\\/]domain[\\/]/, sideEffects: false }],
      },
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        'public-site': fileURLToPath(new URL('src/public-site.scss', import.meta.url)),
        // What a page drawn on the server loads instead of index.html's entry (ADR 20).
        'start-after-paint': fileURLToPath(new URL('src/start-after-paint.ts', import.meta.url)),
      },
    },
  },
} satisfies UserConfig;

export default defineConfig(({ isSsrBuild }) => ({
  ...sharedConfig,
  ...(isSsrBuild ? serverBuild : browserBuild),
}));
