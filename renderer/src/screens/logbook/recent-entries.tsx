import type { LogbookOutcome } from '../../../../shared/domain/logbook-record';
import { LogEntryList } from '../../components/log-entry-list';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { RoundAdditions } from './round-additions';

/** The latest contacts, newest first. */
export function RecentEntries({ saved }: { saved: LogbookOutcome | null }) {
  const { data } = useLoadedNetwork();
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
        <LogEntryList entries={recent} showParticipants details={(entry) => <RoundAdditions entry={entry} saved={saved} />} />
      )}
    </section>
  );
}
