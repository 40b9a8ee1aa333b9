import { useState } from 'react';
import type { OverlapGroup } from '../../../../shared/analysis/overlapping-offers';
import { contactPersonAt, openIntroductionBetween } from '../../../../shared/analysis/planned-introductions';
import { shiftDate } from '../../../../shared/dates/shift-date';
import { formatShortDate } from '../../strings/dutch';
import { localToday } from '../../clock';
import { CsvDownload } from '../../components/csv-download';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { FindingCard, RecordLink, namesFrom } from './finding-card';

const text = strings.analysis;

/** Organisations offering the same to the same people in the same neighbourhood without knowing each other: an introduction to plan. */
export function OverlapsFinding({ groups }: { groups: readonly OverlapGroup[] }) {
  const { api, data, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const [showAll, setShowAll] = useState(false);
  const { term, neighbourhood, organisationName } = namesFrom(index);
  // Groups where nobody knows anybody first: there an introduction matters most.
  const overlaps = groups
    .filter((group) => group.unconnectedPairs.length > 0)
    .sort((left, right) => Number(left.connectedPairs.length > 0) - Number(right.connectedPairs.length > 0) || right.organisationIds.length - left.organisationIds.length);
  // A plan, not a contact: a task with the person to reach at each side, due in a week. Nothing in "laatst gesproken" changes.
  const planIntroduction = async (group: OverlapGroup, [a, b]: [string, string]) => {
    const today = localToday();
    const what = [term(group.themeId), term(group.targetGroupId), neighbourhood(group.neighbourhoodId), group.timeOfDay].filter(Boolean).join(', ');
    const personIds = [a, b].flatMap((organisationId) => contactPersonAt(data, organisationId, today)?.id ?? []);
    await act(
      api.task.create({ kind: 'introductie', organisationIds: [a, b], personIds, note: text.introductionNote(organisationName(a), organisationName(b), what), dueOn: shiftDate(today, 7) }),
      text.introductionPlanned(organisationName(a), organisationName(b)),
    );
  };
  return (
    <FindingCard
      id="overlaps"
      title={text.overlaps}
      count={overlaps.length}
      intro={text.overlapsIntro}
      csv={
        <CsvDownload
          label={text.overlaps}
          fileName="dubbelingen-aanbod.csv"
          header={[text.columns.neighbourhood, text.columns.theme, text.columns.targetGroup, text.columns.timeOfDay, text.columns.organisations, text.columns.status]}
          rows={overlaps.map((group) => [neighbourhood(group.neighbourhoodId), term(group.themeId), term(group.targetGroupId), group.timeOfDay ?? '', group.organisationIds.map(organisationName).join(', '), group.connectedPairs.length === 0 ? text.dontKnowEachOther : text.pairsDontKnowEachOther(group.unconnectedPairs.length)])}
        />
      }
    >
      {overlaps.length === 0 ? (
        <p className="empty-note">{text.noOverlaps}</p>
      ) : (
        <ul className="finding-list">
          {(showAll ? overlaps : overlaps.slice(0, 8)).map((group) => (
            <li key={`${group.neighbourhoodId}-${group.themeId}-${group.targetGroupId}`} className="overlap">
              <div>
                <strong>
                  {neighbourhood(group.neighbourhoodId)} · {term(group.themeId)} · {term(group.targetGroupId)}
                  {group.timeOfDay && ` · ${group.timeOfDay}`}
                </strong>
                <ul className="pair-list">
                  {group.unconnectedPairs.slice(0, 3).map(([a, b]) => {
                    const planned = openIntroductionBetween(data.tasks, a, b);
                    return (
                      <li key={`${a}-${b}`}>
                        <span>
                          <RecordLink nodeKey={a} index={index} /> en <RecordLink nodeKey={b} index={index} /> <span className="badge">{text.dontKnowEachOther}</span>
                        </span>
                        {planned ? (
                          <span className="badge badge-planned">{text.plannedBefore(formatShortDate(planned.dueOn))}</span>
                        ) : (
                          <button type="button" className="button-secondary button-small no-print" onClick={() => void planIntroduction(group, [a, b])}>
                            {text.planIntroduction}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
      {overlaps.length > 8 && !showAll && (
        <button type="button" className="link-button no-print" onClick={() => setShowAll(true)}>
          {strings.logbook.followUps.showAll(overlaps.length)}
        </button>
      )}
    </FindingCard>
  );
}
