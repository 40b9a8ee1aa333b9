import { describe, expect, it } from 'vitest';
import { goTo, openApp, serveForTest, useChromium } from '../support/browser';
import { pluralMistakes } from '../support/plural-agreement';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

/**
 * The counted messages on screen, each seen at 0, 1 and 2, in a network
 * built so that every count takes each of those values somewhere: a wijk
 * with nothing, one with one organisation, one with two that know each
 * other; searches with no, one and two answers; casussen opened today,
 * yesterday and the day before.
 */
describe('counts on screen, for 0, 1 and 2', () => {
  it('reads in the right number on the map, in the search and on the casus board', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const [empty, one, two] = await Promise.all(['Leegwijk', 'Eenwijk', 'Tweewijk'].map(async (name) => ok(await app.api.neighbourhood.create({ name }))));
    ok(await app.api.organisation.create({ name: 'Bibliotheek Klaproos', kindId: 'kind-welzijn', neighbourhoodIds: [one!.id] }));
    const first = ok(await app.api.organisation.create({ name: 'Buurthuis Madelief', kindId: 'kind-welzijn', neighbourhoodIds: [two!.id] }));
    const second = ok(await app.api.organisation.create({ name: 'Buurthuis Vergeet-mij-niet', kindId: 'kind-welzijn', neighbourhoodIds: [two!.id] }));
    ok(await app.api.tie.create({ from: { kind: 'organisation', id: first.id }, to: { kind: 'organisation', id: second.id }, kind: 'werkt_samen', warmth: 'warm' }));
    for (const [code, openedOn] of [['C-2026-101', '2026-11-23'], ['C-2026-102', '2026-11-22'], ['C-2026-103', '2026-11-21']] as const) {
      ok(await app.api.casus.create({ code, openedOn, referrerTypeId: 'referrer-huisarts', status: 'zoeken' }));
    }
    const bridge = await serveForTest(network);
    try {
      const page = await openApp(browser(), bridge, '#/netwerk');
      const seen: string[] = [];
      const read = async (locator: string) => {
        const text = ((await page.locator(locator).first().textContent()) ?? '').trim();
        seen.push(text);
        return text;
      };

      // The map's count line, per wijk: 0, 1 and 2 nodes; 0 and 1 connections; the whole network has 2.
      await page.waitForSelector('.network-canvas canvas');
      const counts = '.network-side .muted';
      const wijk = page.getByLabel('Wijk', { exact: true });
      await expect.poll(() => read(counts), { timeout: 15_000 }).toBe('3 knopen, 1 verbinding in beeld');
      await wijk.selectOption({ label: 'Leegwijk' });
      await expect.poll(() => read(counts), { timeout: 15_000 }).toBe('0 knopen, 0 verbindingen in beeld');
      await wijk.selectOption({ label: 'Eenwijk' });
      await expect.poll(() => read(counts), { timeout: 15_000 }).toBe('1 knoop, 0 verbindingen in beeld');
      await wijk.selectOption({ label: 'Tweewijk' });
      await expect.poll(() => read(counts), { timeout: 15_000 }).toBe('2 knopen, 1 verbinding in beeld');
      expect(empty).toBeDefined();

      // The search's count: none, one and two answers.
      await goTo(page, '#/zoeken');
      const search = page.getByLabel('Zoek iemand, een organisatie of aanbod');
      // The count is read out to a screen reader, before the chosen answer.
      for (const [query, expected] of [['xylofoonles', 'Geen resultaten.'], ['bibliotheek', '1 resultaat.'], ['buurthuis', '2 resultaten.']] as const) {
        await search.fill(query);
        await expect.poll(async () => (await read('.search-panel [aria-live="polite"]')).split(' Gekozen: ')[0], { timeout: 10_000 }).toBe(expected);
      }

      // The casus board: opened today, one day and two days ago (the test clock's today is 23 November).
      await goTo(page, '#/casussen');
      await page.waitForSelector('.casus-board');
      const ages = await page.locator('.casus-board .muted').allInnerTexts();
      seen.push(...ages);
      expect(ages).toEqual(expect.arrayContaining(['vandaag aangemeld', '1 dag geleden aangemeld', '2 dagen geleden aangemeld']));

      expect(seen.flatMap(pluralMistakes)).toEqual([]);
      await page.context().close();
    } finally {
      await bridge.close();
      await network.close();
    }
  }, 90_000);
});
