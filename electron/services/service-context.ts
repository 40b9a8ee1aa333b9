import type { Kysely } from 'kysely';
import type { Schema } from '../database/schema';

/** What every service call needs: the database, who acts, and a clock. */
export interface ServiceContext {
  db: Kysely<Schema>;
  /** Recorded in the change log: `app`, `cli`, `demo`, `import`, ... */
  actor: string;
  now: () => Date;
  newId: () => string;
  /** Makes a backup before a large change (an import); absent where the caller keeps its own copies (tests, CLI). */
  backup?: (reason: 'voor-import' | 'handmatig') => Promise<void>;
  /** The network file, where the app manages its backups; absent for in-memory callers. */
  databaseFile?: string;
}

export function createServiceContext(db: Kysely<Schema>, actor: string, backup?: ServiceContext['backup'], databaseFile?: string): ServiceContext {
  return { db, actor, now: () => new Date(), newId: () => globalThis.crypto.randomUUID(), ...(backup ? { backup } : {}), ...(databaseFile ? { databaseFile } : {}) };
}
