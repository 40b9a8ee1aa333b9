// The round planner in a real browser: who is due in a wijk, a round in
// cycling order (also on a phone), and the logbook opened with its visits.
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { openApp, screenshot, screenshotDir, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('the round planner in a real browser', () => {
  it('plans a round of the most overdue in Oude Noorden in cycling order and opens the logbook with its visits', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const wijk = ok(await app.api.neighbourhood.list({})).find((neighbourhood) => neighbourhood.name === 'Oude Noorden')!;
    const due = ok(await app.api.visits.due({ today: '2026-11-23', neighbourhoodId: wijk.id }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/logboek');
    try {
      await page.getByRole('link', { name: 'Ronde plannen' }).click();
      await page.getByRole('heading', { name: 'Tijd voor een bezoek', level: 1 }).waitFor();
      await page.getByLabel('Wijk').selectOption({ label: 'Oude Noorden' });
      const list = page.getByRole('region', { name: /Aan de beurt/ });
      await expect.poll(() => list.getByRole('checkbox').count()).toBe(due.length);
      // The list in the service's order; the ten most overdue ticked.
      expect((await list.locator('li strong').allTextContents())).toEqual(due.map((visit) => visit.name));
      expect(await list.getByRole('checkbox', { checked: true }).count()).toBe(10);
      // Each says why it weighs more: a warm contact, a spilfiguur, in use for casussen.
      const tags = { warm: 'warm contact', spilfiguur: 'spilfiguur', casus: 'in casussen' } as const;
      const shownTags = await list.locator('li').evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.badge')].map((badge) => badge.textContent)));
      expect(shownTags).toEqual(due.map((visit) => [...visit.reasons.map((reason) => tags[reason]), ...(visit.outsideWijk ? ['buiten de wijk'] : [])]));
      // The demo's Oude Noorden round holds organisations that work there but lie in another wijk: marked, and ridden last.
      expect(due.filter((visit) => visit.outsideWijk).map((visit) => visit.postcode?.slice(0, 4))).not.toContain('3035');
      expect(due.some((visit) => visit.outsideWijk)).toBe(true);
      expect(due.some((visit) => visit.reasons.length > 0)).toBe(true);
      // Unticked by keyboard: the round is nine.
      await list.getByRole('checkbox').nth(0).focus();
      await page.keyboard.press('Space');
      const sheet = page.getByRole('region', { name: /^Fietsronde Oude Noorden/ });
      await expect.poll(() => sheet.locator('.round-stops > li').count()).toBe(9);
      expect(await sheet.getByRole('heading').textContent()).toBe('Fietsronde Oude Noorden, 23 november 2026: 9 bezoeken');
      const stops = await sheet.locator('.round-stops > li strong').allTextContents();
      expect(new Set(stops)).toEqual(new Set(due.slice(1, 10).map((visit) => visit.name)));
      const stopVisits = stops.map((name) => due.find((visit) => visit.name === name)!);
      const inside = stopVisits.filter((visit) => !visit.outsideWijk);
      expect(stopVisits.slice(0, inside.length)).toEqual(inside);
      const postcodes = inside.map((visit) => visit.postcode ?? '\uffff');
      expect(postcodes).toEqual([...postcodes].sort());
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '75-ronde-plannen');
      await page.setViewportSize({ width: 390, height: 844 });
      await sheet.screenshot({ path: `${screenshotDir}/76-ronde-op-telefoon.png` });
      await page.setViewportSize({ width: 1360, height: 900 });

      const entriesBefore = ok(await app.api.logEntry.list({})).length;
      await sheet.getByRole('button', { name: 'Ronde vastleggen in het logboek' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain('De ronde staat klaar: 9 bezoeken.');
      expect(await page.getByRole('radio', { name: 'Ronde' }).isChecked()).toBe(true);
      await expect.poll(() => page.locator('.visit-block').count()).toBe(9);
      // Each visit holds the organisation of its stop, in the round's order.
      const first = page.locator('.visit-block').first();
      expect(await first.textContent()).toContain(stops[0]);
      // One line per visit: who and the note; the rest behind "Meer…".
      expect(await page.locator('.visit-block .tie-editor, .visit-block .offer-editor').count()).toBe(0);
      await first.getByLabel('Notitie').fill('Nieuwe coördinator, wil graag kennismaken met de bibliotheek.');
      await first.getByRole('button', { name: 'Meer: iemand toevoegen, een verbinding of aanbod…' }).click();
      await first.getByRole('group', { name: 'Aanbod besproken' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '77-ronde-in-logboek');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Ronde vastgelegd: 9 bezoeken.');
      const entries = ok(await app.api.logEntry.list({}));
      expect(entries.length).toBe(entriesBefore + 9);
      // Visited today: they are no longer due.
      const after = ok(await app.api.visits.due({ today: '2026-11-23', neighbourhoodId: wijk.id })).map((visit) => visit.name);
      expect(after.filter((name) => stops.includes(name))).toEqual([]);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 120_000);
});
