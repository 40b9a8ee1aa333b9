import { useState } from 'react';
import { meetingName } from '../../../../shared/domain/meeting';
import { meetingKind } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { FormActions } from '../../components/form-actions';
import { DateField, SelectField, TextArea, TextField } from '../../components/form-fields';
import { FormSummary } from '../../components/form-summary';
import { neighbourhoodOptions, termOptions } from '../../components/options';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useSaveForm } from '../../state/use-save-form';
import { strings } from '../../strings';

/** A meeting planned, or its details changed: who comes is chosen on its page. */
export function MeetingForm({ id }: { id?: string }) {
  const { api, data } = useLoadedNetwork();
  const existing = id ? data.meetings.find((meeting) => meeting.id === id) : undefined;
  const labels = strings.meetings.form;
  const [fields, setFields] = useState({
    kind: existing?.kind ?? 'wijknetwerk',
    title: existing?.title ?? '',
    heldOn: existing?.heldOn ?? localToday(),
    startsAt: existing?.startsAt ?? '',
    place: existing?.place ?? '',
    neighbourhoodId: existing?.neighbourhoodId ?? '',
    themeId: existing?.themeId ?? '',
    note: existing?.note ?? '',
  });
  const set = (field: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [field]: value }));
  const values = () => ({
    kind: meetingKind.codes.find((code) => code === fields.kind) ?? 'wijknetwerk',
    title: fields.title,
    heldOn: fields.heldOn,
    startsAt: fields.startsAt.trim() === '' ? null : fields.startsAt.trim(),
    place: fields.place,
    neighbourhoodId: fields.neighbourhoodId || null,
    themeId: fields.themeId || null,
    note: fields.note,
  });
  const { errors, summary, saving, submit } = useSaveForm({
    required: { heldOn: { value: fields.heldOn, label: labels.heldOn } },
    save: () => (id ? api.meeting.update({ id, patch: values() }) : api.meeting.create(values())),
    savedMessage: (meeting) => labels.saved(meetingName(meeting)),
    afterSave: (meeting) => href('bijeenkomsten', meeting.id),
  });
  const fieldLabels: Record<string, unknown> = { ...labels, neighbourhoodId: labels.neighbourhood, themeId: labels.theme };
  return (
    <form className="record-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{existing ? labels.editTitle(meetingName(existing)) : labels.createTitle}</h1>
      <FormSummary summary={summary} errors={errors} labels={fieldLabels} />
      <div className="form-grid">
        <SelectField name="kind" label={labels.kind} value={fields.kind} onChange={set('kind')} options={meetingKind.codes.map((code) => ({ value: code, label: meetingKind.labels[code] }))} error={errors.kind} required />
        <TextField name="title" label={labels.title} value={fields.title} onChange={set('title')} error={errors.title} hint={labels.titleHint} />
        <DateField name="heldOn" label={labels.heldOn} value={fields.heldOn} onChange={set('heldOn')} error={errors.heldOn} required />
        <TextField name="startsAt" label={labels.startsAt} value={fields.startsAt} onChange={set('startsAt')} error={errors.startsAt} hint={labels.startsAtHint} />
        <TextField name="place" label={labels.place} value={fields.place} onChange={set('place')} error={errors.place} />
        <SelectField name="neighbourhoodId" label={labels.neighbourhood} value={fields.neighbourhoodId} onChange={set('neighbourhoodId')} options={[{ value: '', label: labels.noNeighbourhood }, ...neighbourhoodOptions(data)]} error={errors.neighbourhoodId} />
        <SelectField name="themeId" label={labels.theme} value={fields.themeId} onChange={set('themeId')} options={[{ value: '', label: labels.noTheme }, ...termOptions(data, 'theme')]} error={errors.themeId} />
        <TextArea name="note" label={labels.note} value={fields.note} onChange={set('note')} error={errors.note} />
      </div>
      <FormActions saving={saving} cancelHref={existing ? href('bijeenkomsten', existing.id) : href('bijeenkomsten')} />
    </form>
  );
}
