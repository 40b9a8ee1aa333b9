// Small hand-made networks for unit tests of the analysis and the matching:
// each builder fills the defaults, so a test names only what matters to it.
import { affiliationDefaults, type Affiliation } from '../../shared/domain/affiliation';
import { casusDefaults, type Casus } from '../../shared/domain/casus';
import type { Neighbourhood } from '../../shared/domain/neighbourhood';
import { offerDefaults, type Offer } from '../../shared/domain/offer';
import { organisationDefaults, type Organisation } from '../../shared/domain/organisation';
import { personDefaults, type Person } from '../../shared/domain/person';
import type { TaxonomyTerm } from '../../shared/domain/taxonomy-term';
import { tieDefaults, type Tie } from '../../shared/domain/tie';
import type { NetworkData } from '../../shared/network/network-data';

export const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', archivedAt: null };
export const org = (id: string, name: string, extra: Partial<Organisation> = {}): Organisation => ({ ...organisationDefaults, ...meta, id, name, kindId: 'kind-welzijn', ...extra });
export const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({ ...personDefaults, ...meta, id, name, ...extra });
export const works = (personId: string, organisationId: string): Affiliation => ({ ...affiliationDefaults, ...meta, id: `a-${personId}-${organisationId}`, personId, organisationId });
export const offer = (id: string, organisationId: string, neighbourhood: string, theme: string, target: string, extra: Partial<Offer> = {}): Offer => ({
  ...offerDefaults,
  ...meta,
  id,
  organisationId,
  title: id,
  neighbourhoodIds: neighbourhood === '' ? [] : [neighbourhood],
  themeIds: [theme],
  targetGroupIds: target === '' ? [] : [target],
  ...extra,
});
export const tie = (id: string, from: [Tie['from']['kind'], string], to: [Tie['to']['kind'], string]): Tie => ({ ...tieDefaults, ...meta, id, from: { kind: from[0], id: from[1] }, to: { kind: to[0], id: to[1] }, kind: 'kent' });
export const term = (id: string, taxonomy: TaxonomyTerm['taxonomy'], roles: TaxonomyTerm['roles'] = []): TaxonomyTerm => ({ ...meta, id, taxonomy, label: id, parentId: null, sortOrder: 0, roles });
export const neighbourhood = (id: string, parentId: string | null = null): Neighbourhood => ({ ...meta, postcodeAreas: [], id, name: id, parentId });
export const casus = (code: string, extra: Partial<Casus> = {}): Casus => ({ ...casusDefaults, ...meta, id: code, code, openedOn: '2026-11-01', referrerTypeId: 'referrer-huisarts', ...extra });

export function network(parts: Partial<NetworkData>): NetworkData {
  return { neighbourhoods: [], terms: [], organisations: [], persons: [], affiliations: [], offers: [], ties: [], logEntries: [], meetings: [], tasks: [], mapViews: [], presentations: [], requests: [], requestReplies: [], ...parts };
}
