import { AppError } from '../../shared/contract/result';
import type { ReplyInto, RequestReply, RequestReplyInput } from '../../shared/domain/request';
import { hasLeft } from '../../shared/domain/affiliation';
import { runChange } from '../changes/run-change';
import { shortened } from '../../shared/text/shorten';
import { formatDate } from '../../shared/dates/format-date';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';


/**
 * A partner answered an uitvraag: the reply, and the contact it was (app,
 * mail or phone) in the log with them, so "laatst gesproken" moves on. The
 * log entry names the uitvraag by its date, not its question: a question
 * about a resident must not spread into every partner's record. One change.
 */
export async function logRequestReply(context: ServiceContext, input: RequestReplyInput): Promise<RequestReply> {
  const request = await entityServices.request.get(context, input.requestId);
  if (input.personId === null && input.organisationId === null) throw new AppError('INVALID_INPUT', 'Wie antwoordde? Kies een contactpersoon of een organisatie.', 'personId');
  const who = input.personId ? (await entityServices.person.get(context, input.personId)).name : (await entityServices.organisation.get(context, input.organisationId ?? '')).name;
  const summary = `Antwoord van ${who} op de uitvraag "${shortened(request.question, 50)}"`;
  const { result } = await runChange(context.db, context.clock.now().toISOString(), { actor: context.actor, action: 'create', summary, entityKind: 'requestReply' }, async (recorder) => {
    const [logEntryId] = await entityServices.logEntry.createMany(context, recorder, [
      { occurredOn: input.answeredOn, kind: input.channel, personIds: input.personId ? [input.personId] : [], organisationIds: input.organisationId ? [input.organisationId] : [], note: `Antwoord op een uitvraag van ${formatDate(request.askedOn)}: ${input.answer.trim()}` },
    ]);
    const [replyId] = await entityServices.requestReply.createMany(context, recorder, [
      { requestId: request.id, personId: input.personId, organisationId: input.organisationId, answeredOn: input.answeredOn, answer: input.answer.trim(), logEntryId: logEntryId ?? null },
    ]);
    return replyId ?? '';
  });
  return entityServices.requestReply.get(context, result);
}

/**
 * A reply made into what it offers, in one step (one undo): a new offer of
 * the organisation that answered (its contact the person who answered, in
 * the wijk and theme of the question), a tie between whoever answered and
 * the party she names, or a casus match with the casus it helps. The reply
 * keeps what it became.
 */
export async function makeReplyInto(context: ServiceContext, input: ReplyInto): Promise<RequestReply> {
  const reply = await entityServices.requestReply.get(context, input.replyId);
  const request = await entityServices.request.get(context, reply.requestId);
  const answeredBy = reply.personId ? { kind: 'person' as const, id: reply.personId } : { kind: 'organisation' as const, id: reply.organisationId ?? '' };
  const already = reply[input.into === 'offer' ? 'offerId' : input.into === 'tie' ? 'tieId' : 'casusMatchId'];
  if (already !== null) throw new AppError('CONFLICT', `Van dit antwoord is al ${input.into === 'offer' ? 'een aanbod' : input.into === 'tie' ? 'een verbinding' : 'een koppeling'} gemaakt.`);
  // The organisation of the offer: the one that answered, else where the person who answered works now.
  let organisationId = reply.organisationId;
  if (input.into === 'offer' && organisationId === null && reply.personId) {
    const roles = (await entityServices.affiliation.list(context, { includeArchived: false })).filter((role) => role.personId === reply.personId && !hasLeft(role));
    if (roles.length !== 1) throw new AppError('INVALID_INPUT', roles.length === 0 ? 'Bij welke organisatie hoort dit aanbod? Wie antwoordde, werkt nergens meer; leg het aanbod vast in het Adresboek.' : 'Wie antwoordde, werkt bij meer organisaties: leg het aanbod vast in het Adresboek bij de juiste.');
    organisationId = roles[0]?.organisationId ?? null;
  }
  // Read before the change: inside it, the connection belongs to its transaction.
  const organisation = input.into === 'offer' ? await entityServices.organisation.get(context, organisationId ?? '') : null;
  const summary = input.into === 'offer' ? `Aanbod uit een antwoord op een uitvraag: ${input.title.trim()}` : input.into === 'tie' ? 'Verbinding uit een antwoord op een uitvraag' : 'Koppeling uit een antwoord op een uitvraag';
  const { result } = await runChange(context.db, context.clock.now().toISOString(), { actor: context.actor, action: 'create', summary, entityKind: 'requestReply', entityId: reply.id }, async (recorder) => {
    if (input.into === 'offer') {
      if (!organisation) throw new Error('the organisation of the offer was read before the change');
      const [offerId = null] = await entityServices.offer.createMany(context, recorder, [
        {
          organisationId: organisation.id,
          title: input.title.trim(),
          description: reply.answer,
          contactPersonId: reply.personId,
          themeIds: request.themeId ? [request.themeId] : [],
          neighbourhoodIds: request.neighbourhoodId ? [request.neighbourhoodId] : organisation.neighbourhoodIds,
          verifiedOn: reply.answeredOn,
        },
      ]);
      return entityServices.requestReply.updateWithin(context, recorder, reply.id, { offerId });
    }
    if (input.into === 'tie') {
      if (input.with.kind === answeredBy.kind && input.with.id === answeredBy.id) throw new AppError('INVALID_INPUT', 'Een verbinding loopt tussen twee verschillende partijen.', 'with');
      const [tieId = null] = await entityServices.tie.createMany(context, recorder, [{ from: answeredBy, to: input.with, kind: 'kent', warmth: 'lauw', since: reply.answeredOn, sourceLogEntryId: reply.logEntryId, note: '' }]);
      return entityServices.requestReply.updateWithin(context, recorder, reply.id, { tieId });
    }
    const [casusMatchId = null] = await entityServices.casusMatch.createMany(context, recorder, [{ casusId: input.casusId, offerId: reply.offerId, personId: reply.personId }]);
    return entityServices.requestReply.updateWithin(context, recorder, reply.id, { casusMatchId });
  });
  return result;
}
