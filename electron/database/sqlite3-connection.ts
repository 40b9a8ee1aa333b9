import type { CompiledQuery} from 'kysely';
import { DeleteQueryNode, InsertQueryNode, UpdateQueryNode, type DatabaseConnection, type QueryResult } from 'kysely';
import type { Database as Sqlite3Database } from 'sqlite3';

/**
 * A write without RETURNING: `run` reports the changed rows and the rowid.
 * Everything else (selects, RETURNING, raw SQL, pragmas) goes through `all`.
 */
function isPlainWrite(compiledQuery: CompiledQuery): boolean {
  const node = compiledQuery.query;
  if (InsertQueryNode.is(node) || UpdateQueryNode.is(node) || DeleteQueryNode.is(node)) {
    return node.returning === undefined;
  }
  return false;
}

/** Kysely's view of the one `sqlite3` connection. */
export class Sqlite3Connection implements DatabaseConnection {
  readonly #db: Sqlite3Database;

  constructor(db: Sqlite3Database) {
    this.#db = db;
  }

  executeQuery<Row>(compiledQuery: CompiledQuery): Promise<QueryResult<Row>> {
    const { sql, parameters } = compiledQuery;
    const values = [...parameters];
    if (isPlainWrite(compiledQuery)) {
      return new Promise((resolve, reject) => {
        this.#db.run(sql, values, function (error) {
          if (error) return reject(error);
          resolve({ rows: [], numAffectedRows: BigInt(this.changes), insertId: BigInt(this.lastID) });
        });
      });
    }
    return new Promise((resolve, reject) => {
      this.#db.all(sql, values, (error, rows) => {
        if (error) return reject(error);
        resolve({ rows: rows as Row[] });
      });
    });
  }

  async *streamQuery<Row>(compiledQuery: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<Row>> {
    // sqlite3 has no cursor across await points; read once, hand out in chunks.
    const { rows } = await this.executeQuery<Row>(compiledQuery);
    for (let start = 0; start < rows.length; start += chunkSize) {
      yield { rows: rows.slice(start, start + chunkSize) };
    }
  }
}
