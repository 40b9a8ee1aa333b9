import { strings } from '../../strings';
import type { Overlays } from './network-elements';
import { communityColours, edgeColours, kindColour, newColour, overlayColours, personColour } from './network-style';

const text = strings.network;

interface LegendProps {
  /** Top-level kinds of the organisations on the map (`welzijn`, `zorg`…). */
  kinds: readonly string[];
  persons: boolean;
  organisationLevel: boolean;
  overlays: Overlays;
  since: boolean;
  offers: boolean;
}

type Mark = { shape: 'fill' | 'round' | 'ring' | 'dashed-ring' | 'line' | 'dashed-line' | 'dotted-line' | 'underlay'; colour: string; thick?: boolean };

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

/**
 * The legend of what is on the map now, and only that: the kinds shown,
 * what a line's colour and width mean at this level, what is new, and a
 * mark for every overlay that is on. Its colours are the map's own.
 */
export function MapLegend({ kinds, persons, organisationLevel, overlays, since, offers }: LegendProps) {
  const entries: [key: string, mark: Mark, label: string][] = [
    ...kinds.map((kind): [string, Mark, string] => [`kind-${kind}`, { shape: 'fill', colour: kindColour(kind) }, kind]),
    ...(persons ? [['person', { shape: 'round', colour: personColour }, text.legendPerson] as [string, Mark, string]] : []),
    ['warm', { shape: 'line', colour: edgeColours.warm }, text.legendWarm],
    ['lauw', { shape: 'line', colour: edgeColours.lauw }, text.legendLukewarm],
    ['koud', { shape: 'line', colour: edgeColours.koud }, text.legendCold],
    organisationLevel ? ['thickness', { shape: 'line', colour: edgeColours.warm, thick: true }, text.legendThickness] : ['introduced', { shape: 'line', colour: edgeColours.geintroduceerd, thick: true }, text.legendIntroduced],
    ...(offers ? [['offer', { shape: 'dotted-line', colour: edgeColours.offer }, text.legendOffer] as [string, Mark, string]] : []),
    ...(since ? [['new', { shape: 'underlay', colour: newColour }, text.legendNew] as [string, Mark, string]] : []),
    ...(Object.keys(overlays) as (keyof Overlays)[]).filter((name) => overlays[name]).map((name): [string, Mark, string] => [`overlay-${name}`, overlayMarks[name], text.legendOverlays[name]]),
  ];
  return (
    <>
      <h2>{text.legend}</h2>
      <ul className="legend">
        {entries.map(([key, mark, label]) => (
          <li key={key}>
            <Swatch mark={mark} /> {label}
          </li>
        ))}
      </ul>
    </>
  );
}
