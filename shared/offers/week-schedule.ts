import type { Offer, OfferSession } from '../domain/offer';
import { sessionFrequency, timeOfDay, weekday } from '../domain/vocabulary';

type Weekday = (typeof weekday.codes)[number];
type TimeOfDay = (typeof timeOfDay.codes)[number];

/** One offer on one day of the week: when it starts and ends, and how often if not every week. */
export interface WeekSlot {
  offerId: string;
  session: OfferSession;
  startsAt: string | null;
  /** "om de week", "elke maand": said when it is not every week. */
  frequency: string | null;
}

export interface WeekSchedule {
  /** Monday to Sunday, each day's offers by starting time (those without one last). */
  days: { day: Weekday; slots: WeekSlot[] }[];
  /** Offers with dagdelen but no days: by part of the day, as known. */
  withoutDays: { part: TimeOfDay; offerIds: string[] }[];
}

/**
 * "Wat is er wanneer": the active offers laid out over the week, from their
 * sessions; those known only by dagdeel listed apart, so none is left out
 * because its days were never filled in.
 */
export function weekSchedule(offers: readonly Offer[]): WeekSchedule {
  const active = offers.filter((offer) => offer.archivedAt === null && offer.status === 'actief');
  const days = weekday.codes.map((day) => ({
    day,
    slots: active
      .flatMap((offer) =>
        offer.sessions
          .filter((session) => session.weekdays.includes(day))
          .map((session) => ({ offerId: offer.id, session, startsAt: session.startsAt, frequency: session.frequency === 'wekelijks' ? null : sessionFrequency.labels[session.frequency] })),
      )
      .sort((left, right) => (left.startsAt ?? '99:99').localeCompare(right.startsAt ?? '99:99')),
  }));
  const withoutDays = timeOfDay.codes.map((part) => ({ part, offerIds: active.filter((offer) => offer.sessions.length === 0 && offer.timesOfDay.includes(part)).map((offer) => offer.id) }));
  return { days, withoutDays };
}
