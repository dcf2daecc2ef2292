import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

// Where `vite dev` sends API calls; API_URL points it at an API on another port.
const api = process.env['API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: `${workspaceRoot}node_modules/.vite/dashboard`,
  plugins: [react(), bundleBudget(`${workspaceRoot}dist/apps/dashboard`)],
  resolve: {
    // The one workspace library the dashboard uses; mirrors tsconfig.base.json's path.
    alias: { '@cynnydd/shared/domain': `${workspaceRoot}libs/shared/domain/src/index.ts` },
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
  build: {
    outDir: `${workspaceRoot}dist/apps/dashboard`,
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json maps each lazy route to its chunks, for the bundle budget.
    manifest: true,
  },
});
