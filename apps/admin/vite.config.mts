import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The platform serves dist/apps/admin at `/`; in development Vite serves the app and
// forwards the API to a platform started with `npm start` (PORT 3000 unless TUIJIN_API says otherwise).
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/admin', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
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
