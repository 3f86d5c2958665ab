/**
 * Build of the annotation app into web/dist, served by `kie label`
 * (`vite build web`: the folder is the root). Everything is bundled, no CDN, so the
 * app works offline.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { fs: { allow: ['..'] } },
  logLevel: 'warn',
});
