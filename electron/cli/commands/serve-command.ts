import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../../api/handlers';
import { loopbackHost, startBridge } from '../../http/bridge-server';
import { makeBackup } from '../../database/backups';
import { openSafely } from '../../database/open-safely';
import { localToday } from '../../../shared/dates/local-today';
import { applyCasusRetention } from '../../services/casus-retention';
import { createServiceContext } from '../../services/service-context';
import { parseCommandArguments, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import type { CliIo, CommandOutput } from './command';

export const serveUsage = 'serve --db FILE [--port N]                                toont het netwerk in de browser (alleen op 127.0.0.1)';

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

export async function serveCommand(args: string[], io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, port: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireOption(values.db, 'db');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port moet een poortnummer zijn (0-65535), niet "${values.port}".`);
  if (!existsSync(join(builtRendererDir, 'index.html'))) {
    io.stderr('De gebruikersinterface is nog niet gebouwd; dat gebeurt nu eenmalig…');
    await buildRenderer();
  }
  // As the desktop app starts: checked, and backed up daily; a damaged file opens read-only here (restore with `restore`).
  const { network, readOnly } = await openSafely(file, {
    now: () => new Date(),
    onDamage: async (report) => {
      io.stderr(`Het netwerkbestand is beschadigd (${report.detail}); het opent alleen-lezen. ${report.latestGood ? `Terugzetten van de reservekopie van ${report.latestGood.at}: npm run cli -- restore --db ${file}` : 'Er is geen goede reservekopie.'}`);
      return 'read-only';
    },
  });
  try {
    // As the desktop app does at every start: closed casussen past their retention period are anonymised.
    const retention = readOnly ? { anonymised: [] } : await applyCasusRetention(createServiceContext(network.db, 'bewaartermijn'), { today: localToday(), dryRun: false });
    if (retention.anonymised.length > 0) io.stderr(`Bewaartermijn: ${retention.anonymised.length} afgesloten casussen geanonimiseerd.`);
    const bridge = await startBridge({ handlers: createHandlers(createServiceContext(network.db, 'browser', async (reason) => void (await makeBackup(network, reason, new Date())), network.file)), rendererDir: builtRendererDir, port });
    io.stdout(values.json ? JSON.stringify({ url: bridge.url, host: loopbackHost, port: bridge.port }) : `Spinweb draait op ${bridge.url}\nOpen dit adres in de browser; stop met Ctrl+C.`);
    await untilStopped();
    await bridge.close();
    return { json: { stopped: true }, text: 'Spinweb gestopt.' };
  } finally {
    await network.close();
  }
}
