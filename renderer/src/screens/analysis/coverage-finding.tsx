import { useState } from 'react';
import { coverageKeys, type CoverageKey, type NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import { CsvDownload } from '../../components/csv-download';
import { ScrollRegion } from '../../components/scroll-region';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FindingCard, namesFrom } from './finding-card';

const text = strings.analysis;

/**
 * Neighbourhood × theme (or target group, life domain, Positieve
 * Gezondheid): how many offers each cell holds, the empty cells (gaps) and
 * the thin ones marked.
 */
export function CoverageFinding({ coverage }: { coverage: NetworkAnalysis['coverage'] }) {
  const { index } = useLoadedNetwork();
  const { term, neighbourhood } = namesFrom(index);
  const [dimension, setDimension] = useState<CoverageKey>('themes');
  const themes = coverage[dimension];
  const title = text.gapsBy[dimension];
  const count = (neighbourhoodId: string, termId: string) => themes.counts[neighbourhoodId]?.[termId] ?? 0;
  return (
    <FindingCard
      id="gaps"
      title={title}
      count={themes.empty.length}
      intro={text.gapsIntro}
      csv={<CsvDownload label={title} fileName={`hiaten-${text.gapsFile[dimension]}.csv`} header={[text.columns.neighbourhood, ...themes.termIds.map(term)]} rows={themes.neighbourhoodIds.map((neighbourhoodId) => [neighbourhood(neighbourhoodId), ...themes.termIds.map((termId) => count(neighbourhoodId, termId))])} />}
    >
      <div className="segmented" role="radiogroup" aria-label={text.gapsDimension}>
        {coverageKeys.map((key) => (
          <label key={key} className={key === dimension ? 'is-selected' : undefined}>
            <input type="radio" name="coverage-dimension" value={key} checked={key === dimension} onChange={() => setDimension(key)} /> {text.gapsDimensions[key]}
          </label>
        ))}
      </div>
      <ScrollRegion label={title}>
        <table className="data-table coverage">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{text.columns.neighbourhood}</th>
              {themes.termIds.map((termId) => (
                <th key={termId} scope="col">
                  {term(termId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.neighbourhoodIds.map((neighbourhoodId) => (
              <tr key={neighbourhoodId}>
                <th scope="row">{neighbourhood(neighbourhoodId)}</th>
                {themes.termIds.map((termId) => {
                  const cell = count(neighbourhoodId, termId);
                  return (
                    <td key={termId} className={`numeric ${cell === 0 ? 'cell-empty' : cell === 1 ? 'cell-thin' : ''}`} aria-label={cell === 0 ? `${neighbourhood(neighbourhoodId)}, ${term(termId)}: ${text.emptyCell}` : undefined}>
                      {cell}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </FindingCard>
  );
}
