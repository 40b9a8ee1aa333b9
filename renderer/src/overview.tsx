import { useEffect, useState } from 'react';
import type { NetworkStats } from '../../shared/domain/network-stats';
import { apiClient } from './api-client';
import { strings } from './strings';

type CountKey = keyof typeof strings.counts;

/** The network at a glance: how many of each, and undo of the last change. */
export function Overview() {
  const api = apiClient();
  const [stats, setStats] = useState<NetworkStats | null>(null);
  const [message, setMessage] = useState<string>('');

  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((current) => current + 1);

  useEffect(() => {
    if (!api) return;
    void api.network.stats({}).then((result) => {
      if (result.ok) setStats(result.value);
      else setMessage(result.error.message);
    });
  }, [api, version]);

  if (!api) return <p role="alert">{strings.noBridge}</p>;
  const undo = async () => {
    const result = await api.changes.undo({});
    setMessage(result.ok ? strings.undone(result.value.undone.summary) : result.error.message);
    refresh();
  };

  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{strings.overviewTitle}</h2>
      {stats === null ? (
        <p>{strings.loading}</p>
      ) : (
        <dl className="counts">
          {(Object.keys(strings.counts) as CountKey[]).map((key) => (
            <div key={key}>
              <dt>{strings.counts[key]}</dt>
              <dd>{stats[key].active.toLocaleString('nl-NL')}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" onClick={() => void undo()}>
        {strings.undo}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
