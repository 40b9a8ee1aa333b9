import { useCallback, useEffect, useRef, useState } from 'react';
import { networkGraph, type NetworkLinks } from '../../../../shared/analysis/network-structure';
import type { ApiClient } from '../../../../shared/contract/api';
import type { NodePositions } from '../../../../shared/network/node-positions';
import { placeNewNodes } from '../../../../shared/network/place-new-nodes';
import { layoutInWorker } from './layout-in-worker';
import { keepPositions, storedPositions } from './stored-positions';

/** More new nodes than this share of the map, and a fresh layout reads better than patching. */
const RELAYOUT_SHARE = 0.25;

export type MapStatus =
  | { state: 'loading' }
  | { state: 'laying-out'; nodes: number }
  | { state: 'ready'; source: 'stored' | 'layout'; layoutMs: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

/**
 * The map's node positions: the stored ones when every node has one (the
 * map opens at once and looks the same as last time); new nodes placed next
 * to their neighbours; a fresh layout in a worker only for a new or much
 * changed network, or when the broker asks. Positions found are stored.
 */
export function useMapPositions(api: ApiClient, network: NetworkLinks) {
  const [positions, setPositions] = useState<NodePositions | null>(null);
  const [status, setStatus] = useState<MapStatus>({ state: 'loading' });
  const running = useRef<AbortController | null>(null);

  const layOut = useCallback(
    async ({ nodeIds, links }: NetworkLinks) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setStatus({ state: 'laying-out', nodes: nodeIds.length });
      try {
        const { positions: laidOut, layoutMs } = await layoutInWorker({ nodeIds, links }, controller.signal);
        setPositions(laidOut);
        setStatus({ state: 'ready', source: 'layout', layoutMs });
        await keepPositions(api, laidOut, laidOut, true);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') {
          // Never leave the broker without a map: a plain grid until she lays out again.
          if (Object.keys(await storedPositions(api)).length === 0) setPositions(placeNewNodes(nodeIds, () => [], {}));
          setStatus({ state: 'cancelled' });
        } else {
          setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [api],
  );

  useEffect(() => {
    const visit = { current: true };
    void (async () => {
      const known = await storedPositions(api);
      if (!visit.current) return;
      const missing = network.nodeIds.filter((id) => known[id] === undefined);
      if (missing.length === 0) {
        setPositions(known);
        setStatus((previous) => (previous.state === 'ready' ? previous : { state: 'ready', source: 'stored', layoutMs: 0 }));
      } else if (missing.length > network.nodeIds.length * RELAYOUT_SHARE) {
        await layOut(network);
      } else {
        const graph = networkGraph(network);
        const placed = placeNewNodes(missing, (id) => graph.neighbors(id), known);
        const all = { ...known, ...placed };
        setPositions(all);
        setStatus({ state: 'ready', source: 'stored', layoutMs: 0 });
        await keepPositions(api, all, placed, false);
      }
    })();
    return () => {
      visit.current = false;
    };
  }, [api, network, layOut]);

  useEffect(() => () => running.current?.abort(), []);

  return {
    positions,
    status,
    relayout: () => void layOut(network),
    cancel: () => running.current?.abort(),
  };
}
