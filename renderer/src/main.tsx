import { present } from '../../shared/invariants/present';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { pendingCalls, withPendingCalls } from './api/pending-calls';
import { App } from './app';
import { anchorClock } from './clock';
import { strings } from './strings';
import './styles.css';

const client = createApiClient();
const api = client ? withPendingCalls(client, pendingCalls) : null;
const root = createRoot(present(document.getElementById('root'), 'the #root element of index.html'));

/** The page takes "today" from the app's clock before the first screen shows a date. */
async function start(): Promise<void> {
  const clock = api ? await api.clock.now({}) : null;
  if (clock?.ok) anchorClock(clock.value.now);
  root.render(
    <StrictMode>
      {api ? (
        <App api={api} />
      ) : (
        <main className="no-connection">
          <h1>{strings.appName}</h1>
          <p role="alert">{strings.noConnection}</p>
        </main>
      )}
    </StrictMode>,
  );
}

void start();
