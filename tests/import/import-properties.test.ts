import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../electron/services/import-spreadsheet';
import { AppError } from '../../shared/contract/result';
import { ImportError } from '../../shared/import/import-error';
import { readTableFile } from '../../shared/import/read-table-file';
import { snapshot } from '../support/snapshot';
import { openTestApp } from '../support/temp-database';

const noXlsx = async () => {
  throw new Error('geen xlsx in deze test');
};

/** Text that looks like a spreadsheet export often enough to reach deep into the import; over-long names make some imports fail as a whole. */
const csvLike = fc
  .array(fc.array(fc.oneof(fc.string(), fc.string({ minLength: 201, maxLength: 230 }), fc.constantFrom('Organisatie', 'Contactpersoon', 'Telefoon', '06-12345678', '"', '""', ';', ',', '\t', '\r\n', '\n', '=1+1', 'é', '\u0000')), { maxLength: 8 }), { maxLength: 12 })
  .map((rows) => rows.map((cells) => cells.join(';')).join('\n'));

/** Text that starts like a vCard and then goes anywhere. */
const vcardLike = fc
  .array(fc.oneof(fc.string(), fc.constantFrom('BEGIN:VCARD', 'END:VCARD', 'VERSION:3.0', 'VERSION:4.0', 'FN:Ans', 'TEL;TYPE=CELL:06-12345678', 'ORG:A;B', ' folded', 'N:;;;;', 'TEL;VALUE=uri:tel:+31', ':', ';;;')), { maxLength: 14 })
  .map((lines) => ['BEGIN:VCARD', ...lines].join('\r\n'));

describe('the import under random and malformed input', () => {
  it('reads any bytes (random, CSV-like, vCard-like) into a table or fails with its own error, and never hangs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), csvLike.map((text) => new TextEncoder().encode(text)), vcardLike.map((text) => new TextEncoder().encode(text))), async (bytes) => {
        try {
          const table = await readTableFile(bytes, noXlsx);
          expect(Array.isArray(table.header)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 400, interruptAfterTimeLimit: 20_000 },
    );
  }, 30_000);

  it('either imports a whole file or leaves the database exactly as it was', async () => {
    const app = await openTestApp();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(csvLike, async (text) => {
        const before = await snapshot(app.network.db);
        try {
          await importSpreadsheet(app.context, new TextEncoder().encode(`Organisatie;Contactpersoon;Telefoon;Aanbod\n${text}`), { source: 'random.csv', dryRun: false });
        } catch (error) {
          expect(error instanceof ImportError || error instanceof AppError).toBe(true);
          expect(await snapshot(app.network.db)).toBe(before);
          refused++;
        }
      }),
      { numRuns: 60, interruptAfterTimeLimit: 40_000 },
    );
    // The property must have met the failure path, not only happy files.
    expect(refused).toBeGreaterThan(0);
  }, 60_000);
});
