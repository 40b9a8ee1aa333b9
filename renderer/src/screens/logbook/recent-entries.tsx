import type { LogbookOutcome } from '../../../../shared/domain/logbook-record';
import { LogEntryList } from '../../components/log-entry-list';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { RoundAdditions } from './round-additions';

/** The latest contacts and uitvragen, newest first. */
export function RecentEntries({ saved }: { saved: LogbookOutcome | null }) {
  const { data } = useLoadedNetwork();
  const recent = data.logEntries
    .filter((entry) => entry.archivedAt === null)
    .sort((left, right) => right.occurredOn.localeCompare(left.occurredOn) || right.createdAt.localeCompare(left.createdAt))
    .slice(0, 15);
  // The uitvragen put out since the oldest entry shown (all of them while the list is short).
  const since = recent.length === 15 ? (recent.at(-1)?.occurredOn ?? '') : '';
  const requests = data.requests.filter((request) => request.archivedAt === null && request.askedOn >= since);
  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">{strings.logbook.recent}</h2>
      {recent.length + requests.length === 0 ? (
        <p className="empty-note">{strings.logbook.noRecent}</p>
      ) : (
        <LogEntryList entries={recent} requests={requests} showParticipants details={(entry) => <RoundAdditions entry={entry} saved={saved} />} />
      )}
    </section>
  );
}
