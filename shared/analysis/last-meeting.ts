import type { Meeting } from '../domain/meeting';

/**
 * The date "Nieuw sinds de vorige bijeenkomst" starts from: the last
 * wijknetwerk meeting of the wijk shown (of any wijk when none is chosen)
 * held before today, or the date the broker marked herself with
 * "Bijeenkomst vandaag" (kept in the settings), whichever is later: a
 * meeting she did not register still moves the date on. A registered
 * meeting of today does not count yet: what is new is new since the one before.
 */
export function lastMeetingBefore(meetings: readonly Meeting[], neighbourhoodId: string | null, today: string, marked: string | null): string | null {
  let last = marked;
  for (const meeting of meetings) {
    if (meeting.archivedAt !== null || meeting.kind !== 'wijknetwerk' || meeting.heldOn >= today) continue;
    if (neighbourhoodId && meeting.neighbourhoodId !== neighbourhoodId) continue;
    if (last === null || meeting.heldOn > last) last = meeting.heldOn;
  }
  return last;
}
