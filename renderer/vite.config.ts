import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The app icon (build/icon.svg, the one source of every icon) as the page's icon.svg: the browser tab asks for no favicon.ico. */
function appIcon(): Plugin {
  return {
    name: 'spinweb-app-icon',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'icon.svg', source: readFileSync(fileURLToPath(new URL('../build/icon.svg', import.meta.url))) });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), appIcon()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The CSP forbids inline scripts and styles: keep everything in files.
    assetsInlineLimit: 0,
  },
});
