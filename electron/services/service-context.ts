import type { Kysely } from 'kysely';
import type { Clock } from '../../shared/dates/clock';
import type { Schema } from '../database/schema';

/** What every service call needs: the database, who acts, and a clock. */
export interface ServiceContext {
  db: Kysely<Schema>;
  /** Recorded in the change log: `app`, `cli`, `demo`, `import`, ... */
  actor: string;
  /** The door's one clock: "now" and "today" for every service (tests fix it). */
  clock: Clock;
  newId: () => string;
  /** Makes a backup before a large change (an import); absent where the caller keeps its own copies (tests, CLI). */
  backup?: (reason: 'voor-import' | 'handmatig') => Promise<void>;
  /** The network file, where the app manages its backups; absent for in-memory callers. */
  databaseFile?: string;
  /** The network was opened to read only (damaged or write-protected): methods that write are refused before they start. */
  readOnly?: true;
}

export interface ServiceContextOptions {
  backup?: ServiceContext['backup'];
  databaseFile?: string;
  readOnly?: boolean;
}

export function createServiceContext(db: Kysely<Schema>, actor: string, clock: Clock, options: ServiceContextOptions = {}): ServiceContext {
  return { db, actor, clock, newId: () => globalThis.crypto.randomUUID(), ...(options.backup ? { backup: options.backup } : {}), ...(options.databaseFile ? { databaseFile: options.databaseFile } : {}), ...(options.readOnly ? { readOnly: true as const } : {}) };
}
