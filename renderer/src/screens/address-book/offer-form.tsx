import type { Person } from '../../../../shared/domain/person';
import { useState } from 'react';
import { offerStatus } from '../../../../shared/domain/vocabulary';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../../components/form-fields';
import { OfferDetailsFields, offerDetailsDraft, offerDetailsValues } from '../../components/offer/offer-details';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FormActions } from '../../components/form-actions';
import { FormSummary } from '../../components/form-summary';
import { codeOptions, organisationOptions, neighbourhoodOptions } from '../../components/options';
import { defaultFieldFor, useSaveForm } from '../../state/use-save-form';

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
    contactPersonId: existing?.contactPersonId ?? '',
    status: existing?.status ?? 'actief',
    verifiedOn: existing?.verifiedOn ?? '',
  });
  const [neighbourhoodIds, setNeighbourhoodIds] = useState(existing?.neighbourhoodIds ?? (organisationId ? (index.organisation.get(organisationId)?.neighbourhoodIds ?? []) : []));
  const [details, setDetails] = useState(() => offerDetailsDraft(existing));
  const set = (field: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [field]: value }));

  const values = () => ({
    organisationId: fields.organisationId,
    title: fields.title,
    description: fields.description,
    contactPersonId: fields.contactPersonId || null,
    status: offerStatus.codes.find((code) => code === fields.status) ?? 'actief',
    verifiedOn: fields.verifiedOn || null,
    neighbourhoodIds,
    ...offerDetailsValues(details),
  });
  const { errors, summary, saving, submit } = useSaveForm({
    required: { organisationId: { value: fields.organisationId, label: labels.organisation }, title: { value: fields.title, label: labels.title } },
    save: () => (existing ? api.offer.update({ id: existing.id, patch: values() }) : api.offer.create(values())),
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

  return (
    <form className="record-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{existing ? labels.editTitle(existing.title) : labels.createTitle}</h1>
      <FormSummary summary={summary} errors={errors} labels={fieldLabels} />
      <div className="form-grid">
        <TextField name="title" label={labels.title} value={fields.title} onChange={set('title')} error={errors.title} required />
        <SelectField name="organisationId" label={labels.organisation} value={fields.organisationId} onChange={set('organisationId')} options={organisationOptions(data)} placeholder={strings.form.choose} error={errors.organisationId} required />
        <SelectField name="contactPersonId" label={labels.contactPerson} value={fields.contactPersonId} onChange={set('contactPersonId')} options={staff} placeholder={strings.form.none} error={errors.contactPersonId} />
        <SelectField name="status" label={labels.status} value={fields.status} onChange={set('status')} options={codeOptions(offerStatus)} />
        <TextArea name="description" label={labels.description} value={fields.description} onChange={set('description')} error={errors.description} />
      </div>
      <OfferDetailsFields
        draft={details}
        onChange={setDetails}
        errors={errors}
        extra={{
          whenWhere: <CheckboxGroup name="neighbourhoodIds" label={labels.neighbourhoods} values={neighbourhoodIds} onChange={setNeighbourhoodIds} options={neighbourhoodOptions(data)} error={errors.neighbourhoodIds} />,
          howToJoin: <DateField name="verifiedOn" label={labels.verifiedOn} value={fields.verifiedOn} onChange={set('verifiedOn')} error={errors.verifiedOn} hint={labels.verifiedOnHint} />,
        }}
      />
      <FormActions saving={saving} cancelHref={existing ? href('adresboek', 'aanbod', existing.id) : href('adresboek', 'aanbod')} />
    </form>
  );
}
