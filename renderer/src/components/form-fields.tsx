import { useId, type ChangeEvent } from 'react';
import { longTextLimit, shortTextLimit } from '../../../shared/domain/primitives';
import { strings } from '../strings';

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
  limit = type === 'text' ? shortTextLimit : undefined,
}: FieldProps & { value: string; onChange: (value: string) => void; type?: string; name: string; autoComplete?: string; limit?: number }) {
  const id = useId();
  const counting = limit !== undefined && value.length >= limit * 0.9;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <FieldLabel id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
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

export function TextArea({ label, value, onChange, error, hint, name, limit = longTextLimit }: FieldProps & { value: string; onChange: (value: string) => void; name: string; limit?: number }) {
  const id = useId();
  const counting = value.length >= limit * 0.9;
  return (
    <div className={`field field-wide${error ? ' has-error' : ''}`}>
      <FieldLabel id={id} label={label} />
      <textarea id={id} name={name} value={value} rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint, counting)} onChange={(event) => onChange(event.target.value)} />
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
