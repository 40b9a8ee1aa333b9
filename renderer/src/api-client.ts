import type { ApiClient } from '../../shared/contract/api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    spinweb?: ApiClient;
  }
}

/**
 * The one typed client every screen uses. Inside Electron it is the preload
 * bridge; browser mode (served over loopback HTTP) follows in its own issue.
 */
export function apiClient(): ApiClient | null {
  return window.spinweb ?? null;
}
