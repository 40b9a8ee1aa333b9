import { useState } from 'react';
import { localToday } from '../../clock';
import { DateField } from '../../components/form-fields';
import { contactChannel } from '../../../../shared/domain/vocabulary';
import { strings } from '../../strings';

const text = strings.casus.detail;
type Channel = (typeof contactChannel.codes)[number];

/** How and when the broker handed the resident over: two fields, then one click. */
export function HandoverForm({ title, defaultChannel, onSave, onCancel }: { title: string; defaultChannel: Channel; onSave: (channel: Channel, handoverOn: string) => Promise<void>; onCancel: () => void }) {
  const [channel, setChannel] = useState<Channel>(defaultChannel);
  const [handoverOn, setHandoverOn] = useState(localToday());
  const [saving, setSaving] = useState(false);
  return (
    <form
      className="handover-form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        void onSave(channel, handoverOn).finally(() => setSaving(false));
      }}
    >
      <div className="field">
        <label htmlFor="handover-channel">{text.channel}</label>
        <select id="handover-channel" value={channel} onChange={(event) => setChannel(event.target.value as Channel)}>
          {contactChannel.codes.map((code) => (
            <option key={code} value={code}>
              {contactChannel.labels[code]}
            </option>
          ))}
        </select>
      </div>
      <DateField name="handoverOn" label={text.date} value={handoverOn} onChange={setHandoverOn} />
      <button type="submit" className="button" disabled={saving}>
        {text.saveHandover}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={onCancel}>
        {text.cancel}
      </button>
    </form>
  );
}
