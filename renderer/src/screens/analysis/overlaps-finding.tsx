import { useMemo, useState } from 'react';
import { overlapEntries, type OverlapEntry } from '../../../../shared/analysis/overlap-entries';
import type { OverlapGroup } from '../../../../shared/analysis/overlapping-offers';
import { contactPersonAt, openIntroductionBetween } from '../../../../shared/analysis/planned-introductions';
import { shiftDate } from '../../../../shared/dates/shift-date';
import { formatShortDate } from '../../strings/dutch';
import { localToday } from '../../clock';
import { CsvDownload } from '../../components/csv-download';
import { FilterSelect } from '../../components/filter-select';
import { useLoadedNetwork, type NetworkData, type NetworkIndex } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { FindingCard, RecordLink, namesFrom } from './finding-card';

const text = strings.analysis;

/**
 * Organisations offering the same to the same people in the same wijk:
 * one entry per overlap, a pair to introduce named once, those where
 * nobody knows anybody first, weak signals folded away with their reason.
 * Per wijk it fits one screen, to go through at a meeting.
 */
export function OverlapsFinding({ groups }: { groups: readonly OverlapGroup[] }) {
  const { api, data, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const [neighbourhoodId, setNeighbourhoodId] = useState('');
  const { term, neighbourhood, organisationName } = namesFrom(index);
  const entries = useMemo(() => overlapEntries(groups, data), [groups, data]);
  const shown = entries.filter((entry) => neighbourhoodId === '' || entry.neighbourhoodId === neighbourhoodId);
  const strong = shown.filter((entry) => entry.weakReason === null);
  const weak = shown.filter((entry) => entry.weakReason !== null);
  const neighbourhoods = [...new Set(entries.map((entry) => entry.neighbourhoodId))].map((id) => ({ value: id, label: neighbourhood(id) })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const pairName = ([a, b]: [string, string]) => text.pairNames(organisationName(a), organisationName(b));
  const what = (entry: Pick<OverlapEntry, 'themeId' | 'targetGroupId' | 'timeOfDay'>) => [term(entry.themeId), term(entry.targetGroupId), entry.timeOfDay].filter(Boolean).join(' · ');
  // "Taalcafé: Moskee Al Noor, Vrouwengroep Agniesebuurt": the same title once, with every organisation that offers it.
  const offers = (entry: OverlapEntry) => {
    const byTitle = new Map<string, string[]>();
    for (const id of entry.offerIds) {
      const offer = index.offer.get(id);
      if (offer) byTitle.set(offer.title, [...(byTitle.get(offer.title) ?? []), organisationName(offer.organisationId)]);
    }
    return [...byTitle].map(([title, organisations]) => text.offeredBy(title, [...new Set(organisations)].join(', ')));
  };
  // A plan, not a contact: a task with the person to reach at each side, due in a week. Nothing in "laatst gesproken" changes.
  const planIntroduction = async (entry: OverlapEntry, [a, b]: [string, string]) => {
    const today = localToday();
    const about = [what(entry), neighbourhood(entry.neighbourhoodId)].join(', ');
    const personIds = [a, b].flatMap((organisationId) => contactPersonAt(data, organisationId, today)?.id ?? []);
    await act(
      api.task.create({ kind: 'introductie', organisationIds: [a, b], personIds, note: text.introductionNote(organisationName(a), organisationName(b), about), dueOn: shiftDate(today, 7) }),
      text.introductionPlanned(organisationName(a), organisationName(b)),
    );
  };
  const item = (entry: OverlapEntry) => (
    <OverlapItem
      key={`${entry.neighbourhoodId}-${entry.themeId}-${entry.targetGroupId}-${entry.timeOfDay ?? ''}`}
      entry={entry}
      title={`${neighbourhoodId === '' ? `${neighbourhood(entry.neighbourhoodId)} · ` : ''}${what(entry)}`}
      alsoFor={entry.alsoFor.map(what)}
      offers={offers(entry)}
      known={entry.connectedPairs.map(pairName)}
      tasks={data.tasks}
      index={index}
      onPlan={(pair) => void planIntroduction(entry, pair)}
    />
  );
  return (
    <FindingCard
      id="overlaps"
      title={text.overlaps}
      count={strong.length}
      intro={text.overlapsIntro}
      csv={
        <CsvDownload
          label={text.overlaps}
          fileName="dubbelingen-aanbod.csv"
          header={[text.columns.neighbourhood, text.columns.theme, text.columns.targetGroup, text.columns.timeOfDay, text.columns.alsoFor, text.columns.organisations, text.columns.offers, text.columns.knowEachOther, text.columns.toIntroduce, text.columns.lessImportant]}
          rows={entries.map((entry) => [
            neighbourhood(entry.neighbourhoodId),
            term(entry.themeId),
            term(entry.targetGroupId),
            entry.timeOfDay ?? '',
            entry.alsoFor.map(what).join('; '),
            entry.organisationIds.map(organisationName).join(', '),
            offers(entry).join('; '),
            entry.connectedPairs.map(pairName).join('; '),
            entry.unconnectedPairs.map(pairName).join('; '),
            entry.weakReason ? text.weakReasons[entry.weakReason] : '',
          ])}
        />
      }
    >
      <FilterSelect id="overlaps-wijk" label={text.columns.neighbourhood} value={neighbourhoodId} options={neighbourhoods} onChange={setNeighbourhoodId} />
      {strong.length === 0 ? <p className="empty-note">{text.noOverlaps}</p> : <ul className="finding-list overlap-list">{strong.map(item)}</ul>}
      {weak.length > 0 && (
        <details className="less-important">
          <summary>{text.lessImportant(weak.length)}</summary>
          <ul className="finding-list overlap-list">{weak.map(item)}</ul>
        </details>
      )}
    </FindingCard>
  );

}

interface OverlapItemProps {
  entry: OverlapEntry;
  title: string;
  alsoFor: string[];
  offers: string[];
  /** Pairs that know each other, by name. */
  known: string[];
  tasks: NetworkData['tasks'];
  index: NetworkIndex;
  onPlan: (pair: [string, string]) => void;
}

/** One overlap: what they share, their offers, who knows whom, and the first introduction to plan (the others on request). */
function OverlapItem({ entry, title, alsoFor, offers, known, tasks, index, onPlan }: OverlapItemProps) {
  const [allPairs, setAllPairs] = useState(false);
  const pairs = allPairs ? entry.unconnectedPairs : entry.unconnectedPairs.slice(0, 1);
  const total = entry.connectedPairs.length + entry.unconnectedPairs.length;
  return (
    <li className="overlap">
      <details>
        {/* One line per overlap, so a wijk's list fits one screen; it opens to the offers, who knows whom and the introductions. */}
        <summary className="overlap-title">
          <strong>{title}</strong> <span className="muted">· {text.organisationCount(entry.organisationIds.length)}</span> <span className="badge">{entry.connectedPairs.length === 0 ? text.nobodyKnows : text.someKnow(entry.connectedPairs.length, total)}</span>
          {entry.weakReason && <span className="muted"> · {text.weakReasons[entry.weakReason]}</span>}
        </summary>
        <div className="overlap-body">
          <div>
            {alsoFor.length > 0 && <p className="muted overlap-line">{text.alsoFor(alsoFor.join('; '))}</p>}
            <p className="overlap-line overlap-offers">{offers.join('; ')}</p>
            {known.length > 0 && <p className="muted overlap-line">{text.alreadyKnow(known.join('; '))}</p>}
          </div>
          {/* Beside the facts: the next introduction to plan, the others on request. */}
          <div className="overlap-next">
            <ul className="pair-list">
              {pairs.map(([a, b], position) => {
                const planned = openIntroductionBetween(tasks, a, b);
                return (
                  <li key={`${a}-${b}`}>
                    <span>
                      <RecordLink nodeKey={a} index={index} /> en <RecordLink nodeKey={b} index={index} />
                    </span>
                    {planned ? (
                      <span className="badge badge-planned">{text.plannedBefore(formatShortDate(planned.dueOn))}</span>
                    ) : (
                      <button type="button" className="button-secondary button-small no-print" onClick={() => onPlan([a, b])}>
                        {text.planIntroduction}
                      </button>
                    )}
                    {/* The switch to the other pairs sits on the last pair's line, beside its button. */}
                    {position === pairs.length - 1 && entry.unconnectedPairs.length > 1 && (
                      <button type="button" className="link-button more-pairs no-print" aria-expanded={allPairs} onClick={() => setAllPairs(!allPairs)}>
                        {allPairs ? text.fewerPairs : text.morePairs(entry.unconnectedPairs.length - 1)}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      </details>
    </li>
  );
}
