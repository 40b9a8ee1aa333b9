import { useEffect, useRef } from 'react';
import { strings } from '../strings';
import { SearchPanel } from './search-panel';

/** The search on Ctrl+K, from any screen; Escape closes it. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    // showModal focuses the first button; the broker wants to type at once.
    dialog.current?.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="modal palette"
      aria-label={strings.search.palette}
      // React passes a portal's events up its own tree: only this dialog's own close counts.
      onClose={(event) => event.target === event.currentTarget && onClose()}
    >
      <div className="palette-header">
        <h2>{strings.search.title}</h2>
        <button type="button" className="notice-close" onClick={() => dialog.current?.close()} aria-label={strings.search.close}>
          ×
        </button>
      </div>
      <SearchPanel onNavigate={() => dialog.current?.close()} onEscape={() => dialog.current?.close()} />
    </dialog>
  );
}
