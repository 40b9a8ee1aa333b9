import type { CallTransport } from '../../../shared/contract/build-client';
import type { Result } from '../../../shared/contract/result';

/** Calls the API of browser mode (`npm run cli -- serve`) on the same origin. */
export function httpTransport(token: string): CallTransport {
  return async (namespace, method, input) => {
    try {
      const response = await fetch(`/api/${namespace}/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await response.json()) as Result<unknown>;
      return body;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Geen verbinding met Spinweb. Draait de server nog?' } };
    }
  };
}
