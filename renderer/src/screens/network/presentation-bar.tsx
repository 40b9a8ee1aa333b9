import type { MapView } from '../../../../shared/domain/map-view';
import type { Presentation } from '../../../../shared/domain/presentation';
import { FilterSelect } from '../../components/filter-select';
import { neighbourhoodOptions, termOptions } from '../../components/options';
import type { NetworkData } from '../../state/network-data';
import { strings } from '../../strings';
import { formatDate } from '../../strings/dutch';
import type { NetworkFilters, Overlays } from './network-elements';
import { noOverlays } from './saved-views';

const text = strings.network;

/** A presentation being shown: its steps (saved views) in order, and the one on screen. */
export interface ShownStep {
  presentation: Presentation;
  steps: readonly MapView[];
  index: number;
}

interface PresentationBarProps {
  data: NetworkData;
  today: string;
  filters: NetworkFilters;
  onFilters: (filters: NetworkFilters) => void;
  overlays: Overlays;
  onOverlays: (overlays: Overlays) => void;
  /** The presentations that have steps, to choose from while presenting. */
  presentations: readonly Presentation[];
  shown: ShownStep | null;
  onPresentation: (presentationId: string) => void;
  onStep: (index: number) => void;
  onExportPng: () => void;
  onClose: () => void;
}

/** What the room reads above the map: which network, and of when. */
export function presentationTitle(data: NetworkData, neighbourhoodId: string, today: string): string {
  const neighbourhood = data.neighbourhoods.find((candidate) => candidate.id === neighbourhoodId)?.name;
  return text.presentationTitle(neighbourhood ?? null, formatDate(today));
}

/**
 * Presentation mode's one line: the title (a step's own while a
 * presentation is told), then only what a broker changes in front of a
 * room (a presentation or its step, wijk, theme, one overlay at a time), a
 * picture of what the room sees, and the way out. Under it, which step of
 * how many and its caption. Everything else stays as it was set before
 * presenting.
 */
export function PresentationBar({ data, today, filters, onFilters, overlays, onOverlays, presentations, shown, onPresentation, onStep, onExportPng, onClose }: PresentationBarProps) {
  // One overlay is chosen here; a step may show more (islands and weak links together), named as one choice.
  const on = (Object.keys(overlays) as (keyof Overlays)[]).filter((name) => overlays[name]);
  const shownOverlay = on.length > 1 ? 'several' : (on[0] ?? '');
  const step = shown?.steps[shown.index];
  return (
    <>
      <div className="presentation-bar no-print" role="group" aria-label={text.presentationBar}>
        <h1>{step ? step.title : presentationTitle(data, filters.neighbourhoodId, today)}</h1>
        {presentations.length > 0 && !shown && (
          <div className="field">
            <label htmlFor="presentation-choice">{text.views.presentation}</label>
            <select id="presentation-choice" value="" onChange={(event) => onPresentation(event.target.value)}>
              <option value="">{text.views.noPresentation}</option>
              {presentations.map((presentation) => (
                <option key={presentation.id} value={presentation.id}>
                  {presentation.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {shown && (
          <div className="presentation-steps">
            <button type="button" className="button-secondary" disabled={shown.index === 0} onClick={() => onStep(shown.index - 1)} aria-label={text.views.previous} title={text.views.previous} aria-keyshortcuts="ArrowLeft PageUp">
              ←
            </button>
            <div className="field">
              <label htmlFor="presentation-step">{text.views.step}</label>
              <select id="presentation-step" value={shown.index} onChange={(event) => onStep(Number(event.target.value))}>
                {shown.steps.map((view, index) => (
                  <option key={view.id} value={index}>
                    {text.views.stepOption(index + 1, view.title)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button-secondary" disabled={shown.index === shown.steps.length - 1} onClick={() => onStep(shown.index + 1)} aria-label={text.views.next} title={text.views.next} aria-keyshortcuts="ArrowRight PageDown">
              →
            </button>
          </div>
        )}
        {/* While a presentation is told, its steps set the wijk, theme and overlays: the room sees the steps, not the filters. */}
        {!shown && (
          <>
            <FilterSelect id="network-wijk" label={text.neighbourhood} value={filters.neighbourhoodId} options={neighbourhoodOptions(data)} onChange={(neighbourhoodId) => onFilters({ ...filters, neighbourhoodId })} />
            <FilterSelect id="network-theme" label={text.theme} value={filters.themeId} options={termOptions(data, 'theme')} onChange={(themeId) => onFilters({ ...filters, themeId })} />
            <div className="field">
              <label htmlFor="network-overlay">{text.overlays}</label>
              <select id="network-overlay" value={shownOverlay} onChange={(event) => event.target.value !== 'several' && onOverlays(event.target.value === '' ? noOverlays : { ...noOverlays, [event.target.value]: true })}>
                <option value="">{text.noOverlay}</option>
                {on.length > 1 && <option value="several">{on.map((name) => text.overlayLabels[name]).join(' + ')}</option>}
                {(Object.keys(overlays) as (keyof Overlays)[]).map((name) => (
                  <option key={name} value={name}>
                    {text.overlayLabels[name]}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <button type="button" className="button-secondary" onClick={onExportPng} aria-label={text.exportLabel('PNG')}>
          {text.exportPng}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {text.leavePresentation}
        </button>
      </div>
      {shown && step && (
        // One line, so the map keeps its height; the whole caption is in the tooltip and the accessible name.
        <p className="presentation-caption" aria-live="polite" title={step.caption}>
          <strong>{text.views.stepOf(shown.index + 1, shown.steps.length)}</strong>
          {step.caption}
        </p>
      )}
    </>
  );
}
