/** Every unordered pair of a list once, in list order: `[a, b]` for each `a` before `b`. */
export function pairsOf<Item>(items: readonly Item[]): [Item, Item][] {
  const pairs: [Item, Item][] = [];
  items.forEach((first, position) => {
    for (const second of items.slice(position + 1)) pairs.push([first, second]);
  });
  return pairs;
}
