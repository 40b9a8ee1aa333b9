import type { LogEntry } from '../domain/log-entry';

/** Per person, the date of the latest logged contact (archived entries left out). */
export function lastContactByPerson(logEntries: readonly LogEntry[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const entry of logEntries) {
    if (entry.archivedAt) continue;
    for (const personId of entry.personIds) if ((last.get(personId) ?? '') < entry.occurredOn) last.set(personId, entry.occurredOn);
  }
  return last;
}
