import type { Result } from '../../../../shared/contract/result';
import { useNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { strings } from '../../strings';

/** Archive and restore buttons for a record; both can be undone. */
export function ArchiveToggle({ name, archivedAt, archive, restore }: { name: string; archivedAt: string | null; archive: () => Promise<Result<unknown>>; restore: () => Promise<Result<unknown>> }) {
  const { reload } = useNetwork();
  const { notify } = useNotices();
  const run = async (action: () => Promise<Result<unknown>>, done: string) => {
    const result = await action();
    if (result.ok) {
      notify(done, { undoable: true });
      await reload();
    } else {
      notify(result.error.message, { tone: 'error' });
    }
  };
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
