import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import { localToday } from '../../clock';
import { usePolledProgress } from '../../state/use-polled-progress';
import { LoadError } from '../../components/load-error';
import { TaskProgress } from '../../components/task-progress';
import { useLoadedNetwork } from '../../state/network-data';
import { useApiQuery } from '../../state/use-api-query';
import { strings } from '../../strings';
import { CooperationFinding, UnmetNeedsFinding } from './casus-findings';
import { CoverageFinding } from './coverage-finding';
import { DuplicatesFinding } from './duplicates-finding';
import { OverlapsFinding } from './overlaps-finding';
import { StructureFindings } from './structure-findings';

const text = strings.analysis;

/**
 * A running analysis: how far it is, and a way to stop it (at fifty times
 * the demo it takes seconds). While it runs after a change, the previous
 * findings stay below it.
 */
function AnalysisRunning() {
  const { api } = useLoadedNetwork();
  const progress = usePolledProgress(api.network.analyseProgress, true);
  const percent = progress ? Math.round(progress.fraction * 100) : null;
  return (
    <TaskProgress
      className="no-print"
      percent={percent}
      label={text.loading}
      status={progress && percent !== null ? text.running(progress.phase, percent) : text.loading}
      cancelLabel={text.cancel}
      cancellingText={text.cancelling}
      onCancel={() => void api.network.analyseCancel({})}
    />
  );
}

/** Analyse: the findings as lists a broker can act on, printable for the meeting and the municipality. */
export function AnalysisScreen() {
  const { api, data } = useLoadedNetwork();
  const today = localToday();
  // Computed where the casussen are; again after every change of the network or of a casus.
  const { value: analysis, error, loading, reload } = useApiQuery(() => api.network.analyse({ today }), [api, data, today], ['casus', 'casusMatch']);

  return (
    <div className="analysis">
      <div className="page-header">
        <h1>{text.title}</h1>
        {analysis && (
          <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
            {text.print}
          </button>
        )}
      </div>
      <p className="lead">{text.intro}</p>
      {error && !loading && (
        <>
          <LoadError error={error} />
          <button type="button" className="button-secondary" onClick={reload}>
            {text.again}
          </button>
        </>
      )}
      {loading && <AnalysisRunning />}
      {analysis && <Findings analysis={analysis} />}
    </div>
  );
}

function Findings({ analysis }: { analysis: NetworkAnalysis }) {
  return (
    <>
      <DuplicatesFinding duplicates={[...analysis.duplicates.organisations, ...analysis.duplicates.persons]} />
      <OverlapsFinding groups={analysis.overlaps} />
      <CoverageFinding coverage={analysis.coverage} />
      <UnmetNeedsFinding needs={analysis.unmetNeeds} />
      <CooperationFinding pairs={analysis.casusCollaborations} />
      <StructureFindings analysis={analysis} />
    </>
  );
}
