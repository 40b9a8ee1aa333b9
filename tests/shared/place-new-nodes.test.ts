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

  it('puts a new node between its neighbours, next to a chain of new nodes its first link, and a loner under the map', () => {
    expect(distance(placed['person:new']!, { x: 100, y: 0 })).toBeLessThan(60);
    expect(distance(placed['person:chain1']!, known['organisation:far'])).toBeLessThan(60);
    expect(distance(placed['person:chain2']!, known['organisation:far'])).toBeLessThan(120);
    expect(placed['person:alone']!.y).toBeGreaterThan(800);
  });

  it('lays out a map with no positions at all as a grid', () => {
    const grid = placeNewNodes(['a', 'b', 'c'], () => [], {});
    expect(grid).toEqual({ a: { x: 0, y: 0 }, b: { x: 60, y: 0 }, c: { x: 120, y: 0 } });
  });
});
