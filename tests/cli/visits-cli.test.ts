// meetings, requests, due-visits and plan-round as a broker runs them: the same list as the app,
// a round in cycling order written to a file, and Dutch refusals.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DueVisit } from '../../shared/analysis/due-visits';
import { cli } from '../support/cli';
import { tempDir } from '../support/temp-database';

describe('the rhythm on the command line', () => {
  it('lists the meetings by what they ask (to record, planned, recorded) and the uitvragen with their replies', async () => {
    const db = join(tempDir(), 'demo.sqlite');
    expect((await cli('demo', '--db', db, '--today', '2026-11-23')).code).toBe(0);
    const listed = await cli('meetings', '--db', db, '--today', '2026-11-23');
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')).toEqual([
      'Geweest, nog te verwerken (1):',
      '  Eenzaamheid in Bergpolder (14 november 2026 10:00, themabijeenkomst, Bergpolder, 10 organisaties uitgenodigd, 8 aanwezigen)',
      'Gepland (2):',
      '  Wijktour Agniesebuurt (3 december 2026 13:00, wijktour, Agniesebuurt, 8 organisaties uitgenodigd)',
      '  Wijknetwerk Oude Noorden (16 december 2026 15:30, wijknetwerkbijeenkomst, Oude Noorden, 14 organisaties uitgenodigd)',
      'Verwerkt (1):',
      '  Wijknetwerk Oude Noorden (19 oktober 2026 15:30, wijknetwerkbijeenkomst, Oude Noorden, 14 organisaties uitgenodigd, 10 aanwezigen, 2 open afspraken)',
    ]);
    const json = JSON.parse((await cli('meetings', '--db', db, '--today', '2026-11-23', '--json')).stdout) as { planned: { heldOn: string }[] };
    expect(json.planned.map((meeting) => meeting.heldOn)).toEqual(['2026-12-03', '2026-12-16']);
    // The uitvragen: the open one first, with its reply and who has not answered; the closed one with both replies.
    const requests = JSON.parse((await cli('requests', '--db', db, '--json')).stdout) as { question: string; closedOn: string | null; replies: unknown[]; notAnsweredYet: string[] }[];
    expect(requests.map((request) => [request.question, request.closedOn, request.replies.length, request.notAnsweredYet.length])).toEqual([
      ['Wie heeft plek in een taalgroep overdag in Bergpolder?', null, 1, 9],
      ['Wie heeft ruimte voor een maatje voor een oudere man in Oude Noorden?', '2026-10-30', 2, 6],
    ]);
    expect((await cli('requests', '--db', db)).stdout.split('\n')[0]).toBe('Open: Wie heeft plek in een taalgroep overdag in Bergpolder? (19 november 2026; 1 antwoord)');
  }, 60_000);

  it('lists who is due in a wijk, most overdue first, and writes a round of the ten most overdue in cycling order', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect((await cli('demo', '--db', db, '--today', '2026-11-23')).code).toBe(0);
    const listed = await cli('due-visits', '--db', db, '--wijk', 'oude noorden', '--today', '2026-11-23', '--json');
    expect(listed.code).toBe(0);
    const due = JSON.parse(listed.stdout) as DueVisit[];
    expect(due.length).toBeGreaterThan(10);
    expect(due.map((visit) => visit.score)).toEqual([...due.map((visit) => visit.score)].sort((a, b) => b - a));
    expect(due.every((visit) => visit.dueOn <= '2026-11-23')).toBe(true);
    const text = await cli('due-visits', '--db', db, '--wijk', 'Oude Noorden', '--today', '2026-11-23');
    expect(text.stdout.split('\n')[1]).toMatch(new RegExp(`^ 1\\. ${due[0]!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ dagen? over tijd`));

    const out = join(dir, 'ronde.txt');
    const planned = await cli('plan-round', '--db', db, '--wijk', 'Oude Noorden', '--today', '2026-11-23', '--out', out);
    expect(planned).toMatchObject({ code: 0, stdout: `Fietsronde geschreven naar ${out} (10 bezoeken).` });
    const sheet = readFileSync(out, 'utf8');
    expect(sheet.split('\n')[0]).toBe('Fietsronde Oude Noorden, 23 november 2026: 10 bezoeken');
    // The ten most overdue, each once, in postcode order within the wijk; those outside it said so, and last.
    const names = [...sheet.matchAll(/^\d+\. (.+)$/gm)].map((match) => match[1]);
    const ten = due.slice(0, 10);
    expect(new Set(names)).toEqual(new Set(ten.map((visit) => `${visit.name}${visit.outsideWijk ? ' (buiten de wijk)' : ''}`)));
    const inside = ten.filter((visit) => !visit.outsideWijk).length;
    expect(names.slice(inside).every((name) => name?.endsWith(' (buiten de wijk)'))).toBe(true);
    const postcodes = [...sheet.matchAll(/^ {3}.*(\d{4} [A-Z]{2})$/gm)].map((match) => match[1]!).slice(0, inside);
    expect(postcodes).toEqual([...postcodes].sort());
    // An existing file is not overwritten.
    writeFileSync(join(dir, 'bestaat.txt'), 'van mij');
    const refusedOut = await cli('plan-round', '--db', db, '--wijk', 'Oude Noorden', '--today', '2026-11-23', '--out', join(dir, 'bestaat.txt'));
    expect(refusedOut.code).toBe(1);
    expect(readFileSync(join(dir, 'bestaat.txt'), 'utf8')).toBe('van mij');
  }, 60_000);

  it('refuses an unknown wijk, a missing --wijk and a wrong --max in Dutch (exit 2), writing nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect((await cli('demo', '--db', db, '--today', '2026-11-23')).code).toBe(0);
    const unknown = await cli('due-visits', '--db', db, '--wijk', 'Nergens');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Onbekende wijk "Nergens"\. Bekend: Agniesebuurt, Bergpolder/);
    expect((await cli('plan-round', '--db', db)).stderr).toMatch(/^De optie --wijk ontbreekt\./);
    const out = join(dir, 'ronde.txt');
    const wrongMax = await cli('plan-round', '--db', db, '--wijk', 'Bergpolder', '--max', 'veel', '--out', out);
    expect(wrongMax).toMatchObject({ code: 2 });
    expect(wrongMax.stderr).toMatch(/^--max moet een geheel getal van 1 tot 100 zijn, niet "veel"\./);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
