import { useRef, useState } from 'react';
import type { ImportPreview } from '../../../../shared/contract/api';
import { importFieldLabels, importFields, type ImportField } from '../../../../shared/import/column-mapping';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { useImportProgress } from '../../state/import-progress';
import { TaskProgress } from '../../components/task-progress';
import { describeImportProgress, importPercentage } from '../../../../shared/import/describe-progress';
import { strings } from '../../strings';
import { ScrollRegion } from '../../components/scroll-region';
import { FileField } from '../../components/form-fields';
import { MergePanel } from '../analysis/merge-panel';
import type { TermChoice, TermDecision, UnknownTerm } from '../../../../shared/import/term-proposals';
import { termOptions } from '../../components/options';
import { taxonomyLabels } from '../../../../shared/taxonomies/taxonomy';

const text = strings.importScreen;
/** Where a line number list gets long (a value on thousands of rows), the first few say enough. */
const LINES_SHOWN = 10;
const termKey = (term: { taxonomy: string; label: string }) => `${term.taxonomy}|${term.label}`;

/** A file's bytes as base64, for the API (files are small: a sociale kaart, a phone's contacts). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * Importeren: pick a CSV, XLSX or vCard file, check how its columns are
 * read (and change it), see the preview (what will be added, problems per
 * line, likely duplicates), then import as one undoable change. After the
 * import the duplicate candidates can be merged right here.
 */
export function ImportScreen() {
  const { api, data, index, refresh } = useLoadedNetwork();
  const { notify } = useNotices();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<ImportField, string>> | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState<ImportPreview | null>(null);
  const [merged, setMerged] = useState<string[]>([]);
  // The candidate being merged: the same merge with a choice and a preview as on Analyse.
  const [merging, setMerging] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // What to do with each value the lists lack: the proposal by default, else adding it; changed, the preview is read again.
  const [decisions, setDecisions] = useState<TermDecision[] | null>(null);
  const [importing, setImporting] = useState(false);
  const progress = useImportProgress(api, importing);
  const latest = useRef(0);

  const run = async (chosen: { name: string; content: string }, withMapping: Partial<Record<ImportField, string>> | null, withDecisions: TermDecision[] | null = decisions) => {
    const request = ++latest.current;
    setBusy(true);
    const result = await api.importFile.preview({ fileName: chosen.name, contentBase64: chosen.content, ...(withMapping ? { mapping: withMapping } : {}), ...(withDecisions ? { termDecisions: withDecisions } : {}), takeProposals: true });
    // Only the answer to the latest change counts; an earlier, slower one is dropped.
    if (request !== latest.current) return;
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      setPreview(null);
      return;
    }
    setError(null);
    setPreview(result.value);
    setMapping(result.value.mapping);
    // Values she has not decided on yet (the first reading, or a column mapped since) were read with the proposal; it becomes
    // their choice, beside her earlier ones. The preview already counts it, so it is not read again.
    const decided = new Set((withDecisions ?? []).map(termKey));
    const fresh = result.value.unknownTerms.filter((term) => !decided.has(termKey(term)));
    if (fresh.length > 0) setDecisions([...(withDecisions ?? []), ...fresh.map(({ taxonomy, label, decision }): TermDecision => ({ taxonomy, label, decision }))]);
  };

  /** Her choice for a value; `termId`: the value of her list to put it under, when not the proposal. */
  const decide = (term: UnknownTerm, decision: TermChoice, termId?: string) => {
    if (!file) return;
    const chosen = (current: TermDecision): TermDecision => ({ taxonomy: current.taxonomy, label: current.label, decision, ...(termId === undefined ? {} : { termId }) });
    const next = (decisions ?? []).map((current) => (current.taxonomy === term.taxonomy && current.label === term.label ? chosen(current) : current));
    setDecisions(next);
    void run(file, mapping, next);
  };

  const pick = async (picked: File | undefined) => {
    if (!picked) return;
    const chosen = { name: picked.name, content: await base64Of(picked) };
    setFile(chosen);
    setDecisions(null);
    setDone(null);
    setApplyError(null);
    setMerged([]);
    await run(chosen, null, null);
  };

  const changeMapping = (field: ImportField, header: string) => {
    if (!file || !mapping) return;
    // A column means one thing: taking it for this field frees it elsewhere.
    const next: Partial<Record<ImportField, string>> = Object.fromEntries(Object.entries(mapping).filter(([other, used]) => used !== header && other !== field));
    if (header !== '') next[field] = header;
    // Shown at once, so a second change right after builds on this one.
    setMapping(next);
    void run(file, next);
  };

  const importNow = async () => {
    if (!file) return;
    setBusy(true);
    setImporting(true);
    setApplyError(null);
    const result = await api.importFile.apply({ fileName: file.name, contentBase64: file.content, ...(mapping ? { mapping } : {}), ...(decisions ? { termDecisions: decisions } : {}), takeProposals: true });
    setBusy(false);
    setImporting(false);
    // Said where the broker clicked, next to the button to try again.
    if (!result.ok) return setApplyError(result.error.message);
    await refresh();
    setDone(result.value);
    setPreview(null);
    notify(text.imported(result.value.created.organisations, result.value.created.persons, result.value.created.offers), { undoable: true });
  };

  const markMerged = (pair: ImportPreview['duplicateCandidates'][number]) => setMerged((current) => [...current, `${pair.keepId}|${pair.dropId}`]);

  const report = done ?? preview;
  // Every preview lists every value the lists lack, whatever she decided for it: the proposals are read from the latest one.
  const unknownTermFor = (decision: TermDecision) => preview?.unknownTerms.find((term) => term.taxonomy === decision.taxonomy && term.label === decision.label);
  return (
    <section className="import-screen" aria-labelledby="import-title">
      <a className="back-link" href={href('adresboek')}>
        ← {strings.addressBook.title}
      </a>
      <h1 id="import-title">{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <FileField label={text.file} accept=".csv,.txt,.xlsx,.vcf,text/csv,text/vcard" onFile={(file) => void pick(file)} />
      {busy && !importing && <p className="loading">{text.reading}</p>}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {preview && mapping && (
        <section className="card" aria-labelledby="mapping-title">
          <h2 id="mapping-title">{text.mappingTitle}</h2>
          <p className="muted">{text.readAs(preview.encoding, preview.delimiter)}</p>
          <div className="form-grid mapping-grid">
            {importFields.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`map-${field}`}>{importFieldLabels[field]}</label>
                <select id={`map-${field}`} value={mapping[field] ?? ''} onChange={(event) => changeMapping(field, event.target.value)}>
                  <option value="">{text.notInFile}</option>
                  {preview.header.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <ScrollRegion label={text.sample}>
            <table className="data-table">
              <caption>{text.sample}</caption>
              <thead>
                <tr>
                  {preview.header.map((header) => (
                    <th key={header} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row, index) => (
                  <tr key={index}>
                    {preview.header.map((header, column) => (
                      <td key={header}>{row[column] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
      {report && (
        <section className="card import-preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{done ? text.doneTitle : text.previewTitle}</h2>
          <p>{text.counts(done !== null, report.rowsRead, report.created.organisations, report.created.persons, report.created.offers, report.existingOrganisations.length, report.created.neighbourhoods)}</p>
          {!done && decisions && decisions.length > 0 && (
            <fieldset className="unknown-terms">
              <legend>{text.unknownTerms(decisions.length)}</legend>
              <p className="muted">{text.unknownTermsIntro}</p>
              {decisions.map((decision) => {
                const term = unknownTermFor(decision);
                return (
                  <div key={`${decision.taxonomy}|${decision.label}`} role="radiogroup" aria-label={text.unknownTerm(taxonomyLabels[decision.taxonomy], decision.label)} className="term-decision">
                    <p>
                      <strong>{taxonomyLabels[decision.taxonomy]}: "{decision.label}"</strong> {term && <span className="muted">{text.onLines(term.lines.slice(0, LINES_SHOWN).join(', ') + (term.lines.length > LINES_SHOWN ? ', …' : ''))}</span>}
                    </p>
                    {term?.proposal && (
                      <label className="checkbox">
                        <input type="radio" name={`term-${decision.taxonomy}-${decision.label}`} checked={decision.decision === 'merge' && (decision.termId === undefined || decision.termId === term.proposal.termId)} onChange={() => decide(term, 'merge')} /> {text.mergeInto(term.proposal.label)}
                      </label>
                    )}
                    {/* Any value of her list, not only the proposal ("sport" under "bewegen"): a new value is the last resort for a list the report counts by. */}
                    <label className="merge-other">
                      {term?.proposal ? text.mergeIntoOther : text.mergeIntoAny}{' '}
                      <select
                        value={decision.decision === 'merge' && decision.termId !== undefined && decision.termId !== term?.proposal?.termId ? decision.termId : ''}
                        onChange={(event) => term && event.target.value !== '' && decide(term, 'merge', event.target.value)}
                      >
                        <option value="">{text.chooseValue}</option>
                        {termOptions(data, decision.taxonomy).map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="checkbox">
                      <input type="radio" name={`term-${decision.taxonomy}-${decision.label}`} checked={decision.decision === 'new'} onChange={() => term && decide(term, 'new')} /> {text.addNew}
                    </label>
                    <label className="checkbox">
                      <input type="radio" name={`term-${decision.taxonomy}-${decision.label}`} checked={decision.decision === 'skip'} onChange={() => term && decide(term, 'skip')} /> {text.leaveOut}
                    </label>
                  </div>
                );
              })}
            </fieldset>
          )}
          {report.kindGuesses.length > 0 && (
            <details className="kind-guesses">
              <summary>{text.kindGuesses(report.kindGuesses.length)}</summary>
              <ul className="plain-list">
                {report.kindGuesses.map((guess) => (
                  <li key={guess.line}>{text.kindGuess(guess.name, index.term.get(guess.kindId)?.label ?? '', guess.from)}</li>
                ))}
              </ul>
            </details>
          )}
          {report.problems.length > 0 && (
            <>
              <h3>{text.problems(report.problems.length)}</h3>
              <ul className="import-problems">
                {report.problems.map((problem, index) => (
                  <li key={index}>{text.line(problem.line, problem.message)}</li>
                ))}
              </ul>
            </>
          )}
          {report.duplicateCandidates.length > 0 && (
            <>
              <h3>{text.duplicates(report.duplicateCandidates.length)}</h3>
              <p className="muted">{text.duplicatesIntro}</p>
              <ul className="finding-list">
                {report.duplicateCandidates.map((pair) => (
                  <li key={`${pair.keepId}-${pair.dropId}`} className={merging === `${pair.keepId}|${pair.dropId}` ? 'is-merging' : undefined}>
                    <div>
                      {pair.labels[0]} ~ {pair.labels[1]} <span className="muted">({pair.reasons.join(', ')})</span>
                      {merging === `${pair.keepId}|${pair.dropId}` && <MergePanel pair={pair} onClose={() => setMerging(null)} onMerged={() => markMerged(pair)} />}
                    </div>
                    {done &&
                      (merged.includes(`${pair.keepId}|${pair.dropId}`) ? (
                        <span className="badge">{text.mergedBadge}</span>
                      ) : (
                        merging !== `${pair.keepId}|${pair.dropId}` && (
                          <button type="button" className="button-secondary button-small" onClick={() => setMerging(`${pair.keepId}|${pair.dropId}`)}>
                            {text.merge}
                          </button>
                        )
                      ))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {applyError && (
            <p role="alert" className="field-error">
              {applyError}
            </p>
          )}
          {importing ? (
            <TaskProgress
              percent={progress?.phase === 'opslaan' ? importPercentage(progress) : null}
              label={text.importNow}
              status={progress ? describeImportProgress(progress) : text.reading}
              cancelLabel={text.cancelImport}
              cancellingText={text.cancelling}
              onCancel={() => void api.importFile.cancel({})}
            />
          ) : (
            !done && (
              <button type="button" className="button" disabled={busy || (!mapping?.organisation && !mapping?.person)} onClick={() => void importNow()}>
                {text.importNow}
              </button>
            )
          )}
        </section>
      )}
    </section>
  );
}
