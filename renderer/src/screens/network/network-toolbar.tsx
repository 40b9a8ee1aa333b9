import { FilterSelect } from '../../components/filter-select';
import { DateField } from '../../components/form-fields';
import { termOptions, neighbourhoodOptions } from '../../components/options';
import type { NetworkData } from '../../state/network-data';
import { strings } from '../../strings';
import type { NetworkFilters, Overlays } from './network-elements';
import type { LayoutName, Paper } from './use-cytoscape-map';

const text = strings.network;

interface ToolbarProps {
  data: NetworkData;
  filters: NetworkFilters;
  onFilters: (filters: NetworkFilters) => void;
  overlays: Overlays;
  onOverlays: (overlays: Overlays) => void;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  find: string;
  notFound: boolean;
  onFind: (text: string) => void;
  onLocate: () => void;
  steps: number;
  onSteps: (steps: number) => void;
  /** Focus needs a selected node. */
  canFocus: boolean;
  presentation: boolean;
  onTogglePresentation: () => void;
  onExportPng: () => void;
  onExportSvg: () => void;
  onPrint: (paper: Paper) => void;
  onRelayout: () => void;
  layingOut: boolean;
  /** Goes to the form that saves the map as it is now as a view. */
  onSaveView: () => void;
}

/** The Netwerk screen's filters, overlays, focus and actions. */
export function NetworkToolbar(props: ToolbarProps) {
  const { data, filters, onFilters, overlays, presentation } = props;
  const set = (patch: Partial<NetworkFilters>) => onFilters({ ...filters, ...patch });
  return (
    <div className="network-toolbar no-print" role="group" aria-label={text.title}>
      {!presentation && <h1>{text.title}</h1>}
      <FilterSelect id="network-wijk" label={text.neighbourhood} value={filters.neighbourhoodId} options={neighbourhoodOptions(data)} onChange={(neighbourhoodId) => set({ neighbourhoodId })} />
      <FilterSelect id="network-kind" label={text.kind} value={filters.kindId} options={termOptions(data, 'organisation_kind')} onChange={(kindId) => set({ kindId })} />
      <FilterSelect id="network-theme" label={text.theme} value={filters.themeId} options={termOptions(data, 'theme')} onChange={(themeId) => set({ themeId })} />
      <FilterSelect id="network-target" label={text.targetGroup} value={filters.targetGroupId} options={termOptions(data, 'target_group')} onChange={(targetGroupId) => set({ targetGroupId })} />
      <div className="field">
        <label htmlFor="network-warmth">{text.warmth}</label>
        <select id="network-warmth" value={filters.minWarmth} onChange={(event) => set({ minWarmth: event.target.value as NetworkFilters['minWarmth'] })}>
          {(Object.keys(text.warmthOptions) as (keyof typeof text.warmthOptions)[]).map((value) => (
            <option key={value} value={value}>
              {text.warmthOptions[value]}
            </option>
          ))}
        </select>
      </div>
      <DateField name="since" label={text.since} value={filters.since} onChange={(since) => set({ since })} unreadableAs="empty" />
      <div className="field">
        <label htmlFor="network-layout">{text.layout}</label>
        <select id="network-layout" value={props.layout} onChange={(event) => props.onLayout(event.target.value as LayoutName)}>
          {(Object.keys(text.layouts) as LayoutName[]).map((name) => (
            <option key={name} value={name}>
              {text.layouts[name]}
            </option>
          ))}
        </select>
      </div>
      {!presentation && (
        <label className="checkbox">
          <input type="checkbox" checked={!filters.reducePersons} onChange={(event) => set({ reducePersons: !event.target.checked })} />
          {text.persons}
        </label>
      )}
      <div className="field">
        <label htmlFor="network-size">{text.sizeBy}</label>
        <select id="network-size" value={filters.sizeBy} onChange={(event) => set({ sizeBy: event.target.value as NetworkFilters['sizeBy'] })}>
          <option value="degree">{text.sizeOptions.degree}</option>
          <option value="betweenness">{text.sizeOptions.betweenness}</option>
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={filters.showOffers} onChange={(event) => set({ showOffers: event.target.checked })} />
        {text.offers}
      </label>
      <div className="field network-find">
        <label htmlFor="network-find">{text.find}</label>
        <input
          id="network-find"
          type="search"
          value={props.find}
          placeholder={text.findPlaceholder}
          aria-describedby={props.notFound ? 'network-find-error' : undefined}
          onChange={(event) => props.onFind(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && props.onLocate()}
        />
        {props.notFound && (
          <p id="network-find-error" className="field-error" role="status">
            {text.notFound(props.find)}
          </p>
        )}
      </div>
      <fieldset className="overlay-toggles">
        <legend>{text.overlays}</legend>
        {(Object.keys(overlays) as (keyof Overlays)[]).map((name) => (
          <label key={name} className="checkbox">
            <input type="checkbox" checked={overlays[name]} onChange={(event) => props.onOverlays({ ...overlays, [name]: event.target.checked })} />
            {text.overlayLabels[name]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="network-steps">{text.focus}</label>
        <select id="network-steps" value={props.steps} onChange={(event) => props.onSteps(Number(event.target.value))} disabled={!props.canFocus}>
          {[0, 1, 2, 3].map((value) => (
            <option key={value} value={value}>
              {text.focusSteps(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="network-actions">
        <button type="button" className="button" onClick={props.onTogglePresentation}>
          {presentation ? text.leavePresentation : text.present}
        </button>
        {!presentation && (
          <button type="button" className="button-secondary" onClick={props.onSaveView}>
            {text.views.saveThis}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={props.onExportPng} aria-label={text.exportLabel('PNG')}>
          {text.exportPng}
        </button>
        <button type="button" className="button-secondary" onClick={props.onExportSvg} aria-label={text.exportLabel('SVG')}>
          {text.exportSvg}
        </button>
        {(['A4', 'A3'] as const).map((paper) => (
          <button key={paper} type="button" className="button-secondary" onClick={() => props.onPrint(paper)} aria-label={text.printLabel(paper)}>
            {text.print(paper)}
          </button>
        ))}
        {!presentation && (
          <button type="button" className="button-secondary" onClick={props.onRelayout} disabled={props.layingOut}>
            {text.relayout}
          </button>
        )}
      </div>
    </div>
  );
}
