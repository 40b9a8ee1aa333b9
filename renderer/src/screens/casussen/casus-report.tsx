import { useEffect, useMemo, useState } from 'react';
import writeExcelFile from 'write-excel-file/browser';
import { ageLabel, HIDDEN_FIGURE, meanShown, monitoringHeader, monitoringLabels, monitoringRows, partitionCells, reachSteps, reasonLabel, shareShown, shownCount, stageLabel, type MonitoringReport, type PgFollowUpMoment, type Share } from '../../../../shared/casus/monitoring-report';
import { pgDimension, pgMoment } from '../../../../shared/domain/vocabulary';
import { PgSpiderChart } from '../../components/pg-spider-chart';
import { localToday } from '../../clock';
import { xlsxSheet } from '../../../../shared/export/xlsx-sheet';
import { CsvDownload } from '../../components/csv-download';
import { DateField } from '../../components/form-fields';
import { downloadBlob } from '../../download-blob';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { dutchDecimal, dutchNumber, formatDate } from '../../strings/dutch';

const text = strings.casus.report;

// The small-count rule on screen as in the files: what is printed is what is shown.
const count = (value: number) => String(shownCount(value));
const mean = (value: number | null, n: number) => (value === null ? '–' : meanShown(n) ? dutchDecimal(value) : HIDDEN_FIGURE);

/** A share as a key figure: "47%" with "(15 van 32)" under it; its count alone when the share may not be shown. */
function ShareFigure({ value, asked = false }: { value: Share; asked?: boolean }) {
  if (value.share === null) return <>–</>;
  const of = asked ? text.ofAsked(count(value.count), count(value.of)) : text.ofTotal(count(value.count), count(value.of));
  // "n < 5 (< 5 van < 5)" says nothing the first figure does not: the part and the whole only when the whole may be shown.
  return (
    <>
      <span className="nowrap">{shareShown(value) ? `${Math.round(value.share * 100)}%` : HIDDEN_FIGURE}</span>
      {shownCount(value.of) === value.of && <span className="muted"> {of}</span>}
    </>
  );
}

/**
 * Counts as horizontal bars: each with its number written out, so the chart
 * reads without colour or a mouse. A hidden count gets a stub of fixed
 * length: its bar would give it away. Counts that add up to `total` hide one
 * more beside a single small one, as the files do.
 */
function BarChart({ title, counts, label, total }: { title: string; counts: Record<string, number>; label: (id: string) => string; total?: number }) {
  const entries = Object.entries(counts);
  const cells = total === undefined ? Object.fromEntries(entries.map(([key, value]) => [key, shownCount(value)])) : partitionCells(counts, total);
  const max = Math.max(1, ...entries.map(([, value]) => value));
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      {entries.length === 0 ? (
        <p className="muted">{text.none}</p>
      ) : (
        <ul>
          {entries.map(([key, value]) => (
            <li key={key}>
              <span className="bar-label">{label(key)}</span>
              <span className="bar-track" aria-hidden="true">
                {cells[key] === value ? <span className="bar" style={{ width: `${(value / max) * 100}%` }} /> : <span className="bar bar-hidden" />}
              </span>
              <span className="bar-value">{cells[key]}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** The monitoring report on screen: key figures, charts, and CSV/XLSX/print for the municipality. */
export function CasusReport() {
  const { api, data } = useLoadedNetwork();
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
  const label = useMemo(() => monitoringLabels(data), [data]);
  const rows = report ? monitoringRows(report, label) : [];
  const fileName = (extension: string) => `monitoring-${period.from}-${period.to}.${extension}`;

  return (
    <section className="casus-report" aria-labelledby="report-title">
      <h2 id="report-title">{text.title}</h2>
      {/* The period's fields do not print; the period itself must. */}
      <p className="print-only">{text.printedPeriod(formatDate(period.from), formatDate(period.to), formatDate(today))}</p>
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
              <dd className="nowrap">{count(report.referrals)}</dd>
            </div>
            <div>
              <dt>{text.matched}</dt>
              <dd>
                <ShareFigure value={report.matched} />
              </dd>
            </div>
            <div>
              <dt>{text.medianDays}</dt>
              {/* Days are whole, or a half between two: not a mean with its one decimal. */}
              <dd className="nowrap">{report.medianDaysToMatch === null ? '–' : meanShown(report.matched.count) ? dutchNumber(report.medianDaysToMatch) : HIDDEN_FIGURE}</dd>
            </div>
            <div>
              <dt>{text.feedback}</dt>
              <dd>
                <ShareFigure value={report.feedbackToReferrer} />
              </dd>
            </div>
            <div>
              <dt>{text.after3}</dt>
              <dd>
                <ShareFigure value={report.stillParticipating3Months} asked />
              </dd>
            </div>
            <div>
              <dt>{text.after6}</dt>
              <dd>
                <ShareFigure value={report.stillParticipating6Months} asked />
              </dd>
            </div>
          </dl>
          <div className="chart-grid">
            <ReachFunnel reach={report.reach} />
            <DropOutTable dropOut={report.dropOut} />
            <BarChart title={text.byReferrer} counts={report.byReferrerType} label={label} total={report.referrals} />
            <BarChart title={text.byOrganisation} counts={report.byReferrerOrganisation} label={label} total={report.referrals} />
            <BarChart title={text.byNeighbourhood} counts={report.byNeighbourhood} label={label} total={report.referrals} />
            <BarChart title={text.byReason} counts={report.byMainReason} label={label} total={report.referrals} />
            <BarChart title={text.byAge} counts={report.byAgeBand} label={ageLabel} total={report.referrals} />
            <BarChart title={text.activities} counts={report.activityKinds} label={label} />
            <BarChart title={text.unmet} counts={report.unmetNeedsByTheme} label={label} />
          </div>
          <PgChange report={report} moment="drie_maanden" />
          <PgChange report={report} moment="zes_maanden" />
          <p className="muted small-count-note">{text.smallCountNote}</p>
        </>
      )}
    </section>
  );
}

/** Referred, reached, handed over, started, still taking part: each step as a bar against the referrals. */
function ReachFunnel({ reach }: { reach: MonitoringReport['reach'] }) {
  const steps = reachSteps.map(([step, name]) => [name, reach[step]] as const);
  return (
    <figure className="bar-chart funnel">
      <figcaption>{text.reach.title}</figcaption>
      <ol>
        {steps.map(([name, value]) => (
          <li key={name}>
            <span className="bar-label">{name}</span>
            <span className="bar-track" aria-hidden="true">
              {shownCount(value) === value ? <span className="bar" style={{ width: `${reach.referred === 0 ? 0 : (value / reach.referred) * 100}%` }} /> : <span className="bar bar-hidden" />}
            </span>
            <span className="bar-value">{count(value)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** Where referrals were lost, each stage with its reasons. */
function DropOutTable({ dropOut }: { dropOut: MonitoringReport['dropOut'] }) {
  return (
    <figure className="bar-chart">
      <figcaption id="drop-out-title">{text.dropOut.title}</figcaption>
      <table className="report-table" aria-labelledby="drop-out-title">
        <thead>
          <tr>
            <th scope="col">{text.dropOut.stage}</th>
            <th scope="col">{text.dropOut.count}</th>
            <th scope="col">{text.dropOut.reasons}</th>
          </tr>
        </thead>
        <tbody>
          {dropOut.map(({ stage, count: lost, reasons }) => (
            <tr key={stage}>
              <th scope="row">{stageLabel(stage)}</th>
              <td>{count(lost)}</td>
              <td>
                {Object.entries(partitionCells(reasons, lost))
                  .map(([reason, cell]) => `${reasonLabel(reason)}: ${cell}`)
                  .join('; ') || '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The mean score per dimension at intake and later, over those scored at both, as a table and a before/after spider chart. */
function PgChange({ report, moment }: { report: MonitoringReport; moment: PgFollowUpMoment }) {
  const changes = report.pgChange[moment];
  const shown = changes.filter((change) => meanShown(change.n));
  const scores = (pick: 'before' | 'after') => Object.fromEntries(shown.map((change) => [change.dimension, change[pick]]));
  const title = text.pg.title(pgMoment.labels[moment]);
  return (
    <section className="pg-change" aria-labelledby={`pg-change-${moment}`}>
      <h3 id={`pg-change-${moment}`}>{title}</h3>
      {shown.length === 0 ? (
        // Six rows of "n < 5" say less than one sentence.
        <p className="muted">{text.pg.tooFew}</p>
      ) : (
        <>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{strings.pg.dimension}</th>
                <th scope="col">n</th>
                <th scope="col">{text.pg.before}</th>
                <th scope="col">{pgMoment.labels[moment]}</th>
                <th scope="col">{text.pg.change}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map(({ dimension, n, before, after }) => (
                <tr key={dimension}>
                  <th scope="row">{pgDimension.labels[dimension]}</th>
                  <td>{count(n)}</td>
                  <td>{mean(before, n)}</td>
                  <td>{mean(after, n)}</td>
                  <td>{before === null || after === null ? '–' : meanShown(n) ? `${after - before > 0 ? '+' : ''}${dutchDecimal(after - before)}` : HIDDEN_FIGURE}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <PgSpiderChart
            title={text.pg.chart(pgMoment.labels[moment])}
            means
            series={[
              { name: text.pg.before, scores: scores('before') },
              { name: pgMoment.labels[moment], scores: scores('after') },
            ]}
          />
          <p className="muted">{text.pg.caution}</p>
        </>
      )}
    </section>
  );
}
