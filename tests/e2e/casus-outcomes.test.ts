// Outcomes in a real browser: a Positieve Gezondheid score at intake and at
// the 3-month contact, and the report that shows the change once five
// residents are scored at both; a referral that ended before the resident
// took part, with its reason.
import { describe, expect, it } from 'vitest';
import type { PgMeasurement } from '../../shared/domain/casus';
import { writeFileSync } from 'node:fs';
import { goTo, openApp, screenshot, screenshotDir, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();
const scored = (moment: PgMeasurement['moment'], measuredOn: string, meedoen: number): PgMeasurement => ({ moment, measuredOn, scores: { meedoen, mentaal_welbevinden: 5, zingeving: 6 } });

describe('Casus outcomes in a real browser', () => {
  it('records a PG score at intake and at 3 months, and the report changes; a referral not reached needs its reason', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const organisation = ok(await app.api.organisation.create({ name: 'Buurtsport Noord', kindId: 'kind-sport' }));
    const offer = ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Wandelgroep 60+' }));
    // Four residents already scored at intake and at 3 months: meedoen 4→6, 3→5, 5→5, 2→6.
    for (const [index, [before, after]] of [[4, 6], [3, 5], [5, 5], [2, 6]].entries()) {
      const casus = ok(await app.api.casus.create({ code: `C-2026-00${index + 1}`, openedOn: '2026-06-01', referrerTypeId: 'referrer-huisarts', status: 'lopend', conversationCount: 2 }));
      ok(await app.api.casus.update({ id: casus.id, patch: { pgScores: [scored('intake', '2026-06-01', before!), scored('drie_maanden', '2026-09-10', after!)] } }));
    }
    const fifth = ok(await app.api.casus.create({ code: 'C-2026-005', openedOn: '2026-06-01', referrerTypeId: 'referrer-huisarts', status: 'zoeken', conversationCount: 1 }));
    ok(await app.api.casus.recordHandover({ casusId: fifth.id, offerId: offer.id, personId: null, handoverOn: '2026-06-10', channel: 'bellen' }));
    const unreached = ok(await app.api.casus.create({ code: 'C-2026-006', openedOn: '2026-10-01', referrerTypeId: 'referrer-huisarts' }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/casussen/rapportage');
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const pgAt3 = page.getByRole('region', { name: 'Positieve Gezondheid: intake en na 3 maanden' });
      const meedoen = pgAt3.locator('.report-table').getByRole('row', { name: /^Meedoen/ });
      // Four scored at both moments: too few to show a mean, so one sentence instead of a table.
      await expect.poll(() => pgAt3.textContent()).toContain('Nog te weinig bewoners op beide momenten gemeten');
      expect(await pgAt3.locator('.report-table').count()).toBe(0);

      // The fifth resident: intake on the casus page.
      await goTo(page, `#/casussen/${fifth.id}`);
      await page.waitForSelector('.casus-detail');
      await page.getByRole('button', { name: 'Positieve Gezondheid bij intake invullen' }).click();
      const intake = page.getByRole('form', { name: 'Positieve Gezondheid, bij intake' });
      // The keyboard goes on in the form it opened.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('measuredOn');
      await intake.getByLabel('Gemeten op').fill('1 mei 2026');
      await intake.getByLabel('Meedoen').fill('11');
      await intake.getByLabel('Mentaal welbevinden').fill('5');
      await intake.getByLabel('Zingeving').fill('6');
      await intake.getByRole('button', { name: 'Scores opslaan' }).click();
      // A score out of range and a day before the referral are each named next to their field, and nothing is saved.
      await expect.poll(() => intake.locator('.pg-score-field .field-error').allTextContents()).toEqual(['Een heel getal van 0 tot en met 10, of leeg.']);
      expect(await intake.locator('.date-field .field-error').textContent()).toBe('De meting ligt vóór de aanmelding (1 juni 2026).');
      expect(await intake.getByLabel('Meedoen').getAttribute('aria-invalid')).toBe('true');
      expect(ok(await app.api.casus.get({ id: fifth.id })).pgScores).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await intake.getByLabel('Meedoen').fill('6');
      await intake.getByLabel('Gemeten op').fill('5 juni 2026');
      await intake.getByRole('button', { name: 'Scores opslaan' }).click();
      await expect.poll(async () => ok(await app.api.casus.get({ id: fifth.id })).pgScores).toEqual([{ moment: 'intake', measuredOn: '2026-06-05', scores: { meedoen: 6, mentaal_welbevinden: 5, zingeving: 6 } }]);
      const chart = page.locator('#pg-title ~ .pg-chart');
      await expect.poll(() => chart.getByRole('row', { name: /^Meedoen/ }).getByRole('cell').allTextContents()).toEqual(['6']);

      // The 2-week contact was never made: it says so.
      expect(await page.locator('.follow-up-list li').filter({ hasText: 'Na 2 weken' }).locator('.badge-late').textContent()).toBe('te laat');
      // The contact at 3 months: still taking part, and that moment's score asked in the same row.
      const threeMonths = page.locator('.follow-up-list li').filter({ hasText: 'Na 3 maanden' });
      await threeMonths.getByRole('button', { name: 'Doet nog mee' }).click();
      await expect.poll(() => threeMonths.textContent()).toContain('doet nog mee');
      // The 2-week contact, never made, is answered by the later one: no longer late.
      const twoWeeks = page.locator('.follow-up-list li').filter({ hasText: 'Na 2 weken' });
      await expect.poll(() => twoWeeks.textContent()).toContain('vervallen: het antwoord is al bekend');
      expect(await twoWeeks.locator('.badge-late').count()).toBe(0);
      await threeMonths.getByRole('button', { name: 'Positieve Gezondheid na 3 maanden invullen' }).click();
      const later = threeMonths.getByRole('form', { name: 'Positieve Gezondheid, na 3 maanden' });
      // A slip of the date: before the intake, named next to the date, nothing saved.
      await later.getByLabel('Gemeten op').fill('3 juni 2026');
      await later.getByLabel('Meedoen').fill('6');
      await later.getByLabel('Mentaal welbevinden').fill('7');
      await later.getByLabel('Zingeving').fill('6');
      await later.getByRole('button', { name: 'Scores opslaan' }).click();
      await expect.poll(() => later.locator('.date-field .field-error').textContent()).toBe('De meting na 3 maanden (3 juni 2026) ligt vóór de meting bij intake (5 juni 2026).');
      expect(ok(await app.api.casus.get({ id: fifth.id })).pgScores).toHaveLength(1);
      expect(await seriousViolations(page)).toEqual([]);
      await later.getByLabel('Gemeten op').fill('10 september 2026');
      await later.getByRole('button', { name: 'Scores opslaan' }).click();
      await expect.poll(() => chart.getByRole('row', { name: /^Meedoen/ }).getByRole('cell').allTextContents()).toEqual(['6', '6']);
      expect(await chart.getByRole('row', { name: /^Mentaal welbevinden/ }).getByRole('cell').allTextContents()).toEqual(['5', '7']);
      await screenshot(page, '37-casus-positieve-gezondheid');

      // A referral not reached: the status waits for its reason.
      await goTo(page, `#/casussen/${unreached.id}`);
      await expect.poll(() => page.locator('h1#detail-title').textContent()).toBe('C-2026-006');
      await page.getByLabel('Status wijzigen').selectOption({ label: 'niet bereikt' });
      // The reason takes the focus, so the keyboard goes on where the question is.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('statusReason');
      await page.getByRole('button', { name: 'Status opslaan' }).click();
      await expect.poll(() => page.locator('.status-reason .field-error').textContent()).toBe('Kies bij "niet bereikt" een reden.');
      expect(await page.getByLabel('Reden: niet bereikt').getAttribute('aria-invalid')).toBe('true');
      expect(ok(await app.api.casus.get({ id: unreached.id })).status).toBe('aangemeld');
      expect(await page.getByLabel('Reden: niet bereikt').locator('option').allTextContents()).toEqual(['(kies een reden)', 'niet bereikbaar na herhaalde pogingen', 'contactgegevens kloppen niet', 'verhuisd', 'anders']);
      await page.getByLabel('Reden: niet bereikt').selectOption({ label: 'verhuisd' });
      await page.getByRole('button', { name: 'Status opslaan' }).click();
      await expect.poll(async () => ok(await app.api.casus.get({ id: unreached.id }))).toMatchObject({ status: 'niet_bereikt', statusReason: 'verhuisd', closedOn: '2026-11-23' });
      await expect.poll(() => page.locator('.eyebrow').first().textContent()).toContain('niet bereikt (verhuisd)');
      expect(await page.locator('.feedback-text').textContent()).toBe('Casus C-2026-006: ik heb de bewoner helaas niet kunnen bereiken (verhuisd). Wilt u het weer oppakken met de bewoner?');

      // The report: five scored at both, so the means show, with the before/after chart; the one lost counts as "< 5".
      await goTo(page, '#/casussen/rapportage');
      // meedoen 4, 3, 5, 2, 6 at intake (mean 4); 6, 5, 5, 6, 6 at 3 months (mean 5,6).
      await expect.poll(() => meedoen.getByRole('cell').allTextContents()).toEqual(['5', '4,0', '5,6', '+1,6']);
      expect(await pgAt3.locator('.report-table').getByRole('row', { name: /^Mentaal welbevinden/ }).getByRole('cell').allTextContents()).toEqual(['5', '5,0', '5,4', '+0,4']);
      expect(await pgAt3.locator('.pg-chart figcaption').textContent()).toBe('Gemiddelde score bij intake en na 3 maanden');
      // The chart's own table holds the same means, for intake and after.
      expect(await pgAt3.locator('.pg-chart-table').getByRole('row', { name: /^Meedoen/ }).getByRole('cell').allTextContents()).toEqual(['4,0', '5,6']);
      const funnel = page.locator('.funnel');
      expect(await funnel.locator('li').allTextContents()).toEqual(['verwezen6', 'bereikt5', 'gekoppeld< 5', 'gestart< 5', 'doet mee na 3 maanden< 5', 'doet mee na 6 maanden0']);
      expect(await page.getByRole('table', { name: 'Uitval en redenen' }).getByRole('row', { name: /^niet bereikt/ }).getByRole('cell').allTextContents()).toEqual(['< 5', 'verhuisd: < 5']);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '38-casus-rapportage-uitkomsten');
      // On paper for the municipality: the figures, the charts and the note, without the app around them or the period's fields.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.sidebar').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'XLSX' }).isVisible()).toBe(false);
      expect(await pgAt3.locator('.pg-chart svg').isVisible()).toBe(true);
      expect(await page.locator('.small-count-note').isVisible()).toBe(true);
      expect(await page.locator('.page-header').isVisible()).toBe(false);
      expect(await page.locator('.casus-report .print-only').textContent()).toBe('Aanmeldingen van 1 januari 2026 tot en met 23 november 2026. Gemaakt op 23 november 2026.');
      expect(await page.locator('.casus-report .print-only').isVisible()).toBe(true);
      const printed = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(`${screenshotDir}/38-casus-rapportage-uitkomsten.pdf`, printed);
      const boxes = [...printed.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
      expect(boxes.length).toBeGreaterThanOrEqual(1);
      expect(boxes.length).toBeLessThanOrEqual(3);
      // A4 portrait, as Chromium rounds it (595.92 x 842.88 points).
      expect(boxes.every(([width, height]) => Math.abs(width! - 596) <= 1 && Math.abs(height! - 843) <= 1)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 90_000);
});
