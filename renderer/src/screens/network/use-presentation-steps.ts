import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapView } from '../../../../shared/domain/map-view';
import type { Presentation } from '../../../../shared/domain/presentation';
import type { NetworkData } from '../../state/network-data';
import type { ShownStep } from './presentation-bar';
import { stepsOf } from './saved-views';

/**
 * Telling a presentation while presenting: which one and which step, the
 * presentations that have steps, and the keys that step through them
 * (← →, and Page Up / Page Down, which a presenter's clicker sends),
 * wherever the focus is but in a field. Leaving presentation mode ends it.
 */
export function usePresentationSteps(data: NetworkData, presenting: boolean, showView: (view: MapView) => void) {
  const [telling, setTelling] = useState<{ presentationId: string; index: number } | null>(null);
  const presentations = useMemo(() => data.presentations.filter((candidate) => candidate.archivedAt === null && stepsOf(candidate, data.mapViews).length > 0), [data]);
  const shown: ShownStep | null = useMemo(() => {
    const told = telling && presentations.find((candidate) => candidate.id === telling.presentationId);
    if (!telling || !told) return null;
    const steps = stepsOf(told, data.mapViews);
    return { presentation: told, steps, index: Math.min(telling.index, steps.length - 1) };
  }, [telling, presentations, data.mapViews]);

  /** Shows a step of the presentation being told. */
  const goToStep = (index: number) => {
    const step = shown?.steps[index];
    if (!shown || !step) return;
    setTelling({ presentationId: shown.presentation.id, index });
    showView(step);
  };

  /** Tells a presentation from its first step. */
  const start = (presentation: Presentation) => {
    const first = stepsOf(presentation, data.mapViews)[0];
    if (!first) return;
    setTelling({ presentationId: presentation.id, index: 0 });
    showView(first);
  };

  useEffect(() => {
    if (!presenting) setTelling(null);
  }, [presenting]);

  // The listener reads the newest steps through this.
  const stepTo = useRef(goToStep);
  stepTo.current = goToStep;
  const index = shown?.index ?? null;
  useEffect(() => {
    if (!presenting || index === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || (event.target instanceof HTMLElement && event.target.closest('input, select, textarea'))) return;
      const move = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[event.key];
      if (move === undefined) return;
      event.preventDefault();
      stepTo.current(index + move);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting, index]);

  return { presentations, shown, goToStep, start, stop: () => setTelling(null) };
}
