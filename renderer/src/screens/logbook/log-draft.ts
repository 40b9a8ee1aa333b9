import type { LogbookRecordInput } from '../../../../shared/domain/logbook-record';
import type { tieKind, warmth, logKind } from '../../../../shared/domain/vocabulary';
import { strings } from '../../strings';

export type TieKind = (typeof tieKind.codes)[number];
export type Warmth = (typeof warmth.codes)[number];
export type LogKind = (typeof logKind.codes)[number];

export interface Participant {
  kind: 'person' | 'organisation';
  id: string;
  label: string;
}

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
  return { key: globalThis.crypto.randomUUID(), participants: [], note: '', ties: [], warmer: [], offers: [], pendingTie: noTie, pendingOffer: '' };
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
    offers: title !== '' && organisation ? [...visit.offers, { offerId: null, organisationId: organisation.id, title }] : visit.offers,
    pendingTie: noTie,
    pendingOffer: '',
  };
}

/** A question before saving when something half filled in cannot go with the round as it is. */
export function pendingQuestion(visits: readonly VisitDraft[]): string | null {
  for (const [position, visit] of visits.entries()) {
    const tie = visit.pendingTie;
    if ((tie.from === '') !== (tie.to === '') || (tie.from !== '' && tie.from === tie.to)) return strings.logbook.unfinishedTie(position + 1);
  }
  return null;
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
      offers: visit.offers.map((offer) => ({ offerId: offer.offerId, organisationId: offer.organisationId, title: offer.title, description: '', themeIds: [], access: 'vrije_inloop' as const })),
    })),
  };
}
