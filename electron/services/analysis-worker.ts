// The analysis's own thread: it gets the loaded network, runs every part of
// the analysis and tells the main thread how far it is. Built as
// dist/electron/analysis-worker.cjs; from source it runs through tsx.
import { parentPort } from 'node:worker_threads';
import { analyseNetwork } from '../../shared/analysis/analyse-network';
import type { AnalysisJob, AnalysisMessage } from './analysis-runner';

if (!parentPort) throw new Error('analysis-worker runs as a worker thread only');
const port = parentPort;

port.on('message', ({ id, data, casussen, today, matches }: AnalysisJob) => {
  const send = (message: AnalysisMessage) => port.postMessage(message);
  try {
    const analysis = analyseNetwork(data, casussen, today, matches, (phase, fraction) => send({ id, type: 'progress', phase, fraction }));
    send({ id, type: 'done', analysis });
  } catch (error) {
    send({ id, type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
