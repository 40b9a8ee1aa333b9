import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../../../shared/dates/clock';
import { createHandlers } from '../../api/handlers';
import { openNetworkForUse, userNetworkFile, type FirstNetworkChoice } from '../../app/open-network-for-use';
import { defaultUserDataDir } from '../../app/user-data-dir';
import { makeBackup } from '../../database/backups';
import { loopbackHost, startBridge } from '../../http/bridge-server';
import { createServiceContext } from '../../services/service-context';
import { parseCommandArguments } from '../arguments';
import { UsageError } from '../cli-error';
import type { CliIo, CommandOutput } from './command';

export const serveUsage = 'serve (--db FILE | --app) [--demo | --empty] [--port N] [--open]  toont het netwerk in de browser (alleen op 127.0.0.1)';

/** The built renderer, next to the sources: dist/renderer. */
export const builtRendererDir = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/** Builds the renderer into dist/renderer with the project's Vite config (development checkouts only). */
async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url)), logLevel: 'error' });
}

/** Resolves when the process is asked to stop (Ctrl+C or a service manager). */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** Opens the address in the default browser, where the machine has one; silent where it has none. */
function openInBrowser(url: string): void {
  const [command, ...args] = process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url] : [process.platform === 'darwin' ? 'open' : 'xdg-open', url];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

/**
 * A file that does not exist yet: `--demo` or `--empty` says what it becomes;
 * in a terminal the broker is asked, as the desktop app asks at first start.
 * Otherwise nothing is created: a typo in `--db` must not open an empty network.
 */
function firstNetworkChooser(file: string, flags: { demo?: boolean | undefined; empty?: boolean | undefined }, io: CliIo): () => Promise<FirstNetworkChoice> {
  return async () => {
    if (flags.demo) return 'demo';
    if (flags.empty) return 'empty';
    if (!process.stdin.isTTY) throw new UsageError(`${file} bestaat nog niet. Start met --empty voor een nieuw, leeg netwerk of met --demo voor het demonetwerk Rotterdam Noord.`);
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    try {
      io.stderr(`${file} bestaat nog niet. Waarmee wil je beginnen?\n  1  Demonetwerk Rotterdam Noord (verzonnen, om de app te leren kennen)\n  2  Leeg netwerk\n  3  Niets: stoppen`);
      const answer = (await prompt.question('Keuze [1]: ')).trim();
      if (answer === '' || answer === '1') return 'demo';
      if (answer === '2') return 'empty';
      throw new UsageError('Er is geen netwerk aangemaakt.');
    } finally {
      prompt.close();
    }
  };
}

export async function serveCommand(args: string[], io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(
    args,
    { db: { type: 'string' }, app: { type: 'boolean' }, demo: { type: 'boolean' }, empty: { type: 'boolean' }, port: { type: 'string' }, open: { type: 'boolean' }, json: { type: 'boolean' } },
    { min: 0, max: 0 },
  );
  if ((values.db === undefined) === (values.app !== true)) throw new UsageError('Geef --db FILE (een netwerkbestand) of --app (het netwerk van de app), niet allebei.');
  if (values.demo && values.empty) throw new UsageError('Kies --demo of --empty, niet allebei.');
  const file = values.db ?? userNetworkFile(defaultUserDataDir());
  // The app's own folder is made as Electron makes it; a --db folder must exist (a typo is no new folder).
  if (values.app) mkdirSync(dirname(file), { recursive: true });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port moet een poortnummer zijn (0-65535), niet "${values.port}".`);
  if (!existsSync(join(builtRendererDir, 'index.html'))) {
    io.stderr('De gebruikersinterface is nog niet gebouwd; dat gebeurt nu eenmalig…');
    await buildRenderer();
  }
  // As the desktop app starts: checked, backed up daily, retention applied; a damaged file opens read-only here (restore with `restore`).
  const { network, readOnly, anonymisedCasussen, backupWarning, writeProtected } = await openNetworkForUse(file, {
    clock: systemClock,
    chooseFirstNetwork: firstNetworkChooser(file, values, io),
    onDamage: async (report) => {
      io.stderr(`Het netwerkbestand is beschadigd (${report.detail}); het opent alleen-lezen. ${report.latestGood ? `Terugzetten van de reservekopie van ${report.latestGood.at}: npm run cli -- restore --db ${file}` : 'Er is geen goede reservekopie.'}`);
      return 'read-only';
    },
  });
  try {
    if (backupWarning) io.stderr(backupWarning);
    if (writeProtected) io.stderr(writeProtected);
    if (anonymisedCasussen > 0) io.stderr(`Bewaartermijn: ${anonymisedCasussen} afgesloten casussen geanonimiseerd.`);
    const backup = async (reason: 'voor-import' | 'handmatig') => {
      await makeBackup(network, reason, systemClock.now());
    };
    const bridge = await startBridge({ handlers: createHandlers(createServiceContext(network.db, 'browser', systemClock, { backup, databaseFile: network.file, readOnly: network.readOnly })), rendererDir: builtRendererDir, port });
    io.stdout(values.json ? JSON.stringify({ url: bridge.url, host: loopbackHost, port: bridge.port, file, readOnly }) : `Spinweb draait op ${bridge.url}\nNetwerk: ${file}\nOpen dit adres in de browser; stop met Ctrl+C.`);
    if (values.open) openInBrowser(bridge.url);
    await untilStopped();
    await bridge.close();
    return { json: { stopped: true }, text: 'Spinweb gestopt.' };
  } finally {
    await network.close();
  }
}
