import { Fragment } from 'react';
import { endedWithoutActivity, statusInWords, type Casus } from '../../../../shared/domain/casus';
import { casusStatus } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { formatDate } from '../../strings/dutch';
import { daysBetween } from '../../../../shared/dates/days-between';

const text = strings.casus;

type Column = { key: string; title: string; holds: (casus: Casus) => boolean };

// Every referral that ended without an activity shares one column (geen passend aanbod, niet bereikt, afgezien,
// niet passend), each card saying which and why: seven columns still stand side by side at 1366x768.
const columns: readonly Column[] = [
  ...casusStatus.codes.filter((status) => !endedWithoutActivity(status)).map((status): Column => ({ key: status, title: casusStatus.labels[status], holds: (casus) => casus.status === status })),
  { key: 'niet-doorgegaan', title: text.endedWithoutActivity, holds: (casus) => endedWithoutActivity(casus.status) },
];

/** One column per status, oldest referral first: what waits longest is seen first. */
export function CasusBoard({ casussen }: { casussen: readonly Casus[] }) {
  const { index } = useLoadedNetwork();
  const today = localToday();
  const active = casussen.filter((casus) => casus.archivedAt === null);
  return (
    <div className="casus-board">
      {columns.map(({ key, title, holds }) => {
        const column = active.filter(holds).sort((left, right) => left.openedOn.localeCompare(right.openedOn));
        return (
          <section key={key} className="casus-column" aria-labelledby={`column-${key}`}>
            <h2 id={`column-${key}`}>
              {title} <span className="count">{column.length}</span>
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
                      {[casus.neighbourhoodId ? index.neighbourhood.get(casus.neighbourhoodId)?.name : null, casus.ageBand, casus.mainReasonId ? index.term.get(casus.mainReasonId)?.label : null]
                        .filter(Boolean)
                        .map((part, position) => (
                          <Fragment key={position}>
                            {position > 0 && ' · '}
                            {/* An age band ("27-45") is never broken at its hyphen; a long wijk or reason may wrap in a narrow column. */}
                            {part === casus.ageBand ? <span className="nowrap">{part}</span> : part}
                          </Fragment>
                        ))}
                    </p>
                    {endedWithoutActivity(casus.status) && (
                      <p>{statusInWords(casus.status, casus.statusReason)}</p>
                    )}
                    {/* A closed casus: when it closed, not how long ago it was referred. */}
                    <p className="muted">{casus.closedOn ? text.closedOn(formatDate(casus.closedOn)) : text.daysOpen(daysBetween(casus.openedOn, today))}</p>
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
