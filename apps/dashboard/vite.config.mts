import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import babel, { defineRolldownBabelPreset } from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
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

/**
 * The client preset's Babel plugin rewrites each `graphql(\`...\`)` call in src/features into
 * an import of that one document from src/gql/graphql.ts, so the bundle no longer carries the
 * map of every document's source text (src/gql/gql.ts) and unused documents are dropped. The
 * filter (checked by Rolldown before any JavaScript runs) keeps Babel to the few files that
 * call `graphql(`. Jest does not go through Vite and keeps using the map.
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
    ],
  },
  rolldown: {
    filter: { id: /[\\/]src[\\/]features[\\/].+\.tsx?$/, code: /\bgraphql\(\s*`/ },
  },
});

/** Fails the build when the map of every document is bundled again (a call Babel missed). */
function noDocumentMap(): Plugin {
  const map = fileURLToPath(new URL('src/gql/gql.ts', import.meta.url));
  let carrier: string | undefined;
  return {
    name: 'cynnydd-no-document-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      carrier = Object.values(bundle).find(
        (chunk) => chunk.type === 'chunk' && chunk.moduleIds.includes(map),
      )?.fileName;
    },
    // Here rather than in generateBundle, whose error the budget's closeBundle would hide.
    closeBundle() {
      if (carrier)
        throw new Error(`${carrier} bundles src/gql/gql.ts: a graphql() call was not rewritten`);
    },
  };
}

/** What turns the pages' source into JavaScript, for the browser and the server alike. */
const pagePlugins = () => [babel({ presets: [graphqlDocuments] }), react(), noDocumentMap()];

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
