import { useEffect, useRef, useState } from 'react';
import { likelyDuplicateOrganisations, likelyDuplicatePersons } from '../../../../shared/analysis/likely-duplicates';
import { SelectField, TextField } from '../../components/form-fields';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { organisationOptions, termOptions } from '../../components/options';
import type { NewOrganisationDraft, NewPersonDraft, Participant } from './log-draft';

interface Props {
  type: 'new-person' | 'new-organisation';
  initialName: string;
  /** Organisations created earlier in this same entry, to attach a new person to. */
  draftOrganisations: readonly NewOrganisationDraft[];
  /** The organisation of this visit, if any: a new person met there most likely works there. */
  visitOrganisationId?: string;
  onPerson: (person: NewPersonDraft) => void;
  onOrganisation: (organisation: NewOrganisationDraft) => void;
  /** The broker recognised an existing record instead. */
  onExisting: (participant: Participant) => void;
  onCancel: () => void;
}

/**
 * Someone new, with the minimum fields. Before adding, a likely duplicate
 * is offered instead ("Bedoel je Femke de Wit van Buurtwerk Noord?").
 */
export function NewRecordForm({ type, initialName, draftOrganisations, visitOrganisationId, onPerson, onOrganisation, onExisting, onCancel }: Props) {
  const { data, index } = useLoadedNetwork();
  const [name, setName] = useState(initialName);
  const [mobile, setMobile] = useState('');
  const [organisationId, setOrganisationId] = useState(visitOrganisationId ?? '');
  const [role, setRole] = useState('');
  const [kindId, setKindId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<{ participant: Participant; where: string; reasons: string[] } | null>(null);
  const first = useRef<HTMLDivElement>(null);
  const text = strings.logbook;

  useEffect(() => {
    first.current?.querySelector('input')?.focus();
  }, []);

  const add = (skipDuplicateCheck: boolean) => {
    if (name.trim() === '') return setError(strings.form.requiredMissing('naam'));
    if (type === 'new-organisation' && kindId === '') return setError(strings.form.requiredMissing('soort organisatie'));
    if (!skipDuplicateCheck) {
      if (type === 'new-person') {
        const [match] = likelyDuplicatePersons({ name, mobile }, data.persons);
        if (match) {
          const where = (index.affiliationsOfPerson.get(match.record.id) ?? []).map((affiliation) => index.organisation.get(affiliation.organisationId)?.name).filter(Boolean).join(', ');
          return setSuggestion({ participant: { kind: 'person', id: match.record.id, label: match.record.name }, where, reasons: match.reasons });
        }
      } else {
        const [match] = likelyDuplicateOrganisations({ name }, data.organisations);
        if (match) return setSuggestion({ participant: { kind: 'organisation', id: match.record.id, label: match.record.name }, where: '', reasons: match.reasons });
      }
    }
    const id = globalThis.crypto.randomUUID();
    if (type === 'new-person') onPerson({ id, name: name.trim(), mobile, email: '', organisationId: organisationId || null, role });
    else onOrganisation({ id, name: name.trim(), kindId });
  };

  const organisations = [...draftOrganisations.map((organisation) => ({ value: organisation.id, label: `${organisation.name} (nieuw)` })), ...organisationOptions(data)];
  return (
    <div className="new-record card" role="group" aria-label={type === 'new-person' ? text.newPerson.title : text.newOrganisation.title} ref={first}>
      <h3>{type === 'new-person' ? text.newPerson.title : text.newOrganisation.title}</h3>
      {/* A div, not a form: this sits inside the logbook form. */}
      <div
        className="form-grid"
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.ctrlKey && (event.target as HTMLElement).tagName === 'INPUT') {
            event.preventDefault();
            add(false);
          }
        }}
      >
        <TextField name="new-name" label={text.newPerson.name} value={name} onChange={setName} required error={error ?? undefined} />
        {type === 'new-person' ? (
          <>
            <TextField name="new-mobile" label={text.newPerson.mobile} value={mobile} onChange={setMobile} type="tel" />
            <SelectField name="new-organisation" label={text.newPerson.organisation} value={organisationId} onChange={setOrganisationId} options={organisations} placeholder={strings.form.none} />
            <TextField name="new-role" label={text.newPerson.role} value={role} onChange={setRole} />
          </>
        ) : (
          <SelectField name="new-kind" label={text.newOrganisation.kind} value={kindId} onChange={setKindId} options={termOptions(data, 'organisation_kind')} placeholder={strings.form.choose} required />
        )}
      </div>
      {suggestion ? (
        <div className="duplicate-offer" role="alert">
          <p>
            {text.duplicate.question(suggestion.participant.label, suggestion.where)} <span className="muted">{text.duplicate.reasons(suggestion.reasons.join(', '))}</span>
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => onExisting(suggestion.participant)}>
              {text.duplicate.useExisting(suggestion.participant.label)}
            </button>
            <button type="button" className="button-secondary" onClick={() => add(true)}>
              {text.duplicate.createNew}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => add(false)}>
            {text.newPerson.add}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {text.newPerson.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
