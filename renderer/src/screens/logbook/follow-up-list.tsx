import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DueCasusFollowUp } from '../../../../shared/contract/api';
import type { Result } from '../../../../shared/contract/result';
import { createPortal } from 'react-dom';
import { followUps } from '../../../../shared/analysis/follow-ups';
import type { Person } from '../../../../shared/domain/person';
import type { Task } from '../../../../shared/domain/task';
import { timeAgo } from '../../../../shared/search/explain';
import { formatDate } from '../../strings/dutch';
import { localToday } from '../../clock';
import { CheckAgeBadge } from '../../components/listing-check';
import { LateBadge } from '../../components/badges';
import { href } from '../../routing/use-route';
import { QuickLogDialog } from '../../search/quick-log-dialog';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { meetingName } from '../../../../shared/domain/meeting';

const SHOWN = 5;

function Group<Item>({ title, items, render }: { title: string; items: readonly Item[]; render: (item: Item) => ReactNode }) {
  const [all, setAll] = useState(false);
  const text = strings.logbook.followUps;
  return (
    <section className="follow-up-group" aria-label={title}>
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="empty-note">{text.nothing}</p>
      ) : (
        <ul className="follow-up-items">{(all ? items : items.slice(0, SHOWN)).map(render)}</ul>
      )}
      {items.length > SHOWN && !all && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {text.showAll(items.length)}
        </button>
      )}
    </section>
  );
}

/** What is due: planned introductions, afspraken from meetings, follow-ups, warm contacts going cold, offers to check. Each one click from done. */
export function FollowUpList({ onLogIntroduction }: { onLogIntroduction: (task: Task) => void }) {
  const { api, data, index } = useLoadedNetwork();
  const [logging, setLogging] = useState<Person | null>(null);
  const today = localToday();
  const found = useMemo(() => followUps(data, today), [data, today]);
  const [casusDue, setCasusDue] = useState<DueCasusFollowUp[]>([]);
  useEffect(() => {
    void api.casus.dueFollowUps({ today }).then((result) => result.ok && setCasusDue(result.value));
  }, [api, today, data]);
  const text = strings.logbook.followUps;
  const act = useUndoableAction();
  const run = (action: () => Promise<Result<unknown>>, message: string) => act(action(), message);
  const names = (ids: readonly string[]) => ids.map((id) => index.person.get(id)?.name ?? index.organisation.get(id)?.name).filter(Boolean).join(', ');
  return (
    <section className="card follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{text.title}</h2>
      <Group
        title={text.introductions}
        items={found.introductions}
        render={(task) => {
          const [a = '', b = ''] = task.organisationIds.map((id) => index.organisation.get(id)?.name ?? '?');
          const people = names(task.personIds);
          return (
            <li key={task.id}>
              <div>
                <strong>{formatDate(task.dueOn)}</strong>
                <LateBadge dueOn={task.dueOn} today={today} /> · {text.introduction(a, b)}
                {people && <p className="muted">{people}</p>}
              </div>
              <div className="follow-up-actions">
                <button type="button" className="button-secondary button-small" aria-label={text.logIntroductionLabel(a, b)} onClick={() => onLogIntroduction(task)}>
                  {text.logIntroduction}
                </button>
                <button type="button" className="link-button" aria-label={text.dropIntroductionLabel(a, b)} onClick={() => void run(() => api.task.archive({ id: task.id }), text.introductionDropped(a, b))}>
                  {text.dropIntroduction}
                </button>
              </div>
            </li>
          );
        }}
      />
      <Group
        title={text.afspraken}
        items={found.afspraken}
        render={(task) => {
          const meeting = task.meetingId ? data.meetings.find((candidate) => candidate.id === task.meetingId) : undefined;
          const owner = task.ownerPersonId ? index.person.get(task.ownerPersonId)?.name : undefined;
          return (
            <li key={task.id}>
              <div>
                <strong>{formatDate(task.dueOn)}</strong>
                <LateBadge dueOn={task.dueOn} today={today} /> · {task.note}
                <p className="muted">
                  {owner ? text.afspraakOwner(owner) : text.afspraakByMe}
                  {meeting && ` · ${text.afspraakAt(meetingName(meeting))}`}
                </p>
              </div>
              <button type="button" className="button-secondary button-small" aria-label={text.afspraakDoneLabel(task.note)} onClick={() => void run(() => api.task.update({ id: task.id, patch: { doneOn: today } }), text.afspraakDone(task.note))}>
                {text.done}
              </button>
            </li>
          );
        }}
      />
      <Group
        title={text.due}
        items={found.due}
        render={(entry) => (
          <li key={entry.id}>
            <div>
              <strong>{entry.followUpOn && formatDate(entry.followUpOn)}</strong>
              {entry.followUpOn && <LateBadge dueOn={entry.followUpOn} today={today} />} · {names([...entry.personIds, ...entry.organisationIds])}
              {entry.note && <p className="muted">{entry.note}</p>}
            </div>
            <button type="button" className="button-secondary button-small" onClick={() => void run(() => api.logEntry.update({ id: entry.id, patch: { followUpDoneOn: today } }), text.doneMessage)}>
              {text.done}
            </button>
          </li>
        )}
      />
      <Group
        title={text.casus}
        items={casusDue}
        render={(due) => (
          <li key={due.followUpId}>
            <div>
              <strong>{formatDate(due.dueOn)}</strong>
              <LateBadge dueOn={due.dueOn} today={today} /> · <a href={href('casussen', due.casusId)}>{due.code}</a>
              {due.note && <p className="muted">{due.note}</p>}
            </div>
          </li>
        )}
      />
      <Group
        title={text.cooling}
        items={found.coolingContacts}
        render={({ person, lastContact }) => (
          <li key={person.id}>
            <div>
              <a href={href('adresboek', 'contactpersonen', person.id)}>{person.name}</a> <span className="muted">· {lastContact ? text.lastSpoken(timeAgo(lastContact, today)) : text.neverSpoken}</span>
            </div>
            <button type="button" className="button-secondary button-small" onClick={() => setLogging(person)}>
              {text.logContact}
            </button>
          </li>
        )}
      />
      <Group
        title={strings.listingCheck.due}
        items={found.listings}
        render={({ organisation, staleOffers }) => (
          <li key={organisation.id}>
            <div>
              <a href={href('adresboek', 'organisaties', organisation.id)}>{organisation.name}</a> <CheckAgeBadge verifiedOn={organisation.verifiedOn} />
              <p className="muted">{strings.listingCheck.dueLine(staleOffers.length)}</p>
            </div>
            <div className="follow-up-actions">
              <a className="button-secondary button-small" href={href('adresboek', 'organisaties', organisation.id)} aria-label={strings.listingCheck.openLabel(organisation.name)}>
                {strings.listingCheck.open}
              </a>
              <button type="button" className="link-button" aria-label={strings.listingCheck.correctLabel(organisation.name)} onClick={() => void run(() => api.organisation.recordCheck({ organisationId: organisation.id, checkedOn: today, outcome: 'klopt' }), strings.listingCheck.recorded(organisation.name, 'klopt'))}>
                {strings.listingCheck.correct}
              </button>
            </div>
          </li>
        )}
      />
      {logging && createPortal(<QuickLogDialog person={logging} onClose={() => setLogging(null)} />, document.body)}
    </section>
  );
}
