import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { App } from './app';
import { strings } from './strings';
import './styles.css';

const api = createApiClient();
const root = createRoot(document.getElementById('root')!);
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
