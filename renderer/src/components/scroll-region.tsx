import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways: reachable with the keyboard (Tab, then
 * the arrow keys) and named for a screen reader, as WCAG asks of a
 * scrollable region.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="matrix-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
