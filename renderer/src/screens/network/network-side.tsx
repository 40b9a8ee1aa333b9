import type { ReactNode } from 'react';
import { href } from '../../routing/use-route';
import type { NetworkData, NetworkIndex } from '../../state/network-data';
import { strings } from '../../strings';
import { ChangesPanel } from './changes-panel';
import { MapLegend } from './map-legend';

const text = strings.network;

interface SideProps {
  data: NetworkData;
  index: NetworkIndex;
  counts: { nodes: number; edges: number };
  /** `person:ID` or `organisation:ID`. */
  selected: string | null;
  since: string;
  /** Organisations on the map now. */
  onMap: ReadonlySet<string>;
  lastMeetingOn: string | null;
  presentation: boolean;
  onMeetingToday: () => void;
  /** The selected organisation's people on the organisation-level map: how many, whether shown, and the switch; null when that does not apply. */
  people: { count: number; shown: boolean; onToggle: () => void } | null;
  legend: Parameters<typeof MapLegend>[0];
  /** Below the legend: the saved views and presentations (not while presenting). */
  children?: ReactNode;
}

/** Beside the map: its counts, the selected record (never a person while presenting), what is new, and the legend. */
export function NetworkSide({ data, index, counts, selected, since, onMap, lastMeetingOn, presentation, onMeetingToday, people, legend, children }: SideProps) {
  const [selectedKind, selectedId] = selected ? (selected.split(':') as [string, string]) : ['', ''];
  const selectedName = selectedKind === 'person' ? index.person.get(selectedId)?.name : index.organisation.get(selectedId)?.name;
  return (
    // Focusable because it scrolls on a small screen or projector: the keyboard must reach the legend's end.
    <aside className="network-side" aria-label={text.legend} tabIndex={0}>
      <p className="muted">{text.counts(counts.nodes, counts.edges)}</p>
      {selected && selectedName && !(presentation && selectedKind === 'person') && (
        <div className="card network-selected">
          <p className="eyebrow">{text.selected}</p>
          <p className="result-title">{selectedName}</p>
          {!presentation && <a href={href('adresboek', selectedKind === 'person' ? 'contactpersonen' : 'organisaties', selectedId)}>{text.open}</a>}
          {people && people.count > 0 && (
            <button type="button" className="button-secondary" aria-pressed={people.shown} onClick={people.onToggle}>
              {people.shown ? text.hidePeople : text.showPeople(people.count)}
            </button>
          )}
        </div>
      )}
      {/* Presenting, the legend comes first: the room needs the meaning of the marks before the news. */}
      {presentation && <MapLegend {...legend} />}
      <ChangesPanel data={data} index={index} since={since} onMap={onMap} lastMeetingOn={lastMeetingOn} presentation={presentation} onMeetingToday={onMeetingToday} />
      {presentation && <p className="presentation-note">{text.presentationNote}</p>}
      {!presentation && <MapLegend {...legend} />}
      {children}
    </aside>
  );
}
