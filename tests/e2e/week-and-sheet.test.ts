// Wat is er wanneer, and the one-page activity sheet for a resident, in a
// real browser: offers laid out over the week by their sessions, and a
// sheet that prints on one A4 page with what, where, when, cost and whom to
// ask, and nothing else.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { formatPhoneDutch } from '../../shared/normalise/format-phone';
import { goTo, openApp, screenshot, screenshotDir, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('the week and the activity sheet in a real browser', () => {
  it('shows a wijk’s offers by day and time, and prints an activity sheet on one page', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const wijk = ok(await app.api.neighbourhood.list({})).find((neighbourhood) => neighbourhood.name === 'Oude Noorden')!;
    const organisation = ok(await app.api.organisation.list({})).find((candidate) => candidate.neighbourhoodIds.includes(wijk.id))!;
    const person = ok(await app.api.person.createAtOrganisation({ person: { name: 'Sanne Visser', phones: [{ number: '06-24681357', label: 'mobiel' }], notes: 'Alleen op maandag bereikbaar; niet doorgeven.' }, organisationId: organisation.id, role: 'coördinator' })).person;
    const koken = ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Kookavond', description: 'Koken en eten met buren.', neighbourhoodIds: [wijk.id], themeIds: ['theme-voeding'], sessions: [{ weekdays: ['di', 'do'], startsAt: '17:30', endsAt: '20:00', frequency: 'wekelijks' }], schedule: 'niet in de schoolvakanties', cost: '€ 3 per keer', isFree: false, access: 'aanmelden', location: 'Buurtkeuken, Zwaanshals 12', contactPersonId: person.id, accessibility: ['rolstoel'] }));
    ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Vroege wandeling', neighbourhoodIds: [wijk.id], themeIds: ['theme-voeding'], sessions: [{ weekdays: ['di'], startsAt: '08:00', endsAt: '09:00', frequency: 'tweewekelijks' }] }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/adresboek/aanbod');
    try {
      await page.getByRole('link', { name: 'Wat is er wanneer' }).click();
      // The offer list has its own 'Wijk' filter: choose only once the week stands there.
      await page.getByRole('heading', { name: 'Wat is er wanneer', exact: true, level: 1 }).waitFor();
      await page.getByLabel('Wijk').selectOption({ label: 'Oude Noorden' });
      await page.getByLabel('Thema').selectOption({ label: 'voeding' });
      await page.getByRole('heading', { name: 'Wat is er wanneer in Oude Noorden (voeding)', level: 1 }).waitFor();
      // The demo's own voeding offers stand there too; these two are the ones made here.
      const listed = (day: string) => page.getByRole('region', { name: day }).locator('li').allTextContents();
      const ours = (items: string[]) => items.filter((item) => / (Vroege wandeling|Kookavond) /.test(item));
      // How often when not every week; each day by starting time.
      expect(ours(await listed('dinsdag'))).toEqual([expect.stringMatching(/^08:00-09:00, om de week Vroege wandeling /), expect.stringMatching(/^17:30-20:00 Kookavond /)]);
      expect(ours(await listed('donderdag'))).toEqual([expect.stringMatching(/^17:30-20:00 Kookavond /)]);
      expect(ours(await listed('woensdag'))).toEqual([]);
      for (const day of ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']) {
        const starts = (await listed(day)).map((item) => item.slice(0, 5));
        expect(starts, day).toEqual([...starts].sort());
      }
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '84-wat-is-er-wanneer');

      // The sheet for a resident: from the offer's page.
      await goTo(page, `#/adresboek/aanbod/${koken.id}`);
      await page.getByRole('link', { name: 'Activiteitenblad voor een bewoner' }).click();
      const sheet = page.locator('.activity-sheet');
      await sheet.getByRole('heading', { name: 'Kookavond', level: 1 }).waitFor();
      const facts = Object.fromEntries(await sheet.locator('.sheet-facts dt').evaluateAll((terms) => terms.map((term) => [term.textContent, term.nextElementSibling?.textContent])));
      expect(facts).toEqual({
        Waar: 'Buurtkeuken, Zwaanshals 12',
        Wanneer: 'dinsdag en donderdag 17:30-20:00; niet in de schoolvakanties',
        Kosten: '€ 3 per keer',
        Meedoen: 'aanmelden',
        Toegankelijk: 'rolstoeltoegankelijk',
        'Vraag naar': `Sanne Visser, ${formatPhoneDutch('+31624681357')}`,
      });
      // Nothing else of hers: not her notes, not the broker's warmth.
      expect(await sheet.textContent()).not.toContain('niet doorgeven');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '85-activiteitenblad');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.sidebar').isVisible()).toBe(false);
      expect(await sheet.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
      const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(`${screenshotDir}/85-activiteitenblad.pdf`, printed);
      // One A4 page, portrait.
      const boxes = [...printed.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
      expect(boxes).toEqual([[595, 842]]);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 90_000);
});
