import { useMemo } from 'react';
import type { NetworkData, NetworkIndex } from '../../state/network-data';
import { strings } from '../../strings';
import { changesSince } from './changes-since';

const text = strings.network.changesPanel;
/** Longer lists are cut with "en N meer": the panel is read aloud at a meeting, not studied. */
const SHOWN = 12;

interface Props {
  data: NetworkData;
  index: NetworkIndex;
  since: string;
  /** Organisations on the map now: the news follows the filters. */
  onMap: ReadonlySet<string>;
  lastMeetingOn: string | null;
  presentation: boolean;
  onMeetingToday: () => void;
}

/** "What changed since the last meeting": new organisations, new ties, introductions made. */
export function ChangesPanel({ data, index, since, onMap, lastMeetingOn, presentation, onMeetingToday }: Props) {
  const changes = useMemo(() => {
    if (since === '') return null;
    // In presentation mode a person is named by their organisation only.
    const nameOf = (end: { kind: string; id: string }) => {
      if (end.kind === 'organisation') return index.organisation.get(end.id)?.name;
      if (!presentation) return index.person.get(end.id)?.name;
      const home = index.affiliationsOfPerson.get(end.id)?.[0];
      return home ? index.organisation.get(home.organisationId)?.name : undefined;
    };
    return changesSince(data, since, nameOf, onMap);
  }, [data, index, since, presentation, onMap]);
  const introductions = changes?.ties.filter((tie) => tie.introduced) ?? [];
  // The room sees news, never the broker's instructions for finding it.
  if (presentation && !changes) return null;
  return (
    <section className="card network-changes" aria-labelledby="network-changes-title">
      <h2 id="network-changes-title">{since === '' ? text.title : text.titleSince(since)}</h2>
      {!changes && <p className="muted">{text.pickDate}</p>}
      {changes && (
        <>
          <p>{text.summary(changes.organisations.length, changes.ties.length, introductions.length)}</p>
          {changes.organisations.length > 0 && (
            <>
              <h3>{text.organisations}</h3>
              <ul>
                {changes.organisations.slice(0, SHOWN).map((organisation) => (
                  <li key={organisation.id}>{organisation.name}</li>
                ))}
              </ul>
              {changes.organisations.length > SHOWN && <p className="muted">{text.more(changes.organisations.length - SHOWN)}</p>}
            </>
          )}
          {introductions.length > 0 && (
            <>
              <h3>{text.introductions}</h3>
              <ul>
                {introductions.slice(0, SHOWN).map((tie) => (
                  <li key={tie.id}>{text.pair(tie.from, tie.to)}</li>
                ))}
              </ul>
              {introductions.length > SHOWN && <p className="muted">{text.more(introductions.length - SHOWN)}</p>}
            </>
          )}
        </>
      )}
      {!presentation && (
        <p>
          <button type="button" className="button-secondary" onClick={onMeetingToday}>
            {text.meetingToday}
          </button>{' '}
          <span className="muted">{lastMeetingOn ? text.lastMeeting(lastMeetingOn) : text.noMeeting}</span>
        </p>
      )}
    </section>
  );
}
