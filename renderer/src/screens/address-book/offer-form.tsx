import type { Person } from '../../../../shared/domain/person';
import { useState } from 'react';
import { timesOfDayOf, type OfferSession } from '../../../../shared/domain/offer';
import { accessibility, language, offerAccess, offerStatus, timeOfDay } from '../../../../shared/domain/vocabulary';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../../components/form-fields';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FormActions } from '../../components/form-actions';
import { FormSummary } from '../../components/form-summary';
import { organisationOptions, termOptions, neighbourhoodOptions } from '../../components/options';
import { defaultFieldFor, useSaveForm } from '../../state/use-save-form';
import { SessionsEditor } from './sessions-editor';

/** An API path as a form field: a session's problem stays with its row (`sessions.1`), anything else with its field. */
function offerFieldFor(path: string): string {
  const field = path.replace(/^patch\./, '');
  return field.startsWith('sessions.') ? field.split('.').slice(0, 2).join('.') : defaultFieldFor(path);
}

/** Every field of an offer, so that it shows in the coverage of each dimension it serves and matches on what is real. */
export function OfferForm({ id, organisationId }: { id?: string; organisationId?: string }) {
  const { api, data, index } = useLoadedNetwork();
  const existing = id ? index.offer.get(id) : undefined;
  const labels = strings.form.offer;
  const [fields, setFields] = useState({
    organisationId: existing?.organisationId ?? organisationId ?? '',
    title: existing?.title ?? '',
    description: existing?.description ?? '',
    schedule: existing?.schedule ?? '',
    location: existing?.location ?? '',
    cost: existing?.cost ?? 'gratis',
    access: existing?.access ?? 'vrije_inloop',
    contactPersonId: existing?.contactPersonId ?? '',
    status: existing?.status ?? 'actief',
    capacity: existing?.capacity === null || existing?.capacity === undefined ? '' : String(existing.capacity),
    verifiedOn: existing?.verifiedOn ?? '',
  });
  const [flags, setFlags] = useState({ hasWaitingList: existing?.hasWaitingList ?? false, forLanguageLearners: existing?.forLanguageLearners ?? false });
  const [lists, setLists] = useState({
    themeIds: existing?.themeIds ?? [],
    lifeDomainIds: existing?.lifeDomainIds ?? [],
    pgDimensionIds: existing?.pgDimensionIds ?? [],
    targetGroupIds: existing?.targetGroupIds ?? [],
    neighbourhoodIds: existing?.neighbourhoodIds ?? (organisationId ? (index.organisation.get(organisationId)?.neighbourhoodIds ?? []) : []),
    timesOfDay: existing?.timesOfDay ?? [],
    languages: existing?.languages ?? [],
    accessibility: existing?.accessibility ?? [],
  });
  const [sessions, setSessions] = useState<OfferSession[]>(existing?.sessions ?? []);
  const set = (field: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [field]: value }));
  const setList = (field: keyof typeof lists) => (values: string[]) => setLists((current) => ({ ...current, [field]: values }));
  const setFlag = (field: keyof typeof flags) => (value: boolean) => setFlags((current) => ({ ...current, [field]: value }));
  // With days and hours given, the dagdelen follow from them; without, she ticks them.
  const derivedTimes = timesOfDayOf(sessions);
  const capacity = fields.capacity.trim();

  const values = () => ({
    organisationId: fields.organisationId,
    title: fields.title,
    description: fields.description,
    sessions,
    schedule: fields.schedule,
    location: fields.location,
    cost: fields.cost,
    isFree: fields.cost.trim().toLowerCase() === 'gratis' || fields.cost.trim() === '',
    access: fields.access,
    // Not a number stays as typed, so the API names the field instead of the form dropping it.
    capacity: capacity === '' ? null : /^\d+$/.test(capacity) ? Number(capacity) : capacity,
    hasWaitingList: flags.hasWaitingList,
    contactPersonId: fields.contactPersonId || null,
    status: fields.status,
    verifiedOn: fields.verifiedOn || null,
    themeIds: lists.themeIds,
    lifeDomainIds: lists.lifeDomainIds,
    pgDimensionIds: lists.pgDimensionIds,
    targetGroupIds: lists.targetGroupIds,
    neighbourhoodIds: lists.neighbourhoodIds,
    timesOfDay: sessions.length > 0 ? derivedTimes : lists.timesOfDay,
    languages: lists.languages,
    forLanguageLearners: flags.forLanguageLearners,
    accessibility: lists.accessibility,
  });
  const { errors, summary, saving, submit } = useSaveForm({
    required: { organisationId: { value: fields.organisationId, label: labels.organisation }, title: { value: fields.title, label: labels.title } },
    // The API checks every field; a capacity typed as words reaches it as it is, and comes back with its message.
    save: () => (existing ? api.offer.update({ id: existing.id, patch: values() as Parameters<typeof api.offer.update>[0]['patch'] }) : api.offer.create(values() as Parameters<typeof api.offer.create>[0])),
    fieldFor: offerFieldFor,
    savedMessage: (offer) => strings.form.saved(offer.title),
    afterSave: (offer) => href('adresboek', 'aanbod', offer.id),
  });
  const staff = (index.affiliationsOfOrganisation.get(fields.organisationId) ?? [])
    .map((affiliation) => index.person.get(affiliation.personId))
    .filter((person): person is Person => person !== undefined && person.archivedAt === null)
    .map((person) => ({ value: person.id, label: person.name }));
  const fieldLabels: Record<string, unknown> = {
    ...labels,
    themeIds: labels.themes,
    lifeDomainIds: labels.lifeDomains,
    pgDimensionIds: labels.pgDimensions,
    targetGroupIds: labels.targetGroups,
    neighbourhoodIds: labels.neighbourhoods,
    contactPersonId: labels.contactPerson,
    organisationId: labels.organisation,
    sessions: labels.sessions.legend,
  };
  const codes = <Code extends string>(list: { codes: readonly Code[]; labels: Record<Code, string> }) => list.codes.map((code) => ({ value: code, label: list.labels[code] }));

  return (
    <form className="record-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{existing ? labels.editTitle(existing.title) : labels.createTitle}</h1>
      <FormSummary summary={summary} errors={errors} labels={fieldLabels} />
      <div className="form-grid">
        <TextField name="title" label={labels.title} value={fields.title} onChange={set('title')} error={errors.title} required />
        <SelectField name="organisationId" label={labels.organisation} value={fields.organisationId} onChange={set('organisationId')} options={organisationOptions(data)} placeholder={strings.form.choose} error={errors.organisationId} required />
        <SelectField name="contactPersonId" label={labels.contactPerson} value={fields.contactPersonId} onChange={set('contactPersonId')} options={staff} placeholder={strings.form.none} error={errors.contactPersonId} />
        <SelectField name="status" label={labels.status} value={fields.status} onChange={set('status')} options={codes(offerStatus)} />
        <TextArea name="description" label={labels.description} value={fields.description} onChange={set('description')} error={errors.description} />
      </div>
      <h2 className="form-section">{labels.whenWhere}</h2>
      <div className="form-grid">
        <SessionsEditor sessions={sessions} onChange={setSessions} errors={errors} />
        <TextField name="schedule" label={labels.schedule} value={fields.schedule} onChange={set('schedule')} error={errors.schedule} hint={labels.scheduleHint} />
        {sessions.length > 0 ? (
          <p className="field field-wide field-hint">{labels.timesFromSessions(derivedTimes.map((code) => timeOfDay.labels[code]).join(', ') || labels.noTimes)}</p>
        ) : (
          <CheckboxGroup name="timesOfDay" label={labels.timesOfDay} values={lists.timesOfDay} onChange={setList('timesOfDay')} options={codes(timeOfDay)} error={errors.timesOfDay} />
        )}
        <TextField name="location" label={labels.location} value={fields.location} onChange={set('location')} error={errors.location} />
        <CheckboxGroup name="neighbourhoodIds" label={labels.neighbourhoods} values={lists.neighbourhoodIds} onChange={setList('neighbourhoodIds')} options={neighbourhoodOptions(data)} error={errors.neighbourhoodIds} />
      </div>
      <h2 className="form-section">{labels.forWhom}</h2>
      <div className="form-grid">
        <CheckboxGroup name="themeIds" label={labels.themes} values={lists.themeIds} onChange={setList('themeIds')} options={termOptions(data, 'theme')} error={errors.themeIds} />
        <CheckboxGroup name="lifeDomainIds" label={labels.lifeDomains} values={lists.lifeDomainIds} onChange={setList('lifeDomainIds')} options={termOptions(data, 'life_domain')} error={errors.lifeDomainIds} />
        <CheckboxGroup name="pgDimensionIds" label={labels.pgDimensions} values={lists.pgDimensionIds} onChange={setList('pgDimensionIds')} options={termOptions(data, 'pg_dimension')} error={errors.pgDimensionIds} />
        <CheckboxGroup name="targetGroupIds" label={labels.targetGroups} values={lists.targetGroupIds} onChange={setList('targetGroupIds')} options={termOptions(data, 'target_group')} error={errors.targetGroupIds} />
      </div>
      <h2 className="form-section">{labels.howToJoin}</h2>
      <div className="form-grid">
        <TextField name="cost" label={labels.cost} value={fields.cost} onChange={set('cost')} error={errors.cost} />
        <SelectField name="access" label={labels.access} value={fields.access} onChange={set('access')} options={codes(offerAccess)} />
        <TextField name="capacity" label={labels.capacity} value={fields.capacity} onChange={set('capacity')} error={errors.capacity} hint={labels.capacityHint} />
        <div className="field field-check">
          <label className="checkbox">
            <input type="checkbox" name="hasWaitingList" checked={flags.hasWaitingList} onChange={(event) => setFlag('hasWaitingList')(event.target.checked)} /> {labels.waitingList}
          </label>
        </div>
        <CheckboxGroup name="languages" label={labels.languages} values={lists.languages} onChange={setList('languages')} options={codes(language)} error={errors.languages} />
        <div className="field field-wide field-check">
          <label className="checkbox">
            <input type="checkbox" name="forLanguageLearners" checked={flags.forLanguageLearners} onChange={(event) => setFlag('forLanguageLearners')(event.target.checked)} /> {labels.forLanguageLearners}
          </label>
        </div>
        <CheckboxGroup name="accessibility" label={labels.accessibility} values={lists.accessibility} onChange={setList('accessibility')} options={codes(accessibility)} error={errors.accessibility} />
        <DateField name="verifiedOn" label={labels.verifiedOn} value={fields.verifiedOn} onChange={set('verifiedOn')} error={errors.verifiedOn} hint={labels.verifiedOnHint} />
      </div>
      <FormActions saving={saving} cancelHref={existing ? href('adresboek', 'aanbod', existing.id) : href('adresboek', 'aanbod')} />
    </form>
  );
}
