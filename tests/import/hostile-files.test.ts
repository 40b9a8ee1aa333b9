import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { importSpreadsheet } from '../../electron/services/import-spreadsheet';
import { declaredUnpackedSize, maxImportFileBytes } from '../../shared/import/zip-size';
import { snapshot } from '../support/snapshot';
import { openTestApp, tempDir } from '../support/temp-database';

/** A ZIP with one stored file of `size` zero bytes, deflated: a few hundred KB that unpack to `size`. As an XLSX it starts "PK\x03\x04". */
function zipBomb(size: number): Uint8Array {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(Buffer.alloc(size));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
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
