import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Brings the graph in line with `elements` without starting over: removes
 * what is gone, updates data and classes of what stays where they differ
 * (an overlay switched on does not move a single node), adds what is new.
 * An edge whose ends changed (persons folded into their organisation) is
 * replaced.
 * Returns whether the set of nodes changed, i.e. whether to fit the view.
 */
export function syncElements(cy: Core, elements: readonly ElementDefinition[], movePositions: boolean): boolean {
  const wanted = new Map(elements.map((element) => [String(element.data.id), element]));
  let nodesChanged = false;
  cy.batch(() => {
    const stale = cy.elements().filter((element) => {
      const definition = wanted.get(element.id());
      if (!definition) return true;
      return element.isEdge() && (element.data('source') !== definition.data.source || element.data('target') !== definition.data.target);
    });
    if (stale.nodes().nonempty()) nodesChanged = true;
    cy.remove(stale);
    const added: ElementDefinition[] = [];
    for (const definition of elements) {
      const existing = cy.getElementById(String(definition.data.id));
      if (existing.empty()) {
        added.push(definition);
        continue;
      }
      // Cytoscape restyles an element on every data() call, changed or not; on a large map that is seconds.
      const changed = Object.entries(definition.data).filter(([name, value]) => existing.data(name) !== value);
      if (changed.length > 0) existing.data(Object.fromEntries(changed));
      existing.classes(definition.classes ?? '');
      if (movePositions && definition.position && existing.isNode()) existing.position(definition.position);
    }
    if (added.some((definition) => definition.group === 'nodes')) nodesChanged = true;
    // Nodes before edges, so every edge finds its ends.
    cy.add([...added.filter((definition) => definition.group === 'nodes'), ...added.filter((definition) => definition.group !== 'nodes')]);
  });
  return nodesChanged;
}
