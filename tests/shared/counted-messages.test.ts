import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeCounts } from '../../shared/domain/network-stats';
import { describeImportProgress } from '../../shared/import/describe-progress';
import { timeAgo } from '../../shared/search/explain';
import { countOf, forCount } from '../../shared/text/plural';
import { strings } from '../../renderer/src/strings';
import { pluralMistakes } from '../support/plural-agreement';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every UI message that takes a count, each rendered for 0, 1 and 2, with
 * what the broker must read. A new counted message in `renderer/src/strings`
 * must be added here (the last test checks), so its plural is never guessed.
 */
const countedMessages: Record<string, [(count: number) => string, [string, string, string]]> = {
  'importScreen.counts (voor)': [(n) => strings.importScreen.counts(false, n, n, n, n, n), [
    '0 regels: 0 nieuwe organisaties, 0 contactpersonen, 0 aanbod.',
    '1 regel: 1 nieuwe organisatie, 1 contactpersoon, 1 aanbod; 1 organisatie bestaat al en wordt gekoppeld.',
    '2 regels: 2 nieuwe organisaties, 2 contactpersonen, 2 aanbod; 2 organisaties bestaan al en worden gekoppeld.',
  ]],
  'importScreen.counts (nieuwe wijken)': [(n) => strings.importScreen.counts(false, 3, 1, 0, 0, 0, n), [
    '3 regels: 1 nieuwe organisatie, 0 contactpersonen, 0 aanbod.',
    '3 regels: 1 nieuwe organisatie, 0 contactpersonen, 0 aanbod, 1 nieuwe wijk.',
    '3 regels: 1 nieuwe organisatie, 0 contactpersonen, 0 aanbod, 2 nieuwe wijken.',
  ]],
  'importScreen.counts (na)': [(n) => strings.importScreen.counts(true, n, n, n, n, n), [
    '0 regels: 0 nieuwe organisaties, 0 contactpersonen, 0 aanbod.',
    '1 regel: 1 nieuwe organisatie, 1 contactpersoon, 1 aanbod; 1 organisatie bestond al en is gekoppeld.',
    '2 regels: 2 nieuwe organisaties, 2 contactpersonen, 2 aanbod; 2 organisaties bestonden al en zijn gekoppeld.',
  ]],
  'importScreen.problems': [(n) => strings.importScreen.problems(n), ['0 meldingen', '1 melding', '2 meldingen']],
  'importScreen.duplicates': [(n) => strings.importScreen.duplicates(n), ['0 mogelijk dubbele records', '1 mogelijk dubbel record', '2 mogelijk dubbele records']],
  'importScreen.imported': [(n) => strings.importScreen.imported(n, n, n), [
    'Geïmporteerd: 0 organisaties, 0 contactpersonen, 0 aanbod.',
    'Geïmporteerd: 1 organisatie, 1 contactpersoon, 1 aanbod.',
    'Geïmporteerd: 2 organisaties, 2 contactpersonen, 2 aanbod.',
  ]],
  'addressBook.count': [(n) => strings.addressBook.count(n, n), ['0 in totaal', '1 in totaal', '2 in totaal']],
  'settings.retentionIntro': [(n) => strings.settings.retentionIntro(n), [0, 1, 2].map((n) => `Spinweb anonimiseert bij elke start afgesloten casussen die langer dan ${n} ${n === 1 ? 'maand' : 'maanden'} dicht zijn. Hier zie je welke nu aan de beurt zijn.`) as [string, string, string]],
  'settings.due': [(n) => strings.settings.due(n), ['0 casussen zijn voorbij de bewaartermijn:', '1 casus is voorbij de bewaartermijn:', '2 casussen zijn voorbij de bewaartermijn:']],
  'settings.apply': [(n) => strings.settings.apply(n), ['Nu anonimiseren (0); dit kan niet ongedaan worden', 'Nu anonimiseren (1); dit kan niet ongedaan worden', 'Nu anonimiseren (2); dit kan niet ongedaan worden']],
  'settings.anonymised': [(n) => strings.settings.anonymised(n), ['0 casussen geanonimiseerd.', '1 casus geanonimiseerd.', '2 casussen geanonimiseerd.']],
  'settings.backups.rescuedWhole': [(n) => strings.settings.backups.rescuedWhole(n), ['Gered: 0 rijen; er ging niets verloren.', 'Gered: 1 rij; er ging niets verloren.', 'Gered: 2 rijen; er ging niets verloren.']],
  'settings.backups.rescuedWithLosses': [(n) => strings.settings.backups.rescuedWithLosses(n, 'casussen'), ['Gered: 0 rijen. Verloren: casussen.', 'Gered: 1 rij. Verloren: casussen.', 'Gered: 2 rijen. Verloren: casussen.']],
  'settings.handover.previewSummary': [(n) => strings.settings.handover.previewSummary(null, 'niets', n), [
    'Overdracht: nieuw niets; 0 organisaties en personen herkend als al bekend.',
    'Overdracht: nieuw niets; 1 organisatie of persoon herkend als al bekend.',
    'Overdracht: nieuw niets; 2 organisaties en personen herkend als al bekend.',
  ]],
  'settings.handover.applied': [(n) => strings.settings.handover.applied(n), ['Overdracht ingelezen: 0 nieuwe records.', 'Overdracht ingelezen: 1 nieuw record.', 'Overdracht ingelezen: 2 nieuwe records.']],
  'search.count': [(n) => strings.search.count(n, 'Oude Noorden'), ['Geen resultaten in of rond Oude Noorden.', '1 resultaat in of rond Oude Noorden.', '2 resultaten in of rond Oude Noorden.']],
  'logbook.savedRound': [(n) => strings.logbook.savedRound(n), ['Ronde vastgelegd: 0 bezoeken.', 'Ronde vastgelegd: 1 bezoek.', 'Ronde vastgelegd: 2 bezoeken.']],
  'logbook.introductionsDone': [(n) => strings.logbook.introductionsDone(n), ['0 geplande introducties afgerond.', '1 geplande introductie afgerond.', '2 geplande introducties afgerond.']],
  'logbook.followUps.showAll': [(n) => strings.logbook.followUps.showAll(n), ['Toon alle 0', 'Toon alle 1', 'Toon alle 2']],
  'analysis.organisationCount': [(n) => strings.analysis.organisationCount(n), ['0 organisaties', '1 organisatie', '2 organisaties']],
  'analysis.someKnow': [(n) => strings.analysis.someKnow(n, 3), ['0 van de 3 paren kennen elkaar', '1 van de 3 paren kent elkaar', '2 van de 3 paren kennen elkaar']],
  'analysis.morePairs': [(n) => strings.analysis.morePairs(n), ['Nog 0 paren om voor te stellen', 'Nog 1 paar om voor te stellen', 'Nog 2 paren om voor te stellen']],
  'analysis.lessImportant': [(n) => strings.analysis.lessImportant(n), ['Minder belangrijk (0)', 'Minder belangrijk (1)', 'Minder belangrijk (2)']],
  'analysis.casusCount': [(n) => strings.analysis.casusCount(n), ['0 casussen', '1 casus', '2 casussen']],
  'network.layingOut': [(n) => strings.network.layingOut(n), ['Kaart wordt ingedeeld (0 knopen) ...', 'Kaart wordt ingedeeld (1 knoop) ...', 'Kaart wordt ingedeeld (2 knopen) ...']],
  'network.changesPanel.summary': [(n) => strings.network.changesPanel.summary(n, n, n), [
    '0 nieuwe organisaties, 0 nieuwe verbindingen.',
    '1 nieuwe organisatie, 1 nieuwe verbinding, waarvan 1 introductie.',
    '2 nieuwe organisaties, 2 nieuwe verbindingen, waarvan 2 introducties.',
  ]],
  'network.changesPanel.more': [(n) => strings.network.changesPanel.more(n), ['en 0 meer', 'en 1 meer', 'en 2 meer']],
  'network.views.stepCount': [(n) => strings.network.views.stepCount(n), ['0 stappen', '1 stap', '2 stappen']],
  'network.views.printing': [(n) => strings.network.views.printing(n), ["De presentatie wordt klaargezet om af te drukken (0 pagina's)…", 'De presentatie wordt klaargezet om af te drukken (1 pagina)…', "De presentatie wordt klaargezet om af te drukken (2 pagina's)…"]],
  'network.focusSteps': [(n) => strings.network.focusSteps(n), ['hele netwerk', '1 stap', '2 stappen']],
  'network.showPeople': [(n) => strings.network.showPeople(n), ['Toon 0 contactpersonen', 'Toon 1 contactpersoon', 'Toon 2 contactpersonen']],
  'network.counts': [(n) => strings.network.counts(n, n), ['0 knopen, 0 verbindingen in beeld', '1 knoop, 1 verbinding in beeld', '2 knopen, 2 verbindingen in beeld']],
  'casus.report.ofAsked': [(n) => strings.casus.report.ofAsked(n, 8), ['(0 van 8 gevraagd)', '(1 van 8 gevraagd)', '(2 van 8 gevraagd)']],
  'casus.report.ofTotal': [(n) => strings.casus.report.ofTotal(n, 32), ['(0 van 32)', '(1 van 32)', '(2 van 32)']],
  'casus.daysOpen': [(n) => strings.casus.daysOpen(n), ['vandaag aangemeld', '1 dag geleden aangemeld', '2 dagen geleden aangemeld']],
  'meetings.invitedCount': [(n) => strings.meetings.invitedCount(n), ['0 uitnodigingen', '1 uitnodiging', '2 uitnodigingen']],
  'meetings.detail.addByFilter': [(n) => strings.meetings.detail.addByFilter(n), ['0 organisaties uit dit filter uitnodigen', '1 organisatie uit dit filter uitnodigen', '2 organisaties uit dit filter uitnodigen']],
  'meetings.detail.invitedByFilter': [(n) => strings.meetings.detail.invitedByFilter(n), ['0 organisaties uitgenodigd.', '1 organisatie uitgenodigd.', '2 organisaties uitgenodigd.']],
  'meetings.detail.bccCopied': [(n) => strings.meetings.detail.bccCopied(n), ['0 e-mailadressen gekopieerd; plak ze in het Bcc-veld.', '1 e-mailadres gekopieerd; plak ze in het Bcc-veld.', '2 e-mailadressen gekopieerd; plak ze in het Bcc-veld.']],
  'meetings.detail.moreProposals': [(n) => strings.meetings.detail.moreProposals(n, 12), ['Nog 0 voorstellen tonen (van 12)', 'Nog 1 voorstel tonen (van 12)', 'Nog 2 voorstellen tonen (van 12)']],
  'meetings.detail.recordedMessage': [(n) => strings.meetings.detail.recordedMessage('Wijknetwerk', n, n), ['Wijknetwerk verwerkt: 0 nieuwe verbindingen, 0 afspraken.', 'Wijknetwerk verwerkt: 1 nieuwe verbinding, 1 afspraak.', 'Wijknetwerk verwerkt: 2 nieuwe verbindingen, 2 afspraken.']],
  'detail.departure.moves': [(n) => strings.detail.departure.moves(n, n, n, n), [
    'Gaat over op de opvolger: 0 aanbod als contactpersoon, 0 open afspraken, 0 geplande introducties, 0 casuskoppelingen zonder uitkomst.',
    'Gaat over op de opvolger: 1 aanbod als contactpersoon, 1 open afspraak, 1 geplande introductie, 1 casuskoppeling zonder uitkomst.',
    'Gaat over op de opvolger: 2 aanbod als contactpersoon, 2 open afspraken, 2 geplande introducties, 2 casuskoppelingen zonder uitkomst.',
  ]],
  'logbook.roundPrefilled': [(n) => strings.logbook.roundPrefilled(n), [
    'De ronde staat klaar: 0 bezoeken. Vul per bezoek aan wat je hoorde en sla op.',
    'De ronde staat klaar: 1 bezoek. Vul per bezoek aan wat je hoorde en sla op.',
    'De ronde staat klaar: 2 bezoeken. Vul per bezoek aan wat je hoorde en sla op.',
  ]],
  'logbook.round.overdue': [(n) => strings.logbook.round.overdue(n, n), ['0 dagen over tijd (elke 0 maanden)', '1 dag over tijd (elke maand)', '2 dagen over tijd (elke 2 maanden)']],
  'logbook.round.sheetTitle': [(n) => strings.logbook.round.sheetTitle('Bergpolder', '1 december 2026', n), ['Fietsronde Bergpolder, 1 december 2026: 0 bezoeken', 'Fietsronde Bergpolder, 1 december 2026: 1 bezoek', 'Fietsronde Bergpolder, 1 december 2026: 2 bezoeken']],
  'requests.answers': [(n) => strings.requests.answers(n, 3), ['0 van de 3 geantwoord', '1 van de 3 geantwoord', '2 van de 3 geantwoord']],
  'settings.lists.archivedCount': [(n) => strings.settings.lists.archivedCount(n), ['0 gearchiveerde waarden', '1 gearchiveerde waarde', '2 gearchiveerde waarden']],
  'importScreen.unknownTerms': [(n) => strings.importScreen.unknownTerms(n), ['0 waarden die nog niet in je lijsten staan', '1 waarde die nog niet in je lijsten staat', '2 waarden die nog niet in je lijsten staan']],
  'importScreen.kindGuesses': [(n) => strings.importScreen.kindGuesses(n), ['Soort geraden voor 0 organisaties', 'Soort geraden voor 1 organisatie', 'Soort geraden voor 2 organisaties']],
  'listingCheck.dueLine': [(n) => strings.listingCheck.dueLine(n), ['alleen de organisatiegegevens', '1 aanbod niet gecontroleerd', '2 aanbod niet gecontroleerd']],
  'requests.sentTo': [(n) => strings.requests.sentTo(n), ['uitvraag aan 0 partners', 'uitvraag aan 1 partner', 'uitvraag aan 2 partners']],
  'requests.form.chosen': [(n) => strings.requests.form.chosen(n), ['0 partners gekozen', '1 partner gekozen', '2 partners gekozen']],
  'requests.detail.waiting': [(n) => strings.requests.detail.waiting(n), ['0 partners hebben nog niet geantwoord.', '1 partner heeft nog niet geantwoord.', '2 partners hebben nog niet geantwoord.']],
  'detail.rhythmOwn': [(n) => strings.detail.rhythmOwn(n), ['elke 0 maanden', 'elke maand', 'elke 2 maanden']],
  'detail.rhythmByWarmth': [(n) => strings.detail.rhythmByWarmth(n), ['elke 0 maanden (volgens hoe goed je elkaar kent)', 'elke maand (volgens hoe goed je elkaar kent)', 'elke 2 maanden (volgens hoe goed je elkaar kent)']],
  // Shared messages the screens and the CLI show.
  describeCounts: [(n) => describeCounts({ organisations: n, persons: n, offers: n, ties: n, logEntries: n, casussen: n }), [
    '0 organisaties, 0 contactpersonen, 0 aanbod, 0 casussen',
    '1 organisatie, 1 contactpersoon, 1 aanbod, 1 casus',
    '2 organisaties, 2 contactpersonen, 2 aanbod, 2 casussen',
  ]],
  describeImportProgress: [(n) => describeImportProgress({ source: 'kaart.csv', phase: 'plannen', done: 0, total: 0, waitingImports: n }), [
    'Import van kaart.csv: bestand lezen en controleren…',
    'Import van kaart.csv: bestand lezen en controleren… Daarna wacht nog 1 import.',
    'Import van kaart.csv: bestand lezen en controleren… Daarna wachten nog 2 imports.',
  ]],
};

/** Counted messages in the strings whose number is an ordinal or a position, not an amount of something. */
const notAmounts = new Set(['removeAfspraak', 'afspraakLabel', 'line', 'visitWho', 'fromVisit', 'inVisit', 'characters', 'stepOption', 'stepOf', 'pageTitle', 'running', 'row', 'remove']);

describe('every counted message in Dutch, for 0, 1 and 2', () => {
  it.each(Object.entries(countedMessages))('%s', (_name, [message, expected]) => {
    const rendered = [0, 1, 2].map(message);
    expect(rendered).toEqual(expected);
    expect(rendered.flatMap(pluralMistakes)).toEqual([]);
  });

  it('counts time ago in the right number', () => {
    expect(['2026-11-29', '2026-11-28', '2026-11-16', '2026-11-09', '2026-09-30', '2026-07-31'].map((date) => timeAgo(date, '2026-11-30'))).toEqual([
      'gisteren',
      '2 dagen geleden',
      '2 weken geleden',
      '3 weken geleden',
      '2 maanden geleden',
      '4 maanden geleden',
    ]);
  });

  it('has one helper for a count and for the word that agrees with it', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'bezoek', 'bezoeken'))).toEqual(['0 bezoeken', '1 bezoek', '2 bezoeken']);
    expect([0, 1, 2].map((count) => forCount(count, 'bestaat', 'bestaan'))).toEqual(['bestaan', 'bestaat', 'bestaan']);
  });

  it('lists every message in the strings that takes a number', () => {
    const source = readdirSync(join(root, 'renderer/src/strings')).map((file) => readFileSync(join(root, 'renderer/src/strings', file), 'utf8')).join('\n');
    const takingNumbers = [...source.matchAll(/(\w+): \(([^)]*)\) =>/g)].filter((match) => /: number/.test(match[2]!)).map((match) => match[1]!);
    const listed = new Set(Object.keys(countedMessages).map((name) => name.split(' ')[0]!.split('.').at(-1)!));
    expect(takingNumbers.filter((name) => !listed.has(name) && !notAmounts.has(name))).toEqual([]);
  });

  it('counts through the helper everywhere: no number stands before a counted noun by hand', () => {
    const nouns = /^(?:organisaties|contactpersonen|personen|casussen|regels|rijen|verbindingen|logboekregels|bezoeken|contacten|dagen|weken|maanden|paren|groepen|wijken|knopen|meldingen|records|verwijzingen|resultaten|stappen|wijzigingen|imports)\b/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry)) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, index) => {
              for (const match of line.matchAll(/\$\{([^{}]*)\} /g)) {
                if (!/countOf|forCount/.test(match[1]!) && nouns.test(line.slice(match.index + match[0].length))) offenders.push(`${path.slice(root.length)}:${index + 1}: ${match[0]}${line.slice(match.index + match[0].length, match.index + match[0].length + 20)}`);
              }
            });
        }
      }
    };
    for (const dir of ['shared', 'electron', 'renderer/src']) walk(join(root, dir));
    expect(offenders).toEqual([]);
  });
});
