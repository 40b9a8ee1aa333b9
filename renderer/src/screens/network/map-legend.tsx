import { strings } from '../../strings';
import type { NetworkFilters, NetworkView, Overlays } from './network-elements';
import { communityColours, edgeColours, kindColour, newColour, overlayColours, personColour } from './network-style';

const text = strings.network;

export interface LegendProps {
  /** Top-level kinds of the organisations on the map (`welzijn`, `zorg`…). */
  kinds: readonly string[];
  persons: boolean;
  organisationLevel: boolean;
  overlays: Overlays;
  since: boolean;
  offers: boolean;
}

/** The legend of what a view of the map shows: its kinds, persons or not, and the marks its filters and overlays put on it. */
export function legendOf(view: NetworkView | null, filters: NetworkFilters, overlays: Overlays): LegendProps {
  const elements = view?.elements ?? [];
  return {
    kinds: [...new Set(elements.flatMap((element) => (typeof element.data.kind === 'string' ? [element.data.kind] : [])))].sort(),
    persons: elements.some((element) => String(element.data.id).startsWith('person:')),
    organisationLevel: filters.reducePersons,
    overlays,
    since: filters.since !== '',
    offers: filters.showOffers,
  };
}

export type Mark = { shape: 'fill' | 'round' | 'ring' | 'dashed-ring' | 'line' | 'dashed-line' | 'dotted-line' | 'underlay'; colour: string; thick?: boolean };

/** How an overlay marks the map: a ring round a node or a dashed line between two. */
const overlayMarks: Record<keyof Overlays, Mark> = {
  duplicates: { shape: 'dashed-line', colour: overlayColours.duplicates },
  overlaps: { shape: 'ring', colour: overlayColours.overlaps },
  islands: { shape: 'dashed-ring', colour: overlayColours.islands },
  weakLinks: { shape: 'ring', colour: overlayColours.weakLinks },
  coldTies: { shape: 'dashed-line', colour: overlayColours.coldTies },
  communities: { shape: 'underlay', colour: communityColours[1] },
  casusLinks: { shape: 'dashed-line', colour: overlayColours.casusLinks },
};

function Swatch({ mark }: { mark: Mark }) {
  const style =
    mark.shape === 'fill' || mark.shape === 'round' || mark.shape === 'underlay'
      ? { background: mark.colour }
      : mark.shape === 'ring' || mark.shape === 'dashed-ring'
        ? { borderColor: mark.colour }
        : { borderTopColor: mark.colour };
  return <span className={`legend-mark legend-${mark.shape}${mark.thick ? ' legend-thick' : ''}`} style={style} aria-hidden="true" />;
}

/** One line of the legend: a key, how it looks on the map, and what it means. */
export type LegendEntry = [key: string, mark: Mark, label: string];

/**
 * What is on the map now, and only that: the kinds shown, what a line's
 * colour and width mean at this level, what is new, and a mark for every
 * overlay that is on. The legend beside the map and the one in an export
 * both come from here, in the map's own colours.
 */
export function legendEntries({ kinds, persons, organisationLevel, overlays, since, offers }: LegendProps): LegendEntry[] {
  return [
    ...kinds.map((kind): LegendEntry => [`kind-${kind}`, { shape: 'fill', colour: kindColour(kind) }, kind]),
    ...(persons ? [['person', { shape: 'round', colour: personColour }, text.legendPerson] as LegendEntry] : []),
    ['warm', { shape: 'line', colour: edgeColours.warm }, text.legendWarm],
    ['lauw', { shape: 'line', colour: edgeColours.lauw }, text.legendLukewarm],
    ['koud', { shape: 'line', colour: edgeColours.koud }, text.legendCold],
    organisationLevel ? ['thickness', { shape: 'line', colour: edgeColours.warm, thick: true }, text.legendThickness] : ['introduced', { shape: 'line', colour: edgeColours.geintroduceerd, thick: true }, text.legendIntroduced],
    ...(offers ? [['offer', { shape: 'dotted-line', colour: edgeColours.offer }, text.legendOffer] as LegendEntry] : []),
    ...(since ? [['new', { shape: 'underlay', colour: newColour }, text.legendNew] as LegendEntry] : []),
    ...(Object.keys(overlays) as (keyof Overlays)[]).filter((name) => overlays[name]).map((name): LegendEntry => [`overlay-${name}`, overlayMarks[name], text.legendOverlays[name]]),
  ];
}

/** The legend beside the map. */
export function MapLegend(props: LegendProps) {
  return (
    <>
      <h2>{text.legend}</h2>
      <ul className="legend">
        {legendEntries(props).map(([key, mark, label]) => (
          <li key={key}>
            <Swatch mark={mark} /> {label}
          </li>
        ))}
      </ul>
    </>
  );
}
