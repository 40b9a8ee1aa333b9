import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import { normalisePhone } from '../normalise/phone';
import { nameSimilarity } from './name-similarity';

export interface DuplicateCandidate<Rec> {
  record: Rec;
  /** 0..1: how sure the match is. */
  score: number;
  /** Dutch: what gave it away ("zelfde mobiele nummer", "naam lijkt op ..."). */
  reasons: string[];
}

const NAME_THRESHOLD = 0.8;

/** Same number or same e-mail: the strongest sign two records are one. */
function contactMatches(candidate: { phone?: string | undefined; email?: string | undefined }, known: { phones: readonly string[]; email: string | null }): string[] {
  const reasons: string[] = [];
  if (candidate.phone && known.phones.includes(candidate.phone)) reasons.push('zelfde telefoonnummer');
  if (candidate.email && known.email === candidate.email) reasons.push('zelfde e-mailadres');
  return reasons;
}

function byScore<Rec>(candidates: DuplicateCandidate<Rec>[]): DuplicateCandidate<Rec>[] {
  return candidates.sort((left, right) => right.score - left.score);
}

/** People already known who are probably the one being entered: same number, same e-mail or a similar name. */
export function likelyDuplicatePersons(candidate: { name: string; mobile?: string | null; email?: string | null }, persons: readonly Person[]): DuplicateCandidate<Person>[] {
  const phone = candidate.mobile ? normalisePhone(candidate.mobile)?.e164 : undefined;
  const email = candidate.email?.trim().toLowerCase() || undefined;
  const found: DuplicateCandidate<Person>[] = [];
  for (const person of persons) {
    if (person.archivedAt) continue;
    const reasons = contactMatches({ phone, email }, { phones: person.phones.map((known) => known.number), email: person.email });
    let score = reasons.length > 0 ? 0.95 : 0;
    const similarity = nameSimilarity(candidate.name, person.name);
    if (similarity >= NAME_THRESHOLD) {
      reasons.push(similarity === 1 ? 'zelfde naam' : `naam lijkt op "${person.name}"`);
      score = Math.max(score, similarity * 0.9);
    }
    if (reasons.length > 0) found.push({ record: person, score, reasons });
  }
  return byScore(found);
}

/** Organisations already known that are probably the one being entered. */
export function likelyDuplicateOrganisations(candidate: { name: string; phone?: string | null; email?: string | null }, organisations: readonly Organisation[]): DuplicateCandidate<Organisation>[] {
  const phone = candidate.phone ? normalisePhone(candidate.phone)?.e164 : undefined;
  const email = candidate.email?.trim().toLowerCase() || undefined;
  const found: DuplicateCandidate<Organisation>[] = [];
  for (const organisation of organisations) {
    if (organisation.archivedAt) continue;
    const reasons = contactMatches({ phone, email }, { phones: organisation.phone ? [organisation.phone] : [], email: organisation.email });
    let score = reasons.length > 0 ? 0.95 : 0;
    const similarity = Math.max(nameSimilarity(candidate.name, organisation.name), ...organisation.aliases.map((alias) => nameSimilarity(candidate.name, alias)));
    if (similarity >= NAME_THRESHOLD) {
      reasons.push(similarity === 1 ? 'zelfde naam' : `naam lijkt op "${organisation.name}"`);
      score = Math.max(score, similarity * 0.9);
    }
    if (reasons.length > 0) found.push({ record: organisation, score, reasons });
  }
  return byScore(found);
}
