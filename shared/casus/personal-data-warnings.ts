import { findPhoneNumbersInText } from 'libphonenumber-js/max';

/** What a casus text seems to contain that identifies the resident. */
export interface PersonalDataWarning {
  kind: 'naam' | 'telefoonnummer' | 'e-mailadres' | 'BSN' | 'geboortedatum';
  /** The words that triggered it, as typed. */
  found: string;
  message: string;
}

const email = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi;
const nineDigits = /(?<![\d-])(\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})(?![\d-])/g;
const dateLike = /\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b/g;
const birthWords = /\b(geboren|geb\.|geboortedatum|gebdat)\b/i;
// "mevrouw Jansen", "dhr. de Vries", "meneer Van den Berg": a title before a capitalised name.
const titledName = /\b(mevrouw|mevr\.|mw\.|meneer|mijnheer|dhr\.|de heer)\s+((?:(?:van|de|der|den|het|ter|ten)\s+)*[A-Z][a-zà-ÿ'-]+)/gi;
// Two or three capitalised words in a row, not at a sentence start: "Fatima El Amrani", "Jan de Boer".
const fullName = /(?<![.!?]\s|^)\b(\p{Lu}[\p{Ll}'-]+(?:\s+(?:(?:van|de|der|den|el|al|ter|ten)\s+)*\p{Lu}[\p{Ll}'-]+){1,2})\b/gu;

/** The Dutch 11-test every BSN passes: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11. */
function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  const sum = Array.from(digits).reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0;
}

/**
 * Warnings for free text that looks like it names or identifies the
 * resident: a casus is pseudonymous (a code, an age band, a neighbourhood), so the
 * form asks before saving such text. Heuristics, so they warn rather than
 * refuse; `knownWords` (names of organisations, offers and places in the
 * network) are not taken for a resident's name. `today` tells a birth date
 * (long ago) from an appointment (recent).
 */
export function personalDataWarnings(text: string, options: { today: string; knownWords?: readonly string[] }): PersonalDataWarning[] {
  const knownWords = options.knownWords ?? [];
  const thisYear = Number(options.today.slice(0, 4));
  const warnings: PersonalDataWarning[] = [];
  const add = (kind: PersonalDataWarning['kind'], found: string, message: string) => {
    if (!warnings.some((warning) => warning.kind === kind && warning.found === found)) warnings.push({ kind, found, message });
  };
  for (const match of text.matchAll(email)) add('e-mailadres', match[0], `"${match[0]}" lijkt een e-mailadres.`);
  for (const phone of findPhoneNumbersInText(text, 'NL')) {
    const found = text.slice(phone.startsAt, phone.endsAt);
    // Dutch numbers are written with their 0 or +; nine bare digits are more likely a BSN or a file number.
    if (/^[0+(]/.test(found)) add('telefoonnummer', found, `"${found}" lijkt een telefoonnummer.`);
  }
  for (const match of text.matchAll(nineDigits)) {
    if (passesElevenTest(match[0].replace(/\D/g, ''))) add('BSN', match[0], `"${match[0]}" lijkt een burgerservicenummer (BSN).`);
  }
  for (const match of text.matchAll(dateLike)) {
    const year = Number(match[3]);
    const context = text.slice(Math.max(0, match.index - 25), match.index);
    // A date far back is a birth date; a recent one is usually an appointment.
    if (birthWords.test(context) || year < thisYear - 12) add('geboortedatum', match[0], `"${match[0]}" lijkt een geboortedatum.`);
  }
  const known = new Set(knownWords.map((word) => word.toLowerCase()));
  const isKnown = (candidate: string) => [...known].some((word) => word.includes(candidate.toLowerCase()));
  for (const match of text.matchAll(titledName)) add('naam', match[0], `"${match[0]}" lijkt een naam.`);
  for (const match of text.matchAll(fullName)) {
    const name = match[1] ?? '';
    if (!isKnown(name)) add('naam', name, `"${name}" lijkt een naam.`);
  }
  return warnings;
}
