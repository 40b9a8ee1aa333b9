import { describe, expect, it } from 'vitest';
import { placeNewNodes } from '../../shared/network/place-new-nodes';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('placing new nodes on a stored map', () => {
  const known = { 'organisation:a': { x: 0, y: 0 }, 'organisation:b': { x: 200, y: 0 }, 'organisation:far': { x: 1000, y: 800 } };
  const links: Record<string, string[]> = {
    'person:new': ['organisation:a', 'organisation:b'],
    'person:chain1': ['organisation:far'],
    'person:chain2': ['person:chain1'],
    'person:alone': [],
  };
  const placed = placeNewNodes(['organisation:a', 'organisation:b', 'organisation:far', ...Object.keys(links)], (id) => links[id] ?? [], known);

  it('moves no node the map already has', () => {
    expect(Object.keys(placed).sort()).toEqual(Object.keys(links).sort());
  });

  it('puts a new node between its neighbours, next to a chain of new nodes its first link, and a loner round the map', () => {
    expect(distance(placed['person:new']!, { x: 100, y: 0 })).toBeLessThan(60);
    expect(distance(placed['person:chain1']!, known['organisation:far'])).toBeLessThan(60);
    expect(distance(placed['person:chain2']!, known['organisation:far'])).toBeLessThan(120);
    // Outside the map: further from its middle than any node it had.
    const centre = { x: 400, y: 800 / 3 };
    const reach = Math.max(...Object.values(known).map((position) => distance(position, centre)));
    expect(distance(placed['person:alone']!, centre)).toBeGreaterThan(reach);
  });

  it('puts many new organisations without links (an import) in rings round the map, never in a row and never on top of each other', () => {
    const imported = Array.from({ length: 40 }, (_, index) => `organisation:new${index}`);
    // Each new organisation with one new person, who should land beside it.
    const people = Object.fromEntries(imported.map((id, index) => [`person:p${index}`, [id]]));
    const placedNow = placeNewNodes([...imported, ...Object.keys(people)], (id) => people[id] ?? [], known);
    const points = imported.map((id) => placedNow[id]!);
    const nearest = points.map((point) => Math.min(...points.filter((other) => other !== point).map((other) => distance(point, other))));
    expect(Math.min(...nearest)).toBeGreaterThanOrEqual(55);
    // Not a row: the new organisations spread over both directions.
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    expect(spread(points.map((point) => point.y))).toBeGreaterThan(spread(points.map((point) => point.x)) / 3);
    imported.forEach((id, index) => expect(distance(placedNow[`person:p${index}`]!, placedNow[id]!)).toBeLessThan(60));
  });

  it('lays out a map with no positions at all in a ring, a step apart', () => {
    const ring = placeNewNodes(['a', 'b', 'c'], () => [], {});
    expect(Object.values(ring).map((position) => Math.round(Math.hypot(position.x, position.y)))).toEqual([60, 60, 60]);
  });
});
