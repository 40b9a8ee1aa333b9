import ICAL from 'ical.js';
import type { Person } from '../domain/person';

export interface VcardContact {
  person: Person;
  organisation: string | null;
  role: string;
}

/**
 * Contacts as vCard 3.0, the version every phone imports: name, organisation,
 * role, each number with its kind, e-mail. ical.js escapes and folds the lines.
 * Nothing else leaves: no notes, no warmth, no casus data.
 */
export function vcardText(contacts: readonly VcardContact[]): string {
  return contacts
    .map(({ person, organisation, role }) => {
      const card = new ICAL.Component(['vcard', [], []]);
      card.addPropertyWithValue('version', '3.0');
      card.addPropertyWithValue('fn', person.name);
      const parts = person.name.split(' ');
      card.addPropertyWithValue('n', [parts.length > 1 ? parts.slice(1).join(' ') : person.name, parts.length > 1 ? (parts[0] ?? '') : '', '', '', '']);
      if (organisation) card.addPropertyWithValue('org', [organisation]);
      if (role) card.addPropertyWithValue('title', role);
      for (const phone of person.phones) card.addPropertyWithValue('tel', phone.number).setParameter('type', phone.label === 'mobiel' ? 'CELL' : phone.label === 'werk' ? 'WORK' : 'HOME');
      if (person.email) card.addPropertyWithValue('email', person.email).setParameter('type', 'INTERNET');
      card.addPropertyWithValue('uid', `urn:uuid:${person.id}`);
      return card.toString().replace(/\r?\n/g, '\r\n');
    })
    .join('\r\n')
    .concat(contacts.length > 0 ? '\r\n' : '');
}
