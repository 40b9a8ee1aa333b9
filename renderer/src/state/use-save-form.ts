import { useState, type SyntheticEvent } from 'react';
import type { Result } from '../../../shared/contract/result';
import { navigate } from '../routing/use-route';
import { useNetwork } from './network-data';
import { useNotices } from './notices';
import { strings } from '../strings';

export type FieldErrors = Record<string, string>;

interface SaveOptions<Value> {
  /** Form fields that must not be empty, with their labels. */
  required: Record<string, { value: string; label: string }>;
  save: () => Promise<Result<Value>>;
  /** Maps a field path of the API (`patch.phone`, `phones.0.number`) to a form field. */
  fieldFor?: (path: string) => string;
  savedMessage: (value: Value) => string;
  afterSave: (value: Value) => string;
}

/** The form field an API error's path names: `patch.name` and `person.email.0` -> `name`, `email`. */
export function defaultFieldFor(path: string): string {
  return path.replace(/^(patch|person)\./, '').split('.')[0] ?? path;
}

/**
 * Submitting a form: required fields checked here, everything else by the
 * API (its Dutch messages land next to the fields), then a message with
 * undo and the detail page of what was saved.
 */
export function useSaveForm<Value>(options: SaveOptions<Value>) {
  const { refresh } = useNetwork();
  const { notify } = useNotices();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  /** Marks the required fields left empty; true when there are none. A form that asks something else first shows both at once. */
  const checkRequired = (): boolean => {
    const missing: FieldErrors = {};
    for (const [field, { value, label }] of Object.entries(options.required)) {
      if (value.trim() === '') missing[field] = strings.form.requiredMissing(label.toLowerCase());
    }
    if (Object.keys(missing).length === 0) return true;
    setErrors(missing);
    setSummary(strings.form.problems);
    return false;
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!checkRequired()) return;
    setSaving(true);
    const result = await options.save();
    setSaving(false);
    if (!result.ok) {
      const mapped: FieldErrors = {};
      for (const [path, message] of Object.entries(result.error.fields ?? {})) {
        const field = (options.fieldFor ?? defaultFieldFor)(path);
        mapped[field] ??= message;
      }
      setErrors(mapped);
      setSummary(Object.keys(mapped).length > 0 ? strings.form.problems : result.error.message);
      return;
    }
    setErrors({});
    setSummary(null);
    // What the save changed is loaded again (the network, the casussen) before the next screen opens.
    await refresh();
    notify(options.savedMessage(result.value), { undoable: true });
    navigate(options.afterSave(result.value));
  };

  return { errors, summary, saving, submit, checkRequired };
}
