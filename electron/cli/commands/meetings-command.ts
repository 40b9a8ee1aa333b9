import { meetingGroups } from '../../../shared/analysis/meeting-invitees';
import { formatDate } from '../../../shared/dates/format-date';
import { meetingName, type Meeting } from '../../../shared/domain/meeting';
import { meetingKind } from '../../../shared/domain/vocabulary';
import { countOf } from '../../../shared/text/plural';
import { commandClock, parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const meetingsUsage = 'meetings --db FILE [--json] [--today JJJJ-MM-DD]  bijeenkomsten: te verwerken, gepland en verwerkt';

export async function meetingsCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, json: { type: 'boolean' }, today: { type: 'string' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const { clock, today } = commandClock(values.today);
  return withDatabase(file, async (network) => {
    const api = cliApi(network, clock);
    const [meetings, neighbourhoods, tasks] = await Promise.all([api.meeting.list({}), api.neighbourhood.list({}), api.task.list({})]);
    const wijk = new Map(answered(neighbourhoods).map((neighbourhood) => [neighbourhood.id, neighbourhood.name]));
    const afspraken = answered(tasks).filter((task) => task.kind === 'afspraak');
    const groups = meetingGroups(answered(meetings), today);
    const line = (meeting: Meeting) => {
      const open = afspraken.filter((task) => task.meetingId === meeting.id && task.doneOn === null).length;
      const parts = [
        `${formatDate(meeting.heldOn)}${meeting.startsAt ? ` ${meeting.startsAt}` : ''}`,
        meetingKind.labels[meeting.kind],
        meeting.neighbourhoodId ? (wijk.get(meeting.neighbourhoodId) ?? '') : '',
        countOf(meeting.invitedOrganisationIds.length, 'organisatie uitgenodigd', 'organisaties uitgenodigd'),
        meeting.heldOn <= today ? countOf(meeting.attendedPersonIds.length + meeting.attendedOrganisationIds.length, 'aanwezige', 'aanwezigen') : '',
        open > 0 ? countOf(open, 'open afspraak', 'open afspraken') : '',
      ].filter(Boolean);
      return `  ${meetingName(meeting)} (${parts.join(', ')})`;
    };
    const section = (title: string, list: Meeting[]) => [`${title} (${list.length}):`, ...(list.length === 0 ? ['  geen'] : list.map(line))];
    const text = [...section('Geweest, nog te verwerken', groups.toRecord), ...section('Gepland', groups.planned), ...section('Verwerkt', groups.recorded)].join('\n');
    return { json: groups, text };
  });
}
