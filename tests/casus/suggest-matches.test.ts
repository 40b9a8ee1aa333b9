import { describe, expect, it } from 'vitest';
import { suggestMatches } from '../../shared/casus/suggest-matches';
import { casus, network, offer, org, person, term, neighbourhood, works } from '../support/network-builders';

const today = '2026-11-23';
const verified = { verifiedOn: '2026-09-01' };
// The target groups with the roles they ship with (migration 0006): the logic goes by role, not by id.
const terms = [term('theme-bewegen', 'theme'), term('theme-ontmoeting', 'theme'), term('target-ouderen', 'target_group', ['leeftijd_66_75', 'leeftijd_76_plus']), term('target-jongeren', 'target_group', ['niet_overdag', 'leeftijd_0_17', 'leeftijd_18_26'])];
const neighbourhoods = [neighbourhood('noord'), neighbourhood('oude-noorden', 'noord'), neighbourhood('blijdorp', 'noord'), neighbourhood('agniesebuurt', 'oude-noorden')];
const order = (suggestions: { offerId: string }[]) => suggestions.map((suggestion) => suggestion.offerId);

describe('matching a casus to offers and people', () => {
  it('puts need fit before the warmth of the contact', () => {
    const data = network({
      terms,
      neighbourhoods: neighbourhoods,
      organisations: [org('sport', 'Noordsport'), org('buurthuis', 'Buurthuis')],
      persons: [person('cold', 'Kees Koud', { brokerWarmth: 'koud' }), person('warm', 'Wendy Warm', { brokerWarmth: 'warm' })],
      affiliations: [works('cold', 'sport'), works('warm', 'buurthuis')],
      offers: [
        offer('wandelen-en-koffie', 'sport', 'oude-noorden', 'theme-bewegen', '', { ...verified, themeIds: ['theme-bewegen', 'theme-ontmoeting'], contactPersonId: 'cold' }),
        offer('koffie', 'buurthuis', 'oude-noorden', 'theme-ontmoeting', '', { ...verified, contactPersonId: 'warm' }),
        offer('taalles', 'buurthuis', 'oude-noorden', 'theme-taal', '', verified),
      ],
    });
    const suggestions = suggestMatches(casus('C-2026-001', { needIds: ['theme-bewegen', 'theme-ontmoeting'], neighbourhoodId: 'oude-noorden' }), data, today);
    expect(order(suggestions)).toEqual(['wandelen-en-koffie', 'koffie']);
    expect(suggestions[0]!.personId).toBe('cold');
    expect(suggestions[0]!.reasons[0]).toBe('past bij theme-bewegen en theme-ontmoeting');
    expect(suggestions[1]!.reasons).toContain('je kent Wendy Warm goed');
  });

  it('puts the own wijk before one of its buurten, the whole district, the city, and another wijk', () => {
    const data = network({
      terms,
      neighbourhoods: neighbourhoods,
      organisations: [org('o', 'Org')],
      offers: [
        offer('elders', 'o', 'blijdorp', 'theme-bewegen', '', verified),
        offer('stad', 'o', '', 'theme-bewegen', '', verified),
        offer('eigen', 'o', 'oude-noorden', 'theme-bewegen', '', verified),
        offer('buurt', 'o', 'agniesebuurt', 'theme-bewegen', '', verified),
        offer('gebied', 'o', 'noord', 'theme-bewegen', '', verified),
      ],
    });
    const suggestions = suggestMatches(casus('C-2026-002', { needIds: ['theme-bewegen'], neighbourhoodId: 'oude-noorden' }), data, today);
    expect(order(suggestions)).toEqual(['eigen', 'buurt', 'gebied', 'stad', 'elders']);
    expect(suggestions[2]!.reasons).toContain('voor heel noord');
    expect(suggestions[0]!.reasons).toContain('in de eigen wijk (oude-noorden)');
  });

  it('drops referral-only and paid offers below free walk-in ones when the barriers say so, and not otherwise', () => {
    const data = network({
      terms,
      neighbourhoods: neighbourhoods,
      organisations: [org('o', 'Org')],
      offers: [
        offer('a-verwijzing', 'o', 'oude-noorden', 'theme-bewegen', '', { ...verified, access: 'verwijzing' }),
        offer('b-betaald', 'o', 'oude-noorden', 'theme-bewegen', '', { ...verified, access: 'aanmelden', isFree: false, cost: '€ 5 per keer' }),
        offer('c-inloop', 'o', 'oude-noorden', 'theme-bewegen', '', { ...verified, access: 'vrije_inloop' }),
      ],
    });
    const needs = { needIds: ['theme-bewegen'], neighbourhoodId: 'oude-noorden' };
    expect(order(suggestMatches(casus('C-2026-003', { ...needs, barriers: ['geld'] }), data, today))).toEqual(['c-inloop', 'a-verwijzing', 'b-betaald']);
    // Without barriers a paid offer is as good as a free one; referral-only still costs a step.
    expect(order(suggestMatches(casus('C-2026-004', needs), data, today))).toEqual(['b-betaald', 'c-inloop', 'a-verwijzing']);
  });

  it('ranks archived, inactive and unverified offers lower, and says why', () => {
    const data = network({
      terms,
      neighbourhoods: neighbourhoods,
      organisations: [org('o', 'Org')],
      offers: [
        offer('a-gearchiveerd', 'o', 'oude-noorden', 'theme-bewegen', '', { ...verified, archivedAt: '2026-06-01T00:00:00.000Z' }),
        offer('b-gepauzeerd', 'o', 'oude-noorden', 'theme-bewegen', '', { ...verified, status: 'gepauzeerd' }),
        offer('c-nooit-gecontroleerd', 'o', 'oude-noorden', 'theme-bewegen', '', { verifiedOn: null }),
        offer('d-oud', 'o', 'oude-noorden', 'theme-bewegen', '', { verifiedOn: '2024-05-01' }),
        offer('e-actueel', 'o', 'oude-noorden', 'theme-bewegen', '', verified),
      ],
    });
    const suggestions = suggestMatches(casus('C-2026-005', { needIds: ['theme-bewegen'], neighbourhoodId: 'oude-noorden' }), data, today);
    expect(order(suggestions)).toEqual(['e-actueel', 'c-nooit-gecontroleerd', 'd-oud', 'a-gearchiveerd', 'b-gepauzeerd']);
    expect(suggestions.find((suggestion) => suggestion.offerId === 'd-oud')!.reasons).toContain('niet gecontroleerd sinds 1 mei 2024');
    expect(suggestions.find((suggestion) => suggestion.offerId === 'a-gearchiveerd')!.reasons).toContain('gearchiveerd');
  });

  it('prefers offers for the resident\'s age, and names the warmest colleague when the offer has no contact person', () => {
    const data = network({
      terms,
      neighbourhoods: neighbourhoods,
      organisations: [org('o', 'Org')],
      persons: [person('p1', 'Anna', { brokerWarmth: 'lauw' }), person('p2', 'Bram', { brokerWarmth: 'warm' }), person('p3', 'Cor', { archivedAt: '2026-02-01T00:00:00.000Z', brokerWarmth: 'warm' })],
      affiliations: [works('p1', 'o'), works('p2', 'o'), works('p3', 'o')],
      offers: [offer('jongeren', 'o', 'oude-noorden', 'theme-bewegen', 'target-jongeren', verified), offer('ouderen', 'o', 'oude-noorden', 'theme-bewegen', 'target-ouderen', verified)],
    });
    const suggestions = suggestMatches(casus('C-2026-006', { needIds: ['theme-bewegen'], neighbourhoodId: 'oude-noorden', ageBand: '76+' }), data, today);
    expect(order(suggestions)).toEqual(['ouderen', 'jongeren']);
    expect(suggestions[0]!.personId).toBe('p2');
    expect(suggestions[1]!.reasons).toContain('bedoeld voor target-jongeren');
  });

  it('with a language barrier: an offer in a language they speak, then one for learners of Dutch, then one in an unknown language, then one only in Dutch', () => {
    const data = network({
      terms,
      neighbourhoods,
      organisations: [org('o', 'Org')],
      offers: [
        offer('a-alleen-nederlands', 'o', 'oude-noorden', 'theme-ontmoeting', '', { ...verified, languages: ['nl'] }),
        offer('b-onbekend', 'o', 'oude-noorden', 'theme-ontmoeting', '', verified),
        offer('c-nt2', 'o', 'oude-noorden', 'theme-ontmoeting', '', { ...verified, languages: ['nl'], forLanguageLearners: true }),
        offer('d-arabisch', 'o', 'oude-noorden', 'theme-ontmoeting', '', { ...verified, languages: ['nl', 'ar'] }),
      ],
    });
    const needy = casus('C-2026-010', { needIds: ['theme-ontmoeting'], neighbourhoodId: 'oude-noorden', barriers: ['taal'], languages: ['ar', 'fr'] });
    const suggestions = suggestMatches(needy, data, today);
    expect(order(suggestions)).toEqual(['d-arabisch', 'c-nt2', 'b-onbekend', 'a-alleen-nederlands']);
    expect(suggestions.map((suggestion) => suggestion.reasons.find((reason) => /taal|Nederlands|Arabisch/.test(reason)))).toEqual(['in het Arabisch', 'ook voor wie Nederlands leert', 'onbekend in welke taal', 'alleen in het Nederlands']);
    // Without the barrier, language does not weigh.
    expect(new Set(suggestMatches({ ...needy, barriers: [] }, data, today).map((suggestion) => suggestion.score)).size).toBe(1);
  });

  it('with accessibility needs: an offer that has them all, then one that does not say, then one that lacks one', () => {
    const data = network({
      terms,
      neighbourhoods,
      organisations: [org('o', 'Org')],
      offers: [
        offer('a-trap', 'o', 'oude-noorden', 'theme-ontmoeting', '', { ...verified, accessibility: ['ringleiding'] }),
        offer('b-onbekend', 'o', 'oude-noorden', 'theme-ontmoeting', '', verified),
        offer('c-toegankelijk', 'o', 'oude-noorden', 'theme-ontmoeting', '', { ...verified, accessibility: ['rolstoel', 'gelijkvloers', 'ringleiding'] }),
      ],
    });
    const suggestions = suggestMatches(casus('C-2026-011', { needIds: ['theme-ontmoeting'], neighbourhoodId: 'oude-noorden', accessibilityNeeds: ['rolstoel', 'gelijkvloers'] }), data, today);
    expect(order(suggestions)).toEqual(['c-toegankelijk', 'b-onbekend', 'a-trap']);
    expect(suggestions.map((suggestion) => suggestion.reasons.find((reason) => /rolstoel/.test(reason)))).toEqual([
      'rolstoeltoegankelijk, gelijkvloers of met lift',
      'onbekend of het rolstoeltoegankelijk, gelijkvloers of met lift is',
      'niet rolstoeltoegankelijk, gelijkvloers of met lift',
    ]);
  });

  it('with a time barrier: the sessions that fall when they can, then dagdelen that fit, then what runs only when they cannot', () => {
    const data = network({
      terms,
      neighbourhoods,
      organisations: [org('o', 'Org')],
      offers: [
        offer('a-dinsdagochtend', 'o', 'oude-noorden', 'theme-bewegen', '', { ...verified, sessions: [{ weekdays: ['di'], startsAt: '10:00', endsAt: '11:30', frequency: 'wekelijks' }], timesOfDay: ['ochtend'] }),
        offer('b-zaterdag', 'o', 'oude-noorden', 'theme-bewegen', '', { ...verified, sessions: [{ weekdays: ['di'], startsAt: '10:00', endsAt: '11:00', frequency: 'wekelijks' }, { weekdays: ['za'], startsAt: '10:00', endsAt: '12:00', frequency: 'tweewekelijks' }], timesOfDay: ['ochtend', 'weekend'] }),
        offer('c-avond', 'o', 'oude-noorden', 'theme-bewegen', '', { ...verified, timesOfDay: ['avond'] }),
      ],
    });
    const worksDays = casus('C-2026-012', { needIds: ['theme-bewegen'], neighbourhoodId: 'oude-noorden', barriers: ['tijdstip'], availability: ['avond', 'weekend'] });
    const suggestions = suggestMatches(worksDays, data, today);
    // The two that fit weigh the same, and go by title.
    expect(order(suggestions)).toEqual(['b-zaterdag', 'c-avond', 'a-dinsdagochtend']);
    expect(suggestions.map((suggestion) => suggestion.reasons.find((reason) => /kan/.test(reason)))).toEqual([
      'op een moment dat kan: zaterdag 10:00-12:00, om de week',
      'op een moment dat kan: avond',
      'dinsdag 10:00-11:30, en dat kan niet (kan: avond, weekend)',
    ]);
  });
});
