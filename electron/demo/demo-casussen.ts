import { present } from '../../shared/invariants/present';
import type { z } from 'zod';
import type { casusCreate } from '../../shared/domain/casus';
import type { casusFollowUpCreate } from '../../shared/domain/casus-follow-up';
import type { casusMatchCreate } from '../../shared/domain/casus-match';
import type { DemoOffer } from './demo-offers';
import type { DemoOrganisation } from './demo-organisations-build';
import type { DemoPeople } from './demo-people';
import { offerGaps, demoNeighbourhoods } from './demo-places';
import { mainReasonWeights, referrerTypeByRole, referrerWeights } from './demo-roles';
import { daysBefore, laterUpTo as later, type SeededRandom } from './random';
import { plannedFollowUps } from '../../shared/casus/plan-follow-ups';

type CasusInput = z.input<typeof casusCreate> & { id: string };
type Status = NonNullable<CasusInput['status']>;

export interface DemoCasussen {
  casussen: CasusInput[];
  matches: (z.input<typeof casusMatchCreate> & { id: string })[];
  followUps: (z.input<typeof casusFollowUpCreate> & { id: string })[];
}

const statusPlan: readonly (readonly [Status, number, readonly [number, number]])[] = [
  ['aangemeld', 4, [0, 14]],
  ['in_gesprek', 5, [7, 40]],
  ['zoeken', 5, [14, 60]],
  ['gekoppeld', 6, [20, 90]],
  ['lopend', 8, [60, 300]],
  ['afgerond', 7, [200, 540]],
  ['geen_passend_aanbod', 5, [30, 400]],
];

const questions: Record<string, string> = {
  'reason-eenzaamheid': 'Bewoner voelt zich eenzaam sinds het overlijden van de partner en zoekt contact en iets te doen overdag.',
  'reason-psychische-klachten': 'Somber en weinig structuur; wil graag ergens bij horen zonder meteen te moeten presteren.',
  'reason-vastlopen': 'Loopt vast na verlies van werk; zoekt zinvolle dagbesteding en contact.',
  'reason-chronische-ziekte': 'Chronisch ziek en daardoor veel thuis; wil in beweging blijven op eigen niveau.',
  'reason-leefstijl': 'Advies huisarts: meer bewegen en gezonder eten, liefst samen met anderen.',
  'reason-weinig-netwerk': 'Weinig netwerk en moet binnenkort verhuizen; zoekt een maatje.',
};


export function generateCasussen(random: SeededRandom, today: string, _organisations: readonly DemoOrganisation[], people: DemoPeople, offers: readonly DemoOffer[]): DemoCasussen {
  const referrers = people.people.filter((person) => !person.isDuplicate && !person.isStaleWarm && referrerTypeByRole[present(person.roles[0], 'demo record')] !== undefined);
  // Each person weighs their kind's share of referrals, spread over the people of that kind: one draw, as a plain pick took.
  const typeOf = (person: (typeof referrers)[number]) => referrerTypeByRole[present(person.roles[0], 'demo record')] ?? '';
  const perType = new Map<string, number>();
  for (const person of referrers) perType.set(typeOf(person), (perType.get(typeOf(person)) ?? 0) + 1);
  const weightedReferrers = referrers.map((person) => [person, (referrerWeights[typeOf(person)] ?? 1) / (perType.get(typeOf(person)) ?? 1)] as const);
  const weightedReasons = Object.keys(questions).map((reason) => [reason, mainReasonWeights[reason] ?? 1] as const);
  const matchable = offers.filter((offer) => offer.input.status === 'actief' && offer.input.contactPersonId);
  const drafts: (Omit<CasusInput, 'code'> & { status: Status })[] = [];
  const matches: DemoCasussen['matches'] = [];
  const followUps: DemoCasussen['followUps'] = [];
  let gapIndex = 0;
  // Planted signal: one GP practice refers three residents to the same partner ("works together through casussen").
  // Chosen after the random draws, so the rest of the demo stays as it was.
  let planted = 0;

  for (const [status, count, [minAge, maxAge]] of statusPlan) {
    for (let index = 0; index < count; index++) {
      const id = random.uuid();
      const openedOn = daysBefore(today, random.int(minAge, maxAge));
      const mainReasonId = random.weighted(weightedReasons);
      const selfReferred = random.chance(0.1);
      let referrer = selfReferred ? null : random.weighted(weightedReferrers);
      const gap = status === 'geen_passend_aanbod' ? present(offerGaps[gapIndex++ % offerGaps.length], 'demo record') : null;
      const neighbourhoodId = gap?.neighbourhoodId ?? random.pick(demoNeighbourhoods).id;
      const inNeighbourhood = matchable.filter((offer) => offer.input.neighbourhoodIds?.includes(neighbourhoodId));
      let matched = ['gekoppeld', 'lopend', 'afgerond'].includes(status) ? random.sample(inNeighbourhood.length > 0 ? inNeighbourhood : matchable, random.chance(0.2) ? 2 : 1) : [];
      if ((status === 'lopend' || status === 'afgerond') && planted < 3) {
        planted++;
        referrer = present(referrers[0], 'demo record');
        matched = [present(matchable[0], 'demo record')];
      }
      const needIds = gap ? [gap.themeId] : [...new Set([...matched.flatMap((offer) => offer.template.themeIds.slice(0, 1)), random.pick(['theme-ontmoeting', 'theme-bewegen', 'theme-cultuur', 'theme-natuur'])])];
      const conversationCount = status === 'aangemeld' ? 0 : status === 'in_gesprek' ? random.int(1, 2) : random.int(2, 5);
      const handoverOn = later(openedOn, random.int(7, 30), today);
      let closedOn: string | null = null;
      let outcome = '';
      let feedbackOn: string | null = null;

      for (const offer of matched) {
        const stopped = status === 'afgerond' && random.chance(0.3);
        matches.push({
          id: random.uuid(),
          casusId: id,
          offerId: offer.input.id,
          personId: offer.input.contactPersonId ?? null,
          handoverOn,
          handoverChannel: random.pick(['bellen', 'appen', 'mailen'] as const),
          result: status === 'gekoppeld' ? null : stopped ? 'gestopt' : 'gestart',
          resultReason: stopped ? 'Paste niet bij het ritme van de bewoner.' : '',
        });
        if (status === 'gekoppeld') {
          // Each contact says what it asks, as the app's own planned ones do.
          followUps.push({ id: random.uuid(), casusId: id, dueOn: later(handoverOn, 14, daysBefore(today, -30)), doneOn: null, stillParticipating: null, note: present(plannedFollowUps(handoverOn)[0], 'the 2-week follow-up').note });
          continue;
        }
        for (const [position, offset] of [14, 91, 182].entries()) {
          const dueOn = daysBefore(handoverOn, -offset);
          const done = dueOn <= today && random.chance(0.85);
          followUps.push({
            id: random.uuid(),
            casusId: id,
            dueOn,
            doneOn: done ? later(dueOn, random.int(0, 7), today) : null,
            stillParticipating: done ? !stopped || offset === 14 : null,
            note: present(plannedFollowUps(handoverOn)[position], 'a planned follow-up').note,
          });
        }
        outcome = stopped ? 'Gestopt; andere mogelijkheden besproken.' : 'Doet mee en voelt zich er thuis.';
      }
      if (matched.length > 0 && status !== 'gekoppeld' && random.chance(0.75)) feedbackOn = later(handoverOn, random.int(3, 10), today);
      if (status === 'afgerond') closedOn = later(handoverOn, random.int(190, 220), today);
      if (status === 'geen_passend_aanbod') closedOn = later(openedOn, random.int(20, 40), today);
      drafts.push({
        id,
        openedOn,
        referrerPersonId: referrer?.id ?? null,
        referrerTypeId: referrer ? present(referrerTypeByRole[present(referrer.roles[0], 'demo record')], 'demo record') : 'referrer-zelfmelder',
        ageBand: random.weighted([['18-26', 1], ['27-45', 2], ['46-65', 3], ['66-75', 3], ['76+', 2]] as const),
        neighbourhoodId: neighbourhoodId,
        mainReasonId,
        needIds,
        question: present(questions[mainReasonId], 'demo record'),
        wishesAndTalents: random.pick(['Houdt van tuinieren en muziek.', 'Was vroeger kok; kookt graag voor anderen.', 'Handig met fietsen en techniek.', 'Spreekt Nederlands, Arabisch en Frans.', 'Wil graag iets voor een ander betekenen.']),
        barriers: random.sample(['geld', 'mobiliteit', 'tijdstip', 'taal'] as const, random.int(0, 2)),
        status,
        conversationCount,
        unmetNeedReason: gap ? `Geen aanbod voor ${gap.themeId.replace('theme-', '').replace(/-/g, ' ')} in ${present(demoNeighbourhoods.find((neighbourhood) => neighbourhood.id === gap.neighbourhoodId), 'demo record').name}.` : '',
        feedbackOn,
        feedbackChannel: feedbackOn ? random.pick(['bellen', 'mailen'] as const) : null,
        outcome,
        closedOn,
      });
    }
  }
  // Codes follow the order of referral, numbered per year: C-2026-001, ...
  drafts.sort((left, right) => left.openedOn.localeCompare(right.openedOn));
  const perYear = new Map<string, number>();
  const casussen = drafts.map((draft) => {
    const year = draft.openedOn.slice(0, 4);
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    return { ...draft, code: `C-${year}-${String(number).padStart(3, '0')}` };
  });
  return { casussen, matches, followUps };
}
