import type { ApiClient } from '../../../../shared/contract/api';
import { positionRows, type NodePositions } from '../../../../shared/network/node-positions';

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

/**
 * Makes `positions` the map's, and stores `changed` of them: all of them,
 * replacing every earlier one, after a fresh layout (`replace`); only the
 * newly placed nodes otherwise.
 */
export async function keepPositions(api: ApiClient, positions: NodePositions, changed: NodePositions, replace: boolean): Promise<void> {
  known.set(api, Promise.resolve(positions));
  await api.network.savePositions({ positions: positionRows(changed), replace });
}

/** Fetches the positions while the app is idle, so the first visit of Netwerk need not wait for them either. */
export function prefetchStoredPositions(api: ApiClient): () => void {
  const idle = requestIdleCallback(() => void storedPositions(api), { timeout: 5_000 });
  return () => cancelIdleCallback(idle);
}
