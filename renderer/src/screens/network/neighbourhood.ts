/**
 * The nodes at most `steps` links away from `start` (itself included),
 * over all links of the map: Cytoscape's edges and the drawn lines alike.
 */
export function neighbourhood(links: Iterable<{ source: string; target: string }>, start: string, steps: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  const connect = (from: string, to: string) => {
    const list = adjacent.get(from);
    if (list) list.push(to);
    else adjacent.set(from, [to]);
  };
  for (const { source, target } of links) {
    connect(source, target);
    connect(target, source);
  }
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacent.get(node) ?? []) {
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}
