import type { EdgeSingular, StylesheetJson } from 'cytoscape';

/** Organisations of a kind without a colour of its own. */
const otherColour = '#5b6676';

const kindColours: Record<string, string> = {
  welzijn: '#1d4f73',
  zorg: '#b2401b',
  gemeente: '#4b2d83',
  wonen: '#6b4f1d',
  sport: '#1c7a43',
  cultuur: '#a3246b',
  onderwijs: '#2f6f8a',
  bibliotheek: '#0b7285',
  levensbeschouwing: '#7a5c00',
  vrijwilligersorganisatie: '#1f6f6b',
  bewonersinitiatief: '#4f7a1d',
  ondernemer: '#8b5e3c',
  overig: otherColour,
};

/** Distinct, colour-blind-safe hues (Okabe-Ito) for communities. */
export const communityColours = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#000000'] as const;

/** The legend and the graph share these colours. */
export const legendKinds = Object.entries(kindColours);

/** Colours of node and edge kinds; elements carry theirs as data, so one style rule serves all (see networkStyle). */
export const personColour = '#8fb3d1';
export const edgeColours = { affiliation: '#d5dbe3', koud: '#b9c2cf', lauw: '#d3b26b', warm: '#c46a2b', geintroduceerd: '#e39b16', offer: '#9cc9ab' } as const;

/**
 * The overlays' marks: rings round nodes and dashed edges. Bright, where the
 * kinds' fills are dark, and none the colour of anything else on the map, so
 * a ring is never read as a kind or a tie (see `meaningColours`).
 */
export const overlayColours = {
  overlaps: '#00a3d9',
  islands: '#9c27ff',
  weakLinks: '#ff2d2d',
  duplicates: '#d4006e',
  coldTies: '#2f5d8a',
  casusLinks: '#00a86b',
} as const;

/** Edge widths in model units, so lines and Cytoscape's edges grow alike when zooming in. */
export function edgeWidth(weight: number, presentation: boolean): number {
  const share = (Math.min(4, Math.max(1, weight)) - 1) / 3;
  return presentation ? 1.5 + share * 3.5 : 1 + share * 1.5;
}
export const edgeOpacity = 0.7;
export const fadedOpacity = 0.12;
/** Marks what is new since the chosen date: nodes get an underlay, lines a halo, in this colour. */
export const newColour = '#1f9d55';
/** The selected node's ring. */
export const selectedColour = '#000000';

/** Every colour that carries a meaning on the map, by meaning: the legend draws from these, and no two meanings share one. */
export const meaningColours: Record<string, string> = {
  ...Object.fromEntries(Object.entries(kindColours).map(([kind, colour]) => [`kind-${kind}`, colour])),
  person: personColour,
  ...Object.fromEntries(Object.entries(edgeColours).map(([kind, colour]) => [`line-${kind}`, colour])),
  ...Object.fromEntries(Object.entries(overlayColours).map(([overlay, colour]) => [`overlay-${overlay}`, colour])),
  new: newColour,
  selected: selectedColour,
};

export function kindColour(kind: string): string {
  return kindColours[kind] ?? otherColour;
}

/** Labels on screen, in CSS pixels, whatever the zoom: read from the back row while presenting, at a desk otherwise. */
export const labelPixels = { presenting: 16, working: 12 } as const;
/** The widest a label gets on screen before it wraps to a next line, in CSS pixels. */
const labelMaxWidth = { presenting: 220, working: 160 } as const;

/**
 * Cytoscape styles; presentation mode: larger labels, higher contrast.
 * Labels keep one size on screen: their size in the map's units is divided
 * by the zoom, and the styles are set again when the zoom changes (see
 * use-cytoscape-map.ts). Colours, shapes and weights come from element data
 * through a handful of rules: Cytoscape matches every rule against every
 * element, so at 27,000 elements each rule saved is felt when the map opens.
 */
export function networkStyle(presentation: boolean, zoom = 1): StylesheetJson {
  const mode = presentation ? 'presenting' : 'working';
  const font = labelPixels[mode] / zoom;
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        label: 'data(label)',
        'font-size': font,
        'text-valign': 'bottom',
        'text-margin-y': 3 / zoom,
        'text-wrap': 'wrap',
        'text-max-width': `${labelMaxWidth[mode] / zoom}px`,
        color: presentation ? '#000' : '#1c2430',
        'text-outline-color': '#fff',
        'text-outline-width': (presentation ? 3 : 2) / zoom,
        'border-width': 0,
      },
    },
    { selector: 'node.offer', style: { 'border-width': 2, 'border-color': '#1c5a34' } },
    { selector: 'edge', style: { width: (edge: EdgeSingular) => edgeWidth(Number(edge.data('weight')), presentation), 'line-color': 'data(colour)', 'curve-style': 'haystack', opacity: edgeOpacity } },
    { selector: 'edge.offer-link', style: { 'line-style': 'dotted' } },
    { selector: 'edge.cold', style: { 'line-color': overlayColours.coldTies, 'line-style': 'dashed', 'curve-style': 'bezier', width: 2, opacity: 1 } },
    { selector: 'edge.casus-link', style: { 'line-color': overlayColours.casusLinks, 'line-style': 'dashed', 'curve-style': 'bezier', opacity: 1 } },
    { selector: 'edge.duplicate', style: { 'line-color': overlayColours.duplicates, 'line-style': 'dashed', 'curve-style': 'bezier', width: 3, opacity: 1 } },
    { selector: 'node.overlap', style: { 'border-width': 5, 'border-color': overlayColours.overlaps } },
    { selector: 'node.island', style: { 'border-width': 4, 'border-color': overlayColours.islands, 'border-style': 'dashed' } },
    { selector: 'node.weak', style: { 'border-width': 5, 'border-color': overlayColours.weakLinks } },
    { selector: 'node.in-community', style: { 'underlay-color': 'data(community)', 'underlay-opacity': 0.5, 'underlay-padding': 3, 'underlay-shape': 'ellipse' } },
    { selector: '.is-new', style: { 'underlay-color': newColour, 'underlay-opacity': 0.35, 'underlay-padding': 6 } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': selectedColour, label: 'data(name)' } },
    { selector: '.faded', style: { opacity: fadedOpacity } },
    // After the selection's own label rule: a hidden label stays measured (its box is kept) but is not drawn.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    // In an export a hidden label is left out altogether, not drawn invisible.
    { selector: 'node.label-hidden.label-omitted', style: { label: '' } },
  ];
}
