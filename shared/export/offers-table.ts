import { describeSession } from '../domain/offer';
import { accessibility, language, offerAccess, timeOfDay } from '../domain/vocabulary';
import { importFieldLabels } from '../import/column-mapping';
import type { NetworkData } from '../network/network-data';

/**
 * The columns of the offers export: the import's own names, so the sociale
 * kaart exported can be read back (into another broker's Spinweb, or this
 * one after editing in a spreadsheet).
 */
export const offersHeader = [
  importFieldLabels.organisation,
  importFieldLabels.offer,
  importFieldLabels.offerDescription,
  importFieldLabels.theme,
  importFieldLabels.targetGroup,
  importFieldLabels.lifeDomain,
  importFieldLabels.pgDimension,
  importFieldLabels.wijk,
  importFieldLabels.location,
  importFieldLabels.schedule,
  importFieldLabels.scheduleNote,
  importFieldLabels.timesOfDay,
  importFieldLabels.cost,
  importFieldLabels.access,
  importFieldLabels.capacity,
  importFieldLabels.waitingList,
  importFieldLabels.languages,
  importFieldLabels.accessibility,
] as const;

/** The active offers, one row each, every field as the broker reads it: "dinsdag en donderdag 10:00-11:30", "Nederlands, Arabisch, NT2". */
export function offersTable(data: NetworkData): string[][] {
  const termLabel = new Map(data.terms.map((term) => [term.id, term.label]));
  const neighbourhoodName = new Map(data.neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.name]));
  const organisationName = new Map(data.organisations.map((organisation) => [organisation.id, organisation.name]));
  const labels = (ids: readonly string[], names: Map<string, string>) => ids.map((id) => names.get(id) ?? '').filter(Boolean).join(', ');
  return data.offers
    .filter((offer) => offer.archivedAt === null)
    .map((offer) => [
      organisationName.get(offer.organisationId) ?? '',
      // A ";" in a title would split it into two offers when read back.
      offer.title.replace(/;/g, ','),
      offer.description,
      labels(offer.themeIds, termLabel),
      labels(offer.targetGroupIds, termLabel),
      labels(offer.lifeDomainIds, termLabel),
      labels(offer.pgDimensionIds, termLabel),
      labels(offer.neighbourhoodIds, neighbourhoodName),
      offer.location,
      offer.sessions.map(describeSession).join('; '),
      offer.schedule,
      offer.timesOfDay.map((code) => timeOfDay.labels[code]).join(', '),
      offer.cost,
      offerAccess.labels[offer.access],
      offer.capacity === null ? '' : String(offer.capacity),
      offer.hasWaitingList ? 'ja' : 'nee',
      [...offer.languages.map((code) => language.labels[code]), ...(offer.forLanguageLearners ? ['NT2'] : [])].join(', '),
      offer.accessibility.map((code) => accessibility.labels[code]).join(', '),
    ]);
}
