import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import { CsvDownload } from '../../components/csv-download';
import { ScrollRegion } from '../../components/scroll-region';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FindingCard, namesFrom } from './finding-card';

const text = strings.analysis;

/** Wijk × theme: how many offers each cell holds, the empty cells (gaps) and the thin ones marked. */
export function CoverageFinding({ themes }: { themes: NetworkAnalysis['coverage']['themes'] }) {
  const { index } = useLoadedNetwork();
  const { term, wijk } = namesFrom(index);
  const count = (wijkId: string, termId: string) => themes.counts[wijkId]?.[termId] ?? 0;
  return (
    <FindingCard
      id="gaps"
      title={text.gaps}
      count={themes.empty.length}
      intro={text.gapsIntro}
      csv={<CsvDownload label={text.gaps} fileName="hiaten-wijk-thema.csv" header={[text.columns.wijk, ...themes.termIds.map(term)]} rows={themes.wijkIds.map((wijkId) => [wijk(wijkId), ...themes.termIds.map((termId) => count(wijkId, termId))])} />}
    >
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
                  const cell = count(wijkId, termId);
                  return (
                    <td key={termId} className={`numeric ${cell === 0 ? 'cell-empty' : cell === 1 ? 'cell-thin' : ''}`} aria-label={cell === 0 ? `${wijk(wijkId)}, ${term(termId)}: ${text.emptyCell}` : undefined}>
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
