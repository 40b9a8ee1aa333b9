import { sql, type Kysely } from 'kysely';

// Frozen in time: the Dutch default terms as shipped in the first release.
// Users edit them as data afterwards; this list never changes.

type TermSeed = readonly [id: string, label: string, parentId?: string];

const defaults: Record<string, readonly TermSeed[]> = {
  pg_dimension: [
    ['pg-lichaamsfuncties', 'Lichaamsfuncties'],
    ['pg-mentaal-welbevinden', 'Mentaal welbevinden'],
    ['pg-zingeving', 'Zingeving'],
    ['pg-kwaliteit-van-leven', 'Kwaliteit van leven'],
    ['pg-meedoen', 'Meedoen'],
    ['pg-dagelijks-functioneren', 'Dagelijks functioneren'],
  ],
  theme: [
    ['theme-natuur', 'natuur'],
    ['theme-bewegen', 'bewegen'],
    ['theme-cultuur', 'cultuur'],
    ['theme-lichaam-en-geest', 'lichaam & geest'],
    ['theme-voeding', 'voeding'],
    ['theme-ontdekken-en-leren', 'ontdekken & leren'],
    ['theme-ontmoeting', 'ontmoeting'],
  ],
  main_reason: [
    ['reason-eenzaamheid', 'eenzaamheid'],
    ['reason-psychische-klachten', 'psychische klachten'],
    ['reason-vastlopen', 'vastlopen in het leven'],
    ['reason-chronisch-psychisch', 'chronische psychische aandoening'],
    ['reason-chronische-ziekte', 'chronische ziekte'],
    ['reason-leefstijl', 'ongezonde leefstijl'],
    ['reason-rouw', 'rouw en verlies'],
    ['reason-weinig-netwerk', 'weinig sociaal netwerk'],
    ['reason-zingeving', 'gebrek aan zingeving of dagbesteding'],
    ['reason-overig', 'overig'],
  ],
  life_domain: [
    ['domain-wonen', 'wonen'],
    ['domain-financien', 'financiën'],
    ['domain-werk-en-activiteiten', 'werk en activiteiten'],
    ['domain-sociale-relaties', 'sociale relaties'],
    ['domain-lichamelijke-gezondheid', 'lichamelijke gezondheid'],
    ['domain-psychische-gezondheid', 'psychische gezondheid'],
    ['domain-zingeving', 'zingeving'],
    ['domain-opvoeding', 'opvoeding'],
  ],
  referrer_type: [
    ['referrer-huisarts', 'huisarts'],
    ['referrer-poh-ggz', 'POH-GGZ'],
    ['referrer-poh-somatiek', 'POH somatiek'],
    ['referrer-praktijkverpleegkundige', 'praktijkverpleegkundige'],
    ['referrer-wijkverpleging', 'wijkverpleging'],
    ['referrer-wmo-consulent', 'Wmo-consulent'],
    ['referrer-sociaal-wijkteam', 'sociaal wijkteam'],
    ['referrer-maatschappelijk-werk', 'maatschappelijk werk'],
    ['referrer-buurtsportcoach', 'buurtsportcoach'],
    ['referrer-zelfmelder', 'zelfmelder'],
    ['referrer-overig', 'overig'],
  ],
  organisation_kind: [
    ['kind-welzijn', 'welzijn'],
    ['kind-zorg', 'zorg'],
    ['kind-huisartsenpraktijk', 'huisartsenpraktijk', 'kind-zorg'],
    ['kind-ggz', 'GGZ', 'kind-zorg'],
    ['kind-thuiszorg', 'thuiszorg', 'kind-zorg'],
    ['kind-fysiotherapie', 'fysiotherapie', 'kind-zorg'],
    ['kind-apotheek', 'apotheek', 'kind-zorg'],
    ['kind-gemeente', 'gemeente'],
    ['kind-wonen', 'wonen (woningcorporatie)'],
    ['kind-sport', 'sport'],
    ['kind-cultuur', 'cultuur'],
    ['kind-onderwijs', 'onderwijs'],
    ['kind-bibliotheek', 'bibliotheek'],
    ['kind-levensbeschouwing', 'levensbeschouwing (kerk, moskee)'],
    ['kind-vrijwilligersorganisatie', 'vrijwilligersorganisatie'],
    ['kind-bewonersinitiatief', 'bewonersinitiatief'],
    ['kind-ondernemer', 'ondernemer'],
    ['kind-overig', 'overig'],
  ],
  target_group: [
    ['target-alle-bewoners', 'alle bewoners'],
    ['target-ouderen', 'ouderen'],
    ['target-jongeren', 'jongeren'],
    ['target-gezinnen', 'kinderen en gezinnen'],
    ['target-mantelzorgers', 'mantelzorgers'],
    ['target-nieuwkomers', 'nieuwkomers en statushouders'],
    ['target-beperking', 'mensen met een beperking'],
    ['target-laaggeletterden', 'laaggeletterden'],
    ['target-werkzoekenden', 'werkzoekenden'],
    ['target-psychisch-kwetsbaar', 'mensen met psychische kwetsbaarheid'],
    ['target-werkenden', 'werkenden'],
  ],
};

const shippedAt = '2026-01-01T00:00:00.000Z';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [taxonomy, terms] of Object.entries(defaults)) {
    let sortOrder = 0;
    for (const [id, label, parentId] of terms) {
      sortOrder += 10;
      await sql`
        insert into taxonomy_term (id, taxonomy, label, parent_id, sort_order, created_at, updated_at, archived_at)
        values (${id}, ${taxonomy}, ${label}, ${parentId ?? null}, ${sortOrder}, ${shippedAt}, ${shippedAt}, null)
        on conflict (id) do nothing`.execute(db);
    }
  }
}
