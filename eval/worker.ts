// Worker-thread entry: receives WorkRequests, answers with WorkResponses (see eval/analysis.ts).
import { parentPort } from 'node:worker_threads';
import { handle, type WorkRequest } from './analysis.ts';

if (!parentPort) throw new Error('eval/worker.ts must run as a worker thread');
const port = parentPort;
port.on('message', (msg: { seq: number; req: WorkRequest }) => {
  port.postMessage({ seq: msg.seq, res: handle(msg.req) });
});
