import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LiveBlock } from '../src/extract/extract.ts';
import { looksLikeArticle } from '../src/extract/gate.ts';
import { serializePage } from '../src/extract/serialize.ts';
import { remapBlocks } from '../src/highlight/remap.ts';
import { MAX_HTML_CHARS, tooLargeMessage } from '../src/pipeline/limits.ts';
import { Card, findingAtPoint, isFallbackMark } from '../src/highlight/card.ts';
import { Painter, type PaintedFinding } from '../src/highlight/paint.ts';
import { ChangeWatcher } from '../src/highlight/watch.ts';
import { ANALYZE_PORT, parseToContent, type PageState } from '../src/messages/schema.ts';
import { checkPaintable } from '../src/messages/paintable.ts';
import { badgeStateOf } from '../src/messages/badge.ts';
import type { Report } from '../src/analyze/types.ts';
import { filterFindings } from '../src/settings/apply.ts';
import type { EffectiveSettings } from '../src/settings/schema.ts';
import { resolveSettings, watchEffectiveSettings } from '../src/settings/store.ts';

// WXT stops an older copy of a content script when a new copy starts, through a DOM event that any
// page could forge to switch us off. Only an event sent while a new copy of ours is starting (the
// flag below, set before WXT builds the new copy's context and cleared in main) gets through.
const world = globalThis as { __sourcelightStarting?: boolean; __sourcelightSession?: boolean };
world.__sourcelightStarting = true;
const STARTED_EVENT = `${browser.runtime.id}:content:wxt:content-script-started`;
window.addEventListener(
  STARTED_EVENT,
  (event) => {
    if (!world.__sourcelightStarting) event.stopImmediatePropagation();
  },
  true,
);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // WXT would otherwise announce the extension's id to every page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    world.__sourcelightStarting = false;
    // Only the top document is read: articles inside frames are left alone.
    if (window.top !== window) return;
    // Injected again from the popup (no site access) into a tab that already runs us: one session.
    // The flag lives in the extension's isolated world, invisible to the page.
    if (world.__sourcelightSession) return;
    world.__sourcelightSession = true;
    ctx.onInvalidated(() => {
      world.__sourcelightSession = false;
    });
    new PageSession(ctx).start();
  },
});

const MAX_RECHECKS = 5;

/**
 * User Timing entries (`sourcelight:*`) for the browser benchmark: the page's own timeline, no
 * network, no storage. They cost microseconds and tell exactly what ran on the page's thread.
 */
function measure(name: string, start: number, detail?: unknown): void {
  try {
    performance.measure(`sourcelight:${name}`, { start, end: performance.now(), detail });
  } catch {
    // A page may have replaced `performance`: timing is optional.
  }
}

/** Lets the page run before our next step (scheduler.yield where it exists). */
function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The page's copy travels in pieces of at most this many characters, one task each: the browser
 * copies a message on the sending thread (about 20-25 ms per MB here), so a 5 MB page sent whole
 * was one 110 ms task on the reader's page.
 */
const PIECE_CHARS = 256 * 1024;

interface AnalyzeRequest {
  html: string;
  url: string;
  base: string;
}

/** One request on the analysis port; undefined when no analyzer is there to answer. */
function askOnce(request: AnalyzeRequest): Promise<unknown> {
  return new Promise((resolve) => {
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: ANALYZE_PORT });
    } catch {
      resolve(undefined); // the extension was reloaded under us
      return;
    }
    let answered = false;
    let closed = false;
    port.onMessage.addListener((answer: unknown) => {
      answered = true;
      resolve(answer);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => {
      closed = true;
      if (!answered) resolve(undefined);
    });
    const { html } = request;
    void (async () => {
      try {
        // All pieces but the last go as parts; the last one carries the address and asks.
        let at = 0;
        for (; at + PIECE_CHARS < html.length; at += PIECE_CHARS) {
          const t = performance.now();
          port.postMessage({ type: 'sl/analyze-part', html: html.slice(at, at + PIECE_CHARS) });
          measure('send', t);
          await yieldToPage();
          if (closed) return;
        }
        const t = performance.now();
        port.postMessage({ type: 'sl/analyze-page', html: html.slice(at), url: request.url, base: request.base });
        measure('send', t);
      } catch {
        if (!answered) resolve(undefined); // the port closed while we were sending
      }
    })();
  });
}

/**
 * Sends the serialised page to the analyzer (Chrome's offscreen document, Firefox's background
 * page) straight, not through Chrome's service worker: every hop costs a copy of the page. When
 * nothing answers (the offscreen document is not open yet, or still loading), the background opens
 * it and we ask again, a few times.
 */
async function askAnalyzer(request: AnalyzeRequest): Promise<unknown> {
  const first = await askOnce(request);
  if (first !== undefined) return first;
  // The document may also be there but still loading (the browser just started): a few more tries.
  for (const wait of [0, 150, 600]) {
    await browser.runtime.sendMessage({ type: 'sl/prepare-analyzer' });
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const answer = await askOnce(request);
    if (answer !== undefined) return answer;
  }
  throw new Error('The analyzer did not answer. Reload the page to try again.');
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

class PageSession {
  private state: PageState = { state: 'analyzing' };
  private live = new Map<number, LiveBlock>();
  private painter: Painter;
  private card: Card;
  private frame = 0;
  private lastPoint: { x: number; y: number } | null = null;
  private current = -1;
  private rechecks = 0;
  private generation = 0;
  private watcher: ChangeWatcher;
  private readonly ctx: ContentScriptContext;
  /** The site's effective settings; null until read (reading storage is the first thing we do). */
  private settings: EffectiveSettings | null = null;
  /** The last full report, kept so a settings change can repaint without reading the page again. */
  private report: Report | null = null;

  constructor(ctx: ContentScriptContext) {
    this.ctx = ctx;
    this.painter = new Painter(document);
    this.card = new Card(document);
    this.card.onSuppress = (f) => {
      browser.runtime.sendMessage({ type: 'sl/suppress', url: location.href, rule: f.rule, phrase: f.text }).catch(() => undefined);
    };
    this.watcher = new ChangeWatcher(ctx, document, {
      // Painting only touches the DOM in the fallback path; those mutations are ours.
      isOurs: (node) => node.nodeName === 'SOURCELIGHT-ROOT' || node.nodeName === 'SL-MARK',
      relevant: (node) => this.isInArticle(node),
      onChange: () => this.onPageChanged(),
    });
  }

  start(): void {
    const ctx = this.ctx;
    browser.runtime.onMessage.addListener(this.onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onMessage);
      this.painter.dispose();
      this.card.unmount();
    });
    ctx.addEventListener(document, 'mousemove', (e) => this.onPointer(e), { passive: true });
    ctx.addEventListener(document, 'focusin', (e) => this.onFocus(e));
    ctx.addEventListener(document, 'keydown', (e) => {
      if (e.key === 'Escape' && this.card.shown) this.card.hide();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.rechecks = 0;
      void this.begin();
    });
    const stop = watchEffectiveSettings(
      () => location.href,
      (s) => this.onSettings(s),
    );
    ctx.onInvalidated(stop);
    void this.begin();
  }

  /** Reads the site's settings, then analyses (automatic), waits (on click) or stays off. */
  private async begin(): Promise<void> {
    try {
      this.settings = await resolveSettings(location.href);
    } catch {
      this.settings = null; // storage unavailable: behave as the defaults (automatic)
    }
    if (this.ctx.isInvalid) return;
    const mode = this.settings?.mode ?? 'automatic';
    if (mode === 'off') {
      this.showNothing({ state: 'off', message: 'Sourcelight is turned off for this site.' });
      return;
    }
    if (mode === 'on-click') {
      this.showNothing({ state: 'waiting', message: 'Sourcelight runs on this site when you ask it to.' });
      return;
    }
    this.schedule();
    this.watcher.start();
  }

  /** Settings changed in the popup or the options page: apply them to this tab at once. */
  private onSettings(next: EffectiveSettings): void {
    const before = this.settings?.mode ?? 'automatic';
    this.settings = next;
    if (next.mode === 'off') {
      this.watcher.stop();
      this.showNothing({ state: 'off', message: 'Sourcelight is turned off for this site.' });
      return;
    }
    if (before === 'off' && next.mode === 'automatic') {
      void this.begin();
      return;
    }
    if (this.report) this.show(this.report);
  }

  /** True when a mutated node is (or holds) article text we read; everything before the first read counts. */
  private isInArticle(node: Node): boolean {
    // Before an article is found, a page that keeps changing (a feed, an app) is re-checked a
    // few times (the gate costs a few ms), then left alone until the URL changes.
    if (this.live.size === 0) return this.state.state !== 'ready' && this.rechecks++ < MAX_RECHECKS;
    for (const block of this.live.values()) {
      if (block.element.contains(node) || node.contains(block.element)) return true;
    }
    const container = this.container();
    return container !== null && container.contains(node);
  }

  private containerCache: Element | null = null;
  private container(): Element | null {
    if (this.containerCache) return this.containerCache;
    let c: Element | null = null;
    for (const block of this.live.values()) {
      if (!c) c = block.element;
      while (c && !c.contains(block.element)) c = c.parentElement;
    }
    this.containerCache = c === document.body || c === document.documentElement ? null : c;
    return this.containerCache;
  }

  /** The article changed: drop highlights that no longer say what they quoted, then read again. */
  private onPageChanged(): void {
    if (this.ctx.isInvalid) return;
    const stale = this.painter.stale();
    if (stale.length > 0) {
      this.card.hide();
      this.painter.clear();
    }
    void this.run();
  }

  /** Never analyse a hidden tab; run when the browser is idle. */
  private schedule(): void {
    if (document.visibilityState !== 'visible') {
      const onVisible = (): void => {
        if (document.visibilityState !== 'visible') return;
        document.removeEventListener('visibilitychange', onVisible);
        this.schedule();
      };
      document.addEventListener('visibilitychange', onVisible, { signal: this.ctx.signal });
      return;
    }
    this.setState({ state: 'analyzing' });
    if (typeof requestIdleCallback === 'function') this.ctx.requestIdleCallback(() => void this.run(), { timeout: 2000 });
    else this.ctx.setTimeout(() => void this.run(), 0);
  }

  /**
   * One analysis. On the page's thread only: the cheap gate, serialising the page, and (when the
   * answer comes back) one walk of the live text plus painting. Readability and the analyzer run
   * in the offscreen document (Chrome) or the background page (Firefox).
   */
  private async run(): Promise<void> {
    if (this.ctx.isInvalid) return;
    const generation = ++this.generation;
    let t0 = performance.now();
    try {
      // The page as delivered tells its size for free: a huge one is refused before any work on it.
      const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (nav && nav.decodedBodySize > MAX_HTML_CHARS) {
        this.showNothing({ state: 'error', message: tooLargeMessage(nav.decodedBodySize) });
        return;
      }
      const article = looksLikeArticle(document);
      measure('gate', t0);
      if (!article) {
        this.showNothing({ state: 'not-article', message: 'This page does not look like an article.' });
        return;
      }
      // Gate and serialisation are two tasks, not one: each stays short on a large page.
      await yieldToPage();
      if (generation !== this.generation || this.ctx.isInvalid) return;
      t0 = performance.now();
      const html = serializePage(document);
      measure('serialize', t0);
      if (html.length > MAX_HTML_CHARS) {
        this.showNothing({ state: 'error', message: tooLargeMessage(html.length) });
        return;
      }
      const sent = performance.now();
      // Posting the page (each piece its own 'send' step: the browser copies it on this thread).
      askAnalyzer({ html, url: location.href, base: document.baseURI }).then(
        (answer: unknown) => {
          measure('off-thread', sent, (answer as { steps?: unknown } | null)?.steps);
          if (generation === this.generation) void this.apply(answer, generation);
        },
        (err: unknown) => {
          if (generation === this.generation) this.showNothing({ state: 'error', message: errorText(err) });
        },
      );
    } catch (err) {
      // Never let an exception escape into the page; say what happened instead.
      this.showNothing({ state: 'error', message: errorText(err) });
    }
  }

  /**
   * Paints an answer. The work is cut into steps with a yield to the page between them, so no
   * single task of ours stays long enough to make the page stutter (a long task is > 50 ms).
   */
  private async apply(answer: unknown, generation: number): Promise<void> {
    if (this.ctx.isInvalid) return;
    try {
      let t0 = performance.now();
      const result = checkPaintable(answer);
      if (!result) {
        this.showNothing({ state: 'error', message: 'The analyzer sent an answer Sourcelight did not understand.' });
        return;
      }
      if (!result.ok) {
        this.showNothing(
          result.reason === 'not-article' || result.reason === 'empty'
            ? { state: 'not-article', message: result.message }
            : { state: 'error', message: result.message },
        );
        return;
      }
      measure('check', t0);
      await yieldToPage();
      if (generation !== this.generation || this.ctx.isInvalid) return;
      t0 = performance.now();
      const found = { byPath: 0, byWalk: 0 };
      this.live = remapBlocks(document, result.anchors, found);
      // Computed now, while the blocks are in the page: a later mutation may detach them.
      this.containerCache = null;
      this.container();
      measure('remap', t0, found);
      await yieldToPage();
      if (generation !== this.generation || this.ctx.isInvalid) return;
      this.report = result.report;
      this.show(result.report);
    } catch (err) {
      this.showNothing({ state: 'error', message: errorText(err) });
    }
  }

  /** Paints the findings the site's settings let through; the popup gets the same list. */
  private show(report: Report): void {
    const t0 = performance.now();
    const shown = this.settings ? filterFindings(report.findings, this.settings) : report.findings;
    this.card.hide();
    this.watcher.pause();
    this.painter.paint(shown, this.live);
    this.watcher.resume();
    this.current = -1;
    const counts = { claim: 0, 'state-media': 0, promotion: 0 };
    for (const f of shown) counts[f.kind]++;
    const visible: Report = { ...report, findings: shown, summary: { ...report.summary, counts } };
    this.setState({ state: 'ready', report: visible, hidden: report.findings.length - shown.length });
    measure('paint', t0);
  }

  private showNothing(state: PageState): void {
    this.card.hide();
    this.painter.clear();
    this.live.clear();
    if (state.state !== 'analyzing') this.report = null;
    this.setState(state);
  }

  private setState(state: PageState): void {
    this.state = state;
    browser.runtime.sendMessage({ type: 'sl/page-state', ...badgeStateOf(state) }).catch(() => {
      // The background may be restarting; the popup asks us directly anyway.
    });
  }

  private readonly onMessage = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (response: unknown) => void,
  ): boolean | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseToContent(message);
    if (!msg) return undefined;
    if (msg.type === 'sl/get-state') {
      sendResponse({ ...this.state, url: location.href });
      return undefined;
    }
    if (msg.type === 'sl/run-now') {
      // The reader asked: analyse once, whatever the mode (off stays off: the popup turns it on first).
      if (this.settings?.mode !== 'off') {
        this.schedule();
        this.watcher.start();
      }
      sendResponse({ ok: true });
      return undefined;
    }
    if (msg.type === 'sl/focus-finding') {
      sendResponse({ ok: this.focusFinding(msg.findingId) });
      return undefined;
    }
    if (msg.type === 'sl/step') {
      sendResponse({ ok: this.step(msg.direction) });
      return undefined;
    }
    return undefined;
  };

  private focusFinding(id: string): boolean {
    const index = this.painter.painted.findIndex((x) => x.finding.id === id);
    return index >= 0 && this.focusIndex(index);
  }

  /** Keyboard shortcut: the next or previous highlight, in reading order, wrapping around. */
  private step(direction: 1 | -1): boolean {
    const n = this.painter.painted.length;
    if (n === 0) return false;
    const next = this.current < 0 ? (direction === 1 ? 0 : n - 1) : (this.current + direction + n) % n;
    return this.focusIndex(next);
  }

  private focusIndex(index: number): boolean {
    const p = this.painter.painted[index];
    if (!p) return false;
    this.current = index;
    const el = p.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.painter.setFocus(p);
    this.showCard(p, true);
    return true;
  }

  private showCard(p: PaintedFinding, focus: boolean): void {
    const rect = p.range.getBoundingClientRect();
    this.card.show(p.finding, rect, { focus });
  }

  private onPointer(e: MouseEvent): void {
    this.lastPoint = { x: e.clientX, y: e.clientY };
    if (this.frame || this.painter.painted.length === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const pt = this.lastPoint;
      if (!pt || this.ctx.isInvalid) return;
      const hit = findingAtPoint(document, this.painter.painted, pt.x, pt.y);
      if (hit) {
        if (this.card.shown?.id !== hit.finding.id) this.showCard(hit, false);
      } else if (this.card.shown && !this.card.containsPoint(pt.x, pt.y)) {
        this.card.hide();
      }
    });
  }

  private onFocus(e: FocusEvent): void {
    if (!isFallbackMark(e.target)) return;
    const p = this.painter.painted.find((x) => x.range.intersectsNode(e.target as Node));
    if (p) this.showCard(p, false);
  }
}

