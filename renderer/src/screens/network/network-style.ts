import type { StylesheetJson } from 'cytoscape';

const kindColours: Record<string, string> = {
  welzijn: '#1d4f73',
  zorg: '#b2401b',
  gemeente: '#4b2d83',
  wonen: '#6b4f1d',
  sport: '#1c7a43',
  cultuur: '#a3246b',
  onderwijs: '#2f6f8a',
  bibliotheek: '#2f6f8a',
  levensbeschouwing: '#7a5c00',
  vrijwilligersorganisatie: '#1f6f6b',
  bewonersinitiatief: '#4f7a1d',
  ondernemer: '#5b6676',
  overig: '#5b6676',
};

/** The legend and the graph share these colours. */
export const legendKinds = Object.entries(kindColours).filter(([kind]) => kind !== 'overig' && kind !== 'bibliotheek');

/** Cytoscape styles; presentation mode: larger labels, higher contrast. */
export function networkStyle(presentation: boolean): StylesheetJson {
  const font = presentation ? 16 : 9;
  return [
    { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': font, 'text-valign': 'bottom', 'text-margin-y': 3, color: presentation ? '#000' : '#1c2430', 'text-outline-color': '#fff', 'text-outline-width': presentation ? 3 : 2, 'min-zoomed-font-size': presentation ? 6 : 8, 'border-width': 0 } },
    ...Object.entries(kindColours).map(([kind, colour]) => ({ selector: `node.kind-${kind}`, style: { 'background-color': colour, shape: 'round-rectangle' as const } })),
    { selector: 'node.person', style: { 'background-color': '#8fb3d1', shape: 'ellipse' } },
    { selector: 'node.offer', style: { 'background-color': '#e3f2e8', 'border-width': 2, 'border-color': '#1c5a34', shape: 'diamond' } },
    { selector: 'edge.offer-link', style: { 'line-color': '#9cc9ab', 'line-style': 'dotted' } },
    { selector: 'edge', style: { width: 1, 'line-color': '#b9c2cf', 'curve-style': 'haystack', opacity: 0.7 } },
    { selector: 'edge.affiliation', style: { 'line-color': '#d5dbe3', 'line-style': 'solid' } },
    { selector: 'edge.warmth-warm', style: { width: presentation ? 3 : 2, 'line-color': '#c46a2b' } },
    { selector: 'edge.warmth-lauw', style: { 'line-color': '#d3b26b' } },
    { selector: 'edge.tie-geintroduceerd', style: { 'line-color': '#e39b16', width: presentation ? 4 : 2.5 } },
    { selector: 'edge.cold', style: { 'line-color': '#2f5d8a', 'line-style': 'dashed', 'curve-style': 'bezier', width: 2, opacity: 1 } },
    { selector: 'edge.duplicate', style: { 'line-color': '#b3261e', 'line-style': 'dashed', 'curve-style': 'bezier', width: 3, opacity: 1 } },
    { selector: 'node.overlap', style: { 'border-width': 5, 'border-color': '#e39b16' } },
    { selector: 'node.island', style: { 'border-width': 4, 'border-color': '#4b2d83', 'border-style': 'dashed' } },
    { selector: 'node.weak', style: { 'border-width': 5, 'border-color': '#b3261e' } },
    { selector: '.is-new', style: { 'underlay-color': '#1f9d55', 'underlay-opacity': 0.35, 'underlay-padding': 6 } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#000' } },
    { selector: '.faded', style: { opacity: 0.12 } },
  ];
}
