import { useEffect, useRef } from 'react';
import type { FieldErrors } from '../state/use-save-form';

/** The list of problems above a form; takes focus so keyboard and screen reader users land on it. */
export function FormSummary({ summary, errors, labels }: { summary: string | null; errors: FieldErrors; labels: Record<string, unknown> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (summary) ref.current?.focus();
  }, [summary, errors]);
  if (!summary) return null;
  const items = Object.entries(errors);
  return (
    <div className="form-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>{summary}</p>
      {items.length > 0 && (
        <ul>
          {items.map(([field, message]) => (
            <li key={field}>
              {typeof labels[field] === 'string' ? labels[field] : field}: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
