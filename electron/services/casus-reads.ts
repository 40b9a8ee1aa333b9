import { monitoringReport, type MonitoringReport } from '../../shared/casus/monitoring-report';
import { endedWithoutActivityStatuses } from '../../shared/domain/casus';
import { followUpState } from '../../shared/casus/plan-follow-ups';
import { chunked } from '../changes/row-access';
import { groupBy } from '../../shared/collections/group-by';
import { suggestMatches, type MatchSuggestion } from '../../shared/casus/suggest-matches';
import { entityServices } from './entity-services';
import { loadNetwork } from './load-network';
import type { ServiceContext } from './service-context';

/** Offers and people to suggest for one casus, from the network as it is. */
export async function suggestCasusMatches(context: ServiceContext, casusId: string, today: string, limit: number | undefined): Promise<MatchSuggestion[]> {
  return suggestMatches(await entityServices.casus.get(context, casusId), await loadNetwork(context), today, limit);
}

/**
 * Follow-ups due on or before `today` that still ask something (not done,
 * not overtaken by a later answer or a known result), of casussen still
 * open, oldest first.
 */
export async function dueCasusFollowUps(context: ServiceContext, today: string) {
  const due = await context.db
    .selectFrom('casus_follow_up')
    .innerJoin('casus', 'casus.id', 'casus_follow_up.casus_id')
    .select(['casus_follow_up.id as followUpId', 'casus.id as casusId', 'casus.code as code', 'casus_follow_up.due_on as dueOn', 'casus_follow_up.note as note'])
    .where('casus_follow_up.due_on', '<=', today)
    .where('casus_follow_up.done_on', 'is', null)
    .where('casus_follow_up.archived_at', 'is', null)
    .where('casus.archived_at', 'is', null)
    // A referral that ended without an activity asks nothing more of her; one afgerond still has its 3- and 6-month contacts.
    .where('casus.status', 'not in', endedWithoutActivityStatuses)
    .orderBy('casus_follow_up.due_on')
    .execute();
  if (due.length === 0) return due;
  // The rest of those casussen's contacts and handovers, by their indexed column: what decides whether a contact was overtaken.
  const followUps: { casusId: string; dueOn: string; doneOn: string | null }[] = [];
  const matches: { casusId: string; handoverOn: string | null; result: string | null }[] = [];
  for (const casusIds of chunked([...new Set(due.map((followUp) => followUp.casusId))], 1)) {
    followUps.push(...(await context.db.selectFrom('casus_follow_up').select(['casus_id as casusId', 'due_on as dueOn', 'done_on as doneOn']).where('casus_id', 'in', casusIds).where('archived_at', 'is', null).execute()));
    matches.push(...(await context.db.selectFrom('casus_match').select(['casus_id as casusId', 'handover_on as handoverOn', 'result']).where('casus_id', 'in', casusIds).where('archived_at', 'is', null).execute()));
  }
  const followUpsOf = groupBy(followUps, (followUp) => [followUp.casusId]);
  const matchesOf = groupBy(matches, (match) => [match.casusId]);
  return due.filter((followUp) => followUpState({ dueOn: followUp.dueOn, doneOn: null }, { endedWithoutActivity: false, followUps: followUpsOf.get(followUp.casusId) ?? [], matches: matchesOf.get(followUp.casusId) ?? [] }) === 'open');
}

/** The monitoring report (referrals, handovers, outcomes) over a period. */
export async function casusReport(context: ServiceContext, from: string, to: string): Promise<MonitoringReport> {
  const [casussen, matches, followUps, offers, affiliations] = await Promise.all([
    entityServices.casus.list(context, { includeArchived: false }),
    entityServices.casusMatch.list(context, { includeArchived: false }),
    entityServices.casusFollowUp.list(context, { includeArchived: false }),
    entityServices.offer.list(context, { includeArchived: true }),
    // A role since ended still says where the referrer worked when they referred.
    entityServices.affiliation.list(context, { includeArchived: false }),
  ]);
  return monitoringReport({ casussen, matches, followUps, offers, affiliations }, from, to);
}
