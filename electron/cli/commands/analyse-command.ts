import type { NetworkAnalysis } from '../../../shared/analysis/analyse-network';
import type { NetworkData } from '../../../shared/network/network-data';
import { commandClock, parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';
import { countOf } from '../../../shared/text/plural';

export const analyseUsage = 'analyse --db FILE [--json] [--today JJJJ-MM-DD]             hiaten, dubbelingen, eilandjes en kwetsbare schakels';

function summary(analysis: NetworkAnalysis, data: NetworkData): string {
  const name = (id: string) => {
    const [kind, raw] = id.includes(':') ? id.split(':') : ['', id];
    const key = raw ?? id;
    return (kind === 'person' ? data.persons.find((person) => person.id === key)?.name : undefined) ?? data.organisations.find((organisation) => organisation.id === key)?.name ?? data.persons.find((person) => person.id === key)?.name ?? id;
  };
  const term = (id: string) => data.terms.find((candidate) => candidate.id === id)?.label ?? id;
  const neighbourhood = (id: string | null) => (id ? (data.neighbourhoods.find((candidate) => candidate.id === id)?.name ?? id) : '?');
  const lines = [
    `Dubbele records: ${countOf(analysis.duplicates.organisations.length, 'organisatie', 'organisaties')}, ${countOf(analysis.duplicates.persons.length, 'persoon', 'personen')}`,
    ...[...analysis.duplicates.organisations, ...analysis.duplicates.persons].slice(0, 10).map((pair) => `  ${pair.labels[0]} ~ ${pair.labels[1]} (${pair.reasons.join(', ')})`),
    `Overlappend aanbod zonder onderlinge band: ${countOf(analysis.overlaps.filter((group) => group.connectedPairs.length === 0).length, 'groep', 'groepen')}`,
    ...analysis.overlaps
      .filter((group) => group.connectedPairs.length === 0)
      .slice(0, 10)
      .map((group) => `  ${neighbourhood(group.neighbourhoodId)} · ${term(group.themeId)} · ${term(group.targetGroupId)}: ${group.organisationIds.map(name).join(', ')}`),
    `Lege cellen wijk x thema: ${analysis.coverage.themes.empty.length}`,
    ...analysis.coverage.themes.empty.map((cell) => `  ${neighbourhood(cell.neighbourhoodId)} · ${term(cell.termId)}`),
    `Onvervulde hulpvragen: ${analysis.unmetNeeds.length}`,
    ...analysis.unmetNeeds.map((need) => `  ${need.code} (${neighbourhood(need.neighbourhoodId)}): ${need.reason}`),
    `Organisaties zonder contactpersoon: ${analysis.organisationsWithoutPeople.length}`,
    `Warme contacten al een half jaar niet gesproken: ${analysis.staleWarmContacts.length}`,
    `Aanbod al een jaar niet gecontroleerd: ${analysis.unverifiedOffers.length}`,
    `Eilandjes: ${Math.max(0, analysis.structure.components.length - 1)} (naast het grote netwerk van ${analysis.structure.components[0]?.nodeIds.length ?? 0})`,
    `Kwetsbare schakels (wie wegvalt, splitst het netwerk): ${analysis.structure.articulationPoints.length}`,
    `Samenwerking via casussen (2 of meer): ${countOf(analysis.casusCollaborations.length, 'paar', 'paren')}, waarvan ${analysis.casusCollaborations.filter((pair) => !pair.tied).length} zonder vastgelegde band`,
    ...analysis.casusCollaborations.slice(0, 10).map((pair) => `  ${pair.organisationIds.map((id) => name(id)).join(' ~ ')}: ${countOf(pair.casusCount, 'casus', 'casussen')}${pair.tied ? '' : ' (geen band vastgelegd)'}`),
    `Groepen die elkaar vooral onderling kennen: ${analysis.structure.communities.length} (grootste ${analysis.structure.communities[0]?.nodeIds.length ?? 0})`,
  ];
  return lines.join('\n');
}

export async function analyseCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, json: { type: 'boolean' }, today: { type: 'string' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const { clock, today } = commandClock(values.today);
  // Through the API, as the app does: the casussen it reads are in the access log.
  const { data, analysis } = await withDatabase(file, async (network) => {
    const api = cliApi(network, clock);
    const [loaded, analysed] = await Promise.all([api.network.load({}), api.network.analyse({ today })]);
    return { data: answered(loaded), analysis: answered(analysed) };
  });
  return { json: analysis, text: summary(analysis, data) };
}
