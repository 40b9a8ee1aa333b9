import { logKind } from '../../../../shared/domain/vocabulary';
import { formatDate } from '../../format';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';

/** The latest contacts, newest first. */
export function RecentEntries() {
  const { data, index } = useLoadedNetwork();
  const recent = data.logEntries
    .filter((entry) => entry.archivedAt === null)
    .sort((left, right) => right.occurredOn.localeCompare(left.occurredOn) || right.createdAt.localeCompare(left.createdAt))
    .slice(0, 15);
  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">{strings.logbook.recent}</h2>
      {recent.length === 0 ? (
        <p className="empty-note">{strings.logbook.noRecent}</p>
      ) : (
        <ol className="log-list">
          {recent.map((entry) => (
            <li key={entry.id}>
              <p className="log-meta">
                <time dateTime={entry.occurredOn}>{formatDate(entry.occurredOn)}</time> · {logKind.labels[entry.kind]}
              </p>
              <p>{[...entry.personIds.map((id) => index.person.get(id)?.name), ...entry.organisationIds.map((id) => index.organisation.get(id)?.name)].filter(Boolean).join(', ')}</p>
              {entry.note && <p className="muted">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
