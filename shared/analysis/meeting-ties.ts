import { isCurrentAffiliation, type Affiliation } from '../domain/affiliation';
import type { Meeting } from '../domain/meeting';
import type { Offer } from '../domain/offer';
import type { Organisation } from '../domain/organisation';
import type { Tie } from '../domain/tie';

/** Two organisations that met at a meeting and have no tie yet: a tie she may accept (or skip). */
export interface MeetingTieProposal {
  /** The two organisations, in name order. */
  organisationIds: [string, string];
  names: [string, string];
  /** The themes both offer something in: why they might work together. */
  sharedThemeIds: string[];
}

/** The network a proposal looks at. */
export interface MeetingTieSources {
  organisations: readonly Organisation[];
  affiliations: readonly Affiliation[];
  ties: readonly Tie[];
  offers: readonly Offer[];
}

/**
 * The organisations present at a meeting: those ticked, and those of the
 * people ticked (their roles on the meeting's date), archived ones left out.
 */
export function organisationsPresent(meeting: Meeting, sources: Pick<MeetingTieSources, 'organisations' | 'affiliations'>): string[] {
  const present = new Set(meeting.attendedOrganisationIds);
  const attended = new Set(meeting.attendedPersonIds);
  for (const affiliation of sources.affiliations) if (attended.has(affiliation.personId) && isCurrentAffiliation(affiliation, meeting.heldOn)) present.add(affiliation.organisationId);
  const active = new Set(sources.organisations.filter((organisation) => organisation.archivedAt === null).map((organisation) => organisation.id));
  return [...present].filter((id) => active.has(id));
}

/**
 * Ties the meeting may have made: every pair of organisations present that
 * is not yet connected, neither directly nor through their people. Pairs
 * that offer something in the same theme come first (most shared themes
 * first), then by name, so the likeliest new partners lead the list.
 */
export function proposeMeetingTies(meeting: Meeting, sources: MeetingTieSources): MeetingTieProposal[] {
  const present = organisationsPresent(meeting, sources);
  const organisationOf = new Map<string, Set<string>>();
  for (const affiliation of sources.affiliations) {
    if (affiliation.archivedAt !== null) continue;
    const organisations = organisationOf.get(affiliation.personId) ?? new Set<string>();
    organisations.add(affiliation.organisationId);
    organisationOf.set(affiliation.personId, organisations);
  }
  const endsOf = (end: Tie['from']) => (end.kind === 'organisation' ? [end.id] : [...(organisationOf.get(end.id) ?? [])]);
  const connected = new Set<string>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const tie of sources.ties) {
    if (tie.archivedAt !== null) continue;
    for (const from of endsOf(tie.from)) for (const to of endsOf(tie.to)) if (from !== to) connected.add(pairKey(from, to));
  }
  const themesOf = new Map<string, Set<string>>();
  for (const offer of sources.offers) {
    if (offer.archivedAt !== null) continue;
    const themes = themesOf.get(offer.organisationId) ?? new Set<string>();
    for (const theme of offer.themeIds) themes.add(theme);
    themesOf.set(offer.organisationId, themes);
  }
  const nameOf = new Map(sources.organisations.map((organisation) => [organisation.id, organisation.name]));
  const byName = [...present].sort((a, b) => (nameOf.get(a) ?? '').localeCompare(nameOf.get(b) ?? '', 'nl'));
  const proposals: MeetingTieProposal[] = [];
  for (const [position, first] of byName.entries()) {
    for (const second of byName.slice(position + 1)) {
      if (connected.has(pairKey(first, second))) continue;
      const secondThemes = themesOf.get(second) ?? new Set<string>();
      proposals.push({
        organisationIds: [first, second],
        names: [nameOf.get(first) ?? first, nameOf.get(second) ?? second],
        sharedThemeIds: [...(themesOf.get(first) ?? [])].filter((theme) => secondThemes.has(theme)),
      });
    }
  }
  // Stable: pairs with as many shared themes keep their name order.
  return proposals.sort((a, b) => b.sharedThemeIds.length - a.sharedThemeIds.length);
}
