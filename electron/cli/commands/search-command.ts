import { loadNetworkData } from '../../../shared/network/network-data';
import { buildSearchDocuments } from '../../../shared/search/build-search-documents';
import { approximateNote, SearchEngine } from '../../../shared/search/search-engine';
import { commandClock, neighbourhoodNamed, parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const searchUsage = 'search "TEKST" --db FILE [--json] [--limit N] [--wijk NAAM]  wie bel ik? (dezelfde volgorde als in de app)';

const kindLabels = { person: 'persoon', organisation: 'organisatie', offer: 'aanbod', request: 'uitvraag' } as const;

export async function searchCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArguments(
    args,
    { db: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, wijk: { type: 'string' }, today: { type: 'string' } },
    { min: 1, max: 1 },
  );
  const query = positionals[0] ?? '';
  if (query.trim() === '') throw new UsageError('Geef een zoekterm, bijvoorbeeld "maatje oude noorden".');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError(`--limit moet een geheel getal van 1 tot 500 zijn, niet "${values.limit}".`);
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const { clock, today } = commandClock(values.today);
  const data = await withDatabase(file, (network) => loadNetworkData(cliApi(network, clock)));
  const neighbourhoodId = neighbourhoodNamed(data.neighbourhoods, values.wijk);
  const engine = new SearchEngine(buildSearchDocuments(data), data.neighbourhoods.map(({ id, name }) => ({ id, name })));
  const { results, neighbourhood, approximate } = engine.search(query, { today, limit, neighbourhoodId });
  const json = results.map(({ document, why }) => ({
    kind: document.kind,
    id: document.id,
    label: document.label,
    detail: document.detail,
    why,
    ...(document.kind === 'person' ? { phone: document.phone } : {}),
  }));
  const text =
    results.length === 0
      ? `Niets gevonden voor "${query}".`
      : [
          ...(neighbourhood ? [`Wijk: ${neighbourhood.name}`] : []),
          ...(approximate ? [approximateNote] : []),
          ...results.map(({ document, why }, index) => `${String(index + 1).padStart(2)}. ${document.label} (${kindLabels[document.kind]}${document.detail ? `, ${document.detail}` : ''})${document.kind === 'person' && document.phone ? ` ${document.phone}` : ''}\n    ${why}`),
        ].join('\n');
  return { json, text };
}
