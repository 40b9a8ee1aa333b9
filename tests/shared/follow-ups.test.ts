import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { followUps, type FollowUps } from '../../shared/analysis/follow-ups';
import { loadNetworkData } from '../../shared/network/network-data';
import { appFor, openSuiteDatabase } from '../support/temp-database';

const today = '2026-11-23';
let found: FollowUps;

beforeAll(async () => {
  const suite = await openSuiteDatabase();
  await buildDemoNetwork(suite.network.db, { seed: 2026, today });
  found = followUps(await loadNetworkData(appFor(suite.network).api), today);
  return suite.dispose;
}, 60_000);

describe('follow-ups on the demo network', () => {
  it('lists due follow-ups, soonest first, none done and none beyond next week', () => {
    expect(found.due.length).toBeGreaterThan(0);
    const dates = found.due.map((entry) => entry.followUpOn!);
    expect(dates).toEqual([...dates].sort());
    expect(found.due.every((entry) => entry.followUpDoneOn === null && entry.followUpOn! <= '2026-11-30')).toBe(true);
  });

  it('finds the warm contacts not seen for over half a year, longest silence first', () => {
    expect(found.coolingContacts.length).toBeGreaterThanOrEqual(10);
    expect(found.coolingContacts.every(({ person, lastContact }) => person.brokerWarmth === 'warm' && (lastContact === null || lastContact < '2026-05-25'))).toBe(true);
    const dates = found.coolingContacts.map(({ lastContact }) => lastContact ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('finds the organisations to ask for a check: unchecked for a year or never, or an offer of theirs; longest unchecked first', () => {
    expect(found.listings.length).toBeGreaterThan(10);
    expect(found.listings.every(({ organisation, staleOffers }) => (organisation.verifiedOn ?? '') < '2025-11-23' || staleOffers.length > 0)).toBe(true);
    expect(found.listings.flatMap(({ staleOffers }) => staleOffers).every((offer) => offer.status === 'actief' && (offer.verifiedOn === null || offer.verifiedOn < '2025-11-23'))).toBe(true);
    const dates = found.listings.map(({ organisation }) => organisation.verifiedOn ?? '');
    expect(dates).toEqual([...dates].sort());
  });
});
