// "Nieuw sinds de vorige bijeenkomst" starts at the wijk's own last meeting.
import { describe, expect, it } from 'vitest';
import { lastMeetingBefore } from '../../shared/analysis/last-meeting';
import { meetingDefaults, type Meeting } from '../../shared/domain/meeting';

const meeting = (id: string, heldOn: string, neighbourhoodId: string | null, extra: Partial<Meeting> = {}): Meeting => ({
  ...meetingDefaults,
  id,
  kind: 'wijknetwerk',
  heldOn,
  neighbourhoodId,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  archivedAt: null,
  ...extra,
});

const meetings = [
  meeting('a', '2026-09-10', 'oude-noorden'),
  meeting('b', '2026-10-19', 'oude-noorden'),
  meeting('c', '2026-11-05', 'bergpolder'),
  meeting('d', '2026-11-23', 'oude-noorden'),
  meeting('e', '2026-11-20', 'oude-noorden', { kind: 'themabijeenkomst' }),
  meeting('f', '2026-11-21', 'oude-noorden', { archivedAt: '2026-11-22T10:00:00.000Z' }),
];

describe('the last meeting "nieuw sinds" starts from', () => {
  it("is the wijk's last wijknetwerk meeting before today: not today's, not another kind, not a removed one", () => {
    expect(lastMeetingBefore(meetings, 'oude-noorden', '2026-11-23', null)).toBe('2026-10-19');
    expect(lastMeetingBefore(meetings, 'bergpolder', '2026-11-23', null)).toBe('2026-11-05');
    // Tomorrow, today's meeting is the last one.
    expect(lastMeetingBefore(meetings, 'oude-noorden', '2026-11-24', null)).toBe('2026-11-23');
  });

  it('is the last of any wijk when none is chosen, and the date she marked when it is later or there is none', () => {
    expect(lastMeetingBefore(meetings, null, '2026-11-23', null)).toBe('2026-11-05');
    expect(lastMeetingBefore(meetings, 'blijdorp', '2026-11-23', '2026-10-01')).toBe('2026-10-01');
    expect(lastMeetingBefore(meetings, 'oude-noorden', '2026-11-23', '2026-11-22')).toBe('2026-11-22');
    expect(lastMeetingBefore(meetings, 'oude-noorden', '2026-11-23', '2026-09-01')).toBe('2026-10-19');
    expect(lastMeetingBefore([], null, '2026-11-23', null)).toBeNull();
  });
});
