import { FilterSelect } from '../../components/filter-select';
import { neighbourhoodOptions, termOptions } from '../../components/options';
import type { NetworkData } from '../../state/network-data';
import { strings } from '../../strings';
import { formatDate } from '../../strings/dutch';
import type { NetworkFilters, Overlays } from './network-elements';

const text = strings.network;

interface PresentationBarProps {
  data: NetworkData;
  today: string;
  filters: NetworkFilters;
  onFilters: (filters: NetworkFilters) => void;
  overlays: Overlays;
  onOverlays: (overlays: Overlays) => void;
  onExportPng: () => void;
  onClose: () => void;
}

/** What the room reads above the map: which network, and of when. */
export function presentationTitle(data: NetworkData, neighbourhoodId: string, today: string): string {
  const neighbourhood = data.neighbourhoods.find((candidate) => candidate.id === neighbourhoodId)?.name;
  return text.presentationTitle(neighbourhood ?? null, formatDate(today));
}

/**
 * Presentation mode's one line: the title, then only what a broker changes
 * in front of a room (wijk, theme, one overlay at a time), a picture of
 * what the room sees, and the way out.
 * Everything else stays as it was set before presenting.
 */
export function PresentationBar({ data, today, filters, onFilters, overlays, onOverlays, onExportPng, onClose }: PresentationBarProps) {
  const shownOverlay = (Object.keys(overlays) as (keyof Overlays)[]).find((name) => overlays[name]) ?? '';
  const noOverlays = Object.fromEntries(Object.keys(overlays).map((name) => [name, false])) as unknown as Overlays;
  return (
    <div className="presentation-bar no-print" role="group" aria-label={text.presentationBar}>
      <h1>{presentationTitle(data, filters.neighbourhoodId, today)}</h1>
      <FilterSelect id="network-wijk" label={text.neighbourhood} value={filters.neighbourhoodId} options={neighbourhoodOptions(data)} onChange={(neighbourhoodId) => onFilters({ ...filters, neighbourhoodId })} />
      <FilterSelect id="network-theme" label={text.theme} value={filters.themeId} options={termOptions(data, 'theme')} onChange={(themeId) => onFilters({ ...filters, themeId })} />
      <div className="field">
        <label htmlFor="network-overlay">{text.overlays}</label>
        <select id="network-overlay" value={shownOverlay} onChange={(event) => onOverlays(event.target.value === '' ? noOverlays : { ...noOverlays, [event.target.value]: true })}>
          <option value="">{text.noOverlay}</option>
          {(Object.keys(overlays) as (keyof Overlays)[]).map((name) => (
            <option key={name} value={name}>
              {text.overlayLabels[name]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button-secondary" onClick={onExportPng} aria-label={text.exportLabel('PNG')}>
        {text.exportPng}
      </button>
      <button type="button" className="button" onClick={onClose}>
        {text.leavePresentation}
      </button>
    </div>
  );
}
