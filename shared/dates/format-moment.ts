const moment = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** `2026-11-29T09:02:00.000Z` -> `29 november 2026 om 10:02`, on the broker's own clock (her timezone). */
export function formatMoment(isoMoment: string): string {
  return moment.format(new Date(isoMoment));
}
