import { formatMoment } from '../../strings/dutch';
import { useState } from 'react';
import type { Casus } from '../../../../shared/domain/casus';
import { LoadError } from '../../components/load-error';
import { useLoadedNetwork } from '../../state/network-data';
import { useApiQuery } from '../../state/use-api-query';
import { strings } from '../../strings';

const text = strings.casus.detail;

/** Who looked at this casus: read (and itself logged) only when the broker opens it. */
export function CasusAccessLog({ casus }: { casus: Casus }) {
  const { api } = useLoadedNetwork();
  const [accessLogOpen, setAccessLogOpen] = useState(false);
  const accessLog = useApiQuery(accessLogOpen ? () => api.casus.accessLog({ casusId: casus.id }) : null, [api, casus.id, accessLogOpen]);
  return (
  <details
    className="access-log"
    onToggle={(event) => {
      if ((event.target as HTMLDetailsElement).open) setAccessLogOpen(true);
    }}
  >
    <summary>{text.accessLog}</summary>
    <LoadError error={accessLog.error} />
    <ul>
      {(accessLog.value ?? []).map((entry) => (
        <li key={entry.id}>{text.accessEntry(formatMoment(entry.at), entry.actor, entry.action)}</li>
      ))}
    </ul>
  </details>
  );
}
