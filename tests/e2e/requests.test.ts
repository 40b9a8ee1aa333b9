// An uitvraag in a real browser: a question put out to partners chosen by
// filter, the group text and a message per partner, two replies logged, and
// one made into an offer.
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { goTo, openApp, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('an uitvraag in a real browser', () => {
  it('puts out a request to partners by filter, logs two replies and makes one an offer', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/uitvragen');
    const question = 'Wie heeft ruimte voor een maatje in Bergpolder?';
    const ours = async () => ok(await app.api.request.list({})).filter((request) => request.question === question);
    try {
      await page.getByRole('link', { name: 'Nieuwe uitvraag' }).click();
      await page.getByLabel('Vraag', { exact: true }).fill('Wie heeft ruimte voor een maatje in Bergpolder?');
      // Without partners it is not saved, and says why.
      await page.getByRole('button', { name: 'Uitvraag opslaan' }).click();
      await page.getByText('Kies minstens één partner.').waitFor();
      expect(await ours()).toEqual([]);
      await page.getByLabel('Wijk').selectOption({ label: 'Bergpolder' });
      await page.getByLabel('Thema (aanbod)').selectOption({ label: 'ontmoeting' });
      const chosen = Number(/^(\d+)/.exec((await page.getByText(/partners? gekozen$/).textContent()) ?? '')?.[1]);
      expect(chosen).toBeGreaterThanOrEqual(2);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Uitvraag opslaan' }).click();
      await page.getByRole('heading', { name: 'Wie heeft ruimte voor een maatje in Bergpolder?', level: 1 }).waitFor();
      const [request] = await ours();
      expect(request!.personIds.length + request!.organisationIds.length).toBe(chosen);

      // The text for the group, and per partner a message ready to send.
      await page.getByRole('button', { name: 'Tekst kopiëren' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("Vraag van de Spin in 't Web: Wie heeft ruimte voor een maatje in Bergpolder? Wie kan helpen? Laat het me weten, dank je wel!");
      const whatsapp = await page.getByRole('link', { name: /^WhatsApp-bericht aan / }).first().getAttribute('href');
      expect(whatsapp).toMatch(/^https:\/\/wa\.me\/31\d+\?text=Vraag%20van%20de%20Spin/);

      // One list of partners, each with its status: those still to answer first.
      const partners = page.getByRole('region', { name: /^Partners/ });
      await expect.poll(() => partners.locator('li').count()).toBe(chosen);
      const form = page.getByRole('region', { name: 'Antwoord vastleggen' });
      const who = form.getByLabel('Wie antwoordde');
      const options = await who.locator('option').allTextContents();
      await who.selectOption({ index: 0 });
      await form.getByLabel('Wat bieden ze aan?').fill('Twee maatjes vrij voor ouderen, op dinsdag.');
      await form.getByRole('button', { name: 'Antwoord vastleggen' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain(`Antwoord van ${options[0]} vastgelegd; het staat ook in het logboek.`);
      await who.selectOption({ index: 1 });
      await form.getByLabel('Via').selectOption({ label: 'mail' });
      await form.getByLabel('Wat bieden ze aan?').fill('Onze bezoekgroep heeft plek.');
      await form.getByRole('button', { name: 'Antwoord vastleggen' }).click();
      await expect.poll(() => page.getByRole('region', { name: /^Antwoorden/ }).locator('.reply-list > li').count()).toBe(2);
      await expect.poll(() => partners.locator('.badge-waiting').count()).toBe(chosen - 2);
      await expect.poll(() => partners.getByText(`${chosen - 2} partners hebben nog niet geantwoord.`).count()).toBe(1);
      const statuses = await partners.locator('li .badge').allTextContents();
      expect(statuses.slice(-2)).toEqual(['antwoord 23 november 2026', 'antwoord 23 november 2026']);
      const replies = ok(await app.api.requestReply.list({})).filter((reply) => reply.requestId === request!.id);
      expect(replies.map((reply) => reply.answer).sort()).toEqual(['Onze bezoekgroep heeft plek.', 'Twee maatjes vrij voor ouderen, op dinsdag.']);
      const logged = ok(await app.api.logEntry.list({})).filter((entry) => replies.some((reply) => reply.logEntryId === entry.id));
      expect(logged.map((entry) => entry.kind).sort()).toEqual(['app', 'mail']);

      // The first reply made an offer in one step.
      const first = page.getByRole('region', { name: /^Antwoorden/ }).locator('.reply-list > li', { hasText: 'Twee maatjes vrij' });
      await first.getByLabel('Titel van het aanbod').fill('Maatjes voor ouderen');
      await first.getByRole('button', { name: 'Aanbod van maken' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Aanbod "Maatjes voor ouderen" gemaakt.');
      const made = ok(await app.api.offer.list({})).find((offer) => offer.title === 'Maatjes voor ouderen');
      expect(made).toMatchObject({ description: 'Twee maatjes vrij voor ouderen, op dinsdag.', themeIds: ['theme-ontmoeting'] });
      await expect.poll(() => first.locator('.badge').textContent()).toContain('aanbod gemaakt: Maatjes voor ouderen');
      await expect.poll(() => partners.getByText('aanbod gemaakt: Maatjes voor ouderen').count()).toBe(1);
      // The second reply linked to a casus, chosen by code only.
      const second = page.getByRole('region', { name: /^Antwoorden/ }).locator('.reply-list > li', { hasText: 'Onze bezoekgroep' });
      await second.getByRole('button', { name: 'Koppelen aan een casus…' }).click();
      const casus = second.getByLabel('Casus', { exact: true });
      await expect.poll(() => casus.locator('option').count()).toBeGreaterThan(1);
      const code = (await casus.locator('option').nth(1).textContent())!;
      await casus.selectOption({ index: 1 });
      await second.getByRole('button', { name: 'Koppelen', exact: true }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain(`Gekoppeld aan casus ${code}.`);
      const linked = ok(await app.api.requestReply.list({})).find((reply) => reply.answer === 'Onze bezoekgroep heeft plek.')!;
      expect(ok(await app.api.casusMatch.get({ id: linked.casusMatchId! }))).toMatchObject({ personId: linked.personId, result: null });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '78-uitvraag');

      // Found from Zoeken by what was answered, and opened from there.
      await goTo(page, '#/zoeken');
      await page.getByLabel('Zoek iemand, een organisatie of aanbod').fill('bezoekgroep plek');
      const card = page.locator('.result-card', { has: page.locator('.kind-request') }).first();
      await expect.poll(() => card.locator('.result-title a').textContent()).toBe(question);
      await card.locator('.result-title a').click();
      await page.getByRole('heading', { name: question, level: 1 }).waitFor();

      // Putting it out stands in the logbook's timeline, linked; it made no partner "laatst gesproken".
      await goTo(page, '#/logboek');
      const sent = page.locator('.log-list li', { has: page.locator(`a[href="#/uitvragen/${request!.id}"]`) });
      await expect.poll(() => sent.locator('.log-meta').textContent()).toBe(`23 november 2026 · uitvraag aan ${chosen} partners`);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 120_000);
});
