import { useMemo, type ReactNode } from 'react';
import { meetingName } from '../../../shared/domain/meeting';
import { href } from '../routing/use-route';
import type { LogEntry } from '../../../shared/domain/log-entry';
import { logKind } from '../../../shared/domain/vocabulary';
import { formatDate } from '../strings/dutch';
import { useLoadedNetwork } from '../state/network-data';

/** Log entries as a timeline: date and kind (a recorded meeting links to its page), optionally who was there, the note. */
export function LogEntryList({ entries, showParticipants, details }: { entries: readonly LogEntry[]; showParticipants: boolean; details?: (entry: LogEntry) => ReactNode }) {
  const { data, index } = useLoadedNetwork();
  const meetingOf = useMemo(() => new Map(data.meetings.flatMap((meeting) => (meeting.logEntryId && meeting.archivedAt === null ? [[meeting.logEntryId, meeting] as const] : []))), [data.meetings]);
  return (
    <ol className="log-list">
      {entries.map((entry) => {
        const meeting = meetingOf.get(entry.id);
        return (
          <li key={entry.id}>
            <p className="log-meta">
              <time dateTime={entry.occurredOn}>{formatDate(entry.occurredOn)}</time> · {logKind.labels[entry.kind]}
              {meeting && (
                <>
                  {' '}
                  · <a href={href('bijeenkomsten', meeting.id)}>{meetingName(meeting)}</a>
                </>
              )}
            </p>
            {showParticipants && <p>{[...entry.personIds.map((id) => index.person.get(id)?.name), ...entry.organisationIds.map((id) => index.organisation.get(id)?.name)].filter(Boolean).join(', ')}</p>}
            {entry.note && <p className={showParticipants ? 'muted' : undefined}>{entry.note}</p>}
            {details?.(entry)}
          </li>
        );
      })}
    </ol>
  );
}
