import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { downloadedBytes, openApp, screenshotDir, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { growNetwork } from '../support/grow-network';
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
      const row = duplicates.locator('.finding-list > li', { hasText: 'Stichting Buurtwerk Noord' });
      await row.getByRole('button', { name: /samenvoegen met/ }).click();
      // She picks the record to keep and sees, field by field, what it will hold and what moves to it.
      const panel = row.locator('.merge-panel');
      const choices = panel.getByRole('radio');
      expect(await choices.count()).toBe(2);
      const other = (await choices.nth(1).evaluate((radio) => (radio as HTMLInputElement).value));
      const otherName = (await panel.locator('.merge-choice label').nth(1).textContent())!.trim();
      await choices.nth(1).check();
      await expect.poll(() => panel.locator('caption').textContent()).toBe(`Zo ziet ${otherName} eruit na het samenvoegen`);
      expect(await panel.locator('tbody th').allTextContents()).toEqual(expect.arrayContaining(['Naam', 'Telefoon']));
      await expect.poll(() => panel.locator('.merge-moves').textContent()).toMatch(/^Verhuist van .+: (niets|\d+ .+)\. .+ wordt daarna gearchiveerd; Ctrl\+Z brengt beide terug\.$/);
      expect(await seriousViolations(page)).toEqual([]);
      await row.screenshot({ path: `${screenshotDir}/53-analyse-samenvoegen.png` });
      const before = ok(await app.api.organisation.list({ includeArchived: true })).filter((organisation) => organisation.name.endsWith('Buurtwerk Noord'));
      await panel.getByRole('button', { name: `${before.find((organisation) => organisation.id !== other)!.name} samenvoegen met ${otherName}` }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toMatch(/(Stichting )?Buurtwerk Noord samengevoegd met (Stichting )?Buurtwerk Noord\./);
      // The analysis runs again after the change (a second or so on the whole network).
      await expect.poll(() => duplicates.locator('.finding-list > li').count(), { timeout: 15_000 }).toBe(7);
      const pair = ok(await app.api.organisation.list({ includeArchived: true })).filter((organisation) => organisation.name.endsWith('Buurtwerk Noord'));
      // The one she chose is kept; the other is archived.
      expect(pair.filter((organisation) => organisation.archivedAt !== null).map((organisation) => organisation.id)).toEqual(before.filter((organisation) => organisation.id !== other).map((organisation) => organisation.id));
      // One undo brings both back.
      await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
      await expect.poll(async () => ok(await app.api.organisation.list({ includeArchived: true })).filter((organisation) => organisation.name.endsWith('Buurtwerk Noord') && organisation.archivedAt === null)).toHaveLength(2);
      await expect.poll(() => duplicates.locator('.finding-list > li').count(), { timeout: 15_000 }).toBe(8);

      // A planned introduction is a task with a due date: no contact is logged, so "laatst gesproken" stays true.
      const overlaps = page.getByRole('region', { name: /Dubbelingen in het aanbod/ });
      const entriesBefore = ok(await app.api.logEntry.list({ includeArchived: true }));
      // Each overlap is one line; opened, it shows the introductions to plan.
      await overlaps.locator('.overlap summary').first().click();
      const firstPair = overlaps.locator('.pair-list > li').first();
      const pairText = await firstPair.locator('span').first().textContent();
      await firstPair.getByRole('button', { name: 'Introductie plannen' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toMatch(/^Introductie van .+ en .+ gepland: ze staat in Opvolgen\./);
      expect(ok(await app.api.logEntry.list({ includeArchived: true }))).toEqual(entriesBefore);
      // The page with its notices and the undo toast.
      expect(await seriousViolations(page)).toEqual([]);
      const [task] = ok(await app.api.task.list({})).filter((candidate) => candidate.kind === 'introductie');
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

  it('lists overlaps as groups to act on: each pair to introduce once, weak signals folded with their reason, one screen per wijk', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/analyse', { viewport: { width: 1366, height: 768 } });
    try {
      const overlaps = page.getByRole('region', { name: /Dubbelingen in het aanbod/ });
      await overlaps.locator('.overlap').first().waitFor();
      // Every pair still to introduce, across all wijken and the folded part: none twice.
      await overlaps.locator('details.less-important > summary').click();
      for (const summary of await overlaps.locator('.overlap > details > summary').all()) await summary.click();
      const more = overlaps.getByRole('button', { name: /^Nog \d+ paren? om voor te stellen$/ });
      while ((await more.count()) > 0) await more.first().click();
      const pairs = await overlaps.locator('.pair-list > li > span:first-child').evaluateAll((spans) => spans.map((span) => [...span.querySelectorAll('a')].map((link) => link.textContent).sort().join(' en ')));
      expect(pairs.length).toBeGreaterThan(20);
      expect(pairs.filter((pair, index) => pairs.indexOf(pair) !== index)).toEqual([]);
      // Each entry names the offers with their organisations; a weak one says why it matters less.
      expect(await overlaps.locator('.overlap .overlap-offers').first().textContent()).toMatch(/^[^:;]+: [^;]+(; [^:;]+: [^;]+)*$/);
      expect(await overlaps.locator('details.less-important .overlap').first().textContent()).toMatch(/alle bewoners|dagdeel onbekend/);
      expect(await seriousViolations(page)).toEqual([]);

      // Per wijk, the list to go through at a meeting fits one screen: from its first entry to the folded weak signals.
      await page.reload();
      await overlaps.locator('.overlap').first().waitFor();
      const wijken = (await overlaps.getByLabel('Wijk').locator('option').allTextContents()).filter((label) => label !== 'Alle');
      expect(wijken.length).toBeGreaterThanOrEqual(6);
      for (const wijk of wijken) {
        await overlaps.getByLabel('Wijk').selectOption({ label: wijk });
        // Every entry shown is of this wijk: its name is not repeated in the titles.
        await expect.poll(() => overlaps.locator('.overlap summary strong').allTextContents()).not.toContainEqual(expect.stringMatching(/^[A-Z].* · .* · /));
        const height = await overlaps.evaluate((card) => {
          const entries = card.querySelectorAll('.overlap');
          const last = card.querySelector('details.less-important') ?? entries[entries.length - 1];
          return (last?.getBoundingClientRect().bottom ?? 0) - (entries[0]?.getBoundingClientRect().top ?? 0);
        });
        if (wijk === 'Oude Noorden') await overlaps.screenshot({ path: `${screenshotDir}/52-analyse-dubbelingen-oude-noorden.png` });
        expect({ wijk, height, fits: height <= 768 - 60 }).toMatchObject({ wijk, fits: true });
      }
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 90_000);

  it('on a city-sized network shows how far the analysis is, stops it on request, also while it reads, and runs it again', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    // About fifty times the demo's people: the analysis takes seconds here.
    await growNetwork(network, 30_000, 100_000);
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/analyse');
    try {
      const running = page.locator('.task-progress');
      await expect.poll(() => running.textContent(), { timeout: 60_000 }).toMatch(/^Analyse berekenen: [a-z ]+ \(\d+%\)Analyse afbreken$/);
      expect(await running.locator('progress').getAttribute('value')).toMatch(/^\d+$/);
      // Stopped at once, whatever part it is in: every analysis asked for, the ones still reading the network too.
      await running.getByRole('button', { name: 'Analyse afbreken' }).click();
      await expect.poll(() => page.getByRole('alert').allTextContents(), { timeout: 30_000 }).toEqual(['De analyse is afgebroken; er is niets gewijzigd.']);
      expect(await seriousViolations(page)).toEqual([]);
      // She runs it again. On a loaded machine a refresh of the network that came in meanwhile (the window's focus asks the
      // change log) may have started it by itself: then it is running already, and there is no button to press (CI once waited
      // 30 s for it in a run beside other work).
      const again = page.getByRole('button', { name: 'Opnieuw analyseren' });
      await expect.poll(async () => (await again.count()) + (await running.count()), { timeout: 30_000 }).toBeGreaterThan(0);
      if ((await running.count()) === 0) await again.click();
      await expect.poll(() => running.textContent(), { timeout: 60_000 }).toMatch(/^Analyse berekenen: [a-z ]+ \(\d+%\)Analyse afbreken$/);
      await page.screenshot({ path: `${screenshotDir}/54-analyse-bezig.png` });
      await page.waitForSelector('.finding', { timeout: 90_000 });
      expect(await page.locator('.task-progress').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Dubbele records' }).count()).toBe(1);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 180_000);
});
