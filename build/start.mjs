// Starts the built app in Electron. Extra arguments pass through, e.g.
// `npm start -- --empty` for an empty network on first start.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronBinary;
try {
  electronBinary = require('electron');
} catch (error) {
  // Electron fetches its runtime on first start; without internet that fails.
  console.error(`Electron kon niet worden geladen: ${error instanceof Error ? error.message : error}`);
  console.error('Electron downloadt zijn runtime bij de eerste start; controleer de internetverbinding en probeer het opnieuw.');
  process.exit(1);
}
const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`Electron kon niet starten: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code) => process.exit(code ?? 0));
