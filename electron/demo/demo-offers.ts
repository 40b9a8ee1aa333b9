import { present } from '../../shared/invariants/present';
import type { z } from 'zod';
import type { offerCreate } from '../../shared/domain/offer';
import { offerTemplates, type OfferTemplate } from './demo-offer-templates';
import { overlapGroups } from './demo-organisations';
import type { DemoOrganisation } from './demo-organisations-build';
import type { DemoPeople } from './demo-people';
import { offerGaps, demoNeighbourhoods } from './demo-places';
import { daysBefore, type SeededRandom } from './random';

export interface DemoOffer {
  input: z.input<typeof offerCreate> & { id: string };
  template: OfferTemplate;
}

const TARGET_OFFERS = 300;
const weekdays = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
const hours: Record<string, string> = { ochtend: '10:00-11:30', middag: '14:00-16:00', avond: '19:30-21:30', weekend: '10:00-13:00' };

function isGap(template: OfferTemplate, neighbourhoodId: string): boolean {
  return offerGaps.some((gap) => gap.neighbourhoodId === neighbourhoodId && template.themeIds.includes(gap.themeId));
}

export function generateOffers(random: SeededRandom, today: string, organisations: readonly DemoOrganisation[], people: DemoPeople): DemoOffer[] {
  const offers: DemoOffer[] = [];
  const staffOf = (organisationId: string) => people.people.filter((person) => !person.isDuplicate && person.organisationIds[0] === organisationId);

  const add = (organisation: DemoOrganisation, template: OfferTemplate, neighbourhoodIds: string[], title: string, running = false) => {
    const sampled = random.sample(template.timesOfDay, random.int(1, template.timesOfDay.length));
    // The planted overlaps share their times of day: otherwise they would not be doubles.
    const times = running ? [...template.timesOfDay] : sampled;
    const day = times.includes('weekend') ? 'zaterdag' : random.pick(weekdays);
    const staff = staffOf(organisation.input.id);
    const bookable = template.access !== 'vrije_inloop';
    offers.push({
      template,
      input: {
        id: random.uuid(),
        organisationId: organisation.input.id,
        title,
        description: template.description,
        themeIds: [...template.themeIds],
        lifeDomainIds: [...template.lifeDomainIds],
        pgDimensionIds: [...template.pgDimensionIds],
        targetGroupIds: [...template.targetGroupIds],
        neighbourhoodIds: neighbourhoodIds,
        location: organisation.input.address ?? '',
        timesOfDay: times,
        schedule: `${day} ${hours[present(times[0], 'demo record')]}`,
        cost: template.cost,
        isFree: template.cost === 'gratis',
        access: template.access,
        capacity: bookable && random.chance(0.6) ? random.int(8, 25) : null,
        hasWaitingList: bookable && random.chance(0.15),
        contactPersonId: staff.length > 0 && random.chance(0.88) ? random.pick(staff).id : null,
        status: random.weighted([['actief', 92], ['gepauzeerd', 5], ['gestopt', 3]] as const),
        ...(running ? { status: 'actief' as const } : {}),
        verifiedOn: daysBefore(today, random.chance(0.2) ? random.int(370, 1000) : random.int(3, 360)),
      },
    });
  };

  for (const group of overlapGroups) {
    const template = present(offerTemplates.find((candidate) => candidate.key === group.template), 'demo record');
    const neighbourhoodId = present(demoNeighbourhoods.find((neighbourhood) => neighbourhood.name === group.neighbourhoodName), 'demo record').id;
    // The overlap is the finding: these offers all run.
    for (const name of group.organisations) add(present(organisations.find((organisation) => organisation.input.name === name), 'demo record'), template, [neighbourhoodId], group.title, true);
  }

  const candidates = organisations.filter((organisation) => !organisation.isDuplicate);
  let attempts = 0;
  while (offers.length < TARGET_OFFERS && attempts++ < 10_000) {
    const template = random.pick(offerTemplates);
    const providers = candidates.filter((organisation) => template.kindIds.includes(organisation.kindId));
    if (providers.length === 0) continue;
    const organisation = random.pick(providers);
    if (offers.some((offer) => offer.input.organisationId === organisation.input.id && offer.template.key === template.key)) continue;
    const neighbourhoodIds = [organisation.neighbourhoodId, ...(random.chance(0.2) ? [random.pick(demoNeighbourhoods).id] : [])].filter((id, index, all) => all.indexOf(id) === index && !isGap(template, id));
    if (neighbourhoodIds.length === 0) continue;
    // Keep the overlap groups the only overlaps that have no ties at all.
    if (organisation.overlapGroup !== null) continue;
    const neighbourhoodName = present(demoNeighbourhoods.find((neighbourhood) => neighbourhood.id === neighbourhoodIds[0]), 'demo record').name;
    add(organisation, template, neighbourhoodIds, random.chance(0.5) ? template.title : `${template.title} ${neighbourhoodName}`);
  }
  return offers;
}
