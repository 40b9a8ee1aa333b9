import { expect } from 'vitest';
import type { NetworkStats } from '../../shared/domain/network-stats';

/** The minimum size the foundation issue asks of the demo network. */
export function expectDemoSize(stats: NetworkStats): void {
  expect(stats.organisations.total).toBeGreaterThanOrEqual(180);
  expect(stats.persons.total).toBeGreaterThanOrEqual(400);
  expect(stats.offers.total).toBeGreaterThanOrEqual(300);
  expect(stats.ties.total).toBeGreaterThanOrEqual(1500);
  expect(stats.logEntries.total).toBeGreaterThanOrEqual(200);
  expect(stats.casussen.total).toBeGreaterThanOrEqual(40);
  expect(stats.casusMatches.total).toBeGreaterThan(0);
  expect(stats.casusFollowUps.total).toBeGreaterThan(0);
}
