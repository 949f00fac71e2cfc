import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import app from '../../../apps/admin/vite.config.mts';

/** The admin app as it was served before it was split: one script with every page in it (the benchmark's baseline). */
export default mergeConfig(app, {
  build: {
    outDir: fileURLToPath(new URL('../../../tmp/bench/admin-one-piece', import.meta.url)),
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
