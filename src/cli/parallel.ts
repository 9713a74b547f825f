// `sourcelight analyze <folder>` on every core: a pool of worker threads, each running the same
// analyzeHtml as the single-file path on one file at a time. Results are handed back in the
// folder's sorted file order, whatever order the workers finish in, so the output does not depend
// on --jobs. One job (or one file) runs in-process: no worker start-up cost.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Report } from '../analyze/types.ts';
import { analyzeHtml } from './pipeline.ts';
import { htmlFromBytes } from './input.ts';

export interface FileJob {
  file: string;
  url: string;
}

export type FileOutcome =
  | { ok: true; file: string; report: Report }
  /** `input`: unreadable, empty or binary file; `analysis`: no article; `crash`: an exception. */
  | { ok: false; file: string; kind: 'input' | 'analysis' | 'crash'; message: string };

export interface WorkerRequest {
  seq: number;
  job: FileJob;
}

export interface WorkerResponse {
  seq: number;
  outcome: FileOutcome;
}

/** Reads and analyses one page; never throws (what went wrong is in the outcome). */
export function analyzeFile(job: FileJob): FileOutcome {
  const { file, url } = job;
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, file, kind: 'input', message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'error'})` };
  }
  const input = htmlFromBytes(buf);
  if (!input.ok) return { ok: false, file, kind: 'input', message: input.message };
  try {
    const res = analyzeHtml(input.html, url);
    if (!res.ok) return { ok: false, file, kind: 'analysis', message: res.message };
    return { ok: true, file, report: res.report };
  } catch (err) {
    return { ok: false, file, kind: 'crash', message: `unexpected error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export interface RunOptions {
  /** Threads to use, the main thread included; 1 runs in-process. Capped at the number of files. */
  jobs: number;
  /** Called once per file, in the order of `jobs`. */
  onResult: (outcome: FileOutcome, index: number) => void;
  /** Called after each file finishes (in any order), with the count done so far. */
  onProgress?: (done: number, total: number) => void;
}

// Requests queued on a worker at once, so it never waits for the main thread (busy with a page of
// its own) to send the next one.
const IN_FLIGHT = 2;

/**
 * Analyses every file on `jobs` threads and reports each outcome in input order; resolves when all
 * are reported. The main thread is one of the threads (it has loaded the pipeline anyway, and a
 * worker's start-up, about a second of CPU to load jsdom, is then paid jobs - 1 times, not jobs
 * times); jobs = 1 runs everything in-process.
 */
export function analyzeFiles(jobs: readonly FileJob[], options: RunOptions): Promise<void> {
  const threads = Math.max(1, Math.min(Math.floor(options.jobs), jobs.length));
  return new Promise((resolve, reject) => {
    // undefined: not back yet; null: already reported (dropped so a long run keeps little memory).
    const results: (FileOutcome | null | undefined)[] = new Array<FileOutcome | null | undefined>(jobs.length);
    const retry: number[] = [];
    let nextToSend = 0;
    let nextToReport = 0;
    let done = 0;
    const pool = new Set<Worker>();
    let finished = false;

    const finish = (error?: Error): void => {
      if (finished) return;
      finished = true;
      for (const w of pool) void w.terminate();
      pool.clear();
      if (error) reject(error);
      else resolve();
    };

    const take = (): number => retry.shift() ?? (nextToSend < jobs.length ? nextToSend++ : -1);

    const settle = (index: number, outcome: FileOutcome): void => {
      if (finished || results[index] !== undefined) return;
      results[index] = outcome;
      done++;
      try {
        options.onProgress?.(done, jobs.length);
        while (nextToReport < jobs.length) {
          const r = results[nextToReport];
          if (!r) break;
          results[nextToReport] = null;
          options.onResult(r, nextToReport);
          nextToReport++;
        }
      } catch (err) {
        finish(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      if (nextToReport === jobs.length) finish();
    };

    const start = (): void => {
      const worker = spawnWorker();
      pool.add(worker);
      const inFlight: number[] = [];
      const feed = (): void => {
        while (!finished && inFlight.length < IN_FLIGHT) {
          const index = take();
          if (index < 0) break;
          inFlight.push(index);
          const req: WorkerRequest = { seq: index, job: jobs[index] as FileJob };
          worker.postMessage(req);
        }
        if (inFlight.length === 0 && pool.delete(worker)) {
          // Nothing left for this worker: let it go while the others finish.
          void worker.terminate();
        }
      };
      worker.on('message', (msg: WorkerResponse) => {
        const at = inFlight.indexOf(msg.seq);
        if (at < 0) return;
        inFlight.splice(at, 1);
        feed();
        settle(msg.seq, msg.outcome);
      });
      const lost = (message: string): void => {
        // A worker that dies (out of memory, a crash in native code) fails only the file it was
        // on (the oldest it was sent); the others it held go back to the queue for the rest.
        if (!pool.delete(worker) || finished) return;
        const [current, ...queued] = inFlight.splice(0);
        retry.push(...queued);
        if (current !== undefined) {
          settle(current, { ok: false, file: (jobs[current] as FileJob).file, kind: 'crash', message: `unexpected error: ${message}` });
        }
        if (!finished && (retry.length > 0 || nextToSend < jobs.length)) start();
      };
      worker.on('error', (err) => lost(err.message));
      worker.on('exit', (code) => lost(`the worker stopped (exit code ${code})`));
      feed();
    };

    const mainThread = async (): Promise<void> => {
      while (!finished) {
        // Between two pages, let the workers' answers in (and send them more work) first.
        await new Promise((r) => setImmediate(r));
        if (finished) return;
        const index = take();
        if (index < 0) return;
        settle(index, analyzeFile(jobs[index] as FileJob));
      }
    };

    if (jobs.length === 0) {
      finish();
      return;
    }
    for (let i = 1; i < threads; i++) start();
    mainThread().catch((err: unknown) => finish(err instanceof Error ? err : new Error(String(err))));
  });
}

function spawnWorker(): Worker {
  // A .ts entry: Node >= 22.18 strips the types (bin/sourcelight.mjs refuses older Nodes).
  return new Worker(new URL('./worker.ts', import.meta.url));
}

/** A one-line progress bar for a terminal: `[#####-----] 12/134 pages  3.1 pages/s  0:04`. */
export class ProgressBar {
  private readonly write: (s: string) => void;
  private readonly t0 = Date.now();
  private shown = '';
  private lastDraw = 0;

  constructor(write: (s: string) => void) {
    this.write = write;
  }

  update(done: number, total: number): void {
    const now = Date.now();
    // At most ~20 redraws a second, but always the last one.
    if (done < total && now - this.lastDraw < 50) return;
    this.lastDraw = now;
    const width = 28;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const seconds = (now - this.t0) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const clock = `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
    this.shown = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} pages  ${rate.toFixed(1)} pages/s  ${clock}`;
    this.write(`\r\x1b[K${this.shown}`);
  }

  /** Runs `fn` (which prints a line) with the bar out of the way, then puts the bar back. */
  around(fn: () => void): void {
    if (this.shown) this.write('\r\x1b[K');
    fn();
    if (this.shown) this.write(this.shown);
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = '';
  }
}
