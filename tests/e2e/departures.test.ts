// Someone changes jobs, in a real browser: the broker ends the role with a
// successor on the person's page, then searches for the person who left and
// gets the successor's number, never theirs.
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { formatPhoneDutch } from '../../shared/normalise/format-phone';
import { goTo, openApp, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('people who change jobs, in a real browser', () => {
  it('ends a role with a successor, then search names the successor and copies their number', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    // Someone with one role and a mobile, the contact of an offer there, and a colleague with a mobile to take over.
    const affiliations = ok(await app.api.affiliation.list({}));
    const persons = new Map(ok(await app.api.person.list({})).map((person) => [person.id, person]));
    const offers = ok(await app.api.offer.list({}));
    const mobile = (personId: string) => persons.get(personId)?.phones.find((phone) => phone.label === 'mobiel');
    const leaving = affiliations.find(
      (affiliation) =>
        affiliations.filter((other) => other.personId === affiliation.personId).length === 1 &&
        mobile(affiliation.personId) !== undefined &&
        offers.some((offer) => offer.contactPersonId === affiliation.personId && offer.organisationId === affiliation.organisationId) &&
        affiliations.some((other) => other.organisationId === affiliation.organisationId && other.personId !== affiliation.personId && mobile(other.personId) !== undefined),
    )!;
    const successorRole = affiliations.find((other) => other.organisationId === leaving.organisationId && other.personId !== leaving.personId && mobile(other.personId) !== undefined)!;
    const successor = persons.get(successorRole.personId)!;
    const person = persons.get(leaving.personId)!;
    const organisation = ok(await app.api.organisation.get({ id: leaving.organisationId }));
    const offersOf = async (personId: string) => ok(await app.api.offer.list({})).filter((offer) => offer.contactPersonId === personId && offer.organisationId === organisation.id).length;
    const ownOffers = await offersOf(person.id);
    const successorOffers = await offersOf(successor.id);

    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, `#/adresboek/contactpersonen/${person.id}`);
    try {
      await page.getByRole('button', { name: `Vertrokken bij ${organisation.name}…` }).click();
      const panel = page.getByRole('group', { name: `Vertrek van ${person.name} bij ${organisation.name}` });
      await panel.getByLabel('Opvolger').selectOption({ label: `${successor.name} (${organisation.name})` });
      await expect.poll(() => panel.getByText(/^Gaat over op de opvolger: /).textContent()).toContain(`${ownOffers} aanbod als contactpersoon`);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '73-vertrek-met-opvolger');
      await panel.getByRole('button', { name: 'Vertrek vastleggen' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain(`${person.name} vertrokken bij ${organisation.name}; ${successor.name} neemt het over.`);
      const ended = ok(await app.api.affiliation.get({ id: leaving.id }));
      expect(ended).toMatchObject({ until: '2026-11-23', successorPersonId: successor.id });
      expect(await offersOf(person.id)).toBe(0);
      expect(await offersOf(successor.id)).toBe(successorOffers + ownOffers);
      // The history stays on the page: the role that ended, with its successor.
      await expect.poll(() => page.locator('.affiliation-history li.is-ended').textContent()).toContain(`tot 23 nov 2026 · opvolger: ${successor.name}`);

      // Searched by name: the card says they left, names the successor, and Enter copies the successor's number.
      await goTo(page, '#/zoeken');
      const search = page.getByLabel('Zoek iemand, een organisatie of aanbod');
      await search.fill(person.name);
      const card = page.locator('.result-card', { hasText: person.name }).first();
      await expect.poll(() => card.locator('.result-detail').textContent()).toBe(`vertrokken bij ${organisation.name} per 23 november 2026 · opvolger: ${[successor.name, successorRole.role].filter(Boolean).join(', ')}`);
      // The quick log is for the successor, and says so.
      expect(await card.getByRole('button', { name: `Gesprek met ${successor.name} vastleggen` }).count()).toBe(1);
      expect(await card.getByText('Vertrokken; bel de opvolger:').count()).toBe(1);
      const ownNumber = formatPhoneDutch(mobile(person.id)!.number);
      const successorNumber = formatPhoneDutch(mobile(successor.id)!.number);
      expect(await card.locator('.phone-copy').allTextContents()).toEqual([successorNumber]);
      expect(await card.textContent()).not.toContain(ownNumber);
      await expect.poll(() => page.locator('.result-card.is-active .result-title a').first().textContent()).toBe(person.name);
      await search.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(successorNumber);
      await expect.poll(() => page.locator('.notice').textContent()).toContain(`Nummer van ${successor.name} gekopieerd: ${successorNumber}.`);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '74-zoeken-vertrokken');

      // Someone else left for another organisation: that becomes their role now, so they stay in her network.
      const mover = affiliations.find((affiliation) => affiliation.personId !== person.id && affiliation.personId !== successor.id && affiliations.filter((other) => other.personId === affiliation.personId).length === 1)!;
      const moverName = persons.get(mover.personId)!.name;
      const from = ok(await app.api.organisation.get({ id: mover.organisationId })).name;
      const to = ok(await app.api.organisation.list({})).find((candidate) => candidate.id !== mover.organisationId && candidate.archivedAt === null)!;
      await goTo(page, `#/adresboek/contactpersonen/${mover.personId}`);
      await page.getByRole('button', { name: `Vertrokken bij ${from}…` }).click();
      const moving = page.getByRole('group', { name: `Vertrek van ${moverName} bij ${from}` });
      await moving.getByLabel('Nu werkzaam bij').selectOption({ label: to.name });
      await moving.getByLabel('Functie daar').fill('wijkcoach');
      await moving.getByRole('button', { name: 'Vertrek vastleggen' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain(`${moverName} vertrokken bij ${from}. Nu bij ${to.name}.`);
      const roles = ok(await app.api.affiliation.list({})).filter((affiliation) => affiliation.personId === mover.personId);
      expect(roles.map((role) => [role.organisationId, role.role, role.since, role.until]).sort()).toEqual(
        [
          [mover.organisationId, mover.role, mover.since, '2026-11-23'],
          [to.id, 'wijkcoach', '2026-11-23', null],
        ].sort(),
      );
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 90_000);
});
