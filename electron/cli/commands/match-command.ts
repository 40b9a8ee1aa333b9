import { formatPhoneDutch } from '../../../shared/normalise/format-phone';
import { commandClock, parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const matchUsage = 'match CASUS --db FILE [--json] [--limit N] [--today JJJJ-MM-DD]  passend aanbod en wie je belt (CASUS: code of id)';

export async function matchCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArguments(args, { db: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, today: { type: 'string' } }, { min: 1, max: 1 });
  const wanted = (positionals[0] ?? '').trim();
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(`--limit moet een geheel getal van 1 tot 100 zijn, niet "${values.limit}".`);
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const { clock, today } = commandClock(values.today);
  return withDatabase(file, async (network) => {
    const api = cliApi(network, clock);
    const casussen = answered(await api.casus.list({ includeArchived: true }));
    const found = casussen.find((candidate) => candidate.id === wanted || candidate.code === wanted.toUpperCase());
    if (!found) throw new UsageError(`Casus "${wanted}" bestaat niet in ${file}. Geef een casuscode (zoals C-2026-014) of een id.`);
    const suggestions = answered(await api.casus.suggestMatches({ id: found.id, today, limit }));
    const data = answered(await api.network.load({}));
    const offerTitle = new Map(data.offers.map((offer) => [offer.id, offer.title]));
    const organisationName = new Map(data.organisations.map((organisation) => [organisation.id, organisation.name]));
    const persons = new Map(data.persons.map((person) => [person.id, person]));
    const json = suggestions.map((suggestion) => {
      const person = suggestion.personId ? persons.get(suggestion.personId) : undefined;
      return {
        ...suggestion,
        offer: offerTitle.get(suggestion.offerId) ?? suggestion.offerId,
        organisation: organisationName.get(suggestion.organisationId) ?? suggestion.organisationId,
        person: person ? { name: person.name, phone: person.phones[0] ? formatPhoneDutch(person.phones[0].number) : null } : null,
      };
    });
    const text =
      json.length === 0
        ? `Geen passend aanbod gevonden voor ${found.code}: een hiaat om vast te leggen ("geen passend aanbod", met waarom).`
        : [`Voorstellen voor ${found.code}:`, ...json.map((item, index) => `${String(index + 1).padStart(2)}. ${item.offer} (${item.organisation})${item.person ? `, bel ${item.person.name}${item.person.phone ? ` ${item.person.phone}` : ''}` : ''}\n    ${item.reasons.join('; ')}`)].join('\n');
    return { json, text };
  });
}
