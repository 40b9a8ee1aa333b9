import type { ApiClient } from '../../../shared/contract/api';
import { buildClient } from '../../../shared/contract/build-client';
import { httpTransport } from './http-transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    spinweb?: ApiClient;
  }
}

const tokenKey = 'spinweb-token';

/**
 * The token of browser mode arrives in the URL fragment (`#token=...`); it is
 * kept for this tab only and removed from the address bar.
 */
function takeBrowserToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(tokenKey, match[1]);
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/zoeken`);
  }
  return sessionStorage.getItem(tokenKey);
}

/**
 * The one typed client every screen uses: the preload bridge inside
 * Electron, the HTTP bridge in a browser. No screen knows which.
 */
export function createApiClient(): ApiClient | null {
  if (window.spinweb) return window.spinweb;
  const token = takeBrowserToken();
  return token ? buildClient(httpTransport(token)) : null;
}
