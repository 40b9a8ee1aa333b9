import { AppError } from '../../shared/contract/result';
import type { ListingCheck } from '../../shared/offers/check-request';
import { runChange } from '../changes/run-change';
import { readRecords } from '../repositories/entity-repository';
import { offerRepository } from '../repositories/offer-repository';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

/**
 * An organisation answered the check: it and its active offers are checked
 * as of that day, and the answer is a contact in the logbook (so it counts
 * as talking to them). One change, one undo.
 */
export async function recordListingCheck(context: ServiceContext, input: ListingCheck): Promise<{ logEntryId: string; offers: number }> {
  const organisation = await entityServices.organisation.get(context, input.organisationId);
  if (organisation.archivedAt !== null) throw new AppError('CONFLICT', `${organisation.name} is gearchiveerd.`);
  const summary = `Sociale kaart gecontroleerd: ${organisation.name} (${input.outcome})`;
  const { result } = await runChange(context.db, context.clock.now().toISOString(), { actor: context.actor, action: 'update', summary, entityKind: 'organisation', entityId: organisation.id }, async (recorder) => {
    // Its own offers only, by the indexed organisation, read in the change that writes them.
    const ids = (await recorder.trx.selectFrom('offer').select('id').where('organisation_id', '=', organisation.id).execute()).map((row) => row.id);
    const offers = (await readRecords(recorder.trx, offerRepository, ids, false)).filter((offer) => offer.status === 'actief');
    // A check entered late never makes a newer date older.
    const later = (known: string | null) => (known !== null && known > input.checkedOn ? known : input.checkedOn);
    await entityServices.organisation.updateWithin(context, recorder, organisation.id, { verifiedOn: later(organisation.verifiedOn) });
    for (const offer of offers) await entityServices.offer.updateWithin(context, recorder, offer.id, { verifiedOn: later(offer.verifiedOn) });
    const [logEntryId = ''] = await entityServices.logEntry.createMany(context, recorder, [
      { occurredOn: input.checkedOn, kind: 'mail', organisationIds: [organisation.id], note: input.outcome === 'klopt' ? 'Sociale kaart gecontroleerd: klopt.' : 'Sociale kaart gecontroleerd: aangepast.' },
    ]);
    return { logEntryId, offers: offers.length };
  });
  return result;
}
