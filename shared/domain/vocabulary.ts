import { z } from 'zod';

/**
 * Fixed code lists that drive behaviour (pipelines, ranking). Codes are
 * stable identifiers stored in the database; labels are what the UI shows.
 */
function codeList<const Codes extends readonly [string, ...string[]]>(codes: Codes, labels: Record<Codes[number], string>, what: string) {
  // "is geen" reads right for de- and het-words alike ("onbekende voorkeurskanaal" did not). What was sent is
  // quoted back only when it is a short plain word: a message may reach a terminal.
  const schema = z.enum(codes, {
    error: (issue) => `${typeof issue.input === 'string' && /^[\p{L}\p{N} _-]{1,40}$/u.test(issue.input) ? `"${issue.input}"` : 'Dit'} is geen ${what}; kies uit: ${codes.map((code) => labels[code as Codes[number]]).join(', ')}.`,
  });
  return {
    codes,
    labels,
    /** Several codes, each once, in the list's own order whatever order they came in: "ochtend, avond", never "avond, ochtend". */
    set: (max: number) => z
      .array(schema)
      .max(max)
      .transform((values): Codes[number][] => codes.filter((code): code is Codes[number] => (values as readonly string[]).includes(code))),
    schema,
  };
}

export const organisationStatus = codeList(['actief', 'inactief', 'opgeheven'], { actief: 'actief', inactief: 'inactief', opgeheven: 'opgeheven' }, 'status');

export const contactChannel = codeList(['bellen', 'appen', 'mailen'], { bellen: 'bellen', appen: 'appen', mailen: 'mailen' }, 'voorkeurskanaal');

/** How warm the broker's own relationship with a person, or a tie, is. */
export const warmth = codeList(['koud', 'lauw', 'warm'], { koud: 'koud', lauw: 'lauw', warm: 'warm' }, 'warmte');

/** AVG (GDPR) basis for keeping a person's details. */
export const legalBasis = codeList(
  ['gerechtvaardigd_belang', 'toestemming', 'overeenkomst', 'publieke_taak'],
  {
    gerechtvaardigd_belang: 'gerechtvaardigd belang',
    toestemming: 'toestemming',
    overeenkomst: 'uitvoering overeenkomst',
    publieke_taak: 'publieke taak',
  },
  'grondslag',
);

export const phoneLabel = codeList(['mobiel', 'werk', 'prive'], { mobiel: 'mobiel', werk: 'werk', prive: 'privé' }, 'soort nummer');

export const offerAccess = codeList(
  ['vrije_inloop', 'aanmelden', 'verwijzing', 'indicatie'],
  { vrije_inloop: 'vrije inloop', aanmelden: 'aanmelden', verwijzing: 'verwijzing nodig', indicatie: 'indicatie nodig' },
  'toegang',
);

export const offerStatus = codeList(['actief', 'gepauzeerd', 'gestopt'], { actief: 'actief', gepauzeerd: 'gepauzeerd', gestopt: 'gestopt' }, 'status');

/** What makes an offer's place reachable for someone with a disability: the needs a casus may have. */
export const accessibility = codeList(
  ['rolstoel', 'gelijkvloers', 'ringleiding', 'aangepast_toilet'],
  { rolstoel: 'rolstoeltoegankelijk', gelijkvloers: 'gelijkvloers of met lift', ringleiding: 'ringleiding', aangepast_toilet: 'aangepast toilet' },
  'toegankelijkheid',
);

/**
 * The languages an offer is given in or a resident speaks: those of the
 * wijken the product serves (Rotterdam Noord and its newcomers), by ISO 639 code.
 */
export const language = codeList(
  ['nl', 'en', 'ar', 'tr', 'ber', 'pl', 'bg', 'ro', 'uk', 'fa', 'so', 'ti', 'es', 'pap', 'pt', 'fr', 'zh'],
  {
    nl: 'Nederlands',
    en: 'Engels',
    ar: 'Arabisch',
    tr: 'Turks',
    ber: 'Tamazight (Berbers)',
    pl: 'Pools',
    bg: 'Bulgaars',
    ro: 'Roemeens',
    uk: 'Oekraïens',
    fa: 'Perzisch (Farsi, Dari)',
    so: 'Somalisch',
    ti: 'Tigrinya',
    es: 'Spaans',
    pap: 'Papiaments',
    pt: 'Portugees',
    fr: 'Frans',
    zh: 'Chinees',
  },
  'taal',
);

export const weekday = codeList(
  ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  { ma: 'maandag', di: 'dinsdag', wo: 'woensdag', do: 'donderdag', vr: 'vrijdag', za: 'zaterdag', zo: 'zondag' },
  'dag',
);

export const sessionFrequency = codeList(
  ['wekelijks', 'tweewekelijks', 'maandelijks', 'eenmalig'],
  { wekelijks: 'elke week', tweewekelijks: 'om de week', maandelijks: 'elke maand', eenmalig: 'eenmalig' },
  'frequentie',
);

export const timeOfDay = codeList(
  ['ochtend', 'middag', 'avond', 'weekend'],
  { ochtend: 'ochtend', middag: 'middag', avond: 'avond', weekend: 'weekend' },
  'dagdeel',
);

export const tieKind = codeList(
  ['kent', 'werkt_samen', 'verwijst_naar', 'geintroduceerd', 'collega'],
  { kent: 'kent', werkt_samen: 'werkt samen met', verwijst_naar: 'verwijst naar', geintroduceerd: 'geïntroduceerd door de Spin', collega: 'collega' },
  'soort verbinding',
);

export const logKind = codeList(
  ['fietsronde', 'telefoon', 'app', 'mail', 'wijknetwerk', 'wijktour', 'themabijeenkomst', 'casusoverleg'],
  {
    fietsronde: 'bezoek (fietsronde)',
    telefoon: 'telefoongesprek',
    app: 'app-bericht',
    mail: 'mail',
    wijknetwerk: 'wijknetwerkbijeenkomst',
    wijktour: 'wijktour',
    themabijeenkomst: 'themabijeenkomst',
    casusoverleg: 'casusoverleg',
  },
  'soort contact',
);

/** What a task is for: an introduction she plans, or an action agreed at a meeting (afspraak). */
export const taskKind = codeList(['introductie', 'afspraak'], { introductie: 'introductie', afspraak: 'afspraak' }, 'soort taak');

/**
 * The meetings a broker organises. The codes are the log's own
 * (`logKind`): a meeting that took place is logged as a contact of its kind.
 */
export const meetingKind = codeList(
  ['wijknetwerk', 'wijktour', 'themabijeenkomst', 'casusoverleg'],
  { wijknetwerk: 'wijknetwerkbijeenkomst', wijktour: 'wijktour', themabijeenkomst: 'themabijeenkomst', casusoverleg: 'casusoverleg' },
  'soort bijeenkomst',
);

/** What an overlay of the map shows; a saved map view keeps the ones switched on. */
export const mapOverlay = codeList(
  ['duplicates', 'overlaps', 'islands', 'weakLinks', 'coldTies', 'communities', 'casusLinks'],
  { duplicates: 'dubbele records', overlaps: 'dubbelingen in aanbod', islands: 'eilandjes', weakLinks: 'kwetsbare schakels', coldTies: 'koude verbindingen', communities: 'groepen die elkaar kennen', casusLinks: 'samenwerking via casussen' },
  'laag van de kaart',
);

/** What a node's size stands for on the map. */
export const mapSizeBy = codeList(['degree', 'betweenness'], { degree: 'aantal verbindingen', betweenness: 'makelaarspositie' }, 'maat voor de grootte');

export const ageBand = codeList(
  ['0-17', '18-26', '27-45', '46-65', '66-75', '76+'],
  { '0-17': '0-17 jaar', '18-26': '18-26 jaar', '27-45': '27-45 jaar', '46-65': '46-65 jaar', '66-75': '66-75 jaar', '76+': '76 jaar en ouder' },
  'leeftijdsgroep',
);

/**
 * What the app's logic relies on a list value for, whatever the broker calls
 * it: a term may be renamed or merged, its role stays. `onbekende_soort`: the
 * kind given to organisations whose kind is not known (an import);
 * `situatie`: a target group by situation, never a mismatch on age alone;
 * `niet_overdag`: a target group that mostly cannot come in the daytime;
 * `leeftijd_…`: a target group serving that age band.
 */
export const termRole = codeList(
  ['onbekende_soort', 'situatie', 'niet_overdag', 'leeftijd_0_17', 'leeftijd_18_26', 'leeftijd_27_45', 'leeftijd_46_65', 'leeftijd_66_75', 'leeftijd_76_plus'],
  {
    onbekende_soort: 'soort van organisaties waarvan de soort niet bekend is',
    situatie: 'doelgroep naar situatie, niet naar leeftijd',
    niet_overdag: 'kan overdag meestal niet',
    leeftijd_0_17: 'voor 0-17 jaar',
    leeftijd_18_26: 'voor 18-26 jaar',
    leeftijd_27_45: 'voor 27-45 jaar',
    leeftijd_46_65: 'voor 46-65 jaar',
    leeftijd_66_75: 'voor 66-75 jaar',
    leeftijd_76_plus: 'voor 76 jaar en ouder',
  },
  'rol',
);
export type TermRole = (typeof termRole.codes)[number];

/** The role of the target groups that serve an age band. */
export const ageRole: Record<(typeof ageBand.codes)[number], TermRole> = {
  '0-17': 'leeftijd_0_17',
  '18-26': 'leeftijd_18_26',
  '27-45': 'leeftijd_27_45',
  '46-65': 'leeftijd_46_65',
  '66-75': 'leeftijd_66_75',
  '76+': 'leeftijd_76_plus',
};

export const casusStatus = codeList(
  ['aangemeld', 'in_gesprek', 'zoeken', 'gekoppeld', 'lopend', 'afgerond', 'geen_passend_aanbod', 'niet_bereikt', 'afgezien', 'niet_passend'],
  {
    aangemeld: 'aangemeld',
    in_gesprek: 'in gesprek',
    zoeken: 'zoeken',
    gekoppeld: 'gekoppeld',
    lopend: 'lopend',
    afgerond: 'afgerond',
    geen_passend_aanbod: 'geen passend aanbod',
    niet_bereikt: 'niet bereikt',
    afgezien: 'afgezien',
    niet_passend: 'niet passend',
  },
  'casusstatus',
);

/**
 * Why a referral ended before the resident took part, or why they stopped:
 * one list, so the report counts drop-out by the same words at every stage.
 * Fixed rather than hers to edit, so that periods and wijken compare.
 */
export const dropOutReason = codeList(
  [
    'onbereikbaar',
    'contactgegevens_onjuist',
    'verhuisd',
    'geen_behoefte',
    'gezondheid',
    'andere_hulp',
    'praktische_drempel',
    'zorgvraag',
    'eerst_crisis',
    'buiten_werkgebied',
    'paste_niet',
    'geen_klik',
    'anders',
  ],
  {
    onbereikbaar: 'niet bereikbaar na herhaalde pogingen',
    contactgegevens_onjuist: 'contactgegevens kloppen niet',
    verhuisd: 'verhuisd',
    geen_behoefte: 'geen behoefte meer',
    gezondheid: 'gezondheid of te weinig energie',
    andere_hulp: 'al andere hulp of activiteit gevonden',
    praktische_drempel: 'praktische drempel: geld, vervoer of tijd',
    zorgvraag: 'zorg- of behandelvraag, geen welzijnsvraag',
    eerst_crisis: 'eerst crisis of schulden oplossen',
    buiten_werkgebied: 'buiten het werkgebied',
    paste_niet: 'activiteit paste niet',
    geen_klik: 'geen klik met de groep of begeleider',
    anders: 'anders',
  },
  'reden',
);

type DropOutReason = (typeof dropOutReason.codes)[number];

/** The stages at which a referral is lost, each with the reasons that fit it (the form offers only those). */
export const dropOutReasonsAt: Readonly<Record<'niet_bereikt' | 'afgezien' | 'niet_passend' | 'gestopt', readonly DropOutReason[]>> = {
  niet_bereikt: ['onbereikbaar', 'contactgegevens_onjuist', 'verhuisd', 'anders'],
  afgezien: ['geen_behoefte', 'gezondheid', 'andere_hulp', 'praktische_drempel', 'verhuisd', 'anders'],
  niet_passend: ['zorgvraag', 'eerst_crisis', 'buiten_werkgebied', 'anders'],
  /** A resident who did not start, or stopped, after the handover. */
  gestopt: ['paste_niet', 'geen_klik', 'gezondheid', 'praktische_drempel', 'verhuisd', 'anders'],
};

/** Whether a reason fits a stage; when it does not, the Dutch sentence that says which do. */
export function reasonMisfit(stage: keyof typeof dropOutReasonsAt, reason: DropOutReason, stageName: string): string | null {
  const fitting = dropOutReasonsAt[stage];
  return fitting.includes(reason) ? null : `"${dropOutReason.labels[reason]}" past niet bij "${stageName}"; kies uit: ${fitting.map((code) => dropOutReason.labels[code]).join(', ')}.`;
}

/**
 * Positieve Gezondheid as a measuring instrument: six dimensions, each
 * scored 0-10 by the resident. Fixed, unlike the PG terms an offer is
 * tagged with (a list she may rename): a score must mean the same thing
 * at intake and three months later.
 */
export const pgDimension = codeList(
  ['lichaamsfuncties', 'mentaal_welbevinden', 'zingeving', 'kwaliteit_van_leven', 'meedoen', 'dagelijks_functioneren'],
  {
    lichaamsfuncties: 'Lichaamsfuncties',
    mentaal_welbevinden: 'Mentaal welbevinden',
    zingeving: 'Zingeving',
    kwaliteit_van_leven: 'Kwaliteit van leven',
    meedoen: 'Meedoen',
    dagelijks_functioneren: 'Dagelijks functioneren',
  },
  'dimensie van Positieve Gezondheid',
);

/** When a Positieve Gezondheid score is taken: at intake, and about three and six months after the handover. */
export const pgMoment = codeList(['intake', 'drie_maanden', 'zes_maanden'], { intake: 'bij intake', drie_maanden: 'na 3 maanden', zes_maanden: 'na 6 maanden' }, 'meetmoment');

/** As the Welzijn op Recept registration asks it: optional, and "zeg ik liever niet" is an answer. */
export const gender = codeList(['vrouw', 'man', 'anders', 'zegt_liever_niet'], { vrouw: 'vrouw', man: 'man', anders: 'anders', zegt_liever_niet: 'zeg ik liever niet' }, 'geslacht');

export const practicalBarrier = codeList(
  ['geld', 'mobiliteit', 'tijdstip', 'taal'],
  { geld: 'geld', mobiliteit: 'vervoer/mobiliteit', tijdstip: 'tijdstip', taal: 'taal' },
  'drempel',
);

/** How a follow-up after a handover is answered: whether the resident started, later whether they still take part. */
export const followUpAnswer = codeList(
  ['gestart', 'niet_gestart', 'doet_mee', 'gestopt'],
  { gestart: 'gestart', niet_gestart: 'niet gestart', doet_mee: 'doet nog mee', gestopt: 'gestopt' },
  'antwoord',
);

export const handoverResult = codeList(
  ['gestart', 'niet_gestart', 'gestopt'],
  { gestart: 'gestart', niet_gestart: 'niet gestart', gestopt: 'gestopt' },
  'resultaat',
);
