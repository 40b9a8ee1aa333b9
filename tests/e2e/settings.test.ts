import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { listBackups } from '../../electron/database/backup-files';
import { restoreRequestFile } from '../../electron/database/restore-backup';
import { downloadedBytes, openApp, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('Instellingen: backups and handover, in a real browser', () => {
  it('makes a backup, asks for it at the next start, and downloads the handover and the contacts', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/instellingen');
    try {
      await page.getByRole('button', { name: 'Nu een reservekopie maken' }).click();
      await expect.poll(() => page.locator('#backups-title ~ table tbody tr').count()).toBe(1);
      expect(listBackups(network.file)).toHaveLength(1);
      await page.getByRole('button', { name: 'Terugzetten bij volgende start' }).click();
      // First what it brings back: the demo's counts and the day it was made; nothing is asked for yet.
      const [made] = listBackups(network.file);
      expect(made!.counts).toMatchObject({ organisations: 184, persons: 404, offers: 300, casussen: 40 });
      await expect.poll(() => page.getByRole('alertdialog').textContent()).toMatch(/^Deze reservekopie bevat 184 organisaties, 404 contactpersonen, 300 aanbod, 40 casussen, van 23 november 2026 om \d\d:\d\d\./);
      expect(existsSync(restoreRequestFile(network.file))).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Ja, terugzetten bij de volgende start' }).click();
      await expect.poll(() => existsSync(restoreRequestFile(network.file))).toBe(true);
      // The rescue: everything readable, as a network file, with what was lost (here nothing).
      const [rescue] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alles wat leesbaar is downloaden (redding)' }).click()]);
      expect(rescue.suggestedFilename()).toMatch(/^netwerk-gered-\d{4}-\d{2}-\d{2}\.json$/);
      expect((JSON.parse((await downloadedBytes(rescue)).toString('utf8')) as { tables: Record<string, unknown[]> }).tables.organisation).toHaveLength(184);
      await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Gered: [\d.]+ rijen; er ging niets verloren\./);

      await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Blijdorp' });
      await page.getByLabel('Casussen meegeven (gepseudonimiseerd)').check();
      const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Overdracht downloaden' }).click()]);
      expect(bundle.suggestedFilename()).toMatch(/^overdracht-blijdorp-\d{4}-\d{2}-\d{2}\.json$/);
      const json = JSON.parse((await downloadedBytes(bundle)).toString('utf8')) as { format: string; wijk: string; casussen: { question: string }[] };
      expect(json).toMatchObject({ format: 'spinweb-overdracht', wijk: 'Blijdorp' });
      expect(json.casussen.every((casus) => casus.question === '')).toBe(true);
      const [vcards] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle contacten als vCard (telefoon)' }).click()]);
      expect((await downloadedBytes(vcards)).toString('utf8')).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
      await screenshot(page, '43-instellingen-reservekopie-overdracht');
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);
});
