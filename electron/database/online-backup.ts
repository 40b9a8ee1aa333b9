import type sqlite3 from 'sqlite3';

// sqlite3 implements the online backup API but its typings leave it out.
interface Sqlite3Backup {
  step(pages: number, callback: (error: Error | null) => void): void;
  finish(callback?: (error: Error | null) => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}
interface BackupCapable {
  backup(destination: string, callback: (error: Error | null) => void): Sqlite3Backup;
}

function hasBackup(db: object): db is BackupCapable {
  return typeof (db as Partial<BackupCapable>).backup === 'function';
}

/**
 * Copies a live database to `destination` with SQLite's online backup API:
 * a consistent snapshot, also of a database in WAL mode with writes going on.
 * The caller must hold the connection (see `SpinwebDatabase.backupTo`).
 */
export async function onlineBackup(source: sqlite3.Database, destination: string): Promise<void> {
  if (!hasBackup(source)) throw new Error('This sqlite3 build has no online backup API.');
  const backup = await new Promise<Sqlite3Backup>((resolve, reject) => {
    const started: Sqlite3Backup = source.backup(destination, (error) => (error ? reject(error) : resolve(started)));
  });
  try {
    await new Promise<void>((resolve, reject) => backup.step(-1, (error) => (error ? reject(error) : resolve())));
    if (!backup.completed || backup.failed) throw new Error(`Backup to ${destination} did not complete.`);
  } finally {
    await new Promise<void>((resolve) => backup.finish(() => resolve()));
  }
}
