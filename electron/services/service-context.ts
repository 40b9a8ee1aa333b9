import type { Kysely } from 'kysely';
import type { Schema } from '../database/schema';

/** What every service call needs: the database, who acts, and a clock. */
export interface ServiceContext {
  db: Kysely<Schema>;
  /** Recorded in the change log: `app`, `cli`, `demo`, `import`, ... */
  actor: string;
  now: () => Date;
  newId: () => string;
}

export function createServiceContext(db: Kysely<Schema>, actor: string): ServiceContext {
  return { db, actor, now: () => new Date(), newId: () => globalThis.crypto.randomUUID() };
}
