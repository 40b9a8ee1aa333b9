import type { ElementDefinition } from 'cytoscape';
import type { mapOverlay } from '../../../../shared/domain/vocabulary';
import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import type { NodePositions } from '../../../../shared/network/node-positions';
import type { NetworkData } from '../../../../shared/network/network-data';
import type { Tie } from '../../../../shared/domain/tie';
import type { MapLine } from './map-line';
import { communityColours, edgeColours, kindColour, overlayColours, personColour } from './network-style';

/** Above this many persons on the map their names show only when selected: thousands of labels are unreadable and slow to draw. */
const PERSON_LABELS_UP_TO = 1_500;

export interface NetworkFilters {
  neighbourhoodId: string;
  kindId: string;
  /** Only organisations with an active offer on this theme / for this target group; '' for all. */
  themeId: string;
  targetGroupId: string;
  /** Offers as nodes of their own, linked to their organisation. */
  showOffers: boolean;
  /** What node size stands for. */
  sizeBy: 'degree' | 'betweenness';
  /** Ties at least this warm; '' for all. */
  minWarmth: '' | 'lauw' | 'warm';
  /** Highlight what is new since this date (`YYYY-MM-DD`); '' for none. */
  since: string;
  /**
   * The organisation-level map (the default, and always while presenting):
   * persons fold into their organisation, and the ties between two
   * organisations become one line, as thick as there are ties.
   */
  reducePersons: boolean;
  /** Organisations whose people are shown on the organisation-level map (never while presenting). */
  expandedOrganisationIds: readonly string[];
}

/** Which overlays of the analysis are on: one switch per overlay the vocabulary knows. */
export type Overlays = Record<(typeof mapOverlay.codes)[number], boolean>;

/**
 * What the map draws: nodes and the few marked edges (overlays, offers) as
 * Cytoscape elements; the many plain ties and affiliations as lines on a
 * canvas beneath them (see line-layer.ts for why).
 */
export interface NetworkView {
  elements: ElementDefinition[];
  lines: MapLine[];
}

const warmthRank = { koud: 0, lauw: 1, warm: 2 } as const;

const peopleCache = new WeakMap<NetworkData, Map<string, Set<string>>>();

/** The current people of each organisation (person ids by organisation id): what opening it on the map shows. */
export function peopleOf(data: NetworkData): ReadonlyMap<string, ReadonlySet<string>> {
  let people = peopleCache.get(data);
  if (!people) {
    people = new Map();
    const current = new Set(data.persons.filter((person) => person.archivedAt === null).map((person) => person.id));
    for (const affiliation of data.affiliations) {
      if (affiliation.archivedAt !== null || !current.has(affiliation.personId)) continue;
      const set = people.get(affiliation.organisationId) ?? new Set<string>();
      set.add(affiliation.personId);
      people.set(affiliation.organisationId, set);
    }
    peopleCache.set(data, people);
  }
  return people;
}
const key = (kind: string, id: string) => `${kind}:${id}`;

/**
 * The network for the map: organisations and persons as nodes, ties and
 * affiliations as lines, classes for the filters and overlays. Node sizes
 * come from `degrees` (links in the whole network) so they are right in the
 * first frame; the analysis only adds what the overlays and betweenness need,
 * and changes nothing on the map while no overlay asks for it.
 */
export function networkElements(data: NetworkData, degrees: ReadonlyMap<string, number>, filters: NetworkFilters, overlays: Overlays, analysis: NetworkAnalysis | null, topKind: (kindId: string) => string, positions: NodePositions): NetworkView {
  const activeOffers = data.offers.filter((offer) => offer.archivedAt === null && offer.status === 'actief');
  const offering = (test: (offer: (typeof activeOffers)[number]) => boolean) => new Set(activeOffers.filter(test).map((offer) => offer.organisationId));
  const byTheme = filters.themeId === '' ? null : offering((offer) => offer.themeIds.includes(filters.themeId));
  const byTarget = filters.targetGroupId === '' ? null : offering((offer) => offer.targetGroupIds.includes(filters.targetGroupId));
  const organisations = data.organisations.filter(
    (organisation) =>
      organisation.archivedAt === null &&
      (!byTheme || byTheme.has(organisation.id)) &&
      (!byTarget || byTarget.has(organisation.id)) &&
      (filters.neighbourhoodId === '' || organisation.neighbourhoodIds.includes(filters.neighbourhoodId)) &&
      (filters.kindId === '' || organisation.kindId === filters.kindId || topKind(organisation.kindId) === filters.kindId),
  );
  const shown = new Set(organisations.map((organisation) => organisation.id));
  const homeOf = new Map<string, string>();
  for (const affiliation of data.affiliations) {
    if (affiliation.archivedAt === null && shown.has(affiliation.organisationId) && !homeOf.has(affiliation.personId)) homeOf.set(affiliation.personId, affiliation.organisationId);
  }
  const opened = new Set(filters.expandedOrganisationIds.filter((id) => shown.has(id)).flatMap((id) => [...(peopleOf(data).get(id) ?? [])]));
  const persons = data.persons.filter((person) => person.archivedAt === null && homeOf.has(person.id) && (!filters.reducePersons || opened.has(person.id)));
  const shownPersons = new Set(persons.map((person) => person.id));

  const structure = analysis?.structure;
  const islandNodes = new Set((structure?.components.slice(1) ?? []).flatMap((component) => component.nodeIds));
  const weak = new Set(structure?.articulationPoints ?? []);
  const overlapNodes = new Set((analysis?.overlaps ?? []).filter((group) => group.connectedPairs.length === 0).flatMap((group) => group.organisationIds.map((id) => key('organisation', id))));
  const communityOf = new Map<string, number>();
  (structure?.communities ?? []).forEach((community, index) => community.nodeIds.forEach((nodeKey) => communityOf.set(nodeKey, index % communityColours.length)));
  const personLabels = persons.length <= PERSON_LABELS_UP_TO;
  const isNew = (createdAt: string) => filters.since !== '' && createdAt.slice(0, 10) >= filters.since;
  // Betweenness is 0..1; scaled so the busiest brokers stand out like high degrees do.
  const degree = (nodeKey: string) => (filters.sizeBy === 'betweenness' ? (structure?.centrality[nodeKey]?.betweenness ?? 0) * 200 : degrees.get(nodeKey) ?? 0);
  // Only with the overlay on: a colour arriving with the analysis would restyle every node.
  const communityColour = (nodeKey: string) => (overlays.communities ? { community: communityColours[communityOf.get(nodeKey) ?? 0] } : {});

  // A copy: Cytoscape keeps the object it is given as the node's position and moves it when the node moves, which would move the stored map too.
  const placeOf = (nodeKey: string) => {
    const position = positions[nodeKey];
    return position ? { x: position.x, y: position.y } : undefined;
  };

  const nodeClasses = (nodeKey: string, createdAt: string, kind: string) =>
    [
      kind,
      overlays.islands && islandNodes.has(nodeKey) ? 'island' : '',
      overlays.weakLinks && weak.has(nodeKey) ? 'weak' : '',
      overlays.overlaps && overlapNodes.has(nodeKey) ? 'overlap' : '',
      overlays.communities && communityOf.has(nodeKey) ? 'in-community' : '',
      isNew(createdAt) ? 'is-new' : '',
    ]
      .filter(Boolean)
      .join(' ');

  const elements: ElementDefinition[] = [
    ...organisations.map((organisation) => {
      const nodeKey = key('organisation', organisation.id);
      const kind = topKind(organisation.kindId).replace('kind-', '');
      const data = { id: nodeKey, label: organisation.name, name: organisation.name, kind, colour: kindColour(kind), shape: 'round-rectangle', size: 18 + Math.min(40, degree(nodeKey) * 2), ...communityColour(nodeKey) };
      return { group: 'nodes' as const, data, position: placeOf(nodeKey), classes: nodeClasses(nodeKey, organisation.createdAt, `organisation kind-${kind}`) };
    }),
    ...persons.map((person) => {
      const nodeKey = key('person', person.id);
      const data = { id: nodeKey, label: personLabels ? person.name : '', name: person.name, colour: personColour, shape: 'ellipse', size: 10 + Math.min(24, degree(nodeKey) * 1.5), ...communityColour(nodeKey) };
      return { group: 'nodes' as const, data, position: placeOf(nodeKey), classes: nodeClasses(nodeKey, person.createdAt, 'person') };
    }),
  ];
  if (filters.showOffers) {
    // Offers are not part of the stored map: they circle their organisation.
    const offersAround = new Map<string, number>();
    for (const offer of activeOffers) {
      if (!shown.has(offer.organisationId)) continue;
      if (filters.themeId !== '' && !offer.themeIds.includes(filters.themeId)) continue;
      if (filters.targetGroupId !== '' && !offer.targetGroupIds.includes(filters.targetGroupId)) continue;
      const centre = positions[key('organisation', offer.organisationId)] ?? { x: 0, y: 0 };
      const around = offersAround.get(offer.organisationId) ?? 0;
      offersAround.set(offer.organisationId, around + 1);
      const position = { x: centre.x + Math.cos(around * 1.1) * 40, y: centre.y + Math.sin(around * 1.1) * 40 };
      elements.push({ group: 'nodes', data: { id: key('offer', offer.id), label: offer.title, name: offer.title, colour: '#e3f2e8', shape: 'diamond', size: 10 }, position, classes: 'offer' });
      elements.push({ group: 'edges', data: { id: `offer-${offer.id}`, source: key('offer', offer.id), target: key('organisation', offer.organisationId), colour: edgeColours.offer, weight: 1 }, classes: 'offer-link' });
    }
  }
  const endOf = (end: { kind: string; id: string }): string | null => {
    if (end.kind === 'organisation') return shown.has(end.id) ? key('organisation', end.id) : null;
    if (shownPersons.has(end.id)) return key('person', end.id);
    // A person reduced to their organisation.
    const home = homeOf.get(end.id);
    return filters.reducePersons && home ? key('organisation', home) : null;
  };
  const pairOf = (source: string, target: string) => (source < target ? `${source}~${target}` : `${target}~${source}`);
  const lines: MapLine[] = [];
  const edgeKeys = new Set<string>();
  const isFirst = (source: string | null, target: string | null): boolean => {
    if (!source || !target || source === target) return false;
    const pair = pairOf(source, target);
    if (edgeKeys.has(pair)) return false;
    edgeKeys.add(pair);
    return true;
  };
  const addEdge = (id: string, source: string | null, target: string | null, data: { colour: string; weight: number }, classes: string) => {
    if (isFirst(source, target)) elements.push({ group: 'edges', data: { id, source, target, ...data }, classes });
  };
  for (const affiliation of data.affiliations) {
    if (affiliation.archivedAt === null && shownPersons.has(affiliation.personId) && shown.has(affiliation.organisationId)) {
      const source = key('person', affiliation.personId);
      const target = key('organisation', affiliation.organisationId);
      if (isFirst(source, target)) lines.push({ id: affiliation.id, source, target, colour: edgeColours.affiliation, weight: 1, ties: 0, isNew: false });
    }
  }
  // Every tie between the same two nodes is one link: the warmest sets its colour, and on the organisation-level map the number of ties its width.
  const links = new Map<string, { id: string; source: string; target: string; ties: number; warmth: Tie['warmth']; introduced: boolean; isNew: boolean }>();
  for (const tie of data.ties) {
    if (tie.archivedAt !== null) continue;
    if (filters.minWarmth !== '' && warmthRank[tie.warmth] < warmthRank[filters.minWarmth]) continue;
    const source = endOf(tie.from);
    const target = endOf(tie.to);
    if (!source || !target || source === target) continue;
    const pair = pairOf(source, target);
    const link = links.get(pair) ?? { id: tie.id, source, target, ties: 0, warmth: tie.warmth, introduced: false, isNew: false };
    link.ties++;
    if (warmthRank[tie.warmth] > warmthRank[link.warmth]) link.warmth = tie.warmth;
    link.introduced ||= tie.kind === 'geintroduceerd';
    link.isNew ||= isNew(tie.since ?? tie.createdAt);
    links.set(pair, link);
  }
  const organisationLevel = filters.reducePersons;
  for (const link of links.values()) {
    const look = organisationLevel
      ? { colour: edgeColours[link.warmth], weight: Math.min(4, link.ties) }
      : { colour: link.introduced ? edgeColours.geintroduceerd : edgeColours[link.warmth], weight: link.introduced ? 4 : link.warmth === 'warm' ? 3 : 1 };
    // A cold link under the cold-ties overlay is drawn by Cytoscape, dashed and curved.
    if (overlays.coldTies && link.warmth === 'koud') addEdge(link.id, link.source, link.target, look, ['tie', 'cold', link.isNew ? 'is-new' : ''].filter(Boolean).join(' '));
    else if (isFirst(link.source, link.target)) lines.push({ id: link.id, source: link.source, target: link.target, ...look, ties: link.ties, isNew: link.isNew });
  }
  if (overlays.casusLinks && analysis) {
    for (const pair of analysis.casusCollaborations) {
      const [a, b] = pair.organisationIds;
      addEdge(`casus-${a}-${b}`, endOf({ kind: 'organisation', id: a }), endOf({ kind: 'organisation', id: b }), { colour: overlayColours.casusLinks, weight: Math.min(4, pair.casusCount) }, 'casus-link');
    }
  }
  if (overlays.duplicates && analysis) {
    for (const pair of [...analysis.duplicates.organisations, ...analysis.duplicates.persons]) {
      addEdge(`duplicate-${pair.keepId}-${pair.dropId}`, endOf({ kind: pair.kind, id: pair.keepId }), endOf({ kind: pair.kind, id: pair.dropId }), { colour: overlayColours.duplicates, weight: 3 }, 'duplicate');
    }
  }
  return { elements, lines };
}
