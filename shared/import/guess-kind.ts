import type { TaxonomyTerm } from '../domain/taxonomy-term';
import { foldText } from '../normalise/name';

/**
 * Words that say what kind of organisation it is, tried in this order (a
 * "Protestantse" or "Hervormde Gemeente" is a church before a "gemeente" is
 * the municipality), each naming a shipped kind by its id. A kind the broker
 * archived or merged away is not guessed.
 */
const rules: readonly (readonly [RegExp, string])[] = [
  [/\bhuisarts/, 'kind-huisartsenpraktijk'],
  [/\bapothe[ek]/, 'kind-apotheek'],
  [/\bfysio|\bfysiotherap|\bmanuele therap/, 'kind-fysiotherapie'],
  [/\bggz\b|\bpsycholo|\bpsychiat|\bparnassia|\bantes\b/, 'kind-ggz'],
  [/\bthuiszorg|\bwijkverpleg|\bzorg thuis/, 'kind-thuiszorg'],
  [/\bbibliothe|\bbieb\b/, 'kind-bibliotheek'],
  [/\bkerk\b|\bmoskee|\bparochie|\b(protestantse|hervormde|gereformeerde|evangelische|baptisten|christelijke|pinkster|doopsgezinde|lutherse|remonstrantse) gemeente|\bsynagoge|\btempel|\bstiltecentrum|\bgeloofsgemeenschap/, 'kind-levensbeschouwing'],
  [/\bbasisschool|\bschool\b|\bcollege\b|\blyceum|\bvolksuniversiteit|\bhogeschool|\bmbo\b|\bonderwijs/, 'kind-onderwijs'],
  [/\bwoningcorporatie|\bwoonstichting|\bwooncorporatie|\bhavensteder|\bwoonbron|\bwoonstad/, 'kind-wonen'],
  [/\bgemeente\b|\bwijkteam|\bgebiedsteam|\bwmo\b|\bgebiedscommissie/, 'kind-gemeente'],
  [/\bsport|\bvoetbal|\btennis|\bzwem|\bfitness|\bgym\b|\bdansschool|\bbiljart|\bturn/, 'kind-sport'],
  [/\bbuurthuis|\bwelzijn|\bhuis van de wijk|\bopbouwwerk|\bbuurtwerk|\bbuurtcentrum|\bwijkcentrum/, 'kind-welzijn'],
  [/\btheater|\bmuseum|\bkunst|\bmuziek|\bcultu|\batelier|\bgalerie|\bkoor\b/, 'kind-cultuur'],
  [/\bvrijwilliger|\bmaatje|\bhumanitas|\bburenhulp|\bmantelzorg/, 'kind-vrijwilligersorganisatie'],
  [/\bbewoners/, 'kind-bewonersinitiatief'],
  // Not "café": an Alzheimer Café or a Repair Café is no business.
  [/\bkapsalon|\bbakker|\bwinkel|\brestaurant|\bbloemist|\bslager|\bsupermarkt/, 'kind-ondernemer'],
];

/** The kind of an organisation from its name, else from its offers; null when nothing in them says. */
export function guessKind(name: string, offerTitles: readonly string[], kinds: readonly TaxonomyTerm[]): { kindId: string; from: 'naam' | 'aanbod' } | null {
  const active = new Set(kinds.filter((kind) => kind.taxonomy === 'organisation_kind' && kind.archivedAt === null).map((kind) => kind.id));
  const match = (text: string) => rules.find(([pattern, kindId]) => active.has(kindId) && pattern.test(foldText(text)))?.[1] ?? null;
  const byName = match(name);
  if (byName) return { kindId: byName, from: 'naam' };
  const byOffer = offerTitles.map(match).find((kindId) => kindId !== null);
  return byOffer ? { kindId: byOffer, from: 'aanbod' } : null;
}
