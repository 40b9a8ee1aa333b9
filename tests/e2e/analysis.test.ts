import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { downloadedBytes, openApp, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('the Analyse screen in a real browser', () => {
  it('merges a duplicate, plans an introduction and downloads a list as CSV', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/analyse');
    try {
      await page.waitForSelector('.finding');
      const duplicates = page.getByRole('region', { name: /Dubbele records/ });
      await expect.poll(() => duplicates.locator('.finding-list > li').count()).toBe(8);
      await duplicates.locator('.finding-list > li', { hasText: 'Stichting Buurtwerk Noord' }).getByRole('button', { name: /samenvoegen met/ }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toMatch(/(Stichting )?Buurtwerk Noord samengevoegd met (Stichting )?Buurtwerk Noord\./);
      // The analysis runs again after the change (a second or so on the whole network).
      await expect.poll(() => duplicates.locator('.finding-list > li').count(), { timeout: 15_000 }).toBe(7);
      const pair = ok(await app.api.organisation.list({ includeArchived: true })).filter((organisation) => organisation.name.endsWith('Buurtwerk Noord'));
      expect(pair.filter((organisation) => organisation.archivedAt !== null)).toHaveLength(1);

      // A planned introduction is a task with a due date: no contact is logged, so "laatst gesproken" stays true.
      const overlaps = page.getByRole('region', { name: /Dubbelingen in het aanbod/ });
      const entriesBefore = ok(await app.api.logEntry.list({ includeArchived: true }));
      const firstPair = overlaps.locator('.pair-list > li').first();
      const pairText = await firstPair.locator('span').first().textContent();
      await firstPair.getByRole('button', { name: 'Introductie plannen' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toMatch(/^Introductie van .+ en .+ gepland: ze staat in Opvolgen\./);
      expect(ok(await app.api.logEntry.list({ includeArchived: true }))).toEqual(entriesBefore);
      // The page with its notices and the undo toast.
      expect(await seriousViolations(page)).toEqual([]);
      const [task] = ok(await app.api.task.list({}));
      expect(task).toMatchObject({ kind: 'introductie', dueOn: '2026-11-30', doneOn: null });
      expect(task!.organisationIds).toHaveLength(2);
      expect(task!.note).toMatch(/^Voorstellen: /);
      // The row says it is planned, and cannot be planned twice.
      const plannedRow = overlaps.locator('.pair-list > li', { hasText: pairText ?? '' }).first();
      await expect.poll(() => plannedRow.locator('.badge-planned').textContent()).toBe('gepland, vóór 30 nov 2026');
      expect(await plannedRow.getByRole('button', { name: 'Introductie plannen' }).count()).toBe(0);

      const gaps = page.getByRole('region', { name: /Hiaten/ });
      expect(await gaps.locator('td.cell-empty').count()).toBeGreaterThanOrEqual(5);
      const [download] = await Promise.all([page.waitForEvent('download'), gaps.getByRole('button', { name: /downloaden als CSV/ }).click()]);
      expect(download.suggestedFilename()).toBe('hiaten-wijk-thema.csv');
      const csv = (await downloadedBytes(download)).toString('utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.split('\n')[0]).toMatch(/^\uFEFF?Wijk;natuur;bewegen;/);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 90_000);
});
