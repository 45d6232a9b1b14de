/**
 * Entry point of the search worker thread (bundled as dist/node/searchWorker.cjs). Everything
 * heavy about search — building, compacting, persisting, querying — happens here, off the thread
 * that runs the app.
 */
import { parentPort } from 'node:worker_threads';
import { SearchWorkerHost } from './searchWorkerHost';
import type { WorkerMessage, WorkerRequest } from './searchWorkerProtocol';

const port = parentPort;
if (!port) throw new Error('searchWorker must run in a worker thread.');

const post = (message: WorkerMessage): void => port.postMessage(message);
const host = new SearchWorkerHost(post);

port.on('message', (request: WorkerRequest) => {
  host.handle(request).then(
    (value) => post({ kind: 'response', id: request.id, ok: true, value }),
    (error: unknown) => {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      post({
        kind: 'response',
        id: request.id,
        ok: false,
        error: { message, ...(stack ? { stack } : {}) },
      });
    },
  );
});
