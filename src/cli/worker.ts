// Worker-thread entry of `sourcelight analyze <folder>` (see parallel.ts): one file per message.
import { parentPort } from 'node:worker_threads';
import { analyzeFile, type WorkerRequest, type WorkerResponse } from './parallel.ts';

const port = parentPort;
if (port) {
  port.on('message', (req: WorkerRequest) => {
    const res: WorkerResponse = { seq: req.seq, outcome: analyzeFile(req.job) };
    port.postMessage(res);
  });
}
