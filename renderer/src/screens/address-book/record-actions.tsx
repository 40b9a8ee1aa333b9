import type { Result } from '../../../../shared/contract/result';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';

/** Archive and restore buttons for a record; both can be undone. */
export function ArchiveToggle({ name, archivedAt, archive, restore }: { name: string; archivedAt: string | null; archive: () => Promise<Result<unknown>>; restore: () => Promise<Result<unknown>> }) {
  const act = useUndoableAction();
  const run = (action: () => Promise<Result<unknown>>, done: string) => act(action(), done);
  return archivedAt === null ? (
    <button type="button" className="button-secondary" onClick={() => void run(archive, strings.form.archived(name))}>
      {strings.detail.archive}
    </button>
  ) : (
    <button type="button" className="button-secondary" onClick={() => void run(restore, strings.form.restored(name))}>
      {strings.detail.restore}
    </button>
  );
}

export function NotFound({ backHref }: { backHref: string }) {
  return (
    <div className="empty-state" role="alert">
      <p>{strings.detail.notFound}</p>
      <a href={backHref}>{strings.detail.back}</a>
    </div>
  );
}
