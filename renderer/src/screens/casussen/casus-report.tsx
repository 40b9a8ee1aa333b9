import { useEffect, useState } from 'react';
import writeExcelFile from 'write-excel-file/browser';
import { monitoringHeader, monitoringRows, type MonitoringReport, type Share } from '../../../../shared/casus/monitoring-report';
import { localToday } from '../../clock';
import { xlsxSheet } from '../../../../shared/export/xlsx-sheet';
import { CsvDownload } from '../../components/csv-download';
import { DateField } from '../../components/form-fields';
import { downloadBlob } from '../../download-blob';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';

const text = strings.casus.report;

function percent(value: Share): string {
  return value.share === null ? '–' : `${Math.round(value.share * 100)}%`;
}

/** Counts as horizontal bars: each with its number written out, so the chart reads without colour or a mouse. */
function BarChart({ title, counts, label }: { title: string; counts: Record<string, number>; label: (id: string) => string }) {
  const entries = Object.entries(counts);
  const max = Math.max(1, ...entries.map(([, count]) => count));
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      {entries.length === 0 ? (
        <p className="muted">{text.none}</p>
      ) : (
        <ul>
          {entries.map(([key, count]) => (
            <li key={key}>
              <span className="bar-label">{label(key)}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar" style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className="bar-value">{count}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** The monitoring report on screen: key figures, charts, and CSV/XLSX/print for the municipality. */
export function CasusReport() {
  const { api, index } = useLoadedNetwork();
  const today = localToday();
  const [period, setPeriod] = useState({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const [report, setReport] = useState<MonitoringReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.casus.report(period).then((result) => {
      setError(result.ok ? null : result.error.message);
      if (result.ok) setReport(result.value);
    });
  }, [api, period]);
  const label = (id: string) => index.term.get(id)?.label ?? id;
  const rows = report ? monitoringRows(report, label) : [];
  const fileName = (extension: string) => `monitoring-${period.from}-${period.to}.${extension}`;

  return (
    <section className="casus-report" aria-labelledby="report-title">
      <h2 id="report-title">{text.title}</h2>
      <div className="filter-bar no-print">
        <DateField name="from" label={text.from} value={period.from} onChange={(from) => setPeriod({ ...period, from })} />
        <DateField name="to" label={text.to} value={period.to} onChange={(to) => setPeriod({ ...period, to })} />
        {report && (
          <div className="actions">
            <CsvDownload fileName={fileName('csv')} header={monitoringHeader} rows={rows} label={text.title} />
            <button type="button" className="button-secondary button-small" onClick={() => void writeExcelFile(xlsxSheet(monitoringHeader, rows)).toBlob().then((blob) => downloadBlob(blob, fileName('xlsx')))}>
              XLSX
            </button>
            <button type="button" className="button-secondary button-small" onClick={() => window.print()}>
              {text.print}
            </button>
          </div>
        )}
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {report && (
        <>
          <dl className="key-figures">
            <div>
              <dt>{text.referrals}</dt>
              <dd>{report.referrals}</dd>
            </div>
            <div>
              <dt>{text.matched}</dt>
              <dd>
                {percent(report.matched)} <span className="muted">({report.matched.count})</span>
              </dd>
            </div>
            <div>
              <dt>{text.medianDays}</dt>
              <dd>{report.medianDaysToMatch ?? '–'}</dd>
            </div>
            <div>
              <dt>{text.feedback}</dt>
              <dd>{percent(report.feedbackToReferrer)}</dd>
            </div>
            <div>
              <dt>{text.after3}</dt>
              <dd>
                {percent(report.stillParticipating3Months)} <span className="muted">{text.ofAsked(report.stillParticipating3Months.of)}</span>
              </dd>
            </div>
            <div>
              <dt>{text.after6}</dt>
              <dd>
                {percent(report.stillParticipating6Months)} <span className="muted">{text.ofAsked(report.stillParticipating6Months.of)}</span>
              </dd>
            </div>
          </dl>
          <div className="chart-grid">
            <BarChart title={text.byReferrer} counts={report.byReferrerType} label={label} />
            <BarChart title={text.byReason} counts={report.byMainReason} label={label} />
            <BarChart title={text.byAge} counts={report.byAgeBand} label={label} />
            <BarChart title={text.activities} counts={report.activityKinds} label={label} />
            <BarChart title={text.unmet} counts={report.unmetNeedsByTheme} label={label} />
          </div>
        </>
      )}
    </section>
  );
}
