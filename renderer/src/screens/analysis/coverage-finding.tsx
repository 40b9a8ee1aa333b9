import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import { CsvDownload } from '../../components/csv-download';
import { ScrollRegion } from '../../components/scroll-region';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FindingCard, namesFrom } from './finding-card';

const text = strings.analysis;

/** Neighbourhood × theme: how many offers each cell holds, the empty cells (gaps) and the thin ones marked. */
export function CoverageFinding({ themes }: { themes: NetworkAnalysis['coverage']['themes'] }) {
  const { index } = useLoadedNetwork();
  const { term, neighbourhood } = namesFrom(index);
  const count = (neighbourhoodId: string, termId: string) => themes.counts[neighbourhoodId]?.[termId] ?? 0;
  return (
    <FindingCard
      id="gaps"
      title={text.gaps}
      count={themes.empty.length}
      intro={text.gapsIntro}
      csv={<CsvDownload label={text.gaps} fileName="hiaten-wijk-thema.csv" header={[text.columns.neighbourhood, ...themes.termIds.map(term)]} rows={themes.neighbourhoodIds.map((neighbourhoodId) => [neighbourhood(neighbourhoodId), ...themes.termIds.map((termId) => count(neighbourhoodId, termId))])} />}
    >
      <ScrollRegion label={text.gaps}>
        <table className="data-table coverage">
          <caption className="visually-hidden">{text.gaps}</caption>
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
