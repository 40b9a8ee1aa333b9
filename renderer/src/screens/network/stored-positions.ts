import type { ApiClient } from '../../../../shared/contract/api';
import type { NodePositions } from '../../../../shared/network/node-positions';

const known = new WeakMap<ApiClient, Promise<NodePositions>>();

/**
 * The map's stored node positions, fetched once per app session and then
 * kept current by the map itself (`rememberPositions` after every save), so
 * reopening Netwerk does not wait for them. A failed fetch is not kept.
 */
export function storedPositions(api: ApiClient): Promise<NodePositions> {
  const cached = known.get(api);
  if (cached) return cached;
  const loading = api.network.positions({}).then((result) => {
    if (result.ok) return result.value;
    known.delete(api);
    return {};
  });
  known.set(api, loading);
  return loading;
}

export function rememberPositions(api: ApiClient, positions: NodePositions): void {
  known.set(api, Promise.resolve(positions));
}

/** Fetches the positions while the app is idle, so the first visit of Netwerk need not wait for them either. */
export function prefetchStoredPositions(api: ApiClient): () => void {
  const idle = requestIdleCallback(() => void storedPositions(api), { timeout: 5_000 });
  return () => cancelIdleCallback(idle);
}
