import { useEffect, useMemo, useState } from 'react';
import { bccAddresses, invitationLines, inviteesByFilter, type InviteeFilter } from '../../../../shared/analysis/meeting-invitees';
import type { MeetingTieProposal } from '../../../../shared/analysis/meeting-ties';
import { meetingName, type Meeting, type MeetingFields } from '../../../../shared/domain/meeting';
import { meetingKind } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { CsvDownload } from '../../components/csv-download';
import { InviteeFilterBar } from '../../components/invitee-filter-bar';
import { useCopyText } from '../../components/phone-number';
import { DateField, SelectField, TextField } from '../../components/form-fields';
import { href, navigate } from '../../routing/use-route';
import { useLoadedNetwork, useNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { formatDate } from '../../strings/dutch';
import { personWithOrganisation } from '../../state/person-label';
import { foldText } from '../../../../shared/normalise/name';

const text = strings.meetings.detail;
const PROPOSALS_SHOWN = 10;

/** One meeting: who is invited (by filter or by hand), who came, and recording what came of it. */
export function MeetingDetail({ id }: { id: string }) {
  const { api, data, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const meeting = data.meetings.find((candidate) => candidate.id === id);
  if (!meeting) return <p className="load-error">{text.notFound}</p>;
  const today = localToday();
  const name = meetingName(meeting);
  const update = (patch: Partial<MeetingFields>, message: string) => act(api.meeting.update({ id: meeting.id, patch }), message);
  const facts = [
    meetingKind.labels[meeting.kind],
    `${formatDate(meeting.heldOn)}${meeting.startsAt ? ` ${strings.meetings.at(meeting.startsAt)}` : ''}`,
    meeting.place,
    meeting.neighbourhoodId ? index.neighbourhood.get(meeting.neighbourhoodId)?.name : '',
    meeting.themeId ? index.term.get(meeting.themeId)?.label : '',
  ].filter(Boolean);
  return (
    <div className="meeting-detail">
      <a className="back-link" href={href('bijeenkomsten')}>
        ← {text.back}
      </a>
      <div className="detail-header">
        <div>
          <h1>{name}</h1>
          <p className="eyebrow">{facts.join(' · ')}</p>
          {meeting.note && <p className="description">{meeting.note}</p>}
        </div>
        <div className="actions">
          <a className="button-secondary" href={href('bijeenkomsten', meeting.id, 'bewerken')}>
            {text.edit}
          </a>
          <button type="button" className="button-secondary" onClick={() => void act(api.meeting.archive({ id: meeting.id }), text.removed(name)).then((done) => done && navigate(href('bijeenkomsten')))}>
            {text.remove}
          </button>
        </div>
      </div>
      {meeting.logEntryId === null && meeting.heldOn > today && (
        <>
          <Invitations meeting={meeting} update={update} />
          <section className="card" aria-labelledby="attendance-title">
            <h2 id="attendance-title">{text.attendance}</h2>
            <p className="muted">{text.attendanceAhead}</p>
          </section>
        </>
      )}
      {/* From the day itself, what she does first: tick who came, then record it; inviting more comes last. */}
      {meeting.logEntryId === null && meeting.heldOn <= today && (
        <>
          <Attendance meeting={meeting} update={update} />
          <RecordMeeting meeting={meeting} />
          <Invitations meeting={meeting} update={update} />
        </>
      )}
      {meeting.logEntryId !== null && <Recorded meeting={meeting} />}
    </div>
  );
}

type Update = (patch: Partial<MeetingFields>, message: string) => Promise<boolean>;

function Invitations({ meeting, update }: { meeting: Meeting; update: Update }) {
  const { data, index } = useLoadedNetwork();
  const { notify } = useNotices();
  const copyText = useCopyText();
  const [filter, setFilter] = useState<InviteeFilter>({ neighbourhoodId: meeting.neighbourhoodId ?? '', kindId: '', themeId: meeting.themeId ?? '', targetGroupId: '' });
  const today = localToday();
  const chosen = useMemo(() => inviteesByFilter(data, filter, today), [data, filter, today]);
  const invited = new Set(meeting.invitedOrganisationIds);
  const fresh = chosen.filter((invitee) => !invited.has(invitee.organisationId));
  const lines = invitationLines(data, meeting);
  const inviteChosen = () =>
    void update(
      {
        invitedOrganisationIds: [...meeting.invitedOrganisationIds, ...fresh.map((invitee) => invitee.organisationId)],
        invitedPersonIds: [...new Set([...meeting.invitedPersonIds, ...fresh.flatMap((invitee) => (invitee.personId ? [invitee.personId] : []))])],
      },
      text.invitedByFilter(fresh.length),
    );
  const uninvite = (organisationId: string) => {
    const peopleThere = new Set((index.affiliationsOfOrganisation.get(organisationId) ?? []).map((affiliation) => affiliation.personId));
    const organisation = index.organisation.get(organisationId)?.name ?? '';
    void update(
      {
        invitedOrganisationIds: meeting.invitedOrganisationIds.filter((candidate) => candidate !== organisationId),
        invitedPersonIds: meeting.invitedPersonIds.filter((personId) => !peopleThere.has(personId)),
      },
      text.uninvited(organisation),
    );
  };
  const copyBcc = async () => {
    const addresses = bccAddresses(lines);
    if (!addresses) return notify(text.noAddresses, { tone: 'error' });
    await copyText(addresses, text.bccCopied(addresses.split('; ').length));
  };
  return (
    <section className="card meeting-invitations" aria-labelledby="invite-title">
      <h2 id="invite-title">
        {text.invite} <span className="count">{meeting.invitedOrganisationIds.length}</span>
      </h2>
      <p className="muted">{text.inviteIntro}</p>
      <InviteeFilterBar id="invite" filter={filter} onChange={setFilter}>
        {fresh.length > 0 ? (
          <button type="button" className="button" onClick={inviteChosen}>
            {text.addByFilter(fresh.length)}
          </button>
        ) : (
          <p className="muted filter-status" role="status">
            {chosen.length > 0 ? text.allInvited : text.nothingByFilter}
          </p>
        )}
      </InviteeFilterBar>
      <h3>{text.invitedList}</h3>
      {lines.length === 0 ? (
        <p className="empty-note">{text.notInvited}</p>
      ) : (
        <ul className="people-list invited-list">
          {meeting.invitedOrganisationIds.map((organisationId) => {
            const organisation = index.organisation.get(organisationId);
            const people = lines.filter((line) => line.organisation === organisation?.name && line.person).map((line) => line.person);
            return (
              <li key={organisationId}>
                <span>
                  <strong>{organisation?.name}</strong> <span className="muted">· {people.length > 0 ? people.join(', ') : text.nobodyKnown}</span>
                </span>
                <button type="button" className="link-button" aria-label={text.uninvite(organisation?.name ?? '')} onClick={() => uninvite(organisationId)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {lines.length > 0 && (
        <div className="actions">
          <button type="button" className="button-secondary button-small" onClick={() => void copyBcc()}>
            {text.copyBcc}
          </button>
          <CsvDownload fileName={`uitnodigingen ${meetingName(meeting)}.csv`} header={text.csvHeader} rows={lines.map((line) => [line.organisation, line.person, line.email, line.phone])} label="Uitnodigingslijst" />
        </div>
      )}
    </section>
  );
}

/**
 * Who came: a checkbox per invited person, and per invited organisation
 * without a named person, by name and searchable; someone who came without an
 * invitation is added from the address book. Each tick is saved at once.
 */
function Attendance({ meeting, update }: { meeting: Meeting; update: Update }) {
  const { data, index } = useLoadedNetwork();
  const [query, setQuery] = useState('');
  const [walkIn, setWalkIn] = useState('');
  const people = new Set(meeting.invitedPersonIds);
  interface AttendanceRow {
    kind: 'person' | 'organisation';
    id: string;
    label: string;
  }
  const invitedRows = meeting.invitedOrganisationIds.flatMap((organisationId): AttendanceRow[] => {
    const organisation = index.organisation.get(organisationId)?.name ?? '';
    const here = [...new Set((index.affiliationsOfOrganisation.get(organisationId) ?? []).filter((affiliation) => people.has(affiliation.personId)).map((affiliation) => affiliation.personId))];
    return here.length > 0 ? here.map((personId) => ({ kind: 'person', id: personId, label: `${index.person.get(personId)?.name ?? ''} (${organisation})` })) : [{ kind: 'organisation', id: organisationId, label: text.organisationPresent(organisation) }];
  });
  const listed = new Set(invitedRows.map((row) => row.id));
  const walkInRows = meeting.attendedPersonIds.filter((personId) => !listed.has(personId)).map((personId): AttendanceRow => ({ kind: 'person', id: personId, label: personWithOrganisation(index, personId) }));
  const rows = [...invitedRows, ...walkInRows].sort((left, right) => left.label.localeCompare(right.label, 'nl'));
  const shown = query.trim() === '' ? rows : rows.filter((row) => foldText(row.label).includes(foldText(query.trim())));
  const onList = new Set(rows.map((row) => row.id));
  const others = data.persons
    .filter((person) => person.archivedAt === null && !onList.has(person.id))
    .map((person) => ({ value: person.id, label: personWithOrganisation(index, person.id) }))
    .sort((left, right) => left.label.localeCompare(right.label, 'nl'));
  const present = (row: AttendanceRow) => (row.kind === 'person' ? meeting.attendedPersonIds : meeting.attendedOrganisationIds).includes(row.id);
  const toggle = (row: AttendanceRow, isPresent: boolean) => {
    const field = row.kind === 'person' ? 'attendedPersonIds' : 'attendedOrganisationIds';
    const current = meeting[field];
    void update({ [field]: isPresent ? [...current, row.id] : current.filter((id) => id !== row.id) }, text.attendanceSaved);
  };
  const addWalkIn = () => {
    if (walkIn === '') return;
    void update({ attendedPersonIds: [...meeting.attendedPersonIds, walkIn] }, text.walkInAdded(personWithOrganisation(index, walkIn)));
    setWalkIn('');
  };
  return (
    <section className="card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">
        {text.attendance} <span className="count">{meeting.attendedPersonIds.length + meeting.attendedOrganisationIds.length}</span>
      </h2>
      <p className="muted">{text.attendanceIntro}</p>
      {rows.length > 8 && <TextField name="attendance-query" label={text.attendanceSearch} value={query} onChange={setQuery} />}
      <fieldset className="attendance-list">
        <legend className="visually-hidden">{text.attendance}</legend>
        {shown.length === 0 && <p className="empty-note">{text.nobodyFound}</p>}
        {shown.map((row) => (
          <label key={`${row.kind}:${row.id}`} className="checkbox-row">
            <input type="checkbox" checked={present(row)} onChange={(event) => toggle(row, event.target.checked)} /> {row.label}
          </label>
        ))}
      </fieldset>
      <div className="inline-form">
        <SelectField name="walk-in" label={text.walkIn} value={walkIn} onChange={setWalkIn} options={others} placeholder={strings.form.choose} />
        <button type="button" className="button-secondary button-small" disabled={walkIn === ''} onClick={addWalkIn}>
          {text.addWalkIn}
        </button>
      </div>
    </section>
  );
}

interface AfspraakDraft {
  note: string;
  ownerPersonId: string;
  dueOn: string;
}

/** Recording the meeting: the proposed ties she accepts, the afspraken made, logged as one change. */
function RecordMeeting({ meeting }: { meeting: Meeting }) {
  const { api, index } = useLoadedNetwork();
  const { refresh } = useNetwork();
  const { notify } = useNotices();
  const [proposals, setProposals] = useState<MeetingTieProposal[] | null>(null);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  // A wijk's whole network at one table makes hundreds of pairs: the likeliest first, the rest on request.
  const [shown, setShown] = useState(PROPOSALS_SHOWN);
  const [afspraken, setAfspraken] = useState<AfspraakDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // Asked again whenever who came changes; an older answer arriving late is dropped.
  const presentKey = [...meeting.attendedPersonIds, '|', ...meeting.attendedOrganisationIds].join(' ');
  useEffect(() => {
    let current = true;
    void api.meeting.proposeTies({ id: meeting.id }).then((result) => {
      if (!current) return;
      if (result.ok) setProposals(result.value);
      else notify(result.error.message, { tone: 'error' });
    });
    return () => {
      current = false;
    };
  }, [api, notify, meeting.id, presentKey]);
  const keyOf = (proposal: MeetingTieProposal) => proposal.organisationIds.join('|');
  const owners = [{ value: '', label: text.me }, ...meeting.attendedPersonIds.map((personId) => ({ value: personId, label: index.person.get(personId)?.name ?? '' }))];
  const setAfspraak = (position: number, patch: Partial<AfspraakDraft>) => setAfspraken((current) => current.map((draft, at) => (at === position ? { ...draft, ...patch } : draft)));
  const record = async () => {
    setSaving(true);
    const result = await api.meeting.record({
      meetingId: meeting.id,
      ties: (proposals ?? []).filter((proposal) => accepted.has(keyOf(proposal))).map((proposal) => ({ organisationIds: proposal.organisationIds })),
      afspraken: afspraken.map((draft) => ({ note: draft.note, ownerPersonId: draft.ownerPersonId || null, dueOn: draft.dueOn })),
    });
    setSaving(false);
    if (!result.ok) {
      setErrors({ ...result.error.fields, form: result.error.message });
      return;
    }
    setErrors({});
    await refresh();
    notify(text.recordedMessage(meetingName(meeting), result.value.tieIds.length, result.value.taskIds.length), { undoable: true });
  };
  return (
    <section className="card meeting-record" aria-labelledby="record-title">
      <h2 id="record-title">{text.record}</h2>
      <p className="muted">{text.recordIntro}</p>
      <fieldset className="proposal-list">
        <legend>{text.proposals}</legend>
        <p className="muted">{text.proposalsIntro}</p>
        {proposals?.length === 0 && <p className="empty-note">{text.noProposals}</p>}
        {proposals?.slice(0, shown).map((proposal) => (
          <label key={keyOf(proposal)} className="checkbox-row">
            <input
              type="checkbox"
              checked={accepted.has(keyOf(proposal))}
              onChange={(event) =>
                setAccepted((current) => {
                  const next = new Set(current);
                  if (event.target.checked) next.add(keyOf(proposal));
                  else next.delete(keyOf(proposal));
                  return next;
                })
              }
            />{' '}
            {text.proposal(...proposal.names)}
            {proposal.sharedThemeIds.length > 0 && <span className="muted"> · {text.sharedThemes(proposal.sharedThemeIds.map((theme) => index.term.get(theme)?.label ?? '').join(', '))}</span>}
          </label>
        ))}
        {proposals && proposals.length > shown && (
          <button type="button" className="link-button" onClick={() => setShown((current) => current + PROPOSALS_SHOWN)}>
            {text.moreProposals(Math.min(PROPOSALS_SHOWN, proposals.length - shown), proposals.length - shown)}
          </button>
        )}
      </fieldset>
      <fieldset className="afspraak-list">
        <legend>{text.afspraken}</legend>
        {afspraken.map((draft, position) => (
          <div key={position} className="afspraak-row" role="group" aria-label={text.afspraakLabel(position + 1)}>
            <TextField name={`afspraak-${position}-note`} label={text.afspraakNote} value={draft.note} onChange={(note) => setAfspraak(position, { note })} error={errors[`afspraken.${position}.note`]} />
            <SelectField name={`afspraak-${position}-owner`} label={text.afspraakOwner} value={draft.ownerPersonId} onChange={(ownerPersonId) => setAfspraak(position, { ownerPersonId })} options={owners} />
            <DateField name={`afspraak-${position}-due`} label={text.afspraakDue} value={draft.dueOn} onChange={(dueOn) => setAfspraak(position, { dueOn })} error={errors[`afspraken.${position}.dueOn`]} />
            <button type="button" className="link-button" aria-label={text.removeAfspraak(position + 1)} onClick={() => setAfspraken((current) => current.filter((_, at) => at !== position))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="button-secondary button-small" onClick={() => setAfspraken((current) => [...current, { note: '', ownerPersonId: '', dueOn: '' }])}>
          {text.addAfspraak}
        </button>
      </fieldset>
      <div className="actions">
        <button type="button" className="button" disabled={saving} onClick={() => void record()}>
          {text.recordButton}
        </button>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
      </div>
    </section>
  );
}

/** A recorded meeting: who came and who did not, the ties it made, and its afspraken with their state. */
function Recorded({ meeting }: { meeting: Meeting }) {
  const { data, index } = useLoadedNetwork();
  const afspraken = data.tasks.filter((task) => task.meetingId === meeting.id && task.archivedAt === null);
  const ties = data.ties.filter((tie) => tie.archivedAt === null && tie.sourceLogEntryId === meeting.logEntryId);
  const endName = (end: { kind: 'person' | 'organisation'; id: string }) => (end.kind === 'person' ? personWithOrganisation(index, end.id) : (index.organisation.get(end.id)?.name ?? '?'));
  const attended = [...meeting.attendedPersonIds.map((id) => personWithOrganisation(index, id)), ...meeting.attendedOrganisationIds.map((id) => index.organisation.get(id)?.name ?? '')].sort((left, right) => left.localeCompare(right, 'nl'));
  // An invited organisation was there when it, or anyone working there, came.
  const cameFrom = new Set([...meeting.attendedOrganisationIds, ...meeting.attendedPersonIds.flatMap((id) => (index.affiliationsOfPerson.get(id) ?? []).map((affiliation) => affiliation.organisationId))]);
  const absent = meeting.invitedOrganisationIds
    .filter((id) => !cameFrom.has(id))
    .map((id) => index.organisation.get(id)?.name ?? '')
    .sort((left, right) => left.localeCompare(right, 'nl'));
  return (
    <>
      <section className="card" aria-labelledby="recorded-title">
        <h2 id="recorded-title">{text.recordedTitle}</h2>
        <p className="muted">{text.recordedNote(formatDate(meeting.heldOn))}</p>
        <p>
          <strong>
            {text.attendance} ({attended.length}):
          </strong>{' '}
          {attended.join(', ') || '–'}
        </p>
        {absent.length > 0 && (
          <p>
            <strong>
              {text.absent} ({absent.length}):
            </strong>{' '}
            {absent.join(', ')}
          </p>
        )}
        <h3>
          {text.newTies} <span className="count">{ties.length}</span>
        </h3>
        {ties.length === 0 ? (
          <p className="empty-note">{text.noNewTies}</p>
        ) : (
          <ul className="plain-list">
            {ties.map((tie) => (
              <li key={tie.id}>{text.proposal(endName(tie.from), endName(tie.to))}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="afspraken-title">
        <h2 id="afspraken-title">
          {text.openAfspraken} <span className="count">{afspraken.length}</span>
        </h2>
        {afspraken.length === 0 ? (
          <p className="empty-note">{text.noAfspraken}</p>
        ) : (
          <ul className="plain-list">
            {afspraken.map((task) => (
              <li key={task.id}>
                <strong>{formatDate(task.dueOn)}</strong> · {task.note} <span className="muted">· {task.ownerPersonId ? strings.logbook.followUps.afspraakOwner(personWithOrganisation(index, task.ownerPersonId)) : strings.logbook.followUps.afspraakByMe}</span>
                {task.doneOn && <span className="badge badge-planned"> {text.done}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
