import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import { CsvDownload } from '../../components/csv-download';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FindingCard, RecordLink, namesFrom } from './finding-card';

const text = strings.analysis;

/** Casus needs no offer met, by code only (no resident's data). */
export function UnmetNeedsFinding({ needs }: { needs: NetworkAnalysis['unmetNeeds'] }) {
  const { index } = useLoadedNetwork();
  const { term, neighbourhood } = namesFrom(index);
  return (
    <FindingCard
      id="unmet"
      title={text.unmet}
      count={needs.length}
      csv={<CsvDownload label={text.unmet} fileName="onvervulde-hulpvragen.csv" header={[text.columns.code, text.columns.neighbourhood, text.columns.theme, text.columns.reason]} rows={needs.map((need) => [need.code, neighbourhood(need.neighbourhoodId), need.needIds.map(term).join(', '), need.reason])} />}
    >
      {needs.length === 0 ? (
        <p className="empty-note">{text.noUnmet}</p>
      ) : (
        <ul className="finding-list">
          {needs.map((need) => (
            <li key={need.casusId}>
              <div>
                <strong>{need.code}</strong> · {neighbourhood(need.neighbourhoodId)} · {need.needIds.map(term).join(', ')}
                <p className="muted">{need.reason}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </FindingCard>
  );
}

/** Organisations that work together on casussen, and whether that tie is on record. */
export function CooperationFinding({ pairs }: { pairs: NetworkAnalysis['casusCollaborations'] }) {
  const { index } = useLoadedNetwork();
  const { organisationName } = namesFrom(index);
  return (
    <FindingCard
      id="cooperation"
      title={text.cooperation}
      count={pairs.length}
      intro={text.cooperationIntro}
      csv={
        <CsvDownload
          label={text.cooperation}
          fileName="samenwerking-via-casussen.csv"
          header={[text.columns.organisations, text.columns.casussen, text.columns.status]}
          rows={pairs.map((pair) => [pair.organisationIds.map(organisationName).join(' en '), pair.casusCount, pair.tied ? text.tied : text.notTied])}
        />
      }
    >
      {pairs.length === 0 ? (
        <p className="empty-note">{text.noCooperation}</p>
      ) : (
        <ul className="finding-list">
          {pairs.map((pair) => (
            <li key={pair.organisationIds.join('-')}>
              <span>
                <RecordLink nodeKey={`organisation:${pair.organisationIds[0]}`} index={index} /> en <RecordLink nodeKey={`organisation:${pair.organisationIds[1]}`} index={index} /> · {text.casusCount(pair.casusCount)}{' '}
                {!pair.tied && <span className="badge">{text.notTied}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </FindingCard>
  );
}
