import { useEffect, useState } from 'react';
import { hasLeft, type Affiliation } from '../../../../shared/domain/affiliation';
import type { DeparturePlan } from '../../../../shared/domain/departure';
import { localToday } from '../../clock';
import { DateField, SelectField, TextField } from '../../components/form-fields';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { formatShortDate } from '../../strings/dutch';

const text = strings.detail.departure;

/** A person's roles over time: the current ones first, each with "Vertrokken…"; the ended ones with their end date and successor. */
export function AffiliationHistory({ personId }: { personId: string }) {
  const { index } = useLoadedNetwork();
  const [leaving, setLeaving] = useState<string | null>(null);
  const affiliations = index.affiliationsOfPerson.get(personId) ?? [];
  const ordered = [...affiliations.filter((affiliation) => !hasLeft(affiliation)), ...affiliations.filter(hasLeft).sort((left, right) => (right.until ?? '').localeCompare(left.until ?? ''))];
  if (ordered.length === 0) return <p className="empty-note">{strings.detail.noAffiliations}</p>;
  return (
    <ul className="plain-list affiliation-history">
      {ordered.map((affiliation) => {
        const organisation = index.organisation.get(affiliation.organisationId)?.name ?? '';
        const successor = affiliation.successorPersonId ? index.person.get(affiliation.successorPersonId) : undefined;
        return (
          <li key={affiliation.id} className={hasLeft(affiliation) ? 'is-ended' : undefined}>
            {affiliation.role || '–'} bij <a href={href('adresboek', 'organisaties', affiliation.organisationId)}>{organisation}</a>
            {affiliation.since && <span className="muted"> · {strings.detail.since(formatShortDate(affiliation.since))}</span>}
            {affiliation.until && <span className="muted"> · {text.until(formatShortDate(affiliation.until))}</span>}
            {successor && (
              <span className="muted">
                {' '}
                · {text.successor} <a href={href('adresboek', 'contactpersonen', successor.id)}>{successor.name}</a>
              </span>
            )}
            {!hasLeft(affiliation) && leaving !== affiliation.id && (
              <>
                {' '}
                <button type="button" className="link-button no-print" aria-label={text.leaveLabel(organisation)} onClick={() => setLeaving(affiliation.id)}>
                  {text.leave}
                </button>
              </>
            )}
            {leaving === affiliation.id && <DeparturePanel affiliation={affiliation} onClose={() => setLeaving(null)} />}
          </li>
        );
      })}
    </ul>
  );
}

/** Ending a role: when, who takes over, what moves to them and which ties they take over; one undoable step. */
function DeparturePanel({ affiliation, onClose }: { affiliation: Affiliation; onClose: () => void }) {
  const { api, data, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const [leftOn, setLeftOn] = useState(localToday());
  const [successorId, setSuccessorId] = useState('');
  const [plan, setPlan] = useState<DeparturePlan | null>(null);
  const [carry, setCarry] = useState<Set<string>>(new Set());
  const [newOrganisationId, setNewOrganisationId] = useState('');
  const [newRole, setNewRole] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const person = index.person.get(affiliation.personId)?.name ?? '';
  const organisation = index.organisation.get(affiliation.organisationId)?.name ?? '';
  useEffect(() => {
    void api.affiliation.departurePlan({ id: affiliation.id }).then((result) => {
      if (!result.ok) return setError({ field: 'form', message: result.error.message });
      setPlan(result.value);
      // The warm ties go over by default: those are the ones a referral chain hangs on.
      setCarry(new Set(result.value.ties.filter((tie) => tie.warmth === 'warm').map((tie) => tie.tieId)));
    });
  }, [api, affiliation.id]);
  // Colleagues at the same organisation first: the successor is most often one of them.
  const colleagues = new Set((index.affiliationsOfOrganisation.get(affiliation.organisationId) ?? []).filter((other) => !hasLeft(other)).map((other) => other.personId));
  const people = data.persons
    .filter((candidate) => candidate.archivedAt === null && candidate.id !== affiliation.personId)
    .sort((left, right) => Number(colleagues.has(right.id)) - Number(colleagues.has(left.id)) || left.name.localeCompare(right.name, 'nl'));
  const options = [{ value: '', label: text.noSuccessor }, ...people.map((candidate) => ({ value: candidate.id, label: colleagues.has(candidate.id) ? `${candidate.name} (${organisation})` : candidate.name }))];
  const elsewhere = [
    { value: '', label: text.newOrganisationUnknown },
    ...data.organisations
      .filter((candidate) => candidate.archivedAt === null && candidate.id !== affiliation.organisationId)
      .sort((left, right) => left.name.localeCompare(right.name, 'nl'))
      .map((candidate) => ({ value: candidate.id, label: candidate.name })),
  ];
  const moves = plan?.moves;
  // A tie with the successor is not theirs to take over.
  const carriable = (plan?.ties ?? []).filter((tie) => !(tie.other.kind === 'person' && tie.other.id === successorId));
  const save = async () => {
    const result = await api.affiliation.depart({ affiliationId: affiliation.id, leftOn, successorPersonId: successorId || null, carryTieIds: successorId ? carriable.filter((tie) => carry.has(tie.tieId)).map((tie) => tie.tieId) : [], newRole: newOrganisationId ? { organisationId: newOrganisationId, role: newRole } : null });
    if (!result.ok) {
      const [path, message] = Object.entries(result.error.fields ?? {})[0] ?? ['form', result.error.message];
      return setError({ field: path.split('.')[0] ?? 'form', message });
    }
    const successor = successorId ? index.person.get(successorId)?.name : undefined;
    // Shown with undo: the same step again, now as a change already made.
    const nowAt = newOrganisationId ? text.nowAt(index.organisation.get(newOrganisationId)?.name ?? '') : '';
    await act(Promise.resolve(result), (successor ? text.savedWithSuccessor(person, organisation, successor) : text.saved(person, organisation)) + nowAt);
    onClose();
  };
  return (
    <div className="confirm-panel departure-panel" role="group" aria-label={text.panelLabel(person, organisation)}>
      <p>
        <strong>{text.title(person, organisation)}</strong>
      </p>
      <div className="form-grid">
        <DateField name="leftOn" label={text.leftOn} value={leftOn} onChange={setLeftOn} error={error?.field === 'leftOn' ? error.message : undefined} required />
        <SelectField name="successor" label={text.successorLabel} value={successorId} onChange={setSuccessorId} options={options} error={error?.field === 'successorPersonId' ? error.message : undefined} />
      </div>
      {successorId && moves && (
        <p>
          {text.moves(moves.offers, moves.afspraken, moves.introductions, moves.casusMatches)}
        </p>
      )}
      {successorId && carriable.length > 0 && (
        <fieldset className="proposal-list">
          <legend>{text.carry}</legend>
          {carriable.map((tie) => (
            <label key={tie.tieId} className="checkbox-row">
              <input
                type="checkbox"
                checked={carry.has(tie.tieId)}
                onChange={(event) =>
                  setCarry((current) => {
                    const next = new Set(current);
                    if (event.target.checked) next.add(tie.tieId);
                    else next.delete(tie.tieId);
                    return next;
                  })
                }
              />{' '}
              {tie.otherName} <span className="muted">· {tie.warmth}</span>
            </label>
          ))}
        </fieldset>
      )}
      {!successorId && <p className="muted">{text.withoutSuccessor}</p>}
      <div className="form-grid">
        <SelectField name="newOrganisation" label={text.newOrganisation} value={newOrganisationId} onChange={setNewOrganisationId} options={elsewhere} hint={text.newOrganisationHint} error={error?.field === 'newRole' ? error.message : undefined} />
        {newOrganisationId && <TextField name="newRole" label={text.newRole} value={newRole} onChange={setNewRole} />}
      </div>
      {error && error.field !== 'leftOn' && error.field !== 'successorPersonId' && error.field !== 'newRole' && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => void save()}>
          {text.confirm}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {strings.form.cancel}
        </button>
      </div>
    </div>
  );
}
