import type { Person } from '../../../../shared/domain/person';
import { useState } from 'react';
import { offerAccess, offerStatus, timeOfDay } from '../../../../shared/domain/vocabulary';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/form-fields';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FormActions } from '../../components/form-actions';
import { FormSummary } from '../../components/form-summary';
import { organisationOptions, termOptions, neighbourhoodOptions } from '../../components/options';
import { useSaveForm } from '../../state/use-save-form';

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
  });
  const [lists, setLists] = useState({
    themeIds: existing?.themeIds ?? [],
    targetGroupIds: existing?.targetGroupIds ?? [],
    neighbourhoodIds: existing?.neighbourhoodIds ?? (organisationId ? (index.organisation.get(organisationId)?.neighbourhoodIds ?? []) : []),
    timesOfDay: (existing?.timesOfDay ?? []),
  });
  const set = (field: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [field]: value }));
  const setList = (field: keyof typeof lists) => (values: string[]) => setLists((current) => ({ ...current, [field]: values }));

  const values = () => ({
    organisationId: fields.organisationId,
    title: fields.title,
    description: fields.description,
    schedule: fields.schedule,
    location: fields.location,
    cost: fields.cost,
    isFree: fields.cost.trim().toLowerCase() === 'gratis' || fields.cost.trim() === '',
    access: fields.access,
    contactPersonId: fields.contactPersonId || null,
    status: fields.status,
    themeIds: lists.themeIds,
    targetGroupIds: lists.targetGroupIds,
    neighbourhoodIds: lists.neighbourhoodIds,
    timesOfDay: lists.timesOfDay,
  });
  const { errors, summary, saving, submit } = useSaveForm({
    required: { organisationId: { value: fields.organisationId, label: labels.organisation }, title: { value: fields.title, label: labels.title } },
    save: () => (existing ? api.offer.update({ id: existing.id, patch: values() }) : api.offer.create(values())),
    savedMessage: (offer) => strings.form.saved(offer.title),
    afterSave: (offer) => href('adresboek', 'aanbod', offer.id),
  });
  const staff = (index.affiliationsOfOrganisation.get(fields.organisationId) ?? [])
    .map((affiliation) => index.person.get(affiliation.personId))
    .filter((person): person is Person => person !== undefined && person.archivedAt === null)
    .map((person) => ({ value: person.id, label: person.name }));
  const fieldLabels: Record<string, unknown> = { ...labels, themeIds: labels.themes, targetGroupIds: labels.targetGroups, neighbourhoodIds: labels.neighbourhoods, contactPersonId: labels.contactPerson, organisationId: labels.organisation };

  return (
    <form className="record-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{existing ? labels.editTitle(existing.title) : labels.createTitle}</h1>
      <FormSummary summary={summary} errors={errors} labels={fieldLabels} />
      <div className="form-grid">
        <TextField name="title" label={labels.title} value={fields.title} onChange={set('title')} error={errors.title} required />
        <SelectField name="organisationId" label={labels.organisation} value={fields.organisationId} onChange={set('organisationId')} options={organisationOptions(data)} placeholder={strings.form.choose} error={errors.organisationId} required />
        <SelectField name="contactPersonId" label={labels.contactPerson} value={fields.contactPersonId} onChange={set('contactPersonId')} options={staff} placeholder={strings.form.none} error={errors.contactPersonId} />
        <TextField name="schedule" label={labels.schedule} value={fields.schedule} onChange={set('schedule')} error={errors.schedule} hint="bijvoorbeeld dinsdag 10:00-11:30" />
        <TextField name="location" label={labels.location} value={fields.location} onChange={set('location')} error={errors.location} />
        <TextField name="cost" label={labels.cost} value={fields.cost} onChange={set('cost')} error={errors.cost} />
        <SelectField name="access" label={labels.access} value={fields.access} onChange={set('access')} options={offerAccess.codes.map((code) => ({ value: code, label: offerAccess.labels[code] }))} />
        <SelectField name="status" label={labels.status} value={fields.status} onChange={set('status')} options={offerStatus.codes.map((code) => ({ value: code, label: offerStatus.labels[code] }))} />
        <CheckboxGroup name="timesOfDay" label={labels.timesOfDay} values={lists.timesOfDay} onChange={setList('timesOfDay')} options={timeOfDay.codes.map((code) => ({ value: code, label: timeOfDay.labels[code] }))} error={errors.timesOfDay} />
        <CheckboxGroup name="themeIds" label={labels.themes} values={lists.themeIds} onChange={setList('themeIds')} options={termOptions(data, 'theme')} error={errors.themeIds} />
        <CheckboxGroup name="targetGroupIds" label={labels.targetGroups} values={lists.targetGroupIds} onChange={setList('targetGroupIds')} options={termOptions(data, 'target_group')} error={errors.targetGroupIds} />
        <CheckboxGroup name="neighbourhoodIds" label={labels.neighbourhoods} values={lists.neighbourhoodIds} onChange={setList('neighbourhoodIds')} options={neighbourhoodOptions(data)} error={errors.neighbourhoodIds} />
        <TextArea name="description" label={labels.description} value={fields.description} onChange={set('description')} error={errors.description} />
      </div>
      <FormActions saving={saving} cancelHref={existing ? href('adresboek', 'aanbod', existing.id) : href('adresboek', 'aanbod')} />
    </form>
  );
}
