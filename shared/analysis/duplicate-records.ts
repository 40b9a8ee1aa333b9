import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import { foldText } from '../normalise/name';
import { keySimilarity, nameKey, type NameKey } from './name-similarity';
import { pairsOf } from './pairs';

export interface DuplicatePair {
  kind: 'organisation' | 'person';
  keepId: string;
  dropId: string;
  labels: [string, string];
  score: number;
  reasons: string[];
}

const NAME_THRESHOLD = 0.8;

/** Records to compare: only those sharing a name word, a number or an e-mail (never every pair with every pair). */
function candidatePairs<Rec extends { id: string }>(records: readonly Rec[], keysOf: (record: Rec) => string[]): [Rec, Rec][] {
  const byKey = new Map<string, Rec[]>();
  // Pushed in place: copying the group on every record made a word all records share cost n² (a 97,000-row import took minutes).
  for (const record of records) {
    for (const key of new Set(keysOf(record))) {
      const group = byKey.get(key);
      if (group) group.push(record);
      else byKey.set(key, [record]);
    }
  }
  const seen = new Set<string>();
  const pairs: [Rec, Rec][] = [];
  for (const [blockKey, group] of byKey) {
    // A word that many share says nothing (and would cost n × group size comparisons).
    if (blockKey.startsWith('w:') && group.length > 50) continue;
    for (const [first, second] of pairsOf(group)) {
      const [a, b] = first.id < second.id ? [first, second] : [second, first];
      const key = `${a.id}|${b.id}`;
      if (!seen.has(key)) {
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

const nameWords = (name: string) => foldText(name).split(' ').filter((word) => word.length >= 4);

/** A word as it sounds, roughly: its first letter, then its consonants without repeats ("schelekens" and "schelkens" → "schlkns"). */
function consonantSkeleton(word: string): string {
  return (word[0] ?? '') + word.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * A person's whole-name keys at each of their organisations: initial plus
 * surname, and initial plus the surname as it sounds. In a city the single
 * words are each shared by hundreds ("Fatima", "Bakker") and say nothing
 * alone. A similar name convinces only at a shared organisation (see
 * `duplicatePersons`; a shared number or e-mail has its own key), so the
 * keys hold the organisation: they stay a handful each, however large the
 * city or the import, and "F. el Amrani" still meets "Fatima El Amrani",
 * "Schelkens" meets "Schelekens".
 */
function personNameKeys(key: NameKey, organisationIds: readonly string[]): string[] {
  const first = key.words[0];
  const last = key.words.at(-1);
  if (!first || !last || key.words.length < 2) return [];
  const sound = consonantSkeleton(last);
  return organisationIds.flatMap((organisationId) => [`n:${organisationId}|${first[0]}|${last}`, `s:${organisationId}|${first[0]}|${sound}`]);
}

/** Each record's name read once, for all the pairs it is in. */
function nameKeysOf(records: readonly { id: string; name: string }[]): (id: string) => NameKey {
  const keys = new Map(records.map((record) => [record.id, nameKey(record.name)]));
  return (id) => keys.get(id) ?? nameKey('');
}

/** The same organisation entered twice: similar name, same number, e-mail, or address. */
export function duplicateOrganisations(organisations: readonly Organisation[]): DuplicatePair[] {
  const active = organisations.filter((organisation) => organisation.archivedAt === null);
  const keyOf = nameKeysOf(active);
  const pairs: DuplicatePair[] = [];
  for (const [a, b] of candidatePairs(active, (organisation) => [...nameWords(organisation.name).map((word) => `w:${word}`), ...(organisation.phone ? [`p:${organisation.phone}`] : []), ...(organisation.email ? [`e:${organisation.email}`] : [])])) {
    const reasons: string[] = [];
    let score = 0;
    const similarity = keySimilarity(keyOf(a.id), keyOf(b.id));
    if (a.phone && a.phone === b.phone) reasons.push('zelfde telefoonnummer');
    if (a.email && a.email === b.email) reasons.push('zelfde e-mailadres');
    const sameAddress = a.postcode !== null && a.postcode === b.postcode && a.address !== '' && a.address === b.address;
    if (sameAddress) reasons.push('zelfde adres');
    if (similarity >= NAME_THRESHOLD) reasons.push(similarity === 1 ? 'zelfde naam' : 'naam lijkt sterk op elkaar');
    // A shared number or address with a somewhat similar name, or a very similar name alone.
    if (reasons.length === 0) continue;
    const contact = reasons.some((reason) => reason !== 'naam lijkt sterk op elkaar' && reason !== 'zelfde naam');
    // "Bieb Oude Noorden" and "Bibliotheek Oude Noorden" share a number and most words, not their spelling.
    const wordsA = new Set(nameWords(a.name));
    const wordsB = new Set(nameWords(b.name));
    const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
    const overlap = shared / Math.max(1, new Set([...wordsA, ...wordsB]).size);
    const likeness = Math.max(similarity, overlap);
    if (contact && likeness < 0.5) continue;
    if (contact && similarity < NAME_THRESHOLD && overlap >= 0.5) reasons.push('naam deels gelijk');
    score = Math.min(1, likeness * 0.7 + (contact ? 0.3 : 0));
    if (score < 0.6) continue;
    // Keep the record that has been there longer.
    const [keep, drop] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
    pairs.push({ kind: 'organisation', keepId: keep.id, dropId: drop.id, labels: [keep.name, drop.name], score, reasons });
  }
  return pairs.sort((left, right) => right.score - left.score);
}

/** The same person entered twice: similar name and the same number or e-mail, or a near-identical name at the same place. */
export function duplicatePersons(persons: readonly Person[], organisationsOf: (personId: string) => readonly string[]): DuplicatePair[] {
  const active = persons.filter((person) => person.archivedAt === null);
  const keyOf = nameKeysOf(active);
  const pairs: DuplicatePair[] = [];
  for (const [a, b] of candidatePairs(active, (person) => [...nameWords(person.name).map((word) => `w:${word}`), ...personNameKeys(keyOf(person.id), organisationsOf(person.id)), ...person.phones.map((phone) => `p:${phone.number}`), ...(person.email ? [`e:${person.email}`] : [])])) {
    const reasons: string[] = [];
    const similarity = keySimilarity(keyOf(a.id), keyOf(b.id));
    const samePhone = a.phones.some((phone) => b.phones.some((other) => other.number === phone.number));
    const sameEmail = a.email !== null && a.email === b.email;
    const sharedOrganisation = organisationsOf(a.id).some((id) => organisationsOf(b.id).includes(id));
    if (samePhone) reasons.push('zelfde telefoonnummer');
    if (sameEmail) reasons.push('zelfde e-mailadres');
    if (sharedOrganisation) reasons.push('zelfde organisatie');
    if (similarity >= NAME_THRESHOLD) reasons.push(similarity === 1 ? 'zelfde naam' : 'naam lijkt sterk op elkaar');
    const contact = samePhone || sameEmail;
    // Two different people may share a name, and colleagues share a switchboard: demand two signs.
    const convincing = (contact && similarity >= 0.5) || (similarity >= 0.9 && sharedOrganisation);
    if (!convincing) continue;
    const score = Math.min(1, similarity * 0.6 + (contact ? 0.3 : 0) + (sharedOrganisation ? 0.1 : 0));
    const [keep, drop] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
    pairs.push({ kind: 'person', keepId: keep.id, dropId: drop.id, labels: [keep.name, drop.name], score, reasons });
  }
  return pairs.sort((left, right) => right.score - left.score);
}
