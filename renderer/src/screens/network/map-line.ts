/** A plain tie or affiliation, drawn as a straight line between two nodes of the map. */
export interface MapLine {
  id: string;
  /** Node ids as in Cytoscape (`person:…`, `organisation:…`). */
  source: string;
  target: string;
  colour: string;
  /** 1 (affiliation, cold or lukewarm tie) to 4 (introduction): the line's width. */
  weight: number;
  /** New since the date chosen under "Nieuw sinds". */
  isNew: boolean;
}
