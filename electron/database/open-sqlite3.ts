import sqlite3 from 'sqlite3';

/** Opens (or creates) a SQLite file through the `sqlite3` package. */
export function openSqlite3(file: string, mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (error) => (error ? reject(error) : resolve(db)));
  });
}

export function closeSqlite3(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

export function allRows<Row>(db: sqlite3.Database, statement: string, values: unknown[] = []): Promise<Row[]> {
  return new Promise((resolve, reject) => db.all(statement, values, (error, rows) => (error ? reject(error) : resolve(rows as Row[]))));
}

/** SQLite's answer when another connection holds the lock (another program writing, a long import) beyond the busy timeout. */
export function isBusyError(error: unknown): boolean {
  return error instanceof Error && /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i.test(error.message);
}
