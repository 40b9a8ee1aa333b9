import { approximateNote } from '../../../shared/search/search-engine';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Person } from '../../../shared/domain/person';
import { useCopyPhone } from '../components/phone-number';
import { localToday } from '../clock';
import { navigate } from '../routing/use-route';
import { useNetwork } from '../state/network-data';
import { useNotices } from '../state/notices';
import { strings } from '../strings';
import { QuickLogDialog } from './quick-log-dialog';
import { useSearchEngine } from './search-context';
import { numberToCall, personToCall, recordHref, SearchResultCard } from './search-result-card';


/**
 * One search box for everything. Arrow keys choose, Enter copies the number
 * to call, Ctrl+Enter logs the call, Alt+Enter opens the record.
 */
export function SearchPanel({ onNavigate, onEscape }: { onNavigate?: () => void; onEscape?: () => void }) {
  const { engine, version, ready } = useSearchEngine();
  // The panel opens before the network has loaded (the first screen): until then it answers nothing, and says why.
  const { index } = useNetwork();
  const copyPhone = useCopyPhone();
  const { notify } = useNotices();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [logging, setLogging] = useState<Person | null>(null);
  const hintId = useId();
  const outcome = useMemo(() => engine.search(query, { today: localToday(), limit: 12 }), [engine, query, version]);
  const results = outcome.results;

  useEffect(() => setActive(0), [query]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const result = results[active];
    if (event.key === 'Escape' && onEscape) {
      // In the palette Escape closes at once (the search field would only clear itself).
      event.preventDefault();
      onEscape();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
    } else if (event.key === 'Enter' && result && index) {
      event.preventDefault();
      if (event.altKey) {
        navigate(recordHref(result.document));
        onNavigate?.();
        return;
      }
      const person = personToCall(result, index);
      if (event.ctrlKey || event.metaKey) {
        if (person) setLogging(person);
        return;
      }
      // Exactly the number the card shows first, and the toast says whose it is.
      const toCall = numberToCall(result, index);
      // Nothing to copy is said, not silently ignored.
      if (toCall) void copyPhone(toCall.e164, toCall.whose);
      else notify(strings.search.noNumberToCopy(result.document.label));
    }
  };

  return (
    <div className="search-panel">
      <input
        className="search-input"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        aria-label={strings.search.label}
        aria-describedby={hintId}
        placeholder={strings.search.placeholder}
        autoComplete="off"
        spellCheck={false}
        autoFocus
      />
      <p id={hintId} className="search-keys">
        {strings.search.keys}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {query.trim() === '' ? '' : strings.search.count(results.length, outcome.neighbourhood?.name ?? null)}
        {results[active] ? ` ${strings.search.active(results[active].document.label)}` : ''}
      </p>
      {query.trim() !== '' && results.length === 0 && <p className="empty-state">{ready ? strings.search.nothing : strings.loadingSearch}</p>}
      {outcome.approximate && results.length > 0 && <p className="search-approximate">{approximateNote}</p>}
      <ol className="result-list">
        {results.map((result, position) => (
          <SearchResultCard key={result.document.id} result={result} active={position === active} onLog={setLogging} />
        ))}
      </ol>
      {/* Outside the palette's dialog, so it is a modal of its own, not nested in another. */}
      {logging && createPortal(<QuickLogDialog person={logging} onClose={() => setLogging(null)} />, document.body)}
    </div>
  );
}
