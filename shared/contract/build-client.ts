import type { ApiClient } from './api';
import { apiMethodNames } from './method-names';
import type { Result } from './result';

/** How a transport carries one call: IPC, HTTP, or a direct function call. */
export type CallTransport = (namespace: string, method: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds the typed API client over a transport, one function per method of
 * the contract. Every front end gets the same client shape this way.
 *
 * @example const api = buildClient((ns, method, input) => dispatch(handlers, ns, method, input));
 */
export function buildClient(call: CallTransport): ApiClient {
  const client: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const [namespace, methods] of Object.entries(apiMethodNames)) {
    client[namespace] = Object.fromEntries(methods.map((method) => [method, (input: unknown) => call(namespace, method, input)]));
  }
  // The loop fills exactly the methods of the contract (checked in api.ts).
  return client as unknown as ApiClient;
}
