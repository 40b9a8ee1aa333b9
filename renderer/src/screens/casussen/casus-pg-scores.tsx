import { useEffect, useId, useRef, useState } from 'react';
import { pgOrderProblem, type Casus, type PgMeasurement } from '../../../../shared/domain/casus';
import { pgDimension, pgMoment } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { isIsoDate } from '../../../../shared/dates/parse-dutch-date';
import { DateField, TextField } from '../../components/form-fields';
import { PgSpiderChart } from '../../components/pg-spider-chart';
import { formatDate } from '../../strings/dutch';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';

const text = strings.pg;
type Moment = PgMeasurement['moment'];
type Dimension = (typeof pgDimension.codes)[number];

/** What she typed per dimension, as typed: a blank is "not asked", anything else must be a whole number 0-10. */
function readScores(typed: Record<Dimension, string>): { scores: PgMeasurement['scores']; errors: Partial<Record<Dimension, string>> } {
  const scores: PgMeasurement['scores'] = {};
  const errors: Partial<Record<Dimension, string>> = {};
  for (const dimension of pgDimension.codes) {
    const value = typed[dimension].trim();
    if (value === '') continue;
    const score = Number(value);
    if (!/^\d{1,2}$/.test(value) || score > 10) errors[dimension] = text.scoreError;
    else scores[dimension] = score;
  }
  return { scores, errors };
}

/** The six scores of one moment, with the day they were taken; saved as one undoable change to the casus. */
export function PgScoreForm({ casus, moment, onDone }: { casus: Casus; moment: Moment; onDone: () => void }) {
  const { api } = useLoadedNetwork();
  const change = useUndoableAction();
  const formId = useId();
  const existing = casus.pgScores.find((measurement) => measurement.moment === moment);
  const [measuredOn, setMeasuredOn] = useState(existing?.measuredOn ?? localToday());
  const [typed, setTyped] = useState<Record<Dimension, string>>(() => Object.fromEntries(pgDimension.codes.map((dimension) => [dimension, existing?.scores[dimension]?.toString() ?? ''])) as Record<Dimension, string>);
  const [errors, setErrors] = useState<{ fields: Partial<Record<Dimension, string>>; measuredOn: string | null; form: string | null }>({ fields: {}, measuredOn: null, form: null });

  // One list, in the moments' own order, with this moment replaced (or left out).
  const withMoment = (measurement: PgMeasurement | null) => pgMoment.codes.flatMap((code) => (code === moment ? (measurement ? [measurement] : []) : casus.pgScores.filter((other) => other.moment === code)));
  const save = async () => {
    const { scores, errors: fields } = readScores(typed);
    const form = Object.keys(fields).length === 0 && Object.keys(scores).length === 0 ? text.noScores : null;
    const pgScores = withMoment({ moment, measuredOn, scores });
    const dateProblem = !isIsoDate(measuredOn) ? text.dateNeeded : measuredOn < casus.openedOn ? text.beforeOpened(formatDate(casus.openedOn)) : pgOrderProblem(pgScores);
    setErrors({ fields, measuredOn: dateProblem, form });
    if (Object.keys(fields).length > 0 || form || dateProblem) return;
    if (await change(api.casus.update({ id: casus.id, patch: { pgScores } }), text.saved(casus.code, pgMoment.labels[moment]))) onDone();
  };
  const remove = async () => {
    if (await change(api.casus.update({ id: casus.id, patch: { pgScores: withMoment(null) } }), text.removed(casus.code, pgMoment.labels[moment]))) onDone();
  };

  // Opened from a button: the keyboard goes on in the form, at its first field.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  return (
    <form
      ref={form}
      className="pg-form"
      aria-labelledby={`${formId}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${formId}-title`}>{text.formTitle(pgMoment.labels[moment])}</h3>
      <DateField name="measuredOn" label={text.measuredOn} value={measuredOn} onChange={setMeasuredOn} error={errors.measuredOn ?? undefined} />
      <fieldset className="pg-form-fields" aria-describedby={`${formId}-hint`}>
        <legend className="visually-hidden">{text.scoresLegend}</legend>
        <p id={`${formId}-hint`} className="field-hint">
          {text.formHint}
        </p>
        {pgDimension.codes.map((dimension) => (
          <div key={dimension} className="pg-score-field">
            <TextField name={dimension} label={pgDimension.labels[dimension]} inputMode="numeric" value={typed[dimension]} onChange={(value) => setTyped({ ...typed, [dimension]: value })} error={errors.fields[dimension]} />
          </div>
        ))}
      </fieldset>
      {errors.form && (
        <p role="alert" className="field-error">
          {errors.form}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button">
          {text.save}
        </button>
        {existing && (
          <button type="button" className="button-secondary" onClick={() => void remove()}>
            {text.remove}
          </button>
        )}
        <button type="button" className="link-button" onClick={onDone}>
          {strings.casus.detail.cancel}
        </button>
      </div>
    </form>
  );
}

/** A casus's Positieve Gezondheid: the spider chart of every moment scored, and a form per moment. */
export function CasusPgScores({ casus }: { casus: Casus }) {
  const [editing, setEditing] = useState<Moment | null>(null);
  const measured = pgMoment.codes.flatMap((moment) => casus.pgScores.filter((measurement) => measurement.moment === moment));
  return (
    <section aria-labelledby="pg-title">
      <h2 id="pg-title">{text.title}</h2>
      {measured.length === 0 ? (
        <p className="muted">{text.none}</p>
      ) : (
        <>
          <PgSpiderChart title={text.chartTitle(casus.code)} series={measured.map((measurement) => ({ name: pgMoment.labels[measurement.moment], scores: measurement.scores }))} />
          <p className="muted">{measured.map((measurement) => text.takenOn(pgMoment.labels[measurement.moment], formatDate(measurement.measuredOn))).join(' · ')}</p>
        </>
      )}
      {editing ? (
        <PgScoreForm casus={casus} moment={editing} onDone={() => setEditing(null)} />
      ) : (
        <div className="actions">
          {pgMoment.codes.map((moment) => (
            <button key={moment} type="button" className="button-secondary" onClick={() => setEditing(moment)}>
              {casus.pgScores.some((measurement) => measurement.moment === moment) ? text.change(pgMoment.labels[moment]) : text.record(pgMoment.labels[moment])}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
