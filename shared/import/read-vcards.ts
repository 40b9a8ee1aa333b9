import ICAL from 'ical.js';
import { ImportError } from './import-error';
import type { RawTable } from './read-csv';

/** The columns a vCard becomes, so it goes through the same import as a spreadsheet. */
export const vcardColumns = ['Organisatie', 'Contactpersoon', 'Functie', 'Telefoon', 'E-mail', 'Opmerkingen'] as const;
export const vcardMapping = { organisation: 0, person: 1, role: 2, phone: 3, email: 4, notes: 5 } as const;

export function looksLikeVcard(text: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(text);
}

const textOf = (value: unknown): string => (Array.isArray(value) ? value.filter((part) => typeof part === 'string' && part.trim() !== '').join(', ') : typeof value === 'string' ? value : '');

/**
 * Contacts from a vCard file (RFC 6350; versions 3.0 and 4.0, folded lines,
 * several numbers per card), parsed with ical.js, as a table for the
 * spreadsheet import: one row per card. A card is a person; ORG becomes
 * their organisation and TITLE (or ROLE) their role.
 */
export function readVcards(text: string): RawTable {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`Het vCard-bestand kan niet worden gelezen: ${error instanceof Error ? error.message : String(error)}`);
  }
  const components = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  try {
    return { header: [...vcardColumns], rows: components.map(cardToRow), delimiter: '' };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`Het vCard-bestand kan niet worden gelezen: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** One card as a row of the import table (one card, one person). */
function cardToRow(json: unknown, index: number): { line: number; cells: string[] } {
  const card = new ICAL.Component(json as never);
  if (card.name !== 'vcard') throw new ImportError(`Onderdeel ${index + 1} is geen vCard maar "${card.name}".`);
  const structuredName = card.getFirstPropertyValue('n');
  const name = textOf(card.getFirstPropertyValue('fn')) || (Array.isArray(structuredName) ? [structuredName[1], structuredName[2], structuredName[0]].map(textOf).filter(Boolean).join(' ') : '');
  const organisation = card.getFirstPropertyValue('org');
  const phones = card.getAllProperties('tel').map((property) => textOf(property.getFirstValue()).replace(/^tel:/i, ''));
  const role = textOf(card.getFirstPropertyValue('title')) || textOf(card.getFirstPropertyValue('role'));
  return {
    line: index + 1,
    cells: [Array.isArray(organisation) ? textOf(organisation[0]) : textOf(organisation), name, role, phones.join(';'), textOf(card.getFirstPropertyValue('email')), textOf(card.getFirstPropertyValue('note'))],
  };
}
