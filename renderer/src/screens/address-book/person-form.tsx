import { useState } from 'react';
import type { PersonPhone } from '../../../../shared/domain/person';
import { contactChannel, warmth } from '../../../../shared/domain/vocabulary';
import { formatPhoneDutch } from '../../../../shared/normalise/format-phone';
import { SelectField, TextArea, TextField } from '../../components/form-fields';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FormActions } from '../../components/form-actions';
import { FormSummary } from '../../components/form-summary';
import { organisationOptions } from '../../components/options';
import { defaultFieldFor, useSaveForm } from '../../state/use-save-form';
import { monthsOrNull } from '../../components/months-field';

const splitTags = (text: string) => [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];

export function PersonForm({ id, organisationId }: { id?: string; organisationId?: string }) {
  const { api, data, index } = useLoadedNetwork();
  const existing = id ? index.person.get(id) : undefined;
  const labels = strings.form.person;
  const phoneOf = (label: PersonPhone['label']) => existing?.phones.find((phone) => phone.label === label);
  const [fields, setFields] = useState({
    name: existing?.name ?? '',
    mobile: formatPhoneDutch(phoneOf('mobiel')?.number ?? ''),
    workPhone: formatPhoneDutch(phoneOf('werk')?.number ?? ''),
    email: existing?.email ?? '',
    preferredChannel: existing?.preferredChannel ?? '',
    warmth: existing?.brokerWarmth ?? '',
    expertise: existing?.expertiseTags.join(', ') ?? '',
    notes: existing?.notes ?? '',
    visitEveryMonths: existing?.visitEveryMonths?.toString() ?? '',
    organisationId: organisationId ?? '',
    role: '',
  });
  const set = (field: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [field]: value }));

  // Phone fields in the order they are sent, so an API error on phones.N lands on the right field.
  const phoneFields: ('mobile' | 'workPhone')[] = [];
  const phones = (): PersonPhone[] => {
    phoneFields.length = 0;
    const list: PersonPhone[] = [];
    if (fields.mobile.trim()) {
      phoneFields.push('mobile');
      list.push({ number: fields.mobile, label: 'mobiel' });
    }
    if (fields.workPhone.trim()) {
      phoneFields.push('workPhone');
      list.push({ number: fields.workPhone, label: 'werk' });
    }
    return [...list, ...(existing?.phones.filter((phone) => phone.label === 'prive') ?? [])];
  };
  const values = () => ({
    name: fields.name,
    phones: phones(),
    email: fields.email.trim() === '' ? null : fields.email,
    preferredChannel: (fields.preferredChannel || null) as (typeof contactChannel.codes)[number] | null,
    brokerWarmth: (fields.warmth || null) as (typeof warmth.codes)[number] | null,
    expertiseTags: splitTags(fields.expertise),
    notes: fields.notes,
    visitEveryMonths: monthsOrNull(fields.visitEveryMonths),
  });
  const atOrganisation = !existing && fields.organisationId !== '';
  const { errors, summary, saving, submit } = useSaveForm({
    required: { name: { value: fields.name, label: labels.name } },
    save: async () => {
      if (existing) return api.person.update({ id: existing.id, patch: values() });
      if (atOrganisation) {
        const result = await api.person.createAtOrganisation({ person: values(), organisationId: fields.organisationId, role: fields.role });
        return result.ok ? { ok: true as const, value: result.value.person } : result;
      }
      return api.person.create(values());
    },
    fieldFor: (path) => {
      const phone = /phones\.(\d+)/.exec(path);
      if (phone) return phoneFields[Number(phone[1])] ?? 'mobile';
      return defaultFieldFor(path);
    },
    savedMessage: (person) => strings.form.saved(person.name),
    afterSave: (person) => href('adresboek', 'contactpersonen', person.id),
  });
  const organisationName = organisationId ? index.organisation.get(organisationId)?.name : undefined;
  const fieldLabels: Record<string, unknown> = { ...labels, expertiseTags: labels.expertise, brokerWarmth: labels.warmth, organisationId: labels.organisation };

  return (
    <form className="record-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{existing ? labels.editTitle(existing.name) : organisationName ? labels.createTitleAt(organisationName) : labels.createTitle}</h1>
      <FormSummary summary={summary} errors={errors} labels={fieldLabels} />
      <div className="form-grid">
        <TextField name="name" label={labels.name} value={fields.name} onChange={set('name')} error={errors.name} required autoComplete="name" />
        {!existing && (
          <>
            <SelectField name="organisationId" label={labels.organisation} value={fields.organisationId} onChange={set('organisationId')} options={organisationOptions(data)} placeholder={strings.form.none} error={errors.organisationId} />
            <TextField name="role" label={labels.role} value={fields.role} onChange={set('role')} error={errors.role} hint="bijvoorbeeld POH-GGZ, buurtsportcoach" />
          </>
        )}
        <TextField name="mobile" label={labels.mobile} value={fields.mobile} onChange={set('mobile')} error={errors.mobile} type="tel" hint="06-12345678" />
        <TextField name="workPhone" label={labels.workPhone} value={fields.workPhone} onChange={set('workPhone')} error={errors.workPhone} type="tel" />
        <TextField name="email" label={labels.email} value={fields.email} onChange={set('email')} error={errors.email} type="email" />
        <SelectField name="preferredChannel" label={labels.preferredChannel} value={fields.preferredChannel} onChange={set('preferredChannel')} options={contactChannel.codes.map((code) => ({ value: code, label: contactChannel.labels[code] }))} placeholder={strings.form.none} error={errors.preferredChannel} />
        <SelectField name="warmth" label={labels.warmth} value={fields.warmth} onChange={set('warmth')} options={warmth.codes.map((code) => ({ value: code, label: warmth.labels[code] }))} placeholder={strings.form.none} error={errors.brokerWarmth} />
        <TextField name="visitEveryMonths" label={labels.visitEveryMonths} value={fields.visitEveryMonths} onChange={set('visitEveryMonths')} error={errors.visitEveryMonths} hint={labels.visitEveryMonthsHint} type="number" />
        <TextField name="expertise" label={labels.expertise} value={fields.expertise} onChange={set('expertise')} error={errors.expertiseTags} hint={strings.form.commaSeparated} />
        <TextArea name="notes" label={labels.notes} value={fields.notes} onChange={set('notes')} error={errors.notes} />
      </div>
      <FormActions saving={saving} cancelHref={existing ? href('adresboek', 'contactpersonen', existing.id) : organisationId ? href('adresboek', 'organisaties', organisationId) : href('adresboek', 'contactpersonen')} />
    </form>
  );
}
