import { sessionFrequency, weekday } from '../../../../shared/domain/vocabulary';
import type { OfferSession } from '../../../../shared/domain/offer';
import { SelectField, TextField } from '../form-fields';
import { codeOptions } from '../options';
import { strings } from '../../strings';

const text = strings.form.offer.sessions;

const newSession = (): OfferSession => ({ weekdays: [], startsAt: null, endsAt: null, frequency: 'wekelijks' });

/**
 * When an offer runs, as rows of days, hours and how often: "di en do
 * 10:00-11:30, elke week". Each row is a group named by its number; its
 * problem (from the API, `sessions.N`) stands under it.
 */
export function SessionsEditor({ sessions, onChange, errors }: { sessions: readonly OfferSession[]; onChange: (sessions: OfferSession[]) => void; errors: Record<string, string> }) {
  const set = (position: number, patch: Partial<OfferSession>) => onChange(sessions.map((session, at) => (at === position ? { ...session, ...patch } : session)));
  return (
    <fieldset className="field field-wide sessions-editor">
      <legend>{text.legend}</legend>
      {sessions.length === 0 && <p className="field-hint">{text.none}</p>}
      {sessions.map((session, position) => (
        <div key={position} className="session-row" role="group" aria-label={text.row(position + 1)}>
          <fieldset className="weekday-picker">
            <legend className="visually-hidden">{text.days}</legend>
            {weekday.codes.map((day) => (
              <label key={day} className="weekday" title={weekday.labels[day]}>
                <input
                  type="checkbox"
                  aria-label={weekday.labels[day]}
                  checked={session.weekdays.includes(day)}
                  onChange={(event) => set(position, { weekdays: weekday.codes.filter((code) => (code === day ? event.target.checked : session.weekdays.includes(code))) })}
                />
                <span aria-hidden="true">{day}</span>
              </label>
            ))}
          </fieldset>
          <TextField name={`session-${position}-start`} label={text.from} hint={text.timeHint} value={session.startsAt ?? ''} onChange={(value) => set(position, { startsAt: value.trim() || null })} />
          <TextField name={`session-${position}-end`} label={text.until} hint={text.timeHint} value={session.endsAt ?? ''} onChange={(value) => set(position, { endsAt: value.trim() || null })} />
          <SelectField name={`session-${position}-frequency`} label={text.frequency} value={session.frequency} onChange={(value) => set(position, { frequency: sessionFrequency.codes.find((code) => code === value) ?? 'wekelijks' })} options={codeOptions(sessionFrequency)} />
          <button type="button" className="link-button" aria-label={text.remove(position + 1)} onClick={() => onChange(sessions.filter((_, at) => at !== position))}>
            ×
          </button>
          {errors[`sessions.${position}`] && (
            <p className="field-error" role="alert">
              {errors[`sessions.${position}`]}
            </p>
          )}
        </div>
      ))}
      <button type="button" className="button-secondary button-small" onClick={() => onChange([...sessions, newSession()])}>
        {text.add}
      </button>
    </fieldset>
  );
}
