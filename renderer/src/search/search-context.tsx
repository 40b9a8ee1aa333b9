import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { NetworkData } from '../../../shared/network/network-data';
import { updateSearchIndex } from '../../../shared/search/update-search-index';
import { SearchEngine } from '../../../shared/search/search-engine';
import { useNetwork } from '../state/network-data';

interface SearchStore {
  engine: SearchEngine;
  /** Changes whenever the index changed, so results are computed again. */
  version: number;
  /** The index holds the network: false until it is first built. */
  ready: boolean;
}

const SearchContext = createContext<SearchStore | null>(null);

/**
 * The search index lives here in the renderer: built from the network once,
 * then kept in step document by document after every change.
 */
export function SearchProvider({ children }: { children: ReactNode }) {
  const { data } = useNetwork();
  const engine = useMemo(() => new SearchEngine(), []);
  const [version, setVersion] = useState(0);
  // The network the index was last brought in step with: a save re-indexes only what it touched.
  const indexed = useRef<NetworkData | null>(null);
  useEffect(() => {
    if (!data || indexed.current === data) return;
    const bringInStep = () => {
      const updated = updateSearchIndex(engine, indexed.current, data);
      indexed.current = data;
      // For the tests and `npm run bench`: how many documents each network change re-indexed.
      performance.mark('spinweb:search-update', { detail: updated });
      setVersion((current) => current + 1);
    };
    if (indexed.current) {
      bringInStep();
      return;
    }
    // The first build (a second at fifty times the demo) waits until the first screen is painted.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(bringInStep)));
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [engine, data]);
  const store = useMemo(() => ({ engine, version, ready: version > 0 }), [engine, version]);
  return <SearchContext.Provider value={store}>{children}</SearchContext.Provider>;
}

export function useSearchEngine(): SearchStore {
  const store = useContext(SearchContext);
  if (!store) throw new Error('useSearchEngine outside SearchProvider');
  return store;
}
