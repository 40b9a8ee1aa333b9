import type { Tie, TieEnd } from '../../../../shared/domain/tie';
import { tieKind } from '../../../../shared/domain/vocabulary';
import { WarmthBadge } from '../../components/badges';
import { formatShortDate } from '../../strings/dutch';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';

function otherEnd(tie: Tie, self: TieEnd): TieEnd {
  return tie.from.kind === self.kind && tie.from.id === self.id ? tie.to : tie.from;
}

/** The ties of a person or organisation: with whom, what kind, how warm. */
export function TieList({ self }: { self: TieEnd }) {
  const { index } = useLoadedNetwork();
  const ties = (index.tiesOf.get(`${self.kind}:${self.id}`) ?? []).filter((tie) => tie.archivedAt === null);
  if (ties.length === 0) return <p className="empty-note">{strings.detail.noTies}</p>;
  return (
    <ul className="tie-list">
      {ties.map((tie) => {
        const other = otherEnd(tie, self);
        const name = other.kind === 'person' ? index.person.get(other.id)?.name : index.organisation.get(other.id)?.name;
        return (
          <li key={tie.id}>
            <a href={href('adresboek', other.kind === 'person' ? 'contactpersonen' : 'organisaties', other.id)}>{name ?? '?'}</a>
            <span className="muted"> · {tieKind.labels[tie.kind]}</span>
            {tie.since && <span className="muted"> · {strings.detail.since(formatShortDate(tie.since))}</span>} <WarmthBadge warmth={tie.warmth} />
          </li>
        );
      })}
    </ul>
  );
}
