import { useState } from 'react';

interface Props {
  /** 0..100, or null while it cannot say (the bar then moves without a figure). */
  percent: number | null;
  /** The bar's accessible name. */
  label: string;
  /** What it is doing now. */
  status: string;
  cancelLabel: string;
  cancellingText: string;
  onCancel: () => void;
  className?: string;
}

/**
 * A long task under way (an import, an analysis): a bar, what it is doing,
 * and a button to stop it, after which it says it is stopping. Shown only
 * while the task runs, so "stopping" lasts until it has stopped.
 */
export function TaskProgress({ percent, label, status, cancelLabel, cancellingText, onCancel, className }: Props) {
  const [cancelling, setCancelling] = useState(false);
  return (
    <div className={['task-progress', className].filter(Boolean).join(' ')} role="status">
      <progress max={100} value={percent ?? undefined} aria-label={label} />
      <span>{cancelling ? cancellingText : status}</span>
      {!cancelling && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setCancelling(true);
            onCancel();
          }}
        >
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
