import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { backupFolder } from './backup-files';

/** What was erased or anonymised, by id only (ids are random: the ledger itself names nobody). */
const ledgerEntry = z.object({ kind: z.enum(['person', 'casus']), id: z.string().min(1).max(64), at: z.string() });
export type LedgerEntry = z.infer<typeof ledgerEntry>;
const ledgerFile = z.object({ format: z.literal('spinweb-wissingen'), entries: z.array(ledgerEntry) });

/**
 * The erasure ledger lives in the network's backup folder, beside the
 * copies it protects, not in the network file: a restore replaces the file,
 * and the ledger must outlive that to be replayed on the copy put back.
 */
export const ledgerPath = (databaseFile: string) => join(backupFolder(databaseFile), 'wissingen.json');

export function readLedger(databaseFile: string): LedgerEntry[] {
  const path = ledgerPath(databaseFile);
  if (!existsSync(path)) return [];
  const parsed = ledgerFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`The erasure ledger ${path} cannot be read: ${parsed.error.message}`);
  return parsed.data.entries;
}

/** Adds entries (once each); written to a temporary name and renamed, so the ledger is never half a file. */
export function appendToLedger(databaseFile: string, entries: readonly Omit<LedgerEntry, 'at'>[], at: string): void {
  const current = readLedger(databaseFile);
  const known = new Set(current.map((entry) => `${entry.kind}:${entry.id}`));
  const added = entries.filter((entry) => !known.has(`${entry.kind}:${entry.id}`)).map((entry) => ({ ...entry, at }));
  if (added.length === 0) return;
  const path = ledgerPath(databaseFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, `${JSON.stringify({ format: 'spinweb-wissingen', entries: [...current, ...added] }, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}
