import { strings } from '../strings';

/** Save and cancel, at the foot of every record form. */
export function FormActions({ saving, cancelHref }: { saving: boolean; cancelHref: string }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={saving}>
        {saving ? strings.form.saving : strings.form.save}
      </button>
      <a className="button-secondary" href={cancelHref}>
        {strings.form.cancel}
      </a>
    </div>
  );
}
