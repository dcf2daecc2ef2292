import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
// Where `vite dev` sends API calls; API_URL points it at an API on another port.
const api = process.env['API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: `${workspaceRoot}node_modules/.vite/dashboard`,
  plugins: [react()],
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
  },
});
