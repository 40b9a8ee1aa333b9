import { z } from 'zod';
import { foldText } from '../normalise/name';
import { ImportError } from './import-error';

/**
 * What a column can hold, in the import's own terms. These names are keys of
 * the CLI's mapping file and of the import report, so they stay as written
 * there: `wijk` is the neighbourhood column.
 */
export const importFields = [
  'organisation',
  'person',
  'role',
  'phone',
  'email',
  'address',
  'postcode',
  'city',
  'wijk',
  'offer',
  'offerDescription',
  'targetGroup',
  'website',
  'theme',
  'lifeDomain',
  'pgDimension',
  'location',
  'schedule',
  'scheduleNote',
  'timesOfDay',
  'cost',
  'access',
  'capacity',
  'waitingList',
  'languages',
  'accessibility',
  'notes',
] as const;

/** The fields that describe the offers of a row (the `offer` cell names them). */
export const offerDetailFields = ['offerDescription', 'lifeDomain', 'pgDimension', 'location', 'schedule', 'scheduleNote', 'timesOfDay', 'cost', 'access', 'capacity', 'waitingList', 'languages', 'accessibility'] as const satisfies readonly ImportField[];
export type ImportField = (typeof importFields)[number];

/** Dutch labels for the mapping screen and the messages. */
export const importFieldLabels: Record<ImportField, string> = {
  organisation: 'Organisatie',
  person: 'Contactpersoon',
  role: 'Functie',
  phone: 'Telefoon',
  email: 'E-mail',
  address: 'Adres',
  postcode: 'Postcode',
  city: 'Plaats',
  wijk: 'Wijk',
  offer: 'Aanbod',
  offerDescription: 'Beschrijving aanbod',
  targetGroup: 'Doelgroep',
  website: 'Website',
  theme: 'Thema',
  lifeDomain: 'Levensgebied',
  pgDimension: 'Positieve Gezondheid',
  location: 'Locatie',
  schedule: 'Dag en tijd',
  scheduleNote: 'Uitzonderingen',
  timesOfDay: 'Dagdeel',
  cost: 'Kosten',
  access: 'Toegang',
  capacity: 'Plaatsen',
  waitingList: 'Wachtlijst',
  languages: 'Talen',
  accessibility: 'Toegankelijkheid',
  notes: 'Opmerkingen',
};

/** Headers as sociale kaarten and spreadsheets name them, folded (lower case, no accents or punctuation). */
const aliases: Record<ImportField, readonly string[]> = {
  organisation: ['organisatie', 'naam organisatie', 'organisatienaam', 'organisation', 'organization', 'instelling', 'aanbieder'],
  person: ['contactpersoon', 'naam', 'contact', 'naam contactpersoon', 'contact person', 'name'],
  role: ['functie', 'rol', 'role', 'function', 'job title'],
  phone: ['telefoon', 'tel', 'telefoonnummer', 'mobiel', '06', 'phone', 'mobile', 'telephone'],
  email: ['e mail', 'email', 'e mailadres', 'emailadres', 'mail'],
  address: ['adres', 'straat', 'address', 'street', 'bezoekadres'],
  postcode: ['postcode', 'zip', 'postal code'],
  city: ['plaats', 'woonplaats', 'city', 'stad', 'gemeente'],
  wijk: ['wijk', 'buurt', 'neighbourhood', 'neighborhood', 'district'],
  offer: ['aanbod', 'activiteit', 'activiteiten', 'dienst', 'diensten', 'offer', 'activity', 'service'],
  offerDescription: ['beschrijving', 'omschrijving', 'beschrijving aanbod', 'omschrijving activiteit', 'description'],
  targetGroup: ['doelgroep', 'doelgroepen', 'target group', 'voor wie'],
  website: ['website', 'site', 'url', 'web'],
  theme: ['thema', 'themas', 'theme', 'categorie'],
  lifeDomain: ['levensgebied', 'levensgebieden', 'leefgebied', 'leefgebieden', 'domein', 'life domain'],
  pgDimension: ['positieve gezondheid', 'pg', 'pg dimensie', 'pg dimensies', 'dimensie', 'dimensie positieve gezondheid'],
  location: ['locatie', 'waar', 'activiteitlocatie', 'plek', 'location', 'venue'],
  schedule: ['dag en tijd', 'wanneer', 'tijden', 'tijd', 'rooster', 'dagen', 'tijdstip', 'openingstijden', 'schedule', 'when'],
  scheduleNote: ['uitzonderingen', 'uitzonderingen en toelichting', 'toelichting tijden', 'opmerking tijden'],
  timesOfDay: ['dagdeel', 'dagdelen', 'time of day'],
  cost: ['kosten', 'prijs', 'eigen bijdrage', 'kosten deelname', 'cost', 'price'],
  access: ['toegang', 'toegankelijk via', 'aanmelding', 'access'],
  capacity: ['plaatsen', 'capaciteit', 'aantal plaatsen', 'max deelnemers', 'maximaal aantal deelnemers', 'capacity'],
  waitingList: ['wachtlijst', 'waiting list'],
  languages: ['talen', 'taal', 'voertaal', 'language', 'languages'],
  accessibility: ['toegankelijkheid', 'rolstoeltoegankelijk', 'fysieke toegankelijkheid', 'accessibility'],
  notes: ['opmerkingen', 'opmerking', 'notities', 'notes', 'toelichting'],
};

const aliasToField = new Map(Object.entries(aliases).flatMap(([field, names]) => names.map((name) => [name, field as ImportField])));

/** Column index per field; a field not in the file is absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** The mapping file the CLI takes: field -> header text as it stands in the file. */
export const mappingFile = z.partialRecord(z.enum(importFields, { error: `Onbekend veld; kies uit: ${importFields.join(', ')}.` }), z.string());

/**
 * Maps headers to fields, case- and accent-insensitive ("E-mail", "EMAIL",
 * "Tel."); the first column wins when two mean the same. Unknown headers
 * are left out (reported, not guessed).
 */
export function guessMapping(header: readonly string[]): { mapping: ColumnMapping; unknown: string[] } {
  const mapping: ColumnMapping = {};
  const unknown: string[] = [];
  header.forEach((name, index) => {
    const field = aliasToField.get(foldText(name));
    if (field && mapping[field] === undefined) mapping[field] = index;
    else if (!field && name.trim() !== '') unknown.push(name);
  });
  return { mapping, unknown };
}

/** A mapping by header names (from the CLI's mapping file or the screen) as column indexes; names not in the file are an error. */
export function mappingFromNames(header: readonly string[], byName: Partial<Record<ImportField, string>>): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, name] of Object.entries(byName) as [ImportField, string][]) {
    const index = header.findIndex((candidate) => foldText(candidate) === foldText(name));
    if (index === -1) throw new ImportError(`Kolom "${name}" (voor ${importFieldLabels[field]}) staat niet in het bestand. Kolommen: ${header.join(', ')}.`);
    mapping[field] = index;
  }
  return mapping;
}
