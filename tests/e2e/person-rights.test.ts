import { describe, expect, it } from 'vitest';
import { downloadedBytes, openApp, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('the rights of a person, in a real browser', () => {
  it('shows everything held about a person and erases them only after their name is typed', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const organisation = ok(await app.api.organisation.create({ name: 'Noordsport', kindId: 'kind-sport' }));
    const { person } = ok(await app.api.person.createAtOrganisation({ person: { name: 'Petra Zwanenburg', phones: [{ number: '06-24681357', label: 'mobiel' }] }, organisationId: organisation.id, role: 'buurtsportcoach' }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, `#/adresboek/contactpersonen/${person.id}`);
    try {
      const [card] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Contact als vCard (telefoon)' }).click()]);
      expect(card.suggestedFilename()).toBe('petra-zwanenburg.vcf');
      expect((await downloadedBytes(card)).toString('utf8')).toContain('FN:Petra Zwanenburg\r\nN:Zwanenburg;Petra;;;\r\nORG:Noordsport\r\nTITLE:buurtsportcoach\r\nTEL;TYPE=CELL:+31624681357');
      await page.getByRole('button', { name: 'Alle gegevens tonen' }).click();
      await expect.poll(() => page.locator('.person-data pre').textContent()).toContain('"role": "buurtsportcoach"');
      await page.getByRole('button', { name: 'Persoon verwijderen…' }).click();
      const erase = page.getByRole('button', { name: 'Definitief verwijderen' });
      expect(await erase.isDisabled()).toBe(true);
      await page.getByLabel('Typ de naam om te bevestigen').fill('Petra');
      expect(await erase.isDisabled()).toBe(true);
      await page.getByLabel('Typ de naam om te bevestigen').fill('Petra Zwanenburg');
      await screenshot(page, '42-persoon-verwijderen');
      expect(await seriousViolations(page)).toEqual([]);
      await erase.click();
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/adresboek/contactpersonen');
      expect((await app.api.person.get({ id: person.id })).ok).toBe(false);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);
});
