import sqlite3 from 'sqlite3';
import { allRows, closeSqlite3, openSqlite3 } from '../../database/open-sqlite3';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import type { CliIo, CommandOutput } from './command';

export const checkUsage = 'check --db FILE [--json]                                  controleert het bestand (integriteit, verwijzingen)';

/** Runs SQLite's own checks on a file, read-only: a check never changes what it checks. */
export async function checkCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const raw = await openSqlite3(file, sqlite3.OPEN_READONLY);
  try {
    let integrity: string[];
    let foreignKeys: { table: string; rowid: number; parent: string }[];
    try {
      integrity = (await allRows<{ integrity_check: string }>(raw, 'pragma integrity_check')).map((row) => row.integrity_check);
      foreignKeys = await allRows(raw, 'pragma foreign_key_check');
    } catch (error) {
      integrity = [`Bestand onleesbaar: ${error instanceof Error ? error.message : String(error)}`];
      foreignKeys = [];
    }
    const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
    const ok = integrityOk && foreignKeys.length === 0;
    const problems = [
      ...(integrityOk ? [] : integrity.map((line) => `integriteit: ${line}`)),
      ...foreignKeys.map((row) => `verwijzing: ${row.table} rij ${row.rowid} verwijst naar ontbrekende ${row.parent}`),
    ];
    return {
      json: { ok, integrity, foreignKeyProblems: foreignKeys },
      text: ok ? `${file}: in orde (integrity_check ok, geen verbroken verwijzingen).` : `${file}: PROBLEMEN GEVONDEN\n${problems.join('\n')}`,
      exitCode: ok ? 0 : 1,
    };
  } finally {
    await closeSqlite3(raw);
  }
}
