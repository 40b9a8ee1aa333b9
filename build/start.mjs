// `npm start`: the built app in Electron. Where Electron cannot run (its
// runtime is downloaded on install, which fails without internet), the same
// app opens in browser mode instead, on the same network file in the
// user-data folder, with the same first-start choice.
// `npm start -- --empty` / `--demo` answer that choice; `--browser` asks for browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {(error: Error) => void} onError
 */
function run(command, commandArgs, onError) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root });
  child.on('error', onError);
  // Ctrl+C reaches the child through the terminal; a service manager's SIGTERM is passed on.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** @param {string | null} reason why Electron did not start (null: browser mode was asked for) */
function startInBrowser(reason) {
  if (reason) console.error(`Electron kan hier niet starten (${reason}); Spinweb opent daarom in de browser, met hetzelfde netwerk.`);
  const choice = args.filter((arg) => arg === '--demo' || arg === '--empty');
  // Only in a terminal: a script or CI gets the address, not a browser window.
  const open = process.stdout.isTTY ? ['--open'] : [];
  run(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'serve', '--app', ...choice, ...open], (error) => {
    console.error(`Spinweb kon ook in de browser niet starten: ${error.message}`);
    process.exit(1);
  });
}

if (args.includes('--browser')) {
  startInBrowser(null);
} else {
  // Resolved in a child process: the electron package fetches its runtime on first use, and
  // where that fails its download noise stays out of the terminal; one sentence says what happened.
  const resolved = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8' });
  if (resolved.status === 0 && resolved.stdout) {
    run(resolved.stdout, ['.', ...args], (error) => startInBrowser(error.message));
  } else {
    startInBrowser('de Electron-runtime ontbreekt en kon niet worden gedownload');
  }
}
