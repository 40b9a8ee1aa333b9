import type { NodePositions } from '../../../../shared/network/node-positions';
import type { LayoutRequest, LayoutResult } from './layout-messages';

/**
 * Arranges a graph in a Web Worker. Aborting terminates the worker at once
 * and rejects with an AbortError: nothing half-laid-out is ever used.
 */
export function layoutInWorker(request: LayoutRequest, signal: AbortSignal): Promise<{ positions: NodePositions; layoutMs: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Indelen afgebroken', 'AbortError'));
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      const positions: NodePositions = {};
      request.nodeIds.forEach((id, index) => {
        positions[id] = { x: event.data.coordinates[index * 2] ?? 0, y: event.data.coordinates[index * 2 + 1] ?? 0 };
      });
      resolve({ positions, layoutMs: event.data.layoutMs });
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}
