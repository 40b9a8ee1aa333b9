// Builds the app into dist/: the main process and the preload with esbuild
// (the preload as one file: a sandboxed preload cannot require project
// files), the renderer with Vite.
import { copyFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

/** @type {import('esbuild').BuildOptions} */
const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, logLevel: 'warning' };

// import.meta.url, which a CommonJS bundle lacks, is this file's URL: modules find their neighbours by it (the analysis worker).
const importMetaUrl = { banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" }, define: { 'import.meta.url': '__importMetaUrl' } };
await esbuild({ ...common, ...importMetaUrl, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'sqlite3'] });
await esbuild({ ...common, entryPoints: ['electron/services/analysis-worker.ts'], outfile: 'dist/electron/analysis-worker.cjs' });
await esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
// The window's icon; the installers take build/icon.png through electron-builder, the page takes build/icon.svg.
copyFileSync('build/icon.png', 'dist/electron/icon.png');
console.log('Build klaar: dist/electron en dist/renderer.');
