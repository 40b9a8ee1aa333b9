import { useState } from 'react';
import { organisationStatus } from '../../../../shared/domain/vocabulary';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../../components/form-fields';
import { formatPhoneDutch } from '../../../../shared/normalise/format-phone';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FormActions } from '../../components/form-actions';
import { FormSummary } from '../../components/form-summary';
import { termOptions, neighbourhoodOptions } from '../../components/options';
import { useSaveForm } from '../../state/use-save-form';
import { monthsOrNull } from '../../components/months-field';

const optional = (text: string) => (text.trim() === '' ? null : text.trim());
const splitTags = (text: string) => [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];

export function OrganisationForm({ id }: { id?: string }) {
  const { api, data, index } = useLoadedNetwork();
  const existing = id ? index.organisation.get(id) : undefined;
  const labels = strings.form.organisation;
  const [fields, setFields] = useState({
    name: existing?.name ?? '',
    kindId: existing?.kindId ?? '',
    description: existing?.description ?? '',
    address: existing?.address ?? '',
    postcode: existing?.postcode ?? '',
    city: existing?.city ?? 'Rotterdam',
    phone: existing?.phone ? formatPhoneDutch(existing.phone) : '',
    email: existing?.email ?? '',
    website: existing?.website ?? '',
    tags: existing?.tags.join(', ') ?? '',
    facilities: existing?.facilities.join(', ') ?? '',
    status: existing?.status ?? 'actief',
    visitEveryMonths: existing?.visitEveryMonths?.toString() ?? '',
    verifiedOn: existing?.verifiedOn ?? '',
  });
  const [neighbourhoodIds, setNeighbourhoodIds] = useState<string[]>(existing?.neighbourhoodIds ?? []);
  const set = (field: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [field]: value }));

  const values = () => ({
    name: fields.name,
    kindId: fields.kindId,
    description: fields.description,
    address: fields.address,
    postcode: optional(fields.postcode),
    city: fields.city,
    phone: optional(fields.phone),
    email: optional(fields.email),
    website: optional(fields.website),
    tags: splitTags(fields.tags),
    facilities: splitTags(fields.facilities),
    status: fields.status,
    visitEveryMonths: monthsOrNull(fields.visitEveryMonths),
    verifiedOn: fields.verifiedOn || null,
    neighbourhoodIds,
  });
  const { errors, summary, saving, submit } = useSaveForm({
    required: { name: { value: fields.name, label: labels.name }, kindId: { value: fields.kindId, label: labels.kind } },
    save: () => (id ? api.organisation.update({ id, patch: values() }) : api.organisation.create(values())),
    savedMessage: (organisation) => strings.form.saved(organisation.name),
    afterSave: (organisation) => href('adresboek', 'organisaties', organisation.id),
  });
  const fieldLabels: Record<string, unknown> = { ...labels, neighbourhoodIds: labels.neighbourhoods, kindId: labels.kind };

  return (
    <form className="record-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{existing ? labels.editTitle(existing.name) : labels.createTitle}</h1>
      <FormSummary summary={summary} errors={errors} labels={fieldLabels} />
      <div className="form-grid">
        <TextField name="name" label={labels.name} value={fields.name} onChange={set('name')} error={errors.name} required />
        <SelectField name="kindId" label={labels.kind} value={fields.kindId} onChange={set('kindId')} options={termOptions(data, 'organisation_kind')} placeholder={strings.form.choose} error={errors.kindId} required />
        <TextField name="address" label={labels.address} value={fields.address} onChange={set('address')} error={errors.address} autoComplete="street-address" />
        <TextField name="postcode" label={labels.postcode} value={fields.postcode} onChange={set('postcode')} error={errors.postcode} hint="1234 AB" autoComplete="postal-code" />
        <TextField name="city" label={labels.city} value={fields.city} onChange={set('city')} error={errors.city} />
        <TextField name="phone" label={labels.phone} value={fields.phone} onChange={set('phone')} error={errors.phone} type="tel" hint="010-1234567 of 06-12345678" />
        <TextField name="email" label={labels.email} value={fields.email} onChange={set('email')} error={errors.email} type="email" />
        <TextField name="website" label={labels.website} value={fields.website} onChange={set('website')} error={errors.website} hint={labels.websiteHint} />
        <SelectField name="status" label={labels.status} value={fields.status} onChange={set('status')} options={organisationStatus.codes.map((code) => ({ value: code, label: organisationStatus.labels[code] }))} />
        <TextField name="visitEveryMonths" label={labels.visitEveryMonths} value={fields.visitEveryMonths} onChange={set('visitEveryMonths')} error={errors.visitEveryMonths} hint={labels.visitEveryMonthsHint} type="number" />
        <TextField name="tags" label={labels.tags} value={fields.tags} onChange={set('tags')} error={errors.tags} hint={strings.form.commaSeparated} />
        <TextField name="facilities" label={labels.facilities} value={fields.facilities} onChange={set('facilities')} error={errors.facilities} hint={labels.facilitiesHint} limit={1_000} />
        <DateField name="verifiedOn" label={strings.form.offer.verifiedOn} value={fields.verifiedOn} onChange={set('verifiedOn')} error={errors.verifiedOn} hint={labels.verifiedOnHint} />
        <CheckboxGroup name="neighbourhoodIds" label={labels.neighbourhoods} values={neighbourhoodIds} onChange={setNeighbourhoodIds} options={neighbourhoodOptions(data)} error={errors.neighbourhoodIds} />
        <TextArea name="description" label={labels.description} value={fields.description} onChange={set('description')} error={errors.description} />
      </div>
      <FormActions saving={saving} cancelHref={existing ? href('adresboek', 'organisaties', existing.id) : href('adresboek', 'organisaties')} />
    </form>
  );
}
