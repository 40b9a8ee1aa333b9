import { countOf } from '../text/plural';
import type { SearchDocument, SearchField } from './search-document';

const DAY = 24 * 60 * 60 * 1000;

/** "3 weken geleden": how long ago a date was, as a broker says it. */
export function timeAgo(date: string, today: string): string {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY);
  if (days <= 0) return 'vandaag';
  if (days === 1) return 'gisteren';
  if (days < 14) return `${countOf(days, 'dag', 'dagen')} geleden`;
  if (days < 61) return `${countOf(Math.round(days / 7), 'week', 'weken')} geleden`;
  if (days < 730) return `${countOf(Math.round(days / 30.4), 'maand', 'maanden')} geleden`;
  return `${Math.floor(days / 365)} jaar geleden`;
}

function whereMatched(document: SearchDocument, field: SearchField): string {
  if (document.kind === 'offer' && field !== 'neighbourhood') {
    const organisation = document.fields.organisations;
    return field === 'organisations' ? `aanbod van ${organisation}` : organisation ? `een aanbod van ${organisation}` : 'een aanbod';
  }
  switch (field) {
    case 'name':
      return 'de naam';
    case 'roles':
      return document.kind === 'person' ? 'de functie' : 'de soort organisatie';
    case 'organisations':
      return 'de organisatie';
    case 'tags':
      return document.kind === 'person' ? 'de expertise' : 'de labels';
    case 'neighbourhood':
      return 'de wijk';
    case 'text':
      return 'de beschrijving';
  }
}

export interface Explanation {
  queryWord: string;
  field: SearchField;
  inAskedNeighbourhood: string | null;
}

/** One line that says why a result is there: what matched, how warm, when last spoken. */
export function explain(document: SearchDocument, explanation: Explanation, today: string): string {
  const parts = [`"${explanation.queryWord}" in ${whereMatched(document, explanation.field)}`];
  if (explanation.inAskedNeighbourhood) parts.push(`actief in ${explanation.inAskedNeighbourhood}`);
  if (document.warmth) parts.push(`${document.warmth} contact`);
  if (document.kind !== 'organisation' || document.lastContact) {
    parts.push(document.lastContact ? `laatst gesproken ${timeAgo(document.lastContact, today)}` : 'nog niet gesproken');
  }
  if (document.archived) parts.push('gearchiveerd');
  return parts.join(' · ');
}
