import sqlite3 from 'sqlite3';
import { AppError } from '../../shared/contract/result';
import { allRows, closeSqlite3, isBusyError, openSqlite3 } from './open-sqlite3';

/**
 * Refuses when another connection has the network open. SQLite itself
 * knows: leaving WAL mode needs every other connection closed, so
 * `journal_mode = delete` fails with SQLITE_BUSY while the app, browser mode
 * or another command holds the file, even when idle. No lock file: a
 * crashed process holds no lock, so nothing goes stale. Only for a file
 * about to be replaced (the switch checkpoints its WAL; the next open
 * switches back).
 */
export async function assertNotInUse(file: string): Promise<void> {
  let db: sqlite3.Database;
  try {
    db = await openSqlite3(file, sqlite3.OPEN_READWRITE);
  } catch {
    // A file that does not open as a database cannot be open anywhere else either.
    return;
  }
  try {
    await allRows(db, 'pragma journal_mode = delete');
  } catch (error) {
    if (isBusyError(error)) {
      throw new AppError('CONFLICT', 'Het netwerk is nog geopend (in de app, in browsermodus of door een andere opdracht). Sluit het eerst en probeer het opnieuw; er is niets veranderd.');
    }
    // A damaged file may refuse the switch for its damage; it is replaced, never written.
  } finally {
    await closeSqlite3(db).catch(() => undefined);
  }
}
