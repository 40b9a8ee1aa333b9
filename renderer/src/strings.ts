/** Every text the UI shows, in one catalogue (nl-NL), so a translation can follow. */
export const strings = {
  appName: 'Spinweb',
  tagline: 'Het netwerk van de wijk, altijd bij de hand.',
  overviewTitle: 'Overzicht van het netwerk',
  loading: 'Netwerk laden…',
  noBridge: 'Spinweb draait hier zonder verbinding met de database. Start de app met npm start.',
  undo: 'Laatste wijziging ongedaan maken',
  undone: (summary: string) => `Ongedaan gemaakt: ${summary}`,
  counts: {
    organisations: 'organisaties',
    persons: 'contactpersonen',
    offers: 'aanbod',
    ties: 'verbindingen',
    logEntries: 'logboekregels',
    casussen: 'casussen',
    neighbourhoods: 'wijken',
  },
} as const;
