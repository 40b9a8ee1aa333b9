import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../shared/contract/result';
import { affiliationCreate } from '../../shared/domain/affiliation';
import { casusCreate } from '../../shared/domain/casus';
import { casusFollowUpCreate } from '../../shared/domain/casus-follow-up';
import { casusMatchCreate } from '../../shared/domain/casus-match';
import { logEntryCreate } from '../../shared/domain/log-entry';
import { neighbourhoodCreate } from '../../shared/domain/neighbourhood';
import { offerCreate } from '../../shared/domain/offer';
import { organisationCreate } from '../../shared/domain/organisation';
import { personCreate } from '../../shared/domain/person';
import { tieCreate } from '../../shared/domain/tie';
import { runChange } from '../changes/run-change';
import type { Schema } from '../database/schema';
import { linkRows } from '../repositories/entity-repository';
import { logEntryRepository } from '../repositories/log-entry-repository';
import { entityServices } from '../services/entity-services';
import type { ServiceContext } from '../services/service-context';
import { generateDemoNetwork, type DemoOptions } from './demo-network';

/** Parses demo records with the same schemas the API uses, keeping their fixed ids. */
function parseAll<Schema extends z.ZodType>(schema: Schema, records: readonly ({ id: string } & object)[]): (z.output<Schema> & { id: string })[] {
  return records.map(({ id, ...fields }) => ({ ...(schema.parse(fields) as z.output<Schema> & object), id }));
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
  const context: ServiceContext = { db, actor: 'demo', now: () => new Date(at), newId: () => globalThis.crypto.randomUUID() };
  const tieLinks = logEntryRepository.links.find((spec) => spec.field === 'tieIds')!;
  await runChange(db, at, { actor: 'demo', action: 'bulk', summary: 'Demonetwerk Rotterdam Noord aangemaakt' }, async (recorder) => {
    await entityServices.neighbourhood.createMany(context, recorder, parseAll(neighbourhoodCreate, network.neighbourhoods));
    await entityServices.organisation.createMany(context, recorder, parseAll(organisationCreate, network.organisations));
    await entityServices.person.createMany(context, recorder, parseAll(personCreate, network.persons));
    await entityServices.affiliation.createMany(context, recorder, parseAll(affiliationCreate, network.affiliations));
    await entityServices.offer.createMany(context, recorder, parseAll(offerCreate, network.offers));
    await entityServices.logEntry.createMany(context, recorder, parseAll(logEntryCreate, network.logEntries));
    await entityServices.tie.createMany(context, recorder, parseAll(tieCreate, network.ties));
    await recorder.insert(tieLinks.table, network.logEntryTies.flatMap(({ logEntryId, tieIds }) => linkRows(tieLinks, logEntryId, tieIds)));
    await entityServices.casus.createMany(context, recorder, parseAll(casusCreate, network.casussen));
    await entityServices.casusMatch.createMany(context, recorder, parseAll(casusMatchCreate, network.casusMatches));
    await entityServices.casusFollowUp.createMany(context, recorder, parseAll(casusFollowUpCreate, network.casusFollowUps));
  });
}
