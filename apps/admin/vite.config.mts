import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Libraries every page needs, each in a chunk of its own: they change less often than
 * the app, so a release leaves them in the browser's cache. Ant Design is left to the
 * page chunks that use it, so the login page fetches only the components it shows.
 */
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
  { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|optimism|graphql|rxjs|tslib|zen-observable)[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
];

// The platform serves dist/apps/admin at `/`; in development Vite serves the app and
// forwards the API to a platform started with `npm start` (PORT 3000 unless TUIJIN_API says otherwise).
export default defineConfig({
  root: here,
  base: '/',
  // The one workspace lib the app uses: the reasons a refusal gives, worded as the platform's
  // ledger files word them. Only it is named, so nothing of the server finds its way into the bundle.
  resolve: {
    alias: {
      '@tuijin/refusal-wording': fileURLToPath(new URL('../../libs/refusal-wording/src/index.ts', import.meta.url)),
    },
  },
  plugins: [
    react(),
    // compressed once here, at the best ratio, instead of on every request
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      threshold: 1024,
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/admin', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_GROUPS } } },
  },
  server: {
    host: '127.0.0.1',
    port: 4200,
    proxy: {
      '/graphql': process.env['TUIJIN_API'] ?? 'http://127.0.0.1:3000',
      '/files': process.env['TUIJIN_API'] ?? 'http://127.0.0.1:3000',
    },
  },
});
