import type { LogbookRecordInput } from '../../../../shared/domain/logbook-record';
import { offerDetailsDraft, offerDetailsValues, type OfferDetailsDraft } from '../../components/offer/offer-details';
import type { Task } from '../../../../shared/domain/task';
import { isIsoDate } from '../../../../shared/dates/parse-dutch-date';
import type { NetworkData } from '../../../../shared/network/network-data';
import type { tieKind, warmth, logKind } from '../../../../shared/domain/vocabulary';
import { strings } from '../../strings';

export type TieKind = (typeof tieKind.codes)[number];
export type Warmth = (typeof warmth.codes)[number];
export type LogKind = (typeof logKind.codes)[number];

import type { Participant } from '../../components/record-picker';

export type { Participant };

export interface TieDraft {
  from: string;
  to: string;
  kind: TieKind;
  warmth: Warmth;
}

export interface OfferDraft {
  offerId: string | null;
  organisationId: string;
  title: string;
  /** For a new offer, what more she filled in under "Meer over dit aanbod"; null: just the title. */
  details?: OfferDetailsDraft | null;
}

/** One contact (or one visit of a round) as it is being written down. */
export interface VisitDraft {
  key: string;
  participants: Participant[];
  note: string;
  ties: TieDraft[];
  warmer: string[];
  offers: OfferDraft[];
  /** A connection chosen but not yet added with its button: saved with the round all the same. */
  pendingTie: TieDraft;
  /** A new offer's title typed but not yet added: saved with the round all the same. */
  pendingOffer: string;
  /** Its details, once she opened "Meer over dit aanbod"; null until then. */
  pendingOfferDetails: OfferDetailsDraft | null;
}

export const noTie: TieDraft = { from: '', kind: 'kent', to: '', warmth: 'lauw' };

export interface NewPersonDraft {
  id: string;
  name: string;
  mobile: string;
  email: string;
  organisationId: string | null;
  role: string;
}

export interface NewOrganisationDraft {
  id: string;
  name: string;
  kindId: string;
}

export function emptyVisit(): VisitDraft {
  return { key: globalThis.crypto.randomUUID(), participants: [], note: '', ties: [], warmer: [], offers: [], pendingTie: noTie, pendingOffer: '', pendingOfferDetails: null };
}

/**
 * What was filled in but not yet added (a connection with both sides
 * chosen, an offer's title) goes with the round: nothing typed is lost
 * because a button was not pressed.
 */
export function withPending(visit: VisitDraft): VisitDraft {
  const tie = visit.pendingTie;
  const tieReady = tie.from !== '' && tie.to !== '' && tie.from !== tie.to;
  const organisation = visit.participants.find((participant) => participant.kind === 'organisation');
  const title = visit.pendingOffer.trim();
  return {
    ...visit,
    ties: tieReady ? [...visit.ties, tie] : visit.ties,
    offers: title !== '' && organisation ? [...visit.offers, { offerId: null, organisationId: organisation.id, title, details: visit.pendingOfferDetails }] : visit.offers,
    pendingTie: noTie,
    pendingOffer: '',
    pendingOfferDetails: null,
  };
}

/** What is wrong, per field: next to the field it is about, the first one focused. */
export interface VisitErrors {
  participants?: string;
  tie?: string;
  offer?: string;
  note?: string;
}

export interface LogErrors {
  date?: string;
  followUpOn?: string;
  /** Per visit, by its key. */
  visits: Record<string, VisitErrors>;
  /** What belongs to no field shown here (a new person's number, a conflict). */
  other: string[];
}

export const noErrors: LogErrors = { visits: {}, other: [] };

export function hasErrors(errors: LogErrors): boolean {
  return errors.date !== undefined || errors.followUpOn !== undefined || errors.other.length > 0 || Object.values(errors.visits).some((visit) => Object.keys(visit).length > 0);
}

/**
 * What can be told before saving: a contact without anyone, a date left
 * empty, a connection chosen on one side only (it cannot go with the round
 * as it is, so the broker decides).
 */
export function checkDraft(common: { date: string; followUpOn: string }, visits: readonly VisitDraft[]): LogErrors {
  const errors: LogErrors = { visits: {}, other: [] };
  if (common.date === '') errors.date = strings.logbook.errors.noDate;
  else if (!isIsoDate(common.date)) errors.date = strings.form.unreadableDate(common.date);
  if (common.followUpOn !== '' && !isIsoDate(common.followUpOn)) errors.followUpOn = strings.form.unreadableDate(common.followUpOn);
  for (const visit of visits) {
    const visitErrors: VisitErrors = {};
    if (visit.participants.length === 0) visitErrors.participants = strings.logbook.errors.noOne;
    const tie = visit.pendingTie;
    if ((tie.from === '') !== (tie.to === '') || (tie.from !== '' && tie.from === tie.to)) visitErrors.tie = strings.logbook.errors.unfinishedTie;
    // Details filled in for a new offer without its title would have nothing to go with.
    if (visit.pendingOffer.trim() === '' && visit.pendingOfferDetails !== null && JSON.stringify(visit.pendingOfferDetails) !== JSON.stringify(offerDetailsDraft())) visitErrors.offer = strings.logbook.errors.offerWithoutTitle;
    if (Object.keys(visitErrors).length > 0) errors.visits[visit.key] = visitErrors;
  }
  return errors;
}

/** The API's field paths (`entries.1.note`) on the fields of this screen; what has no field here is said above the form. */
export function errorsFromApi(message: string, fields: Record<string, string> | undefined, visits: readonly VisitDraft[]): LogErrors {
  const errors: LogErrors = { visits: {}, other: [] };
  for (const [path, problem] of Object.entries(fields ?? {})) {
    const [top, position, field] = path.split('.');
    const visit = top === 'entries' ? visits[Number(position)] : undefined;
    if (visit && field === 'occurredOn') errors.date = problem;
    else if (visit && field === 'followUpOn') errors.followUpOn = problem;
    else if (visit && (field === 'note' || field === 'ties' || field === 'offers' || field === 'personIds' || field === 'organisationIds')) {
      const key: keyof VisitErrors = field === 'note' ? 'note' : field === 'ties' ? 'tie' : field === 'offers' ? 'offer' : 'participants';
      errors.visits[visit.key] = { ...errors.visits[visit.key], [key]: problem };
    } else errors.other.push(problem);
  }
  if (!hasErrors(errors)) errors.other.push(message);
  return errors;
}

export function participantKey(participant: { kind: string; id: string }): string {
  return `${participant.kind}:${participant.id}`;
}

function endOf(key: string) {
  const [kind, ...rest] = key.split(':');
  return { kind: kind as 'person' | 'organisation', id: rest.join(':') };
}

/** The API input for what was written down: one entry per visit, all in one change. */
export function toLogbookRecord(
  common: { date: string; kind: LogKind; followUpOn: string },
  visits: readonly VisitDraft[],
  newPersons: readonly NewPersonDraft[],
  newOrganisations: readonly NewOrganisationDraft[],
): LogbookRecordInput {
  return {
    newOrganisations: newOrganisations.map(({ id, name, kindId }) => ({ id, name, kindId })),
    newPersons: newPersons.map((person) => ({ id: person.id, name: person.name, mobile: person.mobile.trim() || null, email: person.email.trim() || null, organisationId: person.organisationId, role: person.role })),
    entries: visits.map(withPending).map((visit) => ({
      occurredOn: common.date,
      kind: common.kind,
      personIds: visit.participants.filter((participant) => participant.kind === 'person').map((participant) => participant.id),
      organisationIds: visit.participants.filter((participant) => participant.kind === 'organisation').map((participant) => participant.id),
      note: visit.note,
      followUpOn: common.followUpOn === '' ? null : common.followUpOn,
      ties: visit.ties.map((tie) => ({ from: endOf(tie.from), to: endOf(tie.to), kind: tie.kind, warmth: tie.warmth })),
      warmerPersonIds: visit.warmer,
      offers: visit.offers.map((offer) => ({ offerId: offer.offerId, organisationId: offer.organisationId, title: offer.title, ...(offer.details ? offerDetailsValues(offer.details) : {}) })),
    })),
  };
}

/**
 * A planned introduction as a contact to write down: the person to reach at
 * each organisation (or the organisation where nobody is known), both
 * organisations, and the connection "geïntroduceerd" between the two sides,
 * which marks the plan done when saved.
 */
export function visitForIntroduction(task: Task, data: Pick<NetworkData, 'affiliations'>, label: (participant: { kind: 'person' | 'organisation'; id: string }) => string): VisitDraft {
  const personAt = (organisationId: string) => task.personIds.find((personId) => data.affiliations.some((affiliation) => affiliation.personId === personId && affiliation.organisationId === organisationId && affiliation.archivedAt === null));
  const sides = task.organisationIds.map((organisationId) => {
    const personId = personAt(organisationId);
    return personId ? { kind: 'person' as const, id: personId } : { kind: 'organisation' as const, id: organisationId };
  });
  const organisations = task.organisationIds.map((id) => ({ kind: 'organisation' as const, id }));
  const participants = [...sides.filter((side) => side.kind === 'person'), ...organisations].map((participant) => ({ ...participant, label: label(participant) }));
  const [from, to] = sides;
  return {
    ...emptyVisit(),
    participants,
    note: task.note,
    ties: from && to ? [{ from: participantKey(from), to: participantKey(to), kind: 'geintroduceerd', warmth: 'lauw' }] : [],
  };
}

/** A round planned in the round planner, ready to be written down: one visit per organisation, with the person to ask for there. */
export function visitsForRound(stops: readonly { organisationId: string; personId: string | null }[], label: (participant: { kind: 'person' | 'organisation'; id: string }) => string): VisitDraft[] {
  return stops.map((stop) => ({
    ...emptyVisit(),
    participants: [...(stop.personId ? [{ kind: 'person' as const, id: stop.personId }] : []), { kind: 'organisation' as const, id: stop.organisationId }].map((participant) => ({ ...participant, label: label(participant) })),
  }));
}
