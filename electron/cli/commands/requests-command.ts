import { formatDate } from '../../../shared/dates/format-date';
import { notAnsweredYet, type Request } from '../../../shared/domain/request';
import { countOf } from '../../../shared/text/plural';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const requestsUsage = 'requests --db FILE [--json]  uitvragen: open en afgesloten, met de antwoorden en wie nog niet antwoordde';

export async function requestsCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  return withDatabase(file, async (network) => {
    const data = answered(await cliApi(network).network.load({}));
    const names = new Map<string, string>([...data.persons.map((person) => [person.id, person.name] as const), ...data.organisations.map((organisation) => [organisation.id, organisation.name] as const)]);
    const requests = data.requests.filter((request) => request.archivedAt === null).sort((left, right) => right.askedOn.localeCompare(left.askedOn));
    const summary = (request: Request) => {
      const replies = data.requestReplies.filter((reply) => reply.requestId === request.id && reply.archivedAt === null);
      const waiting = notAnsweredYet(request, replies, data.affiliations);
      return {
        id: request.id,
        question: request.question,
        askedOn: request.askedOn,
        closedOn: request.closedOn,
        replies: replies.map((reply) => ({ from: names.get(reply.personId ?? reply.organisationId ?? '') ?? '?', answeredOn: reply.answeredOn, answer: reply.answer })),
        notAnsweredYet: [...waiting.personIds, ...waiting.organisationIds].map((id) => names.get(id) ?? '?'),
      };
    };
    const json = requests.map(summary);
    const text =
      json.length === 0
        ? 'Nog geen uitvragen.'
        : json
            .map((request) =>
              [
                `${request.closedOn ? 'Afgesloten' : 'Open'}: ${request.question} (${formatDate(request.askedOn)}; ${countOf(request.replies.length, 'antwoord', 'antwoorden')})`,
                ...request.replies.map((reply) => `  ${formatDate(reply.answeredOn)} ${reply.from}: ${reply.answer}`),
                ...(request.closedOn || request.notAnsweredYet.length === 0 ? [] : [`  Nog geen antwoord: ${request.notAnsweredYet.join(', ')}`]),
              ].join('\n'),
            )
            .join('\n');
    return { json, text };
  });
}
