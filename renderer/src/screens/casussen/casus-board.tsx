import type { Casus } from '../../../../shared/domain/casus';
import { casusStatus } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { daysBetween } from '../../../../shared/dates/days-between';

const text = strings.casus;

/** One column per status, oldest referral first: what waits longest is seen first. */
export function CasusBoard({ casussen }: { casussen: readonly Casus[] }) {
  const { index } = useLoadedNetwork();
  const today = localToday();
  const active = casussen.filter((casus) => casus.archivedAt === null);
  return (
    <div className="casus-board">
      {casusStatus.codes.map((status) => {
        const column = active.filter((casus) => casus.status === status).sort((left, right) => left.openedOn.localeCompare(right.openedOn));
        return (
          <section key={status} className="casus-column" aria-labelledby={`column-${status}`}>
            <h2 id={`column-${status}`}>
              {casusStatus.labels[status]} <span className="count">{column.length}</span>
            </h2>
            {column.length === 0 ? (
              <p className="muted">{text.empty}</p>
            ) : (
              <ul>
                {column.map((casus) => (
                  <li key={casus.id} className="card casus-card">
                    <a href={href('casussen', casus.id)} className="result-title">
                      {casus.code}
                    </a>
                    <p className="muted">
                      {[casus.neighbourhoodId ? index.neighbourhood.get(casus.neighbourhoodId)?.name : null, casus.ageBand, casus.mainReasonId ? index.term.get(casus.mainReasonId)?.label : null].filter(Boolean).join(' · ')}
                    </p>
                    <p className="muted">{text.daysOpen(daysBetween(casus.openedOn, today))}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
