import type { Core } from 'cytoscape';
import { neighbourhood } from './neighbourhood';
import type { NetworkView } from './network-elements';

/** The nodes in a focus: `start` and what lies at most `steps` links from it, over the drawn lines and the marked edges alike. */
export function focusOf(view: NetworkView, cy: Core, start: string, steps: number): Set<string> {
  const edges = cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  return neighbourhood([...view.lines, ...edges], start, steps);
}

/** Fades what lies outside a focus: the nodes not in it, and the edges that leave it. */
export function fadeOutside(cy: Core, inFocus: ReadonlySet<string>): void {
  cy.elements()
    .filter((element) => (element.isNode() ? !inFocus.has(element.id()) : !inFocus.has(element.source().id()) || !inFocus.has(element.target().id())))
    .addClass('faded');
}
