import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import type { NetworkData } from '../../shared/network/network-data';
import type { NodePositions } from '../../shared/network/node-positions';
import { organisationMap, ringsAround } from '../../shared/network/organisation-map';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the organisation-level map of the demo', () => {
  let data: NetworkData;
  let stored: NodePositions;

  beforeAll(async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    data = ok(await app.api.network.load({}));
    stored = ok(await app.api.network.positions({}));
    await network.close();
  });

  it('places every current organisation, the same way every time', () => {
    const map = organisationMap(data, stored);
    expect(Object.keys(map).sort()).toEqual(data.organisations.filter((organisation) => organisation.archivedAt === null).map((organisation) => `organisation:${organisation.id}`).sort());
    expect(organisationMap(data, stored)).toEqual(map);
  });

  it('opens up the stored map: organisations further apart relative to its size, the loose ones pulled in', () => {
    const keys = Object.keys(organisationMap(data, stored));
    // Spread: the typical distance to the nearest neighbour, against the width of the whole map.
    const spread = (positions: NodePositions) => {
      const points = keys.map((key) => positions[key]!);
      const nearest = points.map((point) => Math.min(...points.filter((other) => other !== point).map((other) => distance(point, other)))).sort((a, b) => a - b);
      const width = Math.max(...points.map((point) => point.x)) - Math.min(...points.map((point) => point.x));
      const height = Math.max(...points.map((point) => point.y)) - Math.min(...points.map((point) => point.y));
      return nearest[Math.floor(nearest.length / 2)]! / Math.max(width, height);
    };
    expect(spread(organisationMap(data, stored))).toBeGreaterThan(spread(stored) * 1.5);
  });

  it('puts the people of an opened organisation in a ring round it, none on top of another', () => {
    const centres = { 'organisation:o1': { x: 100, y: 100 } };
    const ring = ringsAround(centres, new Map([['organisation:o1', ['person:a', 'person:b', 'person:c']]]));
    const radii = Object.values(ring).map((position) => distance(position, centres['organisation:o1']));
    expect(new Set(radii.map((radius) => radius.toFixed(6))).size).toBe(1);
    const [a, b, c] = Object.values(ring);
    expect(Math.min(distance(a!, b!), distance(b!, c!), distance(a!, c!))).toBeGreaterThan(50);
  });
});
