import { entityRegistry } from '../../../shared/domain/entity-registry';
import { entityKinds } from '../../../shared/domain/record';
import { pgDimension } from '../../../shared/domain/vocabulary';
import { reachSteps, stageLabel } from '../../../shared/casus/monitoring-report';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const statsUsage = 'stats --db FILE [--json]                                  telt de gegevens per soort, casussen per verwijzer en hoofdreden, bereik en uitval';


export async function statsCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const { stats, report, terms } = await withDatabase(file, async (network) => {
    const api = cliApi(network);
    // Over every casus ever opened: counts only, through the report (which the access log records).
    return { stats: answered(await api.network.stats({})), report: answered(await api.casus.report({ from: '2000-01-01', to: '2999-12-31' })), terms: answered(await api.taxonomyTerm.list({ includeArchived: true })) };
  });
  const label = new Map(terms.map((term) => [term.id, term.label]));
  const named = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).map(([id, count]) => [label.get(id) ?? id, count]));
  // Her own counts for her own file, so exact: the small-count rule is for the report that leaves her hands.
  const casusDistribution = {
    referrals: report.referrals,
    byReferrerType: named(report.byReferrerType),
    byMainReason: named(report.byMainReason),
    reach: report.reach,
    dropOut: Object.fromEntries(report.dropOut.map(({ stage, count }) => [stageLabel(stage), count])),
    pgChange3Months: Object.fromEntries(report.pgChange.drie_maanden.map(({ dimension, n, before, after }) => [pgDimension.labels[dimension], { n, before, after }])),
  };
  // Printed only when there are referrals: a share of them, one line format for every count.
  const line = (name: string, count: number) => `  ${name.padEnd(32)} ${String(count).padStart(4)}  ${Math.round((count / report.referrals) * 100)}%`;
  const distributionLines = [
    '',
    `Casussen per verwijzer (${report.referrals}):`,
    ...Object.entries(casusDistribution.byReferrerType).map(([name, count]) => line(name, count)),
    'Casussen per hoofdreden:',
    ...Object.entries(casusDistribution.byMainReason).map(([name, count]) => line(name, count)),
    'Bereik:',
    ...reachSteps.map(([step, name]) => line(name, report.reach[step])),
    'Uitval:',
    ...Object.entries(casusDistribution.dropOut).map(([name, count]) => line(name, count)),
  ];
  const lines = entityKinds.map((kind) => {
    const { key, plural: label } = entityRegistry[kind];
    const count = stats[key];
    return `${label.padEnd(18)} ${String(count.active).padStart(6)}${count.total !== count.active ? ` (+${count.total - count.active} gearchiveerd)` : ''}`;
  });
  return { json: { ...stats, casusDistribution }, text: [...lines, `${'wijzigingen'.padEnd(18)} ${String(stats.changeSets).padStart(6)}`, ...(report.referrals > 0 ? distributionLines : [])].join('\n') };
}
