import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { createLocalClient } from '../../electron/api/dispatch';
import { openDatabase, type OpenOptions, type SpinwebDatabase } from '../../electron/database/open-database';
import { createServiceContext, type ServiceContext } from '../../electron/services/service-context';
import type { ApiClient } from '../../shared/contract/api';
import type { Clock } from '../../shared/dates/clock';
import { testClock } from './test-clock';

export { testClock, testToday, tickingClock } from './test-clock';
import type { Result } from '../../shared/contract/result';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A fresh directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens (and migrates) a real SQLite file in a fresh directory; closed after the test. */
export async function openTempDatabase(options: OpenOptions & { file?: string } = {}): Promise<SpinwebDatabase> {
  const file = options.file ?? join(tempDir(), 'network.sqlite');
  const network = await openDatabase(file, options);
  let closed = false;
  const close = () => network.close();
  const tracked: SpinwebDatabase = {
    ...network,
    close: async () => {
      if (closed) return;
      closed = true;
      await close();
    },
  };
  cleanups.push(() => tracked.close());
  return tracked;
}

/**
 * A database for a whole test file (opened in beforeAll): the caller
 * disposes of it in afterAll, since per-test cleanup would close it early.
 */
export async function openSuiteDatabase(): Promise<{ network: SpinwebDatabase; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-suite-'));
  const network = await openDatabase(join(dir, 'network.sqlite'));
  return {
    network,
    dispose: async () => {
      await network.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  network: SpinwebDatabase;
  context: ServiceContext;
  api: ApiClient;
}

/** The API client every front door uses, over an open database. */
export function appFor(network: SpinwebDatabase, clock: Clock = testClock): TestApp {
  const context = createServiceContext(network.db, 'test', clock);
  return { network, context, api: createLocalClient(createHandlers(context)) };
}

/** A fresh database plus its API client. */
export async function openTestApp(clock: Clock = testClock): Promise<TestApp> {
  return appFor(await openTempDatabase(), clock);
}

/** Unwraps an API result, failing the test with the error message otherwise. */
export function ok<Value>(result: Result<Value>): Value {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Everything a closed database file and its WAL hold on disk: for "is it gone from the file?" tests. */
export function fileBytes(file: string): Buffer {
  return Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]);
}
