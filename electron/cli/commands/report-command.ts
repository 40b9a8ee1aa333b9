import { existsSync, writeFileSync } from 'node:fs';
import writeExcelFile from 'write-excel-file/node';
import { monitoringHeader, monitoringLabels, monitoringRows } from '../../../shared/casus/monitoring-report';
import { csvText } from '../../../shared/export/csv-text';
import { dutchNumber } from '../../../shared/text/plural';
import { xlsxSheet } from '../../../shared/export/xlsx-sheet';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const reportUsage = 'report --db FILE --from JJJJ-MM-DD --to JJJJ-MM-DD [--json | --csv | --xlsx] [--out FILE]  monitoring Welzijn op Recept';

export async function reportCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(
    args,
    { db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' }, xlsx: { type: 'boolean' }, out: { type: 'string' } },
    { min: 0, max: 0 },
  );
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const from = requireOption(values.from, 'from');
  const to = requireOption(values.to, 'to');
  if (values.csv && values.xlsx) throw new UsageError('Kies --csv of --xlsx, niet allebei.');
  if ((values.csv || values.xlsx) && !values.out) throw new UsageError(`Geef met --out het bestand voor de ${values.csv ? 'CSV' : 'XLSX'}.`);
  if (values.out && existsSync(values.out)) throw new UsageError(`${values.out} bestaat al; kies een nieuwe naam (er wordt niets overschreven).`);
  return withDatabase(file, async (network) => {
    const api = cliApi(network);
    const report = answered(await api.casus.report({ from, to }));
    // Names only, archived ones too, as the app shows them: not the whole network again.
    const everything = { includeArchived: true };
    const rows = monitoringRows(
      report,
      monitoringLabels({ terms: answered(await api.taxonomyTerm.list(everything)), organisations: answered(await api.organisation.list(everything)), neighbourhoods: answered(await api.neighbourhood.list(everything)) }),
    );
    // Every form that leaves the app keeps the small-count rule, JSON too: the rows, not the exact figures.
    const json = { from, to, rows: rows.map(([section, category, value]) => ({ section, category, value })) };
    if (values.csv && values.out) writeFileSync(values.out, csvText(monitoringHeader, rows), { flag: 'wx' });
    else if (values.xlsx && values.out) writeFileSync(values.out, await writeExcelFile(xlsxSheet(monitoringHeader, rows)).toBuffer(), { flag: 'wx' });
    else if (values.out) writeFileSync(values.out, `${JSON.stringify(json, null, 2)}\n`, { flag: 'wx' });
    const text = values.out ? `Rapportage ${from} t/m ${to} geschreven naar ${values.out}.` : rows.map(([section, category, value]) => `${section.padEnd(20)} ${category.padEnd(34)} ${typeof value === 'number' ? dutchNumber(value) : value}`).join('\n');
    return { json, text };
  });
}
