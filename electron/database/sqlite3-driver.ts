import { CompiledQuery, type DatabaseConnection, type Driver, type QueryCompiler } from 'kysely';
import type { Database as Sqlite3Database } from 'sqlite3';
import { ConnectionMutex } from './connection-mutex';
import { Sqlite3Connection } from './sqlite3-connection';

function savepointSql(command: 'savepoint' | 'rollback to' | 'release', name: string): CompiledQuery {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid savepoint name: ${name}`);
  return CompiledQuery.raw(`${command} ${name}`);
}

/**
 * Kysely driver over one `sqlite3` connection, holding Kysely's
 * single-connection lock: a transaction owns the connection until it ends.
 */
export class Sqlite3Driver implements Driver {
  readonly #mutex = new ConnectionMutex();
  readonly #db: Sqlite3Database;
  readonly #connection: Sqlite3Connection;

  constructor(db: Sqlite3Database) {
    this.#db = db;
    this.#connection = new Sqlite3Connection(db);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock up front: no SQLITE_BUSY halfway a transaction.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string, _compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(savepointSql('savepoint', name));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, _compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(savepointSql('rollback to', name));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, _compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(savepointSql('release', name));
  }

  async destroy(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.#db.close((error) => (error ? reject(error) : resolve())));
  }
}
