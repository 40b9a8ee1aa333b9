// cytoscape-svg ships without types: it registers `cy.svg(options)` (typed
// in cytoscape-svg-core.d.ts), which returns the graph as an SVG string.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const register: Ext;
  export default register;
}
