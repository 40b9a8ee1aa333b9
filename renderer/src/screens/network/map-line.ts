/** A plain tie or affiliation, drawn as a straight line between two nodes of the map. */
export interface MapLine {
  id: string;
  /** Node ids as in Cytoscape (`person:…`, `organisation:…`). */
  source: string;
  target: string;
  colour: string;
  /** 1 to 4, the line's width: by warmth on the person-level map (4: an introduction), by the number of ties on the organisation level. */
  weight: number;
  /** Ties this line stands for (an affiliation: 0). */
  ties: number;
  /** New since the date chosen under "Nieuw sinds". */
  isNew: boolean;
}
