/** Functions people hold at each kind of organisation (first one is the most common). */
export const rolesByKind: Record<string, readonly string[]> = {
  'kind-huisartsenpraktijk': ['huisarts', 'POH-GGZ', 'POH somatiek', 'praktijkverpleegkundige', 'doktersassistent'],
  'kind-ggz': ['ambulant begeleider', 'GGZ-verpleegkundige', 'ervaringsdeskundige', 'psycholoog'],
  'kind-thuiszorg': ['wijkverpleegkundige', 'verzorgende', 'teamcoördinator'],
  'kind-fysiotherapie': ['fysiotherapeut', 'oefentherapeut'],
  'kind-apotheek': ['apotheker', 'apothekersassistent'],
  'kind-welzijn': ['welzijnscoach', 'opbouwwerker', 'ouderenwerker', 'jongerenwerker', 'coördinator vrijwilligers', 'mantelzorgconsulent'],
  'kind-gemeente': ['Wmo-consulent', 'wijkteammedewerker', 'gebiedsnetwerker', 'maatschappelijk werker'],
  'kind-wonen': ['wijkconsulent', 'huismeester', 'sociaal beheerder'],
  'kind-sport': ['buurtsportcoach', 'trainer', 'voorzitter'],
  'kind-cultuur': ['programmamaker', 'docent', 'coördinator'],
  'kind-onderwijs': ['intern begeleider', 'ouderconsulent', 'docent', 'directeur'],
  'kind-bibliotheek': ['programmamaker', 'taalcoördinator', 'informatiespecialist'],
  'kind-levensbeschouwing': ['pastor', 'imam', 'diaconaal werker', 'voorzitter'],
  'kind-vrijwilligersorganisatie': ['vrijwilligerscoördinator', 'coördinator maatjes', 'projectleider'],
  'kind-bewonersinitiatief': ['trekker', 'voorzitter', 'vrijwilliger'],
  'kind-ondernemer': ['eigenaar', 'bedrijfsleider'],
};

/** How many people the demo names per organisation of a kind, besides the first. */
export const extraPeopleWeight: Record<string, number> = {
  'kind-huisartsenpraktijk': 3,
  'kind-welzijn': 3,
  'kind-gemeente': 3,
  'kind-ggz': 2,
  'kind-thuiszorg': 2,
  'kind-vrijwilligersorganisatie': 2,
  'kind-onderwijs': 1,
  'kind-bibliotheek': 2,
  'kind-wonen': 2,
  'kind-sport': 1,
  'kind-cultuur': 1,
  'kind-levensbeschouwing': 1,
  'kind-bewonersinitiatief': 1,
  'kind-fysiotherapie': 1,
  'kind-apotheek': 1,
  'kind-ondernemer': 0.3,
};

/** Referrer types by the role of the person who refers. */
export const referrerTypeByRole: Record<string, string> = {
  huisarts: 'referrer-huisarts',
  'POH-GGZ': 'referrer-poh-ggz',
  'POH somatiek': 'referrer-poh-somatiek',
  praktijkverpleegkundige: 'referrer-praktijkverpleegkundige',
  wijkverpleegkundige: 'referrer-wijkverpleging',
  'Wmo-consulent': 'referrer-wmo-consulent',
  wijkteammedewerker: 'referrer-sociaal-wijkteam',
  'maatschappelijk werker': 'referrer-maatschappelijk-werk',
  buurtsportcoach: 'referrer-buurtsportcoach',
  fysiotherapeut: 'referrer-fysiotherapeut',
  pastor: 'referrer-geestelijk-verzorger',
  imam: 'referrer-geestelijk-verzorger',
};

/**
 * How often each kind of referrer refers, as the field reports it (the
 * Welzijn op Recept evaluation): about a third from the POH-GGZ, most of
 * the rest from the GP practice and the social team, few from a
 * buurtsportcoach, a physiotherapist or a spiritual carer.
 */
export const referrerWeights: Record<string, number> = {
  'referrer-poh-ggz': 34,
  'referrer-huisarts': 20,
  'referrer-poh-somatiek': 8,
  'referrer-praktijkverpleegkundige': 5,
  'referrer-wijkverpleging': 5,
  'referrer-wmo-consulent': 6,
  'referrer-sociaal-wijkteam': 8,
  'referrer-maatschappelijk-werk': 6,
  'referrer-buurtsportcoach': 4,
  'referrer-fysiotherapeut': 2,
  'referrer-geestelijk-verzorger': 2,
};

/** Main reasons as the field reports them: about half loneliness, then psychological complaints, a small network, chronic illness. */
export const mainReasonWeights: Record<string, number> = {
  'reason-eenzaamheid': 50,
  'reason-psychische-klachten': 18,
  'reason-weinig-netwerk': 12,
  'reason-chronische-ziekte': 10,
  'reason-vastlopen': 6,
  'reason-leefstijl': 4,
};
