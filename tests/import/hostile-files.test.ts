import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { importSpreadsheet } from '../../electron/services/import-spreadsheet';
import { declaredUnpackedSize, maxImportFileBytes } from '../../shared/import/zip-size';
import { snapshot } from '../support/snapshot';
import { openTestApp, tempDir } from '../support/temp-database';

/** A little-endian record of a ZIP file: its fields as [offset, width in bytes, value]. */
function zipRecord(length: number, fields: [offset: number, width: 2 | 4, value: number][]): Buffer {
  const record = Buffer.alloc(length);
  for (const [offset, width, value] of fields) {
    if (width === 2) record.writeUInt16LE(value, offset);
    else record.writeUInt32LE(value, offset);
  }
  return record;
}

/** A ZIP with one deflated file of `size` zero bytes: a few hundred KB that unpack to `size`. As an XLSX it starts "PK\x03\x04". */
function zipBomb(size: number): Uint8Array {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(Buffer.alloc(size));
  const local = zipRecord(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, 8], [18, 4, data.length], [22, 4, size], [26, 2, name.length]]);
  const central = zipRecord(46, [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [10, 2, 8], [20, 4, data.length], [24, 4, size], [28, 2, name.length]]);
  const end = zipRecord(22, [[0, 4, 0x06054b50], [8, 2, 1], [10, 2, 1], [12, 4, central.length + name.length], [16, 4, local.length + name.length + data.length]]);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

describe('hostile and oversized files', () => {
  it('refuses a zip bomb from what it declares, before unpacking anything, and changes nothing', async () => {
    const bomb = zipBomb(1_000_000_000);
    expect(bomb.length).toBeLessThan(2_000_000);
    expect(declaredUnpackedSize(bomb)).toBe(1_000_000_000);
    const app = await openTestApp();
    const before = await snapshot(app.network.db);
    const rssBefore = process.memoryUsage().rss;
    await expect(importSpreadsheet(app.context, bomb, { source: 'bom.xlsx', dryRun: false })).rejects.toThrow(
      'Dit Excel-bestand pakt uit tot 954 MB; Spinweb leest Excel-bestanden tot 100 MB uitgepakt. Sla het op als CSV of verdeel het over meer bestanden.',
    );
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
    expect(await snapshot(app.network.db)).toBe(before);
  });

  it('refuses a spreadsheet over the size limit before reading it, on the command line too', async () => {
    const dir = tempDir();
    const big = join(dir, 'groot.csv');
    writeFileSync(big, Buffer.alloc(maxImportFileBytes + 1, 'a'));
    const err: string[] = [];
    const code = await runCli(['import', big, '--db', join(dir, 'netwerk.sqlite')], { stdout: () => undefined, stderr: (text) => err.push(text) });
    expect(code).toBe(1);
    expect(err.join('\n')).toBe(`${big} is 15 MB; Spinweb leest een spreadsheet tot 15 MB in één keer (ongeveer 100.000 regels). Verdeel het over meer bestanden.`);
  });
});
