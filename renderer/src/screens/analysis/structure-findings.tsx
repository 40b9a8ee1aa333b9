import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FindingCard, RecordLink } from './finding-card';

const text = strings.analysis;

/** The network's shape: islands apart from the rest, links whose loss splits it, organisations without a named person. */
export function StructureFindings({ analysis }: { analysis: NetworkAnalysis }) {
  const { index } = useLoadedNetwork();
  const islands = analysis.structure.components.slice(1);
  const centrality = analysis.structure.centrality;
  const weakLinks = [...analysis.structure.articulationPoints].sort((left, right) => (centrality[right]?.betweenness ?? 0) - (centrality[left]?.betweenness ?? 0));
  return (
    <div className="finding-columns">
      <FindingCard id="islands" title={text.islands} count={islands.length} intro={text.islandsIntro}>
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
      </FindingCard>
      <FindingCard id="weak" title={text.weakLinks} count={weakLinks.length} intro={text.weakLinksIntro}>
        <ul className="finding-list">
          {weakLinks.map((nodeKey) => (
            <li key={nodeKey}>
              <RecordLink nodeKey={nodeKey} index={index} />
            </li>
          ))}
        </ul>
      </FindingCard>
      <FindingCard id="without-people" title={text.withoutPeople} count={analysis.organisationsWithoutPeople.length}>
        <ul className="finding-list">
          {analysis.organisationsWithoutPeople.map((id) => (
            <li key={id}>
              <RecordLink nodeKey={`organisation:${id}`} index={index} />
            </li>
          ))}
        </ul>
      </FindingCard>
    </div>
  );
}
