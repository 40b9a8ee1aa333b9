import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

interface PresentationStore {
  /** The network is on a shared screen: no person may appear anywhere (palette, search, toasts, side panels). */
  presenting: boolean;
  setPresenting: (presenting: boolean) => void;
}

const PresentationContext = createContext<PresentationStore | null>(null);

/** Whether the app is presenting, for every part of the screen (not only the map) to respect. */
export function PresentationProvider({ children }: { children: ReactNode }) {
  const [presenting, setPresenting] = useState(false);
  const store = useMemo(() => ({ presenting, setPresenting }), [presenting]);
  return <PresentationContext.Provider value={store}>{children}</PresentationContext.Provider>;
}

export function usePresentation(): PresentationStore {
  const store = useContext(PresentationContext);
  if (!store) throw new Error('usePresentation outside PresentationProvider');
  return store;
}
