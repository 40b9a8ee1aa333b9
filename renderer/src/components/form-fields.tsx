import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { isIsoDate, parseDutchDate } from '../../../shared/dates/parse-dutch-date';
import { longTextLimit, shortTextLimit } from '../../../shared/domain/primitives';
import { localToday } from '../clock';
import { strings } from '../strings';
import { formatDate } from '../strings/dutch';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
}

function FieldLabel({ id, label, required }: { id: string; label: string; required?: boolean | undefined }) {
  return (
    <label htmlFor={id}>
      {label}
      {required && <span className="required"> ({strings.form.required})</span>}
    </label>
  );
}

/** Shown once a text is within a tenth of its limit, so the broker sees it coming instead of meeting an error. */
function LengthCounter({ id, length, limit }: { id: string; length: number; limit: number | undefined }) {
  if (limit === undefined || length < limit * 0.9) return null;
  return (
    <p id={`${id}-count`} className={`field-count${length > limit ? ' is-over' : ''}`}>
      {strings.form.characters(length, limit)}
    </p>
  );
}

function FieldMessages({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

function describedBy(id: string, error?: string, hint?: string, counting = false): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', counting ? `${id}-count` : ''].filter(Boolean).join(' ');
  return ids === '' ? undefined : ids;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type = 'text',
  name,
  autoComplete,
  inputMode,
  limit = type === 'text' ? shortTextLimit : undefined,
}: FieldProps & { value: string; onChange: (value: string) => void; type?: string; name: string; autoComplete?: string; inputMode?: 'numeric'; limit?: number }) {
  const id = useId();
  const counting = limit !== undefined && value.length >= limit * 0.9;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <FieldLabel id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        value={value}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, counting)}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      <FieldMessages id={id} error={error} hint={hint} />
      <LengthCounter id={id} length={value.length} limit={limit} />
    </div>
  );
}

export function TextArea({ label, value, onChange, error, hint, name, limit = longTextLimit, rows = 4 }: FieldProps & { value: string; onChange: (value: string) => void; name: string; limit?: number; rows?: number }) {
  const id = useId();
  const counting = value.length >= limit * 0.9;
  return (
    <div className={`field field-wide${error ? ' has-error' : ''}`}>
      <FieldLabel id={id} label={label} />
      <textarea id={id} name={name} value={value} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint, counting)} onChange={(event) => onChange(event.target.value)} />
      <FieldMessages id={id} error={error} hint={hint} />
      <LengthCounter id={id} length={value.length} limit={limit} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ label, value, onChange, options, error, required, name, placeholder }: FieldProps & { value: string; onChange: (value: string) => void; options: readonly Option[]; name: string; placeholder?: string }) {
  const id = useId();
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <FieldLabel id={id} label={label} required={required} />
      <select id={id} name={name} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error)} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} error={error} />
    </div>
  );
}

export function CheckboxGroup({ label, values, onChange, options, error, name }: FieldProps & { values: readonly string[]; onChange: (values: string[]) => void; options: readonly Option[]; name: string }) {
  const id = useId();
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...values, value] : values.filter((candidate) => candidate !== value));
  return (
    <fieldset className={`field field-wide checkbox-group${error ? ' has-error' : ''}`} aria-describedby={describedBy(id, error)}>
      <legend>{label}</legend>
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" name={name} value={option.value} checked={values.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessages id={id} error={error} />
    </fieldset>
  );
}

const shown = (value: string) => (isIsoDate(value) ? formatDate(value) : value);

/**
 * A date typed the Dutch way ("3-12", "3 dec", "morgen", "vrijdag"), shown
 * as "3 december 2026" whatever the machine's locale, with a calendar on
 * demand. The value is `YYYY-MM-DD` once the text reads as a date; until
 * then it is the text itself, so a form never keeps an older date while
 * something else stands in the field (its check then names the problem).
 * A filter takes `unreadableAs="empty"`: no date, no filter, until it reads.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  name,
  unreadableAs = 'text',
}: FieldProps & { value: string; onChange: (value: string) => void; name: string; unreadableAs?: 'text' | 'empty' }) {
  const id = useId();
  const [text, setText] = useState(() => shown(value));
  const [unreadable, setUnreadable] = useState(false);
  const emitted = useRef(value);
  const calendar = useRef<HTMLInputElement>(null);
  // A date set from outside (a reset, a prefill) replaces what stands in the field.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(shown(value));
    setUnreadable(false);
  }, [value]);
  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };
  const type = (typed: string) => {
    setText(typed);
    setUnreadable(false);
    emit(typed.trim() === '' ? '' : (parseDutchDate(typed, localToday()) ?? (unreadableAs === 'text' ? typed : '')));
  };
  // Leaving the field writes the date out in full, so she sees which day it became.
  const settle = () => {
    if (text.trim() === '') return;
    const parsed = parseDutchDate(text, localToday());
    if (parsed) setText(formatDate(parsed));
    else setUnreadable(true);
  };
  const message = unreadable ? strings.form.unreadableDate(text.trim()) : error;
  return (
    <div className={`field date-field${message ? ' has-error' : ''}`}>
      <FieldLabel id={id} label={label} required={required} />
      <div className="date-input">
        <input
          id={id}
          name={name}
          type="text"
          value={text}
          placeholder={strings.form.datePlaceholder}
          autoComplete="off"
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, message, hint)}
          onChange={(event: ChangeEvent<HTMLInputElement>) => type(event.target.value)}
          onBlur={settle}
        />
        <button type="button" className="icon-button calendar-button" aria-label={strings.form.openCalendar} title={strings.form.openCalendar} onClick={() => calendar.current?.showPicker()}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 1v2M12 1v2M1.5 5.5h13M2.5 3h11a1 1 0 0 1 1 1v9.5a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
        </button>
        {/* The browser's own calendar, opened by the button; its field is never shown, so its locale's mm/dd/yyyy never is either. */}
        <input
          ref={calendar}
          className="calendar-picker"
          type="date"
          tabIndex={-1}
          aria-hidden="true"
          value={isIsoDate(value) ? value : ''}
          onChange={(event) => {
            emit(event.target.value);
            setText(shown(event.target.value));
            setUnreadable(false);
          }}
        />
      </div>
      <FieldMessages id={id} error={message} hint={hint} />
    </div>
  );
}

/**
 * A file to read in, worded in Dutch whatever the browser's language (its
 * own file field says "Choose File" in an English one): a button, and the
 * name of the chosen file or that none is chosen yet.
 */
export function FileField({ label, accept, onFile }: { label: string; accept: string; onFile: (file: File | undefined) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="field file-field">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <div className="file-input">
        <button type="button" className="button-secondary" aria-describedby={`${id}-label ${id}-chosen`} onClick={() => input.current?.click()}>
          {strings.form.chooseFile}
        </button>
        <span id={`${id}-chosen`} className="muted">
          {chosen ?? strings.form.noFileChosen}
        </span>
        <input
          ref={input}
          id={id}
          className="file-picker"
          type="file"
          accept={accept}
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            setChosen(file?.name ?? null);
            onFile(file);
          }}
        />
      </div>
    </div>
  );
}
