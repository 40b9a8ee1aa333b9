import type { Kysely } from 'kysely';
import type { Schema } from '../database/schema';

/**
 * One `create()`d thing per network connection, made on first use: every
 * door to one connection (API, CLI) shares it, and it goes with the
 * connection (a weak map).
 */
export function perNetwork<Thing extends object>(create: () => Thing): (db: Kysely<Schema>) => Thing {
  const things = new WeakMap<Kysely<Schema>, Thing>();
  return (db) => {
    let thing = things.get(db);
    if (!thing) {
      thing = create();
      things.set(db, thing);
    }
    return thing;
  };
}
