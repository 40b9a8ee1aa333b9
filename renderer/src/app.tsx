import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../shared/contract/api';
import { href, useRoute } from './routing/use-route';
import { AddressBook } from './screens/address-book/address-book';
import { CommandPalette } from './search/command-palette';
import { SearchProvider } from './search/search-context';
import { CasusSection } from './screens/casussen/casus-section';
import { SettingsScreen } from './screens/settings/settings-screen';
import { LogbookScreen } from './screens/logbook/logbook-screen';
import { RoundPlanner } from './screens/logbook/round-planner';
import { MeetingsScreen } from './screens/meetings/meetings-screen';
import { RequestsScreen } from './screens/requests/requests-screen';
import { AnalysisScreen } from './screens/analysis/analysis-screen';
import { NetworkScreen } from './screens/network/network-screen';
import { prefetchStoredPositions } from './screens/network/stored-positions';
import { SearchScreen } from './screens/search-screen';
import { NetworkProvider, useNetwork } from './state/network-data';
import { NoticeProvider, useNotices } from './state/notices';
import { PresentationProvider, usePresentation } from './state/presentation';
import { WaitingBehindImport } from './state/import-progress';
import { describeCounts } from '../../shared/domain/network-stats';
import { strings } from './strings';

const sections = ['zoeken', 'logboek', 'bijeenkomsten', 'uitvragen', 'netwerk', 'casussen', 'adresboek', 'analyse', 'instellingen'] as const;
type Section = (typeof sections)[number];

const icons: Record<Section, string> = { zoeken: '⌕', logboek: '✎', bijeenkomsten: '◎', uitvragen: '✉', netwerk: '⋈', casussen: '⇄', adresboek: '☰', analyse: '◔', instellingen: '⚙' };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Undo of the last change: the visible button and Ctrl+Z share this. */
function useUndo() {
  const { api, refresh } = useNetwork();
  const { notify } = useNotices();
  return useCallback(async () => {
    const result = await api.changes.undo({});
    if (result.ok) {
      notify(strings.undone(result.value.undone.summary));
      // Every screen follows: the network if network records changed, the casussen if theirs did.
      await refresh();
    } else {
      notify(result.error.message, { tone: result.error.code === 'NOTHING_TO_UNDO' ? 'info' : 'error' });
    }
  }, [api, notify, refresh]);
}

function NoticeBar({ onUndo }: { onUndo: () => void }) {
  const { notice, dismiss } = useNotices();
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          {notice.undoable && (
            <button type="button" className="link-button" onClick={onUndo}>
              {strings.undo}
            </button>
          )}
          <button type="button" className="notice-close" onClick={dismiss} aria-label={strings.close}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

function Shell() {
  const route = useRoute();
  const { api, data, loadError } = useNetwork();
  // Netwerk opens on stored positions; fetch them while the broker is elsewhere.
  useEffect(() => prefetchStoredPositions(api), [api]);
  // For `npm run bench`: the first screen with the network's data, once painted (the next animation frame).
  useEffect(() => {
    if (!data || performance.getEntriesByName('spinweb:first-screen').length > 0) return;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('spinweb:first-screen')));
  }, [data]);
  const undo = useUndo();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const { presenting } = usePresentation();
  const { notify, dismiss } = useNotices();
  // The app opens on Zoeken: "wie bel ik?" is what the broker opens it for.
  const section: Section = sections.includes(route.parts[0] as Section) ? (route.parts[0] as Section) : 'zoeken';

  // On a shared screen nothing may show a person: the palette closes, a message about a person goes.
  useEffect(() => {
    if (!presenting) return;
    setPaletteOpen(false);
    dismiss();
  }, [presenting, dismiss]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !isTyping(event.target);
      const searchKey = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (!undoKey && !searchKey) return;
      event.preventDefault();
      // Presenting, search and undo would put people (and their changes) on the shared screen.
      if (presenting) return notify(searchKey ? strings.presentingNoSearch : strings.presentingNoUndo);
      if (undoKey) void undo();
      else setPaletteOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, presenting, notify]);

  useEffect(() => {
    document.title = `${strings.sections[section]} · ${strings.appName}`;
  }, [section]);

  return (
    <div className="shell">
      <a className="skip-link" href="#inhoud">
        {strings.skipToContent}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⋈
          </span>
          <span className="brand-name">{strings.appName}</span>
          <span className="brand-tagline">{strings.tagline}</span>
        </div>
        <button type="button" className="undo-button" onClick={() => void undo()} aria-keyshortcuts="Control+Z" title={`${strings.undo} (${strings.undoShortcut})`}>
          <span aria-hidden="true">↶</span> {strings.undo}
        </button>
      </header>
      <nav className="sidebar" aria-label={strings.mainNavigation}>
        <ul>
          {sections.map((item) => (
            <li key={item}>
              <a href={href(item)} aria-current={item === section ? 'page' : undefined}>
                <span className="nav-icon" aria-hidden="true">
                  {icons[item]}
                </span>
                {strings.sections[item]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* data-route names the screen this render shows, so a test can wait for the screen it asked for and not match the one it left. */}
      <main id="inhoud" className="content" tabIndex={-1} data-route={route.parts.join('/')}>
        {loadError ? (
          <p role="alert" className="load-error">
            {strings.loadFailed(loadError)}
          </p>
        ) : section === 'zoeken' ? (
          // The search box comes first, before the network: what she types waits for it, and is answered when it arrives.
          <SearchScreen />
        ) : !data ? (
          <NetworkLoading />
        ) : section === 'adresboek' ? (
          <AddressBook route={route} />
        ) : section === 'logboek' ? (
          route.parts[1] === 'ronde' ? (
            <RoundPlanner route={route} />
          ) : (
            <LogbookScreen route={route} />
          )
        ) : section === 'bijeenkomsten' ? (
          <MeetingsScreen route={route} />
        ) : section === 'uitvragen' ? (
          <RequestsScreen route={route} />
        ) : section === 'analyse' ? (
          <AnalysisScreen />
        ) : section === 'netwerk' ? (
          <NetworkScreen />
        ) : section === 'casussen' ? (
          <CasusSection route={route} />
        ) : (
          <SettingsScreen />
        )}
      </main>
      <NoticeBar onUndo={() => void undo()} />
      <WaitingBehindImport />
      {paletteOpen && data && <CommandPalette onClose={() => setPaletteOpen(false)} />}
    </div>
  );
}

/** The network on its way: what it holds, counted at once, while the whole of it loads. */
function NetworkLoading() {
  const { loadingCounts } = useNetwork();
  return (
    <div className="task-progress" role="status">
      <progress aria-label={strings.loading} />
      <span>{loadingCounts ? strings.loadingCounts(describeCounts(loadingCounts)) : strings.loading}</span>
    </div>
  );
}

export function App({ api }: { api: ApiClient }) {
  return (
    <NoticeProvider>
      <PresentationProvider>
      <NetworkProvider api={api}>
        <SearchProvider>
          <Shell />
        </SearchProvider>
      </NetworkProvider>
      </PresentationProvider>
    </NoticeProvider>
  );
}
