// A complete offer in a real browser: every field set in the offer form, and
// the offer counted in the coverage matrix of each dimension it serves
// (theme, target group, life domain, Positieve Gezondheid). Bad input is
// refused next to its field, and nothing is saved.
import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../shared/analysis/coverage';
import { loadNetworkData } from '../../shared/network/network-data';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import type { Locator } from 'playwright-core';
import type { NetworkData } from '../../shared/network/network-data';
import { goTo, openApp, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();
const dimensions = [
  ['theme', "Thema's"],
  ['target_group', 'Doelgroepen'],
  ['life_domain', 'Levensgebieden'],
  ['pg_dimension', 'Positieve Gezondheid'],
] as const;

/** Per dimension, the term with the fewest offers in the wijk: its cell must go up by one. */
function leastCovered(data: NetworkData, wijkId: string) {
  return dimensions.map(([dimension]) => {
    const matrix = coverageMatrix(data, dimension);
    const termId = [...matrix.termIds].sort((left, right) => (matrix.counts[wijkId]![left] ?? 0) - (matrix.counts[wijkId]![right] ?? 0))[0]!;
    return { dimension, termId, label: data.terms.find((term) => term.id === termId)!.label, count: matrix.counts[wijkId]![termId]! };
  });
}

/** The fields the offer form and the logbook's new offer share, filled in the same way in both. */
async function fillDetails(scope: Locator, chosen: ReturnType<typeof leastCovered>) {
  for (const [position, [, legend]] of dimensions.entries()) {
    await scope.getByRole('group', { name: legend, exact: true }).getByLabel(chosen[position]!.label, { exact: true }).check();
  }
  // Days and hours: the dagdelen follow from them.
  await scope.getByRole('button', { name: 'Tijd toevoegen' }).click();
  const session = scope.getByRole('group', { name: 'Tijd 1' });
  await session.getByLabel('dinsdag').check();
  await session.getByLabel('donderdag').check();
  await session.getByLabel('Van').fill('10:00');
  await session.getByLabel('Tot').fill('11:30');
  await session.getByLabel('Hoe vaak').selectOption({ label: 'om de week' });
  await scope.getByText('Dagdelen volgens de tijden: ochtend.').waitFor();
  await scope.getByLabel('Uitzonderingen en toelichting').fill('Niet in de schoolvakanties.');
  await scope.getByLabel('Locatie', { exact: true }).fill('Buurtkeuken, Zwaanshals 12');
  await scope.getByLabel('Kosten').fill('€ 2,50 per keer');
  await scope.getByLabel('Toegang').selectOption({ label: 'aanmelden' });
  await scope.getByLabel('Er is een wachtlijst').check();
  await scope.getByRole('group', { name: 'Talen' }).getByLabel('Arabisch').check();
  await scope.getByRole('group', { name: 'Talen' }).getByLabel('Nederlands').check();
  await scope.getByLabel('Ook voor wie Nederlands leert (eenvoudig Nederlands, NT2)').check();
  await scope.getByRole('group', { name: 'Toegankelijkheid' }).getByLabel('rolstoeltoegankelijk').check();
  await scope.getByLabel('Plaatsen').fill('12');
}

/** What `fillDetails` sets, as the saved offer holds it. */
const filledDetails = (chosen: ReturnType<typeof leastCovered>) => ({
  themeIds: [chosen[0]!.termId],
  targetGroupIds: [chosen[1]!.termId],
  lifeDomainIds: [chosen[2]!.termId],
  pgDimensionIds: [chosen[3]!.termId],
  sessions: [{ weekdays: ['di', 'do'], startsAt: '10:00', endsAt: '11:30', frequency: 'tweewekelijks' }],
  timesOfDay: ['ochtend'],
  schedule: 'Niet in de schoolvakanties.',
  location: 'Buurtkeuken, Zwaanshals 12',
  cost: '€ 2,50 per keer',
  isFree: false,
  access: 'aanmelden',
  capacity: 12,
  hasWaitingList: true,
  languages: ['nl', 'ar'],
  forLanguageLearners: true,
  accessibility: ['rolstoel'],
});

describe('a complete offer in a real browser', () => {
  it('saves every field from the form, and counts in the coverage of each of its dimensions', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const before = await loadNetworkData(app.api);
    const wijk = before.neighbourhoods.find((neighbourhood) => neighbourhood.name === 'Oude Noorden')!;
    const organisation = before.organisations.find((candidate) => candidate.neighbourhoodIds.includes(wijk.id) && candidate.archivedAt === null)!;
    const chosen = leastCovered(before, wijk.id);
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, `#/adresboek/aanbod/nieuw?organisatie=${organisation.id}`);
    try {
      const form = page.locator('form.record-form');
      await form.getByRole('textbox', { name: /^Titel/ }).fill('Samen koken met buren');
      await fillDetails(form, chosen);
      const wijken = form.getByRole('group', { name: 'Wijken', exact: true });
      for (const box of await wijken.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
      await wijken.getByLabel('Oude Noorden', { exact: true }).check();
      await form.getByLabel('Laatst gecontroleerd').fill('20 november');
      // A capacity in words is refused next to its field, and nothing is saved.
      await form.getByLabel('Plaatsen').fill('twaalf');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.locator('.field-error', { hasText: 'Schrijf het aantal plaatsen als getal, zoals 12.' }).waitFor();
      expect(await form.getByLabel('Plaatsen').getAttribute('aria-invalid')).toBe('true');
      expect(ok(await app.api.offer.list({})).some((offer) => offer.title === 'Samen koken met buren')).toBe(false);
      await form.getByLabel('Plaatsen').fill('12');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '80-aanbod-compleet');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('heading', { name: 'Samen koken met buren', level: 1 }).waitFor();

      const saved = ok(await app.api.offer.list({})).find((offer) => offer.title === 'Samen koken met buren')!;
      expect(saved).toMatchObject({ organisationId: organisation.id, neighbourhoodIds: [wijk.id], verifiedOn: '2026-11-20', ...filledDetails(chosen) });
      expect(await page.locator('.facts').textContent()).toContain('dinsdag en donderdag 10:00-11:30, om de week; Niet in de schoolvakanties.');

      // Counted in the coverage of each of its dimensions.
      const after = await loadNetworkData(app.api);
      expect(chosen.map(({ dimension, termId }) => coverageMatrix(after, dimension).counts[wijk.id]![termId])).toEqual(chosen.map(({ count }) => count + 1));
      // And so on the Analyse screen, per dimension chosen there.
      await goTo(page, '#/analyse');
      const gaps = page.locator('section.finding', { has: page.locator('#gaps-title') });
      await gaps.waitFor({ timeout: 60_000 });
      await gaps.getByRole('radio', { name: 'levensgebied' }).check();
      const column = await gaps.locator('thead th').allTextContents();
      const row = gaps.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Oude Noorden', exact: true }) });
      await expect.poll(async () => (await row.locator('td').allTextContents())[column.indexOf(chosen[2]!.label) - 1]).toBe(String(chosen[2]!.count + 1));
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 120_000);

  it('saves every field of a new offer learned on a round in the Logboek, counted in the coverage of its dimensions', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const before = await loadNetworkData(app.api);
    const bieb = before.organisations.find((organisation) => organisation.name === 'Bibliotheek Oude Noorden')!;
    const wijkId = bieb.neighbourhoodIds[0]!;
    const chosen = leastCovered(before, wijkId);
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/logboek');
    try {
      await page.waitForSelector('.log-form');
      await page.getByText('Ronde', { exact: true }).click();
      await page.locator('.picker input').first().fill('bibliotheek oude noorden');
      await page.keyboard.press('Enter');
      const visit = page.locator('.visit').first();
      await expect.poll(() => visit.locator('.chip').count()).toBe(1);
      await visit.getByLabel(/^Nieuw aanbod/).fill('Taalcafé met buren');
      await visit.getByRole('button', { name: /^Meer over dit aanbod/ }).click();
      const details = visit.getByRole('group', { name: 'Meer over het nieuwe aanbod' });
      await fillDetails(details, chosen);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '81-logboek-nieuw-aanbod');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Ronde vastgelegd: 1 bezoek.');
      const saved = ok(await app.api.offer.list({})).find((offer) => offer.title === 'Taalcafé met buren')!;
      // Where the library works, verified the day of the visit.
      expect(saved).toMatchObject({ organisationId: bieb.id, neighbourhoodIds: bieb.neighbourhoodIds, verifiedOn: '2026-11-23', ...filledDetails(chosen) });
      const after = await loadNetworkData(app.api);
      expect(chosen.map(({ dimension, termId }) => coverageMatrix(after, dimension).counts[wijkId]![termId])).toEqual(chosen.map(({ count }) => count + 1));
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 120_000);
});
