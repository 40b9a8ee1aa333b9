import { organisationsOfEnds } from '../../../../shared/analysis/overlapping-offers';
import type { TieEnd } from '../../../../shared/domain/tie';
import type { NetworkData } from '../../state/network-data';

export interface ChangesSince {
  organisations: { id: string; name: string }[];
  ties: { id: string; from: string; to: string; introduced: boolean }[];
}

/**
 * What is new in the network since a date (the last wijknetwerk meeting):
 * organisations entered, ties begun (their `since`, else when entered), and
 * which of those the broker introduced. Only what the map shows: the
 * organisations in `onMap`, and ties whose two ends are on it (a person
 * through one of their organisations), so a filter on one wijk tells that
 * wijk's news. Names only: this list is shown in presentation mode.
 */
export function changesSince(data: NetworkData, since: string, nameOf: (end: { kind: string; id: string }) => string | undefined, onMap: ReadonlySet<string>): ChangesSince {
  const isNew = (createdAt: string) => createdAt.slice(0, 10) >= since;
  const { organisationsOfEnd } = organisationsOfEnds(data.affiliations);
  const endOnMap = (end: TieEnd) => organisationsOfEnd(end).some((id) => onMap.has(id));
  return {
    organisations: data.organisations.filter((organisation) => organisation.archivedAt === null && onMap.has(organisation.id) && isNew(organisation.createdAt)).map(({ id, name }) => ({ id, name })),
    ties: data.ties
      .filter((tie) => tie.archivedAt === null && isNew(tie.since ?? tie.createdAt) && endOnMap(tie.from) && endOnMap(tie.to))
      .flatMap((tie) => {
        const from = nameOf(tie.from);
        const to = nameOf(tie.to);
        return from && to ? [{ id: tie.id, from, to, introduced: tie.kind === 'geintroduceerd' }] : [];
      }),
  };
}
