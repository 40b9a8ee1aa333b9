import { SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type DatabaseIntrospector, type Dialect, type DialectAdapter, type Driver, type Kysely, type QueryCompiler } from 'kysely';
import type { Database as Sqlite3Database } from 'sqlite3';
import { Sqlite3Driver } from './sqlite3-driver';

/**
 * Kysely dialect for the `sqlite3` package. Kysely's built-in SqliteDialect
 * expects better-sqlite3's synchronous API; this one reuses its adapter,
 * query compiler and introspector and brings its own async driver.
 *
 * @example
 * const raw = await openSqlite3('network.sqlite');
 * const db = new Kysely<Schema>({ dialect: new Sqlite3Dialect(raw) });
 */
export class Sqlite3Dialect implements Dialect {
  readonly #db: Sqlite3Database;

  constructor(db: Sqlite3Database) {
    this.#db = db;
  }

  createDriver(): Driver {
    return new Sqlite3Driver(this.#db);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
