import { existsSync, rmSync } from 'node:fs';
import { openDatabase, type SpinwebDatabase } from '../database/open-database';
import type { ApiClient } from '../../shared/contract/api';
import { AppError, type Result } from '../../shared/contract/result';
import { systemClock, type Clock } from '../../shared/dates/clock';
import { createLocalClient } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createServiceContext, type ServiceContextOptions } from '../services/service-context';
import type { CliIo } from './commands/command';

/** Opens the database, runs `work`, and always closes the file again. */
export async function withDatabase<Result>(file: string, work: (network: SpinwebDatabase) => Promise<Result>): Promise<Result> {
  const network = await openDatabase(file);
  try {
    return await work(network);
  } finally {
    await network.close();
  }
}

/**
 * The API client over an open network, built as every door builds it: a
 * command reads and writes records through the same contract, checks and
 * policies (the casus access log) as the app.
 */
export function cliApi(network: SpinwebDatabase, clock: Clock = systemClock, options: ServiceContextOptions & { actor?: string } = {}): ApiClient {
  const { actor = 'cli', ...contextOptions } = options;
  return createLocalClient(createHandlers(createServiceContext(network.db, actor, clock, { databaseFile: network.file, ...contextOptions })));
}

/** What an API call answered; its Dutch error becomes the command's. */
export function answered<Value>(result: Result<Value>): Value {
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value;
}

/**
 * For commands that write (`import`, `import-json`, `handover-import`,
 * `demo`): a `--db` file that does not exist becomes a new, empty network
 * (migrated, default taxonomies, no demo), which is said on stderr. When the
 * work fails, or was a dry run, the new file goes again: a failed first
 * import leaves nothing behind. `created` tells the work whether the network
 * is new.
 */
export async function withNetworkToWrite<Result>(file: string, io: CliIo, work: (network: SpinwebDatabase, created: boolean) => Promise<Result>, options: { dryRun?: boolean } = {}): Promise<Result> {
  const created = !existsSync(file);
  let succeeded = false;
  try {
    const result = await withDatabase(file, (network) => work(network, created));
    succeeded = true;
    return result;
  } finally {
    if (created && (!succeeded || options.dryRun)) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
    } else if (created) {
      io.stderr(`Nieuw, leeg netwerk aangemaakt: ${file}`);
    }
  }
}
