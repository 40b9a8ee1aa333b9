import { present } from '../../shared/invariants/present';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../shared/contract/result';
import { affiliationCreate } from '../../shared/domain/affiliation';
import { casusCreate } from '../../shared/domain/casus';
import { casusFollowUpCreate } from '../../shared/domain/casus-follow-up';
import { casusMatchCreate } from '../../shared/domain/casus-match';
import { logEntryCreate } from '../../shared/domain/log-entry';
import { mapViewCreate } from '../../shared/domain/map-view';
import { presentationCreate } from '../../shared/domain/presentation';
import { neighbourhoodCreate } from '../../shared/domain/neighbourhood';
import { offerCreate } from '../../shared/domain/offer';
import { organisationCreate } from '../../shared/domain/organisation';
import { personCreate } from '../../shared/domain/person';
import { tieCreate } from '../../shared/domain/tie';
import type { ChangeRecorder } from '../changes/change-recorder';
import { runChange } from '../changes/run-change';
import { daysBefore, SeededRandom } from './random';
import type { Schema } from '../database/schema';
import { linkRows } from '../repositories/entity-repository';
import { logEntryRepository } from '../repositories/log-entry-repository';
import { networkLinks } from '../../shared/analysis/network-structure';
import { layOutMap } from '../../shared/network/lay-out-map';
import { positionRows } from '../../shared/network/node-positions';
import { entityServices } from '../services/entity-services';
import { createServiceContext } from '../services/service-context';
import { fixedClock } from '../../shared/dates/clock';
import { generateDemoNetwork, type DemoOptions } from './demo-network';
import { demoLastMeetingOn, demoPresentation } from './demo-presentation';
import { demoMeetings, demoRequests } from './demo-meetings';
import { requestCreate, requestReplyCreate } from '../../shared/domain/request';
import { meetingCreate } from '../../shared/domain/meeting';
import { taskCreate } from '../../shared/domain/task';

/** Parses demo records with the same schemas the API uses, keeping their fixed ids. */
function parseAll<Schema extends z.ZodType>(schema: Schema, records: readonly ({ id: string } & object)[]): (z.output<Schema> & { id: string })[] {
  return records.map(({ id, ...fields }) => ({ ...(schema.parse(fields) as z.output<Schema> & object), id }));
}

/**
 * When each organisation and person was entered: mostly over the past years,
 * about one in ten in the last six weeks, so "new since the last meeting"
 * has something to show. Its own random stream keeps the rest of the demo
 * unchanged.
 */
async function backdateEntry(recorder: ChangeRecorder, options: DemoOptions, organisations: readonly { id: string }[], persons: readonly { id: string }[]): Promise<void> {
  const random = new SeededRandom(options.seed + 7);
  const enteredAt = () => `${daysBefore(options.today, random.int(0, 9) === 0 ? random.int(2, 45) : random.int(60, 1400))}T09:00:00.000Z`;
  for (const organisation of organisations) await recorder.update('organisation', organisation.id, { created_at: enteredAt() });
  for (const person of persons) await recorder.update('person', person.id, { created_at: enteredAt() });
}

/**
 * Writes the demo network into an empty database as one change set (so the
 * whole demo can be undone), with multi-row inserts inside one transaction.
 */
export async function buildDemoNetwork(db: Kysely<Schema>, options: DemoOptions): Promise<void> {
  const existing = await db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
  if (existing) throw new AppError('CONFLICT', 'Deze database bevat al een netwerk; het demonetwerk wordt alleen in een leeg bestand gebouwd.');
  const network = generateDemoNetwork(options);
  const at = `${options.today}T12:00:00.000Z`;
  const context = createServiceContext(db, 'demo', fixedClock(at));
  const tieLinks = present(logEntryRepository.links.find((spec) => spec.field === 'tieIds'), 'demo record');
  // The map laid out now (seeded: the same demo, the same map), so the first visit of Netwerk opens
  // on it. Map positions are normally view state outside the change log; the demo's are part of its
  // change set, so undoing the demo leaves nothing behind.
  const layoutRandom = new SeededRandom(options.seed);
  const positions = layOutMap(networkLinks(network), { random: () => layoutRandom.next() });
  await runChange(db, at, { actor: 'demo', action: 'bulk', summary: 'Demonetwerk Rotterdam Noord aangemaakt' }, async (recorder) => {
    await entityServices.neighbourhood.createMany(context, recorder, parseAll(neighbourhoodCreate, network.neighbourhoods));
    await entityServices.organisation.createMany(context, recorder, parseAll(organisationCreate, network.organisations));
    await entityServices.person.createMany(context, recorder, parseAll(personCreate, network.persons));
    await entityServices.affiliation.createMany(context, recorder, parseAll(affiliationCreate, network.affiliations));
    await entityServices.offer.createMany(context, recorder, parseAll(offerCreate, network.offers));
    await entityServices.logEntry.createMany(context, recorder, parseAll(logEntryCreate, network.logEntries));
    await entityServices.tie.createMany(context, recorder, parseAll(tieCreate, network.ties));
    await recorder.insert(tieLinks.table, network.logEntryTies.flatMap(({ logEntryId, tieIds }) => linkRows(tieLinks, logEntryId, tieIds)));
    const meetings = demoMeetings(network, options);
    await entityServices.logEntry.createMany(context, recorder, parseAll(logEntryCreate, meetings.logEntries));
    await entityServices.meeting.createMany(context, recorder, parseAll(meetingCreate, meetings.meetings));
    await entityServices.task.createMany(context, recorder, parseAll(taskCreate, meetings.afspraken));
    const requests = demoRequests(network, options);
    await entityServices.logEntry.createMany(context, recorder, parseAll(logEntryCreate, requests.logEntries));
    await entityServices.request.createMany(context, recorder, parseAll(requestCreate, requests.requests));
    await entityServices.requestReply.createMany(context, recorder, parseAll(requestReplyCreate, requests.replies));
    await entityServices.casus.createMany(context, recorder, parseAll(casusCreate, network.casussen));
    await entityServices.casusMatch.createMany(context, recorder, parseAll(casusMatchCreate, network.casusMatches));
    await entityServices.casusFollowUp.createMany(context, recorder, parseAll(casusFollowUpCreate, network.casusFollowUps));
    const presentation = demoPresentation();
    await entityServices.mapView.createMany(context, recorder, parseAll(mapViewCreate, presentation.mapViews));
    await entityServices.presentation.createMany(context, recorder, parseAll(presentationCreate, presentation.presentations));
    await recorder.insert('setting', [{ id: 'lastMeetingOn', value: JSON.stringify(demoLastMeetingOn(options.today)) }]);
    await backdateEntry(recorder, options, network.organisations, network.persons);
    await recorder.insert('node_position', positionRows(positions));
  });
}
