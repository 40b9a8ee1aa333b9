import { useEffect, useState } from 'react';
import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import type { DuplicatePair } from '../../../../shared/analysis/duplicate-records';
import type { OverlapGroup } from '../../../../shared/analysis/overlapping-offers';
import { shiftDate } from '../../../../shared/dates/shift-date';
import { CsvDownload } from '../../components/csv-download';
import { localToday } from '../../clock';
import { href } from '../../routing/use-route';
import { useLoadedNetwork, type NetworkIndex } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { ScrollRegion } from '../../components/scroll-region';

const text = strings.analysis;

/** A record in a finding, one click from its page. */
function RecordLink({ nodeKey, index }: { nodeKey: string; index: NetworkIndex }) {
  const [kind, id] = nodeKey.includes(':') ? (nodeKey.split(':') as [string, string]) : ['organisation', nodeKey];
  if (kind === 'person') return <a href={href('adresboek', 'contactpersonen', id)}>{index.person.get(id)?.name ?? id}</a>;
  return <a href={href('adresboek', 'organisaties', id)}>{index.organisation.get(id)?.name ?? id}</a>;
}

/** Analyse: the findings as lists a broker can act on, printable for the meeting and the municipality. */
export function AnalysisScreen() {
  const { api, data, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const [analysis, setAnalysis] = useState<NetworkAnalysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showAllOverlaps, setShowAllOverlaps] = useState(false);
  const today = localToday();

  useEffect(() => {
    let current = true;
    void api.network.analyse({ today }).then((result) => {
      if (!current) return;
      if (result.ok) setAnalysis(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, data, today]);

  const term = (id: string) => index.term.get(id)?.label ?? id;
  const wijk = (id: string | null) => (id ? (index.neighbourhood.get(id)?.name ?? id) : '–');
  const organisationName = (id: string) => index.organisation.get(id)?.name ?? id;

  const merge = (pair: DuplicatePair) => act(api.network.merge({ kind: pair.kind, keepId: pair.keepId, dropId: pair.dropId }), text.merged(pair.labels[1], pair.labels[0]));

  const planIntroduction = async (group: OverlapGroup, [a, b]: [string, string]) => {
    const what = [term(group.themeId), term(group.targetGroupId), wijk(group.wijkId), group.timeOfDay].filter(Boolean).join(', ');
    await act(api.logEntry.create({ occurredOn: today, kind: 'telefoon', organisationIds: [a, b], note: text.introductionNote(organisationName(a), organisationName(b), what), followUpOn: shiftDate(today, 7) }), text.introductionPlanned(organisationName(a), organisationName(b)));
  };

  if (error) return <p role="alert">{error}</p>;
  if (!analysis) return <p className="loading">{text.loading}</p>;
  const duplicates = [...analysis.duplicates.organisations, ...analysis.duplicates.persons];
  // Groups where nobody knows anybody first: there an introduction matters most.
  const overlaps = analysis.overlaps
    .filter((group) => group.unconnectedPairs.length > 0)
    .sort((left, right) => Number(left.connectedPairs.length > 0) - Number(right.connectedPairs.length > 0) || right.organisationIds.length - left.organisationIds.length);
  const themes = analysis.coverage.themes;
  const islands = analysis.structure.components.slice(1);
  const weakLinks = [...analysis.structure.articulationPoints].sort((left, right) => (analysis.structure.centrality[right]?.betweenness ?? 0) - (analysis.structure.centrality[left]?.betweenness ?? 0));

  return (
    <div className="analysis">
      <div className="page-header">
        <h1>{text.title}</h1>
        <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
      <p className="lead">{text.intro}</p>

      <section className="card finding" aria-labelledby="duplicates-title">
        <header className="finding-header">
          <h2 id="duplicates-title">
            {text.duplicates} <span className="count">{duplicates.length}</span>
          </h2>
          <CsvDownload label={text.duplicates} fileName="dubbele-records.csv" header={[text.columns.kind, text.columns.name, text.columns.name, text.columns.reasons]} rows={duplicates.map((pair) => [pair.kind === 'person' ? 'persoon' : 'organisatie', pair.labels[0], pair.labels[1], pair.reasons.join(', ')])} />
        </header>
        {duplicates.length === 0 ? (
          <p className="empty-note">{text.noDuplicates}</p>
        ) : (
          <ul className="finding-list">
            {duplicates.map((pair) => (
              <li key={`${pair.keepId}-${pair.dropId}`}>
                <div>
                  <RecordLink nodeKey={`${pair.kind}:${pair.keepId}`} index={index} /> ~ <RecordLink nodeKey={`${pair.kind}:${pair.dropId}`} index={index} />
                  <p className="muted">{pair.reasons.join(', ')}</p>
                </div>
                <button type="button" className="button-secondary button-small no-print" onClick={() => void merge(pair)} aria-label={text.merge(pair.labels[1], pair.labels[0])}>
                  {text.mergeShort}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card finding" aria-labelledby="overlaps-title">
        <header className="finding-header">
          <h2 id="overlaps-title">
            {text.overlaps} <span className="count">{overlaps.length}</span>
          </h2>
          <CsvDownload
            label={text.overlaps}
            fileName="dubbelingen-aanbod.csv"
            header={[text.columns.wijk, text.columns.theme, text.columns.targetGroup, text.columns.timeOfDay, text.columns.organisations, text.columns.status]}
            rows={overlaps.map((group) => [wijk(group.wijkId), term(group.themeId), term(group.targetGroupId), group.timeOfDay ?? '', group.organisationIds.map(organisationName).join(', '), group.connectedPairs.length === 0 ? text.dontKnowEachOther : `${group.unconnectedPairs.length} paren ${text.dontKnowEachOther}`])}
          />
        </header>
        <p className="muted">{text.overlapsIntro}</p>
        {overlaps.length === 0 ? (
          <p className="empty-note">{text.noOverlaps}</p>
        ) : (
          <ul className="finding-list">
            {(showAllOverlaps ? overlaps : overlaps.slice(0, 8)).map((group) => (
              <li key={`${group.wijkId}-${group.themeId}-${group.targetGroupId}`} className="overlap">
                <div>
                  <strong>
                    {wijk(group.wijkId)} · {term(group.themeId)} · {term(group.targetGroupId)}
                    {group.timeOfDay && ` · ${group.timeOfDay}`}
                  </strong>
                  <ul className="pair-list">
                    {group.unconnectedPairs.slice(0, 3).map(([a, b]) => (
                      <li key={`${a}-${b}`}>
                        <span>
                          <RecordLink nodeKey={a} index={index} /> en <RecordLink nodeKey={b} index={index} /> <span className="badge">{text.dontKnowEachOther}</span>
                        </span>
                        <button type="button" className="button-secondary button-small no-print" onClick={() => void planIntroduction(group, [a, b])}>
                          {text.planIntroduction}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            ))}
          </ul>
        )}
        {overlaps.length > 8 && !showAllOverlaps && (
          <button type="button" className="link-button no-print" onClick={() => setShowAllOverlaps(true)}>
            {strings.logbook.followUps.showAll(overlaps.length)}
          </button>
        )}
      </section>

      <section className="card finding" aria-labelledby="gaps-title">
        <header className="finding-header">
          <h2 id="gaps-title">
            {text.gaps} <span className="count">{themes.empty.length}</span>
          </h2>
          <CsvDownload
            label={text.gaps}
            fileName="hiaten-wijk-thema.csv"
            header={[text.columns.wijk, ...themes.termIds.map(term)]}
            rows={themes.wijkIds.map((wijkId) => [wijk(wijkId), ...themes.termIds.map((termId) => themes.counts[wijkId]![termId]!)])}
          />
        </header>
        <p className="muted">{text.gapsIntro}</p>
        <ScrollRegion label={text.gaps}>
          <table className="data-table coverage">
            <caption className="visually-hidden">{text.gaps}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.wijk}</th>
                {themes.termIds.map((termId) => (
                  <th key={termId} scope="col">
                    {term(termId)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {themes.wijkIds.map((wijkId) => (
                <tr key={wijkId}>
                  <th scope="row">{wijk(wijkId)}</th>
                  {themes.termIds.map((termId) => {
                    const count = themes.counts[wijkId]![termId]!;
                    return (
                      <td key={termId} className={`numeric ${count === 0 ? 'cell-empty' : count === 1 ? 'cell-thin' : ''}`} aria-label={count === 0 ? `${wijk(wijkId)}, ${term(termId)}: ${text.emptyCell}` : undefined}>
                        {count}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section className="card finding" aria-labelledby="unmet-title">
        <header className="finding-header">
          <h2 id="unmet-title">
            {text.unmet} <span className="count">{analysis.unmetNeeds.length}</span>
          </h2>
          <CsvDownload label={text.unmet} fileName="onvervulde-hulpvragen.csv" header={[text.columns.code, text.columns.wijk, text.columns.theme, text.columns.reason]} rows={analysis.unmetNeeds.map((need) => [need.code, wijk(need.wijkId), need.needIds.map(term).join(', '), need.reason])} />
        </header>
        {analysis.unmetNeeds.length === 0 ? (
          <p className="empty-note">{text.noUnmet}</p>
        ) : (
          <ul className="finding-list">
            {analysis.unmetNeeds.map((need) => (
              <li key={need.casusId}>
                <div>
                  <strong>{need.code}</strong> · {wijk(need.wijkId)} · {need.needIds.map(term).join(', ')}
                  <p className="muted">{need.reason}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card finding" aria-labelledby="cooperation-title">
        <header className="finding-header">
          <h2 id="cooperation-title">
            {text.cooperation} <span className="count">{analysis.casusCollaborations.length}</span>
          </h2>
          <CsvDownload
            label={text.cooperation}
            fileName="samenwerking-via-casussen.csv"
            header={[text.columns.organisations, text.columns.casussen, text.columns.status]}
            rows={analysis.casusCollaborations.map((pair) => [pair.organisationIds.map(organisationName).join(' en '), pair.casusCount, pair.tied ? text.tied : text.notTied])}
          />
        </header>
        <p className="muted">{text.cooperationIntro}</p>
        {analysis.casusCollaborations.length === 0 ? (
          <p className="empty-note">{text.noCooperation}</p>
        ) : (
          <ul className="finding-list">
            {analysis.casusCollaborations.map((pair) => (
              <li key={pair.organisationIds.join('-')}>
                <span>
                  <RecordLink nodeKey={`organisation:${pair.organisationIds[0]}`} index={index} /> en <RecordLink nodeKey={`organisation:${pair.organisationIds[1]}`} index={index} /> · {text.casusCount(pair.casusCount)}{' '}
                  {!pair.tied && <span className="badge">{text.notTied}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="finding-columns">
        <section className="card finding" aria-labelledby="islands-title">
          <h2 id="islands-title">
            {text.islands} <span className="count">{islands.length}</span>
          </h2>
          <p className="muted">{text.islandsIntro}</p>
          <ul className="finding-list">
            {islands.map((component) => (
              <li key={component.nodeIds[0]}>
                <span>
                  {component.nodeIds.map((nodeKey, position) => (
                    <span key={nodeKey}>
                      {position > 0 && ', '}
                      <RecordLink nodeKey={nodeKey} index={index} />
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card finding" aria-labelledby="weak-title">
          <h2 id="weak-title">
            {text.weakLinks} <span className="count">{weakLinks.length}</span>
          </h2>
          <p className="muted">{text.weakLinksIntro}</p>
          <ul className="finding-list">
            {weakLinks.map((nodeKey) => (
              <li key={nodeKey}>
                <RecordLink nodeKey={nodeKey} index={index} />
              </li>
            ))}
          </ul>
        </section>
        <section className="card finding" aria-labelledby="without-people-title">
          <h2 id="without-people-title">
            {text.withoutPeople} <span className="count">{analysis.organisationsWithoutPeople.length}</span>
          </h2>
          <ul className="finding-list">
            {analysis.organisationsWithoutPeople.map((id) => (
              <li key={id}>
                <RecordLink nodeKey={`organisation:${id}`} index={index} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
