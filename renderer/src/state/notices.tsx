import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** Offer "Ongedaan maken" next to the message. */
  undoable: boolean;
}

interface NoticeStore {
  notice: Notice | null;
  notify: (text: string, options?: { tone?: Notice['tone']; undoable?: boolean }) => void;
  dismiss: () => void;
}

const NoticeContext = createContext<NoticeStore | null>(null);

/** Each message gets a new id, so the same text twice is announced twice. */
let lastNoticeId = 0;

/** One message at a time, announced to screen readers through a live region. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback<NoticeStore['notify']>((text, options = {}) => {
    setNotice({ id: ++lastNoticeId, text, tone: options.tone ?? 'info', undoable: options.undoable ?? false });
  }, []);
  const dismiss = useCallback(() => setNotice(null), []);
  const store = useMemo(() => ({ notice, notify, dismiss }), [notice, notify, dismiss]);
  return <NoticeContext.Provider value={store}>{children}</NoticeContext.Provider>;
}

export function useNotices(): NoticeStore {
  const store = useContext(NoticeContext);
  if (!store) throw new Error('useNotices outside NoticeProvider');
  return store;
}
