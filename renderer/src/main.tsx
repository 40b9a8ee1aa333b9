import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Overview } from './overview';
import { strings } from './strings';
import './styles.css';

function App() {
  return (
    <>
      <header>
        <h1>{strings.appName}</h1>
        <p>{strings.tagline}</p>
      </header>
      <main>
        <Overview />
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
