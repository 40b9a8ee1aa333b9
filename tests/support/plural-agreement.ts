import { entityDefinitions } from '../../shared/domain/entity-registry';

/** Nouns the app counts, singular and plural: every kind in the registry and the other things a message counts. */
const countedNouns = (
  [
  ...entityDefinitions.map((definition): [string, string] => [definition.label, definition.plural]),
  ['contact', 'contacten'],
  ['persoon', 'personen'],
  ['regel', 'regels'],
  ['rij', 'rijen'],
  ['bezoek', 'bezoeken'],
  ['dag', 'dagen'],
  ['week', 'weken'],
  ['maand', 'maanden'],
  ['paar', 'paren'],
  ['groep', 'groepen'],
  ['knoop', 'knopen'],
  ['melding', 'meldingen'],
  ['record', 'records'],
  ['resultaat', 'resultaten'],
  ['stap', 'stappen'],
  ['introductie', 'introducties'],
  ['import', 'imports'],
  ] satisfies [one: string, many: string][] as [one: string, many: string][]
).filter(([one, many]) => one !== many);

/**
 * Places where a number and its noun disagree in Dutch text ("1 organisaties",
 * "2 casus"); empty when every count reads right. Adjectives between the two
 * ("2 nieuwe organisatie") are allowed for, as are thousands ("1.234").
 */
export function pluralMistakes(text: string): string[] {
  const mistakes: string[] = [];
  for (const [one, many] of countedNouns) {
    const between = String.raw`(?:(?:nieuwe?|mogelijk|dubbele?|geplande?)[ \u00a0]+)*`;
    for (const match of text.matchAll(new RegExp(String.raw`(?<![\d.,])1[ \u00a0]+${between}${many}(?![\p{L}])`, 'giu'))) mistakes.push(match[0]);
    for (const match of text.matchAll(new RegExp(String.raw`(?<![\d.,])(?:0|[2-9]|[1-9][\d.]*\d)[ \u00a0]+${between}${one}(?![\p{L}])`, 'giu'))) mistakes.push(match[0]);
  }
  return mistakes;
}
