import { localToday } from '../../clock';
import { LoadError } from '../../components/load-error';
import { useLoadedNetwork } from '../../state/network-data';
import { useApiQuery } from '../../state/use-api-query';
import { strings } from '../../strings';
import { CooperationFinding, UnmetNeedsFinding } from './casus-findings';
import { CoverageFinding } from './coverage-finding';
import { DuplicatesFinding } from './duplicates-finding';
import { OverlapsFinding } from './overlaps-finding';
import { StructureFindings } from './structure-findings';

const text = strings.analysis;

/** Analyse: the findings as lists a broker can act on, printable for the meeting and the municipality. */
export function AnalysisScreen() {
  const { api, data } = useLoadedNetwork();
  const today = localToday();
  // Computed where the casussen are; again after every change of the network or of a casus.
  const { value: analysis, error } = useApiQuery(() => api.network.analyse({ today }), [api, data, today], ['casus', 'casusMatch']);

  if (error) return <LoadError error={error} />;
  if (!analysis) return <p className="loading">{text.loading}</p>;
  return (
    <div className="analysis">
      <div className="page-header">
        <h1>{text.title}</h1>
        <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
      <p className="lead">{text.intro}</p>
      <DuplicatesFinding duplicates={[...analysis.duplicates.organisations, ...analysis.duplicates.persons]} />
      <OverlapsFinding groups={analysis.overlaps} />
      <CoverageFinding themes={analysis.coverage.themes} />
      <UnmetNeedsFinding needs={analysis.unmetNeeds} />
      <CooperationFinding pairs={analysis.casusCollaborations} />
      <StructureFindings analysis={analysis} />
    </div>
  );
}
