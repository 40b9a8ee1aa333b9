import { z } from 'zod';
import { isoDate, longText, recordId, uniqueIds } from './primitives';
import type { RecordMeta } from './record';
import { hasLeft, type Affiliation } from './affiliation';
import { groupBy } from '../collections/group-by';

/**
 * An uitvraag: a question the broker puts out to a selection of partners
 * ("Wie heeft ruimte voor een maatje in Bergpolder?"), as she did in the
 * WhatsApp group of eighteen organisations. The question says what is
 * needed, never who it is for. Closed: answered enough, or dropped.
 */
export const requestFields = z.object({
  question: longText.refine((text) => text.trim().length > 0, { error: 'Schrijf de vraag op.' }),
  askedOn: isoDate,
  neighbourhoodId: recordId.nullable(),
  themeId: recordId.nullable(),
  organisationIds: uniqueIds('organisaties'),
  personIds: uniqueIds('contactpersonen'),
  closedOn: isoDate.nullable(),
});
export type RequestFields = z.output<typeof requestFields>;
export type Request = RequestFields & RecordMeta;

export const requestCreate = requestFields.partial().required({ question: true, askedOn: true }).strict();
export const requestPatch = requestFields.partial().strict();
export const requestDefaults: Omit<RequestFields, 'question' | 'askedOn'> = { neighbourhoodId: null, themeId: null, organisationIds: [], personIds: [], closedOn: null };

/**
 * A partner's answer to an uitvraag: who answered, what they offered and
 * when; logged as a contact with them (`logEntryId`), and, once she made it
 * one, the offer, tie or casus match it became.
 */
export const requestReplyFields = z.object({
  requestId: recordId,
  personId: recordId.nullable(),
  organisationId: recordId.nullable(),
  answeredOn: isoDate,
  answer: longText,
  logEntryId: recordId.nullable(),
  offerId: recordId.nullable(),
  tieId: recordId.nullable(),
  casusMatchId: recordId.nullable(),
});
export type RequestReplyFields = z.output<typeof requestReplyFields>;
export type RequestReply = RequestReplyFields & RecordMeta;

export const requestReplyCreate = requestReplyFields.partial().required({ requestId: true, answeredOn: true }).strict();
export const requestReplyPatch = requestReplyFields.omit({ requestId: true }).partial().strict();
export const requestReplyDefaults: Omit<RequestReplyFields, 'requestId' | 'answeredOn'> = { personId: null, organisationId: null, answer: '', logEntryId: null, offerId: null, tieId: null, casusMatchId: null };

export function requestReplyProblems(reply: RequestReplyFields): string[] {
  return reply.personId === null && reply.organisationId === null ? ['Wie antwoordde? Kies een contactpersoon of een organisatie.'] : [];
}

/** A reply logged: who answered, what they offered, how it came in (app, mail, phone); logged as that contact too. */
export const requestReplyInput = z
  .object({
    requestId: recordId,
    personId: recordId.nullable(),
    organisationId: recordId.nullable(),
    answeredOn: isoDate,
    answer: longText.refine((text) => text.trim().length > 0, { error: 'Schrijf op wat ze aanbieden.' }),
    channel: z.enum(['app', 'mail', 'telefoon'], { error: 'Kies hoe het antwoord kwam: app, mail of telefoon.' }),
  })
  .strict();
export type RequestReplyInput = z.output<typeof requestReplyInput>;

/** A reply made into what it offers, in one step: a new offer, a tie, or a casus match. */
export const replyInto = z.discriminatedUnion('into', [
  z.object({ replyId: recordId, into: z.literal('offer'), title: longText.refine((text) => text.trim().length > 0 && text.trim().length <= 200, { error: 'Geef het aanbod een titel (hoogstens 200 tekens).' }) }).strict(),
  z.object({ replyId: recordId, into: z.literal('tie'), with: z.object({ kind: z.enum(['person', 'organisation']), id: recordId }).strict() }).strict(),
  z.object({ replyId: recordId, into: z.literal('casusMatch'), casusId: recordId }).strict(),
]);
export type ReplyInto = z.output<typeof replyInto>;

/**
 * The replies that answer each person and organisation asked: an
 * organisation answers for the people who work there now, and they for it.
 */
export function repliesPerAddressee<Reply extends Pick<RequestReply, 'personId' | 'organisationId'>>(
  request: Pick<Request, 'organisationIds' | 'personIds'>,
  replies: readonly Reply[],
  affiliations: readonly Pick<Affiliation, 'personId' | 'organisationId' | 'until' | 'archivedAt'>[],
): { persons: Map<string, Reply[]>; organisations: Map<string, Reply[]> } {
  const roles = groupBy(
    affiliations.filter((affiliation) => affiliation.archivedAt === null && !hasLeft(affiliation)),
    (affiliation) => [affiliation.personId],
  );
  const organisationsOf = (personId: string | null) => (personId ? (roles.get(personId) ?? []).map((role) => role.organisationId) : []);
  const answersFor = (reply: Reply) => new Set([...(reply.organisationId ? [reply.organisationId] : []), ...organisationsOf(reply.personId)]);
  const answered = replies.map((reply) => ({ reply, organisations: answersFor(reply) }));
  return {
    persons: new Map(
      request.personIds.map((id) => [id, answered.filter(({ reply, organisations }) => reply.personId === id || organisationsOf(id).some((organisation) => organisations.has(organisation))).map(({ reply }) => reply)]),
    ),
    organisations: new Map(request.organisationIds.map((id) => [id, answered.filter(({ organisations }) => organisations.has(id)).map(({ reply }) => reply)])),
  };
}

/** Who was asked and has not answered yet (see `repliesPerAddressee`). */
export function notAnsweredYet(
  request: Pick<Request, 'organisationIds' | 'personIds'>,
  replies: readonly Pick<RequestReply, 'personId' | 'organisationId'>[],
  affiliations: readonly Pick<Affiliation, 'personId' | 'organisationId' | 'until' | 'archivedAt'>[],
): { organisationIds: string[]; personIds: string[] } {
  const { persons, organisations } = repliesPerAddressee(request, replies, affiliations);
  const unanswered = (answers: Map<string, unknown[]>) => [...answers].flatMap(([id, found]) => (found.length === 0 ? [id] : []));
  return { personIds: unanswered(persons), organisationIds: unanswered(organisations) };
}
