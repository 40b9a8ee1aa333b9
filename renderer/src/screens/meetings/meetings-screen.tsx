import { meetingGroups } from '../../../../shared/analysis/meeting-invitees';
import { meetingName, type Meeting } from '../../../../shared/domain/meeting';
import { meetingKind } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { href, type Route } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { formatDate } from '../../strings/dutch';
import { MeetingDetail } from './meeting-detail';
import { MeetingForm } from './meeting-form';

/** `#/bijeenkomsten`, `#/bijeenkomsten/nieuw`, `#/bijeenkomsten/ID` and `#/bijeenkomsten/ID/bewerken`. */
export function MeetingsScreen({ route }: { route: Route }) {
  const [, second, third] = route.parts;
  if (second === 'nieuw') return <MeetingForm />;
  if (second && third === 'bewerken') return <MeetingForm id={second} />;
  if (second) return <MeetingDetail id={second} />;
  return <MeetingList />;
}

function MeetingList() {
  const { data, index } = useLoadedNetwork();
  const groups = meetingGroups(data.meetings, localToday());
  const text = strings.meetings;
  const group = (title: string, meetings: readonly Meeting[]) => (
    <section className="card meeting-group" aria-label={title}>
      <h2>
        {title} <span className="count">{meetings.length}</span>
      </h2>
      {meetings.length === 0 ? (
        <p className="empty-note">{text.none}</p>
      ) : (
        <ul className="plain-list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <a href={href('bijeenkomsten', meeting.id)}>{meetingName(meeting)}</a>{' '}
              <span className="muted">
                · {meetingKind.labels[meeting.kind]} · {formatDate(meeting.heldOn)}
                {meeting.startsAt && ` ${text.at(meeting.startsAt)}`}
                {meeting.neighbourhoodId && ` · ${index.neighbourhood.get(meeting.neighbourhoodId)?.name ?? ''}`} · {text.invitedCount(meeting.invitedOrganisationIds.length)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className="meetings">
      <div className="page-header">
        <h1>{text.title}</h1>
        <a className="button" href={href('bijeenkomsten', 'nieuw')}>
          {text.create}
        </a>
      </div>
      <p className="muted">{text.intro}</p>
      <div className="meeting-groups">
        {group(text.toRecord, groups.toRecord)}
        {group(text.planned, groups.planned)}
        {group(text.recorded, groups.recorded)}
      </div>
    </div>
  );
}
