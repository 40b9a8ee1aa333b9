import { writeFileSync } from 'node:fs';
import { cyclingOrder, ROUND_SIZE, type DueVisit } from '../../../shared/analysis/due-visits';
import { formatDate } from '../../../shared/dates/format-date';
import { formatPhoneDutch } from '../../../shared/normalise/format-phone';
import { countOf, everyMonths } from '../../../shared/text/plural';
import { commandClock, neighbourhoodNamed, parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';
import { UsageError } from '../cli-error';

export const dueVisitsUsage = 'due-visits --db FILE --wijk NAAM [--json] [--today JJJJ-MM-DD]  tijd voor een bezoek: wie het langst over tijd is, eerst';
export const planRoundUsage = 'plan-round --db FILE --wijk NAAM [--max N] [--out FILE] [--today JJJJ-MM-DD]  een fietsronde langs wie het meest aan de beurt is (standaard 10), in fietsvolgorde';

/** The due visits of a wijk, through the same service as the app. */
async function dueIn(args: string[], extra: { out?: { type: 'string' }; max?: { type: 'string' } }) {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, wijk: { type: 'string' }, json: { type: 'boolean' }, today: { type: 'string' }, ...extra }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const wijk = requireOption(values.wijk, 'wijk');
  const { clock, today } = commandClock(values.today);
  return withDatabase(file, async (network) => {
    const api = cliApi(network, clock);
    const neighbourhoods = answered(await api.neighbourhood.list({}));
    const neighbourhoodId = neighbourhoodNamed(neighbourhoods, wijk);
    const name = neighbourhoods.find((neighbourhood) => neighbourhood.id === neighbourhoodId)?.name ?? wijk;
    const { out, max } = values as { out?: string; max?: string };
    return { visits: answered(await api.visits.due({ today, neighbourhoodId })), wijk: name, today, out, max };
  });
}

const lastSeen = (visit: DueVisit) => (visit.lastContact ? `laatst ${formatDate(visit.lastContact)}` : 'nog nooit bezocht');
const askFor = (visit: DueVisit) => (visit.askFor ? `vraag naar ${visit.askFor.name}${visit.askFor.phone ? ` (${formatPhoneDutch(visit.askFor.phone)})` : ''}` : 'nog niemand bekend');

export async function dueVisitsCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { visits, wijk } = await dueIn(args, {});
  const text =
    visits.length === 0
      ? `In ${wijk} is niemand aan de beurt voor een bezoek.`
      : [`Tijd voor een bezoek in ${wijk}: ${countOf(visits.length, 'organisatie', 'organisaties')}.`, ...visits.map((visit, position) => `${String(position + 1).padStart(2)}. ${visit.name}: ${visit.lastContact ? `${countOf(visit.daysOverdue, 'dag', 'dagen')} over tijd (${everyMonths(visit.rhythmMonths)}; ${lastSeen(visit)})` : lastSeen(visit)}; ${askFor(visit)}`)].join('\n');
  return { json: visits, text };
}

/** A round as a list to print or read on a phone: in cycling order, with addresses, whom to ask for and the open afspraken. */
export function roundSheet(visits: readonly DueVisit[], wijk: string, today: string): string {
  const ordered = cyclingOrder(visits);
  return [
    `Fietsronde ${wijk}, ${formatDate(today)}: ${countOf(ordered.length, 'bezoek', 'bezoeken')}`,
    '',
    ...ordered.flatMap((visit, position) => [
      `${position + 1}. ${visit.name}${visit.outsideWijk ? ' (buiten de wijk)' : ''}`,
      `   ${[visit.address, visit.postcode].filter(Boolean).join(', ') || 'adres onbekend'}`,
      `   ${askFor(visit)}; ${lastSeen(visit)}`,
      ...visit.openTasks.map((task) => `   - open: ${task.note || task.kind} (vóór ${formatDate(task.dueOn)})`),
      '',
    ]),
  ].join('\n');
}

export async function planRoundCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { visits: due, wijk, today, out, max } = await dueIn(args, { out: { type: 'string' }, max: { type: 'string' } });
  const limit = max === undefined ? ROUND_SIZE : Number(max);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(`--max moet een geheel getal van 1 tot 100 zijn, niet "${max}".`);
  // The most overdue first, then ridden in cycling order.
  const visits = due.slice(0, limit);
  const sheet = roundSheet(visits, wijk, today);
  // `wx`: an existing file is never overwritten by a typo.
  if (out) writeFileSync(out, `${sheet}\n`, { flag: 'wx' });
  return { json: cyclingOrder(visits), text: out ? `Fietsronde geschreven naar ${out} (${countOf(visits.length, 'bezoek', 'bezoeken')}).` : sheet };
}
