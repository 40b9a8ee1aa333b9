import { describe, expect, it } from 'vitest';
import { goTo, openApp, serveForTest, useChromium } from '../support/browser';
import { fixedClock } from '../../shared/dates/clock';
import { ok, openTestApp } from '../support/temp-database';

const browser = useChromium();

describe('the page in the browser', () => {
  it('blocks an injected inline script and inline event handlers through its Content-Security-Policy', async () => {
    const { network } = await openTestApp();
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge);
    try {
      const outcome = await page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.appendChild(script);
        // An inline event handler slipped in as markup: blocked too.
        const holder = document.createElement('div');
        holder.innerHTML = '<img src="data:," onerror="window.__handler = true">';
        document.body.appendChild(holder);
        await new Promise((resolve) => setTimeout(resolve, 200));
        const flags = window as unknown as { __injected?: boolean; __handler?: boolean };
        return { injected: flags.__injected ?? false, handler: flags.__handler ?? false, violations };
      });
      expect(outcome.injected).toBe(false);
      expect(outcome.handler).toBe(false);
      expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 30_000);

  it("takes today from the app's clock, not the machine's: a new log entry is dated on the app's day", async () => {
    const { network } = await openTestApp();
    const bridge = await serveForTest(network, fixedClock('2031-02-03T10:00:00Z'));
    const page = await openApp(browser(), bridge, '#/logboek');
    try {
      await page.waitForSelector('.log-form');
      expect(await page.getByLabel('Datum', { exact: true }).inputValue()).toBe('3 februari 2031');
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 30_000);

  it('shows a hostile name as text, never as markup', async () => {
    const { network, api } = await openTestApp();
    const hostile = '<img src=x onerror="window.__xss = true"> Buurthuis';
    const organisation = ok(await api.organisation.create({ name: hostile, kindId: 'kind-welzijn' }));
    ok(await api.person.createAtOrganisation({ person: { name: '<script>window.__xss = true</script>' }, organisationId: organisation.id, role: '<b>baas</b>' }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, `#/adresboek/organisaties/${organisation.id}`);
    try {
      await page.waitForSelector('#detail-title');
      await expect.poll(() => page.locator('#detail-title').textContent()).toBe(hostile);
      expect(await page.locator('#detail-title img').count()).toBe(0);
      expect(await page.locator('.people-list').textContent()).toContain('<script>window.__xss = true</script>');
      expect(await page.locator('.people-list b').count()).toBe(0);
      await goTo(page, '#/adresboek/organisaties');
      await page.waitForSelector('.data-table');
      expect(await page.locator('.data-table tbody td a').first().textContent()).toBe(hostile);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __xss?: boolean }).__xss ?? false)).toBe(false);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 30_000);
});
