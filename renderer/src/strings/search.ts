import { countOf } from './dutch';

/** Zoeken and the quick log from the palette. */
export const searchStrings = {
  search: {
    title: 'Wie bel ik?',
    intro: 'Typ een vraag, een naam of een stukje tekst: "maatje oude noorden", "huisarts", "taalcafe".',
    label: 'Zoek iemand, een organisatie of aanbod',
    placeholder: 'Wie bel ik? Bijvoorbeeld: maatje oude noorden',
    keys: '↑↓ kiezen · Enter kopieert het nummer · Ctrl+Enter legt het gesprek vast · Alt+Enter opent de kaart',
    count: (count: number, neighbourhood: string | null) => `${count === 0 ? 'Geen resultaten' : countOf(count, 'resultaat', 'resultaten')}${neighbourhood ? ` in of rond ${neighbourhood}` : ''}.`,
    nothing: 'Niets gevonden. Probeer een ander woord, of minder woorden.',
    active: (label: string) => `Gekozen: ${label}`,
    kinds: { person: 'persoon', organisation: 'organisatie', offer: 'aanbod', request: 'uitvraag' },
    call: 'Bellen over dit aanbod:',
    people: 'Mensen, warmste eerst:',
    noNumber: 'Geen telefoonnummer bekend.',
    noNumberToCopy: (label: string) => `Geen telefoonnummer bekend bij ${label}; open de kaart met Alt+Enter.`,
    callSuccessor: 'Vertrokken; bel de opvolger:',
    departedNoSuccessor: 'Vertrokken; de opvolger is nog niet bekend. Bel de organisatie.',
    generalNumber: (organisation: string) => `Algemeen nummer ${organisation}:`,
    logCall: (name: string) => `Gesprek met ${name} vastleggen`,
    palette: 'Zoeken (Ctrl+K)',
    close: 'Sluiten (Esc)',
    lastContact: (when: string) => `laatst gesproken ${when}`,
  },
  quickLog: {
    title: (name: string) => `Contact met ${name} vastleggen`,
    kind: 'Soort contact',
    date: 'Datum',
    note: 'Waar ging het over?',
    followUp: 'Opvolgen op',
    save: 'Vastleggen',
    cancel: 'Annuleren',
    keys: 'Ctrl+Enter legt vast, Esc annuleert.',
    saved: (name: string) => `Contact met ${name} vastgelegd.`,
  },
} as const;
