import type { Offer } from '../../../../shared/domain/offer';
import type { LogEntry } from '../../../../shared/domain/log-entry';
import type { LogbookOutcome } from '../../../../shared/domain/logbook-record';
import { tieKind } from '../../../../shared/domain/vocabulary';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';

/**
 * What the round just saved added to the network, under each of its
 * entries: the new people and offers and the connections made, so the
 * broker sees the round landed whole. Only for the last save (`saved`, as
 * the API answered it): older entries say nothing of this.
 */
export function RoundAdditions({ entry, saved }: { entry: LogEntry; saved: LogbookOutcome | null }) {
  const { data, index } = useLoadedNetwork();
  if (!saved?.entryIds.includes(entry.id)) return null;
  const nameOf = (end: { kind: string; id: string }) => (end.kind === 'person' ? index.person.get(end.id)?.name : index.organisation.get(end.id)?.name) ?? '?';
  const persons = saved.personIds.filter((id) => entry.personIds.includes(id)).map((id) => index.person.get(id)).filter((person) => person !== undefined);
  const offers = saved.offerIds.map((id) => index.offer.get(id)).filter((offer): offer is Offer => offer !== undefined && entry.organisationIds.includes(offer.organisationId));
  const ties = data.ties.filter((tie) => entry.tieIds.includes(tie.id));
  const text = strings.logbook.added;
  const parts = [
    ...persons.map((person) => text.person(person.name)),
    ...offers.map((offer) => text.offer(offer.title)),
    ...ties.map((tie) => text.tie(nameOf(tie.from), tie.kind === 'geintroduceerd' ? text.introduced : tieKind.labels[tie.kind], nameOf(tie.to))),
  ];
  return parts.length === 0 ? null : <p className="log-added">{text.label} {parts.join(' · ')}</p>;
}
