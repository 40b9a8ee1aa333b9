import { useMemo, type ReactNode } from 'react';
import { meetingName } from '../../../shared/domain/meeting';
import type { Request } from '../../../shared/domain/request';
import { href } from '../routing/use-route';
import type { LogEntry } from '../../../shared/domain/log-entry';
import { logKind } from '../../../shared/domain/vocabulary';
import { formatDate } from '../strings/dutch';
import { strings } from '../strings';
import { useLoadedNetwork } from '../state/network-data';

type TimelineItem = { date: string; createdAt: string; entry: LogEntry; request?: never } | { date: string; createdAt: string; request: Request; entry?: never };

/**
 * Log entries as a timeline, newest first: date and kind (a recorded meeting
 * links to its page), optionally who was there, the note. Uitvragen put out
 * stand among them by their date. They are not contacts: a question sent to
 * twelve partners does not make any of them "laatst gesproken".
 */
export function LogEntryList({ entries, requests = [], showParticipants, details }: { entries: readonly LogEntry[]; requests?: readonly Request[]; showParticipants: boolean; details?: (entry: LogEntry) => ReactNode }) {
  const { data, index } = useLoadedNetwork();
  const meetingOf = useMemo(() => new Map(data.meetings.flatMap((meeting) => (meeting.logEntryId && meeting.archivedAt === null ? [[meeting.logEntryId, meeting] as const] : []))), [data.meetings]);
  const items: TimelineItem[] = [...entries.map((entry) => ({ date: entry.occurredOn, createdAt: entry.createdAt, entry })), ...requests.map((request) => ({ date: request.askedOn, createdAt: request.createdAt, request }))].sort(
    (left, right) => right.date.localeCompare(left.date) || right.createdAt.localeCompare(left.createdAt),
  );
  return (
    <ol className="log-list">
      {items.map(({ entry, request }) => {
        if (request) {
          return (
            <li key={request.id}>
              <p className="log-meta">
                <time dateTime={request.askedOn}>{formatDate(request.askedOn)}</time> · {strings.requests.sentTo(request.personIds.length + request.organisationIds.length)}
              </p>
              <p>
                <a href={href('uitvragen', request.id)}>{request.question}</a>
              </p>
            </li>
          );
        }
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
