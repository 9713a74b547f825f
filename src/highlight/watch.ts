import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface WatchOptions {
  /** Our own nodes (the card host, fallback marks): their mutations are ignored. */
  isOurs: (node: Node) => boolean;
  /** Whether a mutated node touches the article. */
  relevant: (node: Node) => boolean;
  onChange: () => void;
}

// Re-reading a page costs one Readability pass (100–300 ms on a large article), so changes are
// collected, checked when the browser is idle, and acted on at most once per interval.
const MIN_INTERVAL_MS = 1500;
const IDLE_TIMEOUT_MS = 1000;

/**
 * Watches the page for changes to the article. The MutationObserver callback only collects;
 * the work runs later in an idle callback, once per batch, tied to the content script's lifetime.
 */
export class ChangeWatcher {
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private scheduled = false;
  private paused = false;
  private lastRun = 0;
  private readonly ctx: ContentScriptContext;
  private readonly doc: Document;
  private readonly opts: WatchOptions;

  constructor(ctx: ContentScriptContext, doc: Document, opts: WatchOptions) {
    this.ctx = ctx;
    this.doc = doc;
    this.opts = opts;
  }

  start(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => {
      if (this.paused) return;
      for (const r of records) this.pending.push(r);
      this.schedule();
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => this.stop());
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
  }

  /** Our own DOM writes (the fallback's marks) are not page changes. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.observer?.takeRecords();
    this.paused = false;
  }

  private schedule(): void {
    if (this.scheduled || this.ctx.isInvalid) return;
    this.scheduled = true;
    const wait = Math.max(0, this.lastRun + MIN_INTERVAL_MS - Date.now());
    this.ctx.setTimeout(() => {
      const run = (): void => this.flush();
      if (typeof requestIdleCallback === 'function') this.ctx.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      else run();
    }, wait);
  }

  private flush(): void {
    this.scheduled = false;
    const records = this.pending;
    this.pending = [];
    if (this.ctx.isInvalid || records.length === 0) return;
    let relevant = false;
    for (const r of records) {
      if (this.isOurs(r.target)) continue;
      const nodes = r.type === 'childList' ? [...r.addedNodes, ...r.removedNodes] : [r.target];
      if (r.type === 'childList' && nodes.every((n) => this.isOurs(n) || !n.textContent?.trim())) continue;
      // A removed node is no longer in the page: judge it by where it was (the mutation target).
      if (this.opts.relevant(r.target) || nodes.some((n) => n.isConnected && this.opts.relevant(n))) {
        relevant = true;
        break;
      }
    }
    if (!relevant) return;
    this.lastRun = Date.now();
    this.opts.onChange();
  }

  private isOurs(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode) if (this.opts.isOurs(n)) return true;
    return false;
  }
}
