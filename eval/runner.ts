// Runs the pipeline over the corpus, in worker threads (or in-process with --workers 0), and
// caches every result for the run: a page is analysed once even when several sets use it, and a
// sentence that occurs in several items (state-media items share texts) is analysed once.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { TextInput } from '../src/cli/pipeline.ts';
import { handle, type PageOutcome, type TextOutcome, type WorkRequest, type WorkResponse } from './analysis.ts';
import type { PageJob } from './datasets.ts';
// Type-only import so that tsc checks the worker entry too.
import type {} from './worker.ts';

const PAGE_TIMEOUT_MS = 120_000;
const TEXT_BATCH = 500;

interface Pending {
  seq: number;
  req: WorkRequest;
  resolve: (res: WorkResponse) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer: ReturnType<typeof setTimeout> | null;
}

class Pool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private seq = 0;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.ts', import.meta.url));
    const slot: Slot = { worker, busy: null, timer: null };
    worker.on('message', (msg: { seq: number; res: WorkResponse }) => {
      const job = slot.busy;
      if (!job || job.seq !== msg.seq) return;
      this.finish(slot);
      job.resolve(msg.res);
      this.pump();
    });
    worker.on('error', (err) => {
      const job = slot.busy;
      this.finish(slot);
      this.replace(slot);
      if (job) job.reject(err);
      this.pump();
    });
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    void slot.worker.terminate();
    if (i >= 0) this.slots[i] = this.spawn();
  }

  run(req: WorkRequest): Promise<WorkResponse> {
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: ++this.seq, req, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.busy = job;
      if (job.req.type === 'page') {
        const id = job.req.job.id;
        slot.timer = setTimeout(() => {
          // A page that hangs must not hang the run: the worker is replaced and the page fails.
          this.finish(slot);
          this.replace(slot);
          job.resolve({ type: 'page', result: { id, ok: false, reason: 'timeout', message: `no result after ${PAGE_TIMEOUT_MS / 1000}s`, ms: PAGE_TIMEOUT_MS } });
          this.pump();
        }, PAGE_TIMEOUT_MS);
      }
      slot.worker.postMessage({ seq: job.seq, req: job.req });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  get workers(): number {
    return this.size;
  }
}

export interface RunnerStats {
  pagesAnalysed: number;
  pageCacheHits: number;
  pageMs: number;
  textsAnalysed: number;
  textCacheHits: number;
}

export class Runner {
  private readonly pool: Pool | null;
  private readonly pages = new Map<string, Promise<PageOutcome>>();
  private readonly texts = new Map<string, TextOutcome>();
  private readonly used = new Set<string>();
  readonly stats: RunnerStats = { pagesAnalysed: 0, pageCacheHits: 0, pageMs: 0, textsAnalysed: 0, textCacheHits: 0 };

  constructor(workers: number) {
    this.pool = workers > 0 ? new Pool(workers) : null;
  }

  get workers(): number {
    return this.pool?.workers ?? 0;
  }

  private async exec(req: WorkRequest): Promise<WorkResponse> {
    if (this.pool) return this.pool.run(req);
    // In-process: yield to the event loop between jobs so progress output still flows.
    await new Promise((r) => setImmediate(r));
    return handle(req);
  }

  /**
   * Queues pages without waiting (each once per run), biggest files first so the workers finish
   * together. The harness queues every page of every selected set up front.
   */
  prefetch(jobs: readonly PageJob[]): void {
    const fresh = [...new Map(jobs.filter((j) => !this.pages.has(j.id)).map((j) => [j.id, j])).values()];
    const sized = fresh.map((j) => ({ j, size: safeSize(j.file) })).sort((a, b) => b.size - a.size);
    for (const { j } of sized) {
      this.stats.pagesAnalysed++;
      this.pages.set(
        j.id,
        this.exec({ type: 'page', job: j }).then((res) => {
          if (res.type !== 'page') throw new Error('worker answered a page with texts');
          this.stats.pageMs += res.result.ms;
          return res.result;
        }).catch((err: unknown): PageOutcome => {
          // A crashed worker fails this page only (the pool replaces the worker).
          const message = err instanceof Error ? err.message : String(err);
          return { id: j.id, ok: false, reason: 'worker-error', message, ms: 0 };
        }),
      );
    }
  }

  /**
   * Outcomes by page id. A page already used by an earlier set comes from the cache (counted as a
   * cache hit); the others are analysed now (or were queued by prefetch).
   */
  async pagesFor(jobs: readonly PageJob[]): Promise<Map<string, PageOutcome>> {
    this.prefetch(jobs);
    const out = new Map<string, PageOutcome>();
    for (const j of jobs) {
      if (this.used.has(j.id)) this.stats.pageCacheHits++;
      this.used.add(j.id);
      out.set(j.id, await (this.pages.get(j.id) as Promise<PageOutcome>));
    }
    return out;
  }

  /** Analyses sentences in batches; identical (text, context) inputs are analysed once. */
  async textsFor(inputs: readonly TextInput[]): Promise<Map<string, TextOutcome>> {
    const keyOf = (i: TextInput): string => `${i.context_before ?? ''}\u0000${i.text}`;
    const todo: TextInput[] = [];
    const seen = new Set<string>();
    for (const i of inputs) {
      const k = keyOf(i);
      if (this.texts.has(k) || seen.has(k)) {
        this.stats.textCacheHits++;
        continue;
      }
      seen.add(k);
      todo.push({ id: k, text: i.text, context_before: i.context_before ?? null });
    }
    const batches: TextInput[][] = [];
    for (let i = 0; i < todo.length; i += TEXT_BATCH) batches.push(todo.slice(i, i + TEXT_BATCH));
    const results = await Promise.all(batches.map((b) => this.exec({ type: 'texts', inputs: b })));
    for (const res of results) {
      if (res.type !== 'texts') throw new Error('worker answered texts with a page');
      for (const r of res.results) this.texts.set(r.id, r);
    }
    this.stats.textsAnalysed += todo.length;
    const out = new Map<string, TextOutcome>();
    for (const i of inputs) {
      const r = this.texts.get(keyOf(i)) as TextOutcome;
      out.set(i.id, { ...r, id: i.id });
    }
    return out;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

function safeSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
