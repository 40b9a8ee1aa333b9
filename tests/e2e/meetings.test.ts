// Bijeenkomsten in a real browser: plan a wijknetwerkbijeenkomst, invite by
// filter, tick who came with the keyboard, accept two proposed ties, add an
// afspraak, and find it in Opvolgen.
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { downloadedBytes, goTo, openApp, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('Bijeenkomsten in a real browser', () => {
  it('plans a wijknetwerkbijeenkomst by filter, ticks attendance, accepts two proposed ties and adds an afspraak', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/bijeenkomsten');
    try {
      // The demo's meetings, by what they ask of her.
      await page.getByRole('region', { name: 'Geweest, nog te verwerken' }).getByRole('link', { name: 'Eenzaamheid in Bergpolder' }).waitFor();
      expect(await page.getByRole('region', { name: 'Gepland' }).getByRole('link').allTextContents()).toEqual(['Wijktour Agniesebuurt', 'Wijknetwerk Oude Noorden']);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '70-bijeenkomsten');

      await page.getByRole('link', { name: 'Nieuwe bijeenkomst' }).click();
      await page.getByLabel('Titel').fill('Wijknetwerk Blijdorp');
      await page.getByLabel('Plaats').fill('Buurthuis Blijdorp');
      await page.getByLabel('Wijk').selectOption({ label: 'Blijdorp' });
      await page.getByLabel('Begintijd').fill('19.30');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      // A time as people write it is refused next to the field, and nothing is saved.
      await expect.poll(() => page.locator('.field-error').allTextContents()).toContain('Schrijf een tijd als 19:30.');
      expect(ok(await app.api.meeting.list({})).filter((meeting) => meeting.title === 'Wijknetwerk Blijdorp')).toEqual([]);
      await page.getByLabel('Begintijd').fill('19:30');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('heading', { name: 'Wijknetwerk Blijdorp', level: 1 }).waitFor();
      const [meeting] = ok(await app.api.meeting.list({})).filter((candidate) => candidate.title === 'Wijknetwerk Blijdorp');
      expect(meeting).toMatchObject({ kind: 'wijknetwerk', heldOn: '2026-11-23', startsAt: '19:30', place: 'Buurthuis Blijdorp' });

      // Invited by filter: the wijk is chosen already, as the meeting's own.
      const invite = page.getByRole('region', { name: /Uitnodigen/ });
      const byFilter = invite.getByRole('button', { name: /organisaties? uit dit filter uitnodigen$/ });
      const offered = Number(/^(\d+)/.exec((await byFilter.textContent()) ?? '')?.[1]);
      expect(offered).toBeGreaterThanOrEqual(5);
      await byFilter.click();
      await expect.poll(() => invite.locator('.invited-list > li').count()).toBe(offered);
      const invited = ok(await app.api.meeting.get({ id: meeting!.id }));
      expect(invited.invitedOrganisationIds).toHaveLength(offered);
      expect(invited.invitedPersonIds.length).toBeGreaterThan(0);
      const [download] = await Promise.all([page.waitForEvent('download'), invite.getByRole('button', { name: 'Uitnodigingslijst downloaden als CSV' }).click()]);
      const csv = (await downloadedBytes(download)).toString('utf8').replace(/^\uFEFF/, '');
      expect(csv.split(/\r?\n/)[0]).toBe('Organisatie;Contactpersoon;E-mail;Telefoon');
      expect(csv.trim().split(/\r?\n/).length).toBeGreaterThan(offered);

      // On the day: three people ticked with the keyboard (Tab to a box, Space).
      const attendance = page.getByRole('region', { name: /Aanwezig/ });
      const boxes = attendance.getByRole('checkbox');
      const ticked = async () => {
        const now = ok(await app.api.meeting.get({ id: meeting!.id }));
        return now.attendedPersonIds.length + now.attendedOrganisationIds.length;
      };
      for (const position of [0, 1, 2]) {
        await boxes.nth(position).focus();
        await page.keyboard.press('Space');
        await expect.poll(ticked).toBe(position + 1);
        await expect.poll(() => boxes.nth(position).isChecked()).toBe(true);
      }
      // The list goes by name, and narrows as she types.
      const rows = await attendance.locator('.checkbox-row').allTextContents();
      expect(rows).toEqual([...rows].sort((left, right) => left.localeCompare(right, 'nl')));
      const lastName = rows.at(-1)!.trim().split(' (')[0]!;
      await attendance.getByLabel('Zoek in de lijst').fill(lastName.toLowerCase());
      await expect.poll(() => attendance.locator('.checkbox-row').count()).toBeLessThan(rows.length);
      expect((await attendance.locator('.checkbox-row').allTextContents()).every((row) => row.includes(lastName))).toBe(true);
      await attendance.getByLabel('Zoek in de lijst').fill('');
      // Someone who came without an invitation is added, and ticked.
      const walkIn = attendance.getByLabel('Niet uitgenodigd, wel gekomen');
      const walkInName = (await walkIn.locator('option').nth(1).textContent())!;
      await walkIn.selectOption({ index: 1 });
      await attendance.getByRole('button', { name: 'Toevoegen als aanwezig' }).click();
      await expect.poll(ticked).toBe(4);
      await expect.poll(() => attendance.getByRole('checkbox', { name: walkInName }).isChecked()).toBe(true);

      // What came of it: proposals between the organisations present, two accepted, one afspraak.
      const record = page.getByRole('region', { name: 'Verwerken' });
      const proposals = record.locator('.proposal-list').getByRole('checkbox');
      await expect.poll(() => proposals.count()).toBeGreaterThanOrEqual(2);
      await proposals.nth(0).check();
      await proposals.nth(1).check();
      // Read back what is ticked: the proposals are asked again after each change in who came, and may reorder.
      const accepted = await record.locator('.proposal-list label', { has: page.locator('input:checked') }).allTextContents();
      expect(accepted).toHaveLength(2);
      await record.getByRole('button', { name: 'Afspraak toevoegen' }).click();
      const afspraak = record.getByRole('group', { name: 'Afspraak 1' });
      await afspraak.getByLabel('Wat is er afgesproken?').fill('Rooster van de inloop delen met alle partners.');
      await afspraak.getByLabel('Klaar op').fill('7 december');
      await afspraak.getByLabel('Wie doet het?').selectOption({ index: 1 });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '71-bijeenkomst-verwerken');
      await record.getByRole('button', { name: 'Bijeenkomst verwerken' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toMatch(/^Wijknetwerk Blijdorp verwerkt: 2 nieuwe verbindingen, 1 afspraak\./);

      const recorded = ok(await app.api.meeting.get({ id: meeting!.id }));
      expect(recorded.logEntryId).not.toBeNull();
      const ties = ok(await app.api.tie.list({})).filter((tie) => tie.sourceLogEntryId === recorded.logEntryId);
      expect(ties).toHaveLength(2);
      const organisationName = new Map(ok(await app.api.organisation.list({})).map((organisation) => [organisation.id, organisation.name]));
      expect(ties.map((tie) => `${organisationName.get(tie.from.id)} en ${organisationName.get(tie.to.id)} kennen elkaar nu`).sort()).toEqual(accepted.map((label) => label.replace(/ · .*$/, '').trim()).sort());
      const [task] = ok(await app.api.task.list({})).filter((candidate) => candidate.meetingId === meeting!.id);
      expect(task).toMatchObject({ kind: 'afspraak', note: 'Rooster van de inloop delen met alle partners.', dueOn: '2026-12-07', doneOn: null });
      expect(task!.ownerPersonId).toBe(recorded.attendedPersonIds[0] ?? null);
      await page.getByRole('heading', { name: /^Afspraken van deze bijeenkomst/ }).waitFor();
      // The recorded page says who came, who did not, and which ties it made.
      const summary = page.getByRole('region', { name: 'Wie er waren' });
      expect(await summary.textContent()).toContain(walkInName);
      expect((await summary.locator('.plain-list li').allTextContents()).sort()).toEqual(accepted.map((label) => label.replace(/ · .*$/, '').trim()).sort());
      expect(await summary.getByText(/^Uitgenodigd, niet gekomen/).count()).toBe(1);
      await screenshot(page, '72-bijeenkomst-verwerkt');

      // The afspraak stands in Opvolgen, and is ticked off there.
      await goTo(page, '#/logboek');
      // The meeting stands among the logbook's entries, linking to its page.
      expect(await page.locator('.log-list a', { hasText: 'Wijknetwerk Blijdorp' }).first().getAttribute('href')).toBe(`#/bijeenkomsten/${meeting!.id}`);
      const group = page.getByRole('region', { name: 'Afspraken uit bijeenkomsten' });
      await group.getByText('Rooster van de inloop delen met alle partners.').waitFor();
      expect(await group.getByText('afgesproken op Wijknetwerk Blijdorp').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await group.getByRole('button', { name: 'Afspraak gedaan: Rooster van de inloop delen met alle partners.' }).click();
      await expect.poll(async () => ok(await app.api.task.get({ id: task!.id })).doneOn).toBe('2026-11-23');
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 120_000);
});
