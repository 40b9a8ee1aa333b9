import type { ReactNode } from 'react';
import type { LogEntry } from '../../../shared/domain/log-entry';
import { logKind } from '../../../shared/domain/vocabulary';
import { formatDate } from '../strings/dutch';
import { useLoadedNetwork } from '../state/network-data';

/** Log entries as a timeline: date and kind, optionally who was there, the note. */
export function LogEntryList({ entries, showParticipants, details }: { entries: readonly LogEntry[]; showParticipants: boolean; details?: (entry: LogEntry) => ReactNode }) {
  const { index } = useLoadedNetwork();
  return (
    <ol className="log-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <p className="log-meta">
            <time dateTime={entry.occurredOn}>{formatDate(entry.occurredOn)}</time> · {logKind.labels[entry.kind]}
          </p>
          {showParticipants && <p>{[...entry.personIds.map((id) => index.person.get(id)?.name), ...entry.organisationIds.map((id) => index.organisation.get(id)?.name)].filter(Boolean).join(', ')}</p>}
          {entry.note && <p className={showParticipants ? 'muted' : undefined}>{entry.note}</p>}
          {details?.(entry)}
        </li>
      ))}
    </ol>
  );
}
