import { useRef, useState } from 'react';
import { tieKind, warmth } from '../../../../shared/domain/vocabulary';
import { SelectField, TextArea, TextField } from '../../components/form-fields';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { noTie, participantKey, type VisitErrors, type NewOrganisationDraft, type NewPersonDraft, type Participant, type TieDraft, type TieKind, type VisitDraft, type Warmth } from './log-draft';
import { NewRecordForm } from './new-record-form';
import { RecordPicker } from '../../components/record-picker';
import { OfferDetailsFields, offerDetailsDraft } from '../../components/offer/offer-details';

interface Props {
  visit: VisitDraft;
  /** Problems of this visit, shown next to their fields. */
  errors: VisitErrors;
  /** Who was met on the round's other visits: she often introduces someone from the first visit to someone from the third. */
  otherVisits: readonly { participant: Participant; visit: number }[];
  label: string;
  showOffers: boolean;
  /** A visit of a prefilled round: who and the note on one line, the rest behind "Meer…" until she asks or has filled it in. */
  compact?: boolean;
  onChange: (visit: VisitDraft) => void;
  draftOrganisations: readonly NewOrganisationDraft[];
  onNewPerson: (person: NewPersonDraft) => void;
  onNewOrganisation: (organisation: NewOrganisationDraft) => void;
}

/** Who was there, what connections were made, what was learned: one contact or one visit of a round. */
export function VisitEditor({ visit, errors, otherVisits, label, showOffers, compact = false, onChange, draftOrganisations, onNewPerson, onNewOrganisation }: Props) {
  const { index } = useLoadedNetwork();
  const [creating, setCreatingState] = useState<{ type: 'new-person' | 'new-organisation'; name: string } | null>(null);
  // Only a visit that came prefilled (from the round planner) starts folded; one she builds herself stays open.
  const [expanded, setExpanded] = useState(() => visit.participants.length === 0);
  // Whatever she filled in or got wrong stays in view.
  const filledIn = visit.ties.length > 0 || visit.offers.length > 0 || visit.pendingOffer !== '' || visit.pendingOfferDetails !== null || visit.pendingTie.from !== '' || visit.pendingTie.to !== '' || creating !== null;
  const open = !compact || expanded || filledIn || Boolean(errors.tie ?? errors.offer ?? errors.participants);
  const pickerArea = useRef<HTMLDivElement>(null);
  // Back to the picker when a new record is added or dropped: the next name is typed right away.
  const setCreating = (value: { type: 'new-person' | 'new-organisation'; name: string } | null) => {
    setCreatingState(value);
    if (value === null) requestAnimationFrame(() => pickerArea.current?.querySelector<HTMLInputElement>('.picker input')?.focus());
  };
  // Half-filled fields live in the draft, so saving the round takes them along.
  const tie = visit.pendingTie;
  const setTie = (pendingTie: TieDraft) => onChange({ ...visit, pendingTie });
  const offerTitle = visit.pendingOffer;
  const setOfferTitle = (pendingOffer: string) => onChange({ ...visit, pendingOffer });
  const text = strings.logbook;
  const keys = new Set(visit.participants.map(participantKey));
  const add = (participant: Participant) => {
    if (!keys.has(participantKey(participant))) onChange({ ...visit, participants: [...visit.participants, participant] });
  };
  const remove = (participant: Participant) =>
    onChange({
      ...visit,
      participants: visit.participants.filter((candidate) => participantKey(candidate) !== participantKey(participant)),
      ties: visit.ties.filter((candidate) => candidate.from !== participantKey(participant) && candidate.to !== participantKey(participant)),
      warmer: visit.warmer.filter((id) => id !== participant.id),
    });
  // This visit's people first, then those of the round's other visits (once each).
  const elsewhere = otherVisits.filter(({ participant }, position) => !keys.has(participantKey(participant)) && otherVisits.findIndex((other) => participantKey(other.participant) === participantKey(participant)) === position);
  const options = [
    ...visit.participants.map((participant) => ({ value: participantKey(participant), label: participant.label })),
    ...elsewhere.map(({ participant, visit: number }) => ({ value: participantKey(participant), label: text.fromVisit(participant.label, number) })),
  ];
  const labelOf = (key: string) => options.find((option) => option.value === key)?.label ?? key;
  const organisationsHere = visit.participants.filter((participant) => participant.kind === 'organisation' && index.organisation.has(participant.id));
  const knownOffers = organisationsHere.flatMap((participant) => (index.offersOfOrganisation.get(participant.id) ?? []).filter((offer) => offer.archivedAt === null));
  const newOfferOrganisation = visit.participants.find((participant) => participant.kind === 'organisation');

  return (
    <fieldset className="visit">
      <legend>{label}</legend>
      {open && (
        <div ref={pickerArea}>
          <RecordPicker label={text.who} hint={text.whoHint} error={errors.participants} onPick={add} exclude={keys} onNew={(type, name) => setCreating({ type, name })} />
        </div>
      )}
      {creating && (
        <NewRecordForm
          type={creating.type}
          initialName={creating.name}
          draftOrganisations={draftOrganisations}
          {...(newOfferOrganisation ? { visitOrganisationId: newOfferOrganisation.id } : {})}
          onExisting={(participant) => {
            add(participant);
            setCreating(null);
          }}
          onPerson={(person) => {
            onNewPerson(person);
            add({ kind: 'person', id: person.id, label: person.name });
            setCreating(null);
          }}
          onOrganisation={(organisation) => {
            onNewOrganisation(organisation);
            add({ kind: 'organisation', id: organisation.id, label: organisation.name });
            setCreating(null);
          }}
          onCancel={() => setCreating(null)}
        />
      )}
      {visit.participants.length > 0 && (
        <ul className="chips" aria-label={text.who}>
          {visit.participants.map((participant) => (
            <li key={participantKey(participant)} className="chip">
              <span className={`kind-badge kind-${participant.kind}`}>{strings.search.kinds[participant.kind]}</span> {participant.label}
              {participant.kind === 'person' && (
                <label className="checkbox chip-option">
                  <input
                    type="checkbox"
                    checked={visit.warmer.includes(participant.id)}
                    onChange={(event) => onChange({ ...visit, warmer: event.target.checked ? [...visit.warmer, participant.id] : visit.warmer.filter((id) => id !== participant.id) })}
                  />
                  {text.knowsBetter}
                </label>
              )}
              <button type="button" className="chip-remove" onClick={() => remove(participant)} aria-label={text.remove(participant.label)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && visit.participants.length >= 1 && options.length >= 2 && (
        <div className="tie-editor" role="group" aria-label={text.ties}>
          <p className="field-hint">{text.tiesHint}</p>
          <div className="form-grid tie-row">
            <SelectField name="tie-from" label={text.tieFrom} value={tie.from} onChange={(from) => setTie({ ...tie, from })} options={options} placeholder={strings.form.choose} error={errors.tie && tie.from === '' ? errors.tie : undefined} />
            <SelectField name="tie-kind" label={text.tieKind} value={tie.kind} onChange={(kind) => setTie({ ...tie, kind: kind as TieKind })} options={tieKind.codes.map((code) => ({ value: code, label: code === 'geintroduceerd' ? 'is door mij voorgesteld aan' : tieKind.labels[code] }))} />
            <SelectField name="tie-to" label={text.tieTo} value={tie.to} onChange={(to) => setTie({ ...tie, to })} options={options.filter((option) => option.value !== tie.from)} placeholder={strings.form.choose} error={errors.tie && tie.from !== '' ? errors.tie : undefined} />
            <SelectField name="tie-warmth" label={text.tieWarmth} value={tie.warmth} onChange={(value) => setTie({ ...tie, warmth: value as Warmth })} options={warmth.codes.map((code) => ({ value: code, label: warmth.labels[code] }))} />
          </div>
          <button
            type="button"
            className="button-secondary button-small"
            disabled={tie.from === '' || tie.to === '' || tie.from === tie.to}
            onClick={() => onChange({ ...visit, ties: [...visit.ties, tie], pendingTie: noTie })}
          >
            {text.addTie}
          </button>
          {visit.ties.length > 0 && (
            <ul className="plain-list">
              {visit.ties.map((item, position) => (
                <li key={`${item.from}-${item.to}-${position}`}>
                  {labelOf(item.from)} · {item.kind === 'geintroduceerd' ? 'door mij voorgesteld aan' : tieKind.labels[item.kind]} · {labelOf(item.to)} <span className={`badge warmth-${item.warmth}`}>{warmth.labels[item.warmth]}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {open && showOffers && newOfferOrganisation && (
        <div className="offer-editor" role="group" aria-label={text.offers}>
          {knownOffers.map((offer) => (
            <label key={offer.id} className="checkbox">
              <input
                type="checkbox"
                checked={visit.offers.some((candidate) => candidate.offerId === offer.id)}
                onChange={(event) =>
                  onChange({
                    ...visit,
                    offers: event.target.checked ? [...visit.offers, { offerId: offer.id, organisationId: offer.organisationId, title: offer.title }] : visit.offers.filter((candidate) => candidate.offerId !== offer.id),
                  })
                }
              />
              {text.offerVerified(offer.title)}
            </label>
          ))}
          <div className="form-grid">
            <TextField name="new-offer" label={`${text.newOffer} ${text.newOfferOrganisation} ${newOfferOrganisation.label}`} value={offerTitle} onChange={setOfferTitle} error={errors.offer} />
          </div>
          {visit.pendingOfferDetails === null ? (
            <button type="button" className="link-button" aria-expanded={false} onClick={() => onChange({ ...visit, pendingOfferDetails: offerDetailsDraft() })}>
              {text.moreAboutOffer}
            </button>
          ) : (
            <fieldset className="offer-details" aria-label={text.offerDetails}>
              <OfferDetailsFields draft={visit.pendingOfferDetails} onChange={(pendingOfferDetails) => onChange({ ...visit, pendingOfferDetails })} errors={{}} name={`visit-${visit.key}-`} headingLevel={3} />
            </fieldset>
          )}
          <button
            type="button"
            className="button-secondary button-small"
            disabled={offerTitle.trim() === ''}
            onClick={() => onChange({ ...visit, offers: [...visit.offers, { offerId: null, organisationId: newOfferOrganisation.id, title: offerTitle.trim(), details: visit.pendingOfferDetails }], pendingOffer: '', pendingOfferDetails: null })}
          >
            {text.addOffer}
          </button>
          {visit.offers.filter((offer) => offer.offerId === null).map((offer, position) => (
            <p key={`${offer.title}-${position}`} className="muted">
              + {offer.title}
            </p>
          ))}
        </div>
      )}
      <TextArea name="note" label={text.note} value={visit.note} onChange={(note) => onChange({ ...visit, note })} error={errors.note} rows={open ? 4 : 2} />
      {!open && (
        <button type="button" className="link-button" aria-expanded={false} onClick={() => setExpanded(true)}>
          {text.moreForVisit}
        </button>
      )}
    </fieldset>
  );
}
