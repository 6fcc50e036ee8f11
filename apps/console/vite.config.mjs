// Built by tools/build.mjs (so `npm start` serves it) into dist/apps/console; the API serves it
// at / (apps/api/src/console/console.ts). `npx vite --config apps/console/vite.config.mjs` for a
// dev server on :5173 that proxies the API on :3000.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.LEDGER_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/console',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    // Rolldown's plugin-timing notice is noise in `npm start`'s output.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/console', '/log', '/health'].map((prefix) => [prefix, api]),
    ),
  },
});
