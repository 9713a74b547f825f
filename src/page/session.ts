// One page's session, in the content script: reads the site's settings, schedules the analysis
// (never in a hidden tab), sends the page to the analyzer (pipeline/client.ts), paints the
// answer, follows settings and article changes, and answers the popup and the keyboard shortcut.
// How the reader meets the highlights (cards, stepping) is highlight/interaction.ts.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Report } from '../analyze/types.ts';
import { reportProblem } from '../diagnostics/report.ts';
import type { LiveBlock } from '../extract/extract.ts';
import { looksLikeArticle } from '../extract/gate.ts';
import { serializePage } from '../extract/serialize.ts';
import { Interaction } from '../highlight/interaction.ts';
import { Painter } from '../highlight/paint.ts';
import { remapBlocks } from '../highlight/remap.ts';
import { ChangeWatcher } from '../highlight/watch.ts';
import { badgeStateOf } from '../messages/badge.ts';
import { checkPaintable } from '../messages/paintable.ts';
import { doneReply, parseToContent, type PageState } from '../messages/schema.ts';
import { askAnalyzer, measure, yieldToPage } from '../pipeline/client.ts';
import { MAX_HTML_CHARS, tooLargeMessage } from '../pipeline/limits.ts';
import { DEFAULT_DISPLAY, visibleReport } from '../settings/apply.ts';
import { resolveSettings } from '../settings/read.ts';
import type { EffectiveSettings } from '../settings/schema.ts';
import { watchEffectiveSettings } from '../settings/watch.ts';

const MAX_RECHECKS = 5;

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class PageSession {
  private state: PageState = { state: 'analyzing' };
  private live = new Map<number, LiveBlock>();
  private readonly painter: Painter;
  private readonly interaction: Interaction;
  private rechecks = 0;
  private generation = 0;
  private readonly watcher: ChangeWatcher;
  private readonly ctx: ContentScriptContext;
  /** The site's effective settings; null until read (reading storage is the first thing we do). */
  private settings: EffectiveSettings | null = null;
  /** The last full report, kept so a settings change can repaint without reading the page again. */
  private report: Report | null = null;

  constructor(ctx: ContentScriptContext) {
    this.ctx = ctx;
    this.painter = new Painter(document);
    this.interaction = new Interaction(ctx, document, this.painter);
    this.interaction.card.onSuppress = (f) => this.suppress(f.rule, f.text);
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
    });
    this.interaction.start();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.rechecks = 0;
      void this.begin();
    });
    const stop = watchEffectiveSettings(
      () => location.href,
      (s) => this.onSettings(s),
      (err) => this.problem('settings.watch', err),
    );
    ctx.onInvalidated(stop);
    void this.begin();
  }

  private problem(where: string, err: unknown): void {
    reportProblem('content', where, err, location.hostname);
  }

  /** "Not a problem here": the background stores it; resolves with null, or why it was not stored. */
  private async suppress(rule: string, phrase: string): Promise<string | null> {
    try {
      const r = doneReply.safeParse(await browser.runtime.sendMessage({ type: 'sl/suppress', url: location.href, rule, phrase }));
      if (!r.success) return 'Sourcelight did not answer. Reload the page and try again.';
      return r.data.ok ? null : r.data.message;
    } catch (err) {
      this.problem('settings.suppress', err);
      return 'Sourcelight could not be reached. Reload the page and try again.';
    }
  }

  /** Reads the site's settings, then analyses (automatic), waits (on click) or stays off. */
  private async begin(): Promise<void> {
    try {
      this.settings = await resolveSettings(location.href);
    } catch (err) {
      // Handled and logged: storage could not be read, so this page runs with the defaults.
      this.problem('settings.read', err);
      this.settings = null;
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
      this.interaction.reset();
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
          this.problem('pipeline.ask', err);
          if (generation === this.generation) this.showNothing({ state: 'error', message: errorText(err) });
        },
      );
    } catch (err) {
      // Never let an exception escape into the page; say what happened instead, and log it.
      this.problem('page.run', err);
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
        this.problem('pipeline.answer', 'The analyzer sent an answer of the wrong shape.');
        this.showNothing({ state: 'error', message: 'The analyzer sent an answer Sourcelight did not understand.' });
        return;
      }
      if (!result.ok) {
        if (result.reason === 'error') this.problem('analyzer.answer', result.message);
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
      this.problem('page.paint', err);
      this.showNothing({ state: 'error', message: errorText(err) });
    }
  }

  /** Paints the findings the site's settings let through; the popup gets the same list. */
  private show(report: Report): void {
    const t0 = performance.now();
    // Without settings yet (storage unreadable), the defaults: the own-voice view stays hidden.
    const { report: visible, hidden } = visibleReport(report, this.settings ?? DEFAULT_DISPLAY);
    this.watcher.pause();
    this.painter.paint(visible.findings, this.live);
    this.watcher.resume();
    this.interaction.reset();
    this.setState({ state: 'ready', report: visible, hidden });
    measure('paint', t0);
  }

  private showNothing(state: PageState): void {
    this.interaction.reset();
    this.painter.clear();
    this.live.clear();
    if (state.state !== 'analyzing') this.report = null;
    this.setState(state);
  }

  private setState(state: PageState): void {
    this.state = state;
    browser.runtime.sendMessage({ type: 'sl/page-state', ...badgeStateOf(state) }).catch(() => {
      // Handled: the background may be restarting, and the badge follows the next state; the popup asks us directly anyway.
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
      sendResponse({ ok: this.interaction.focusFinding(msg.findingId) });
      return undefined;
    }
    if (msg.type === 'sl/step') {
      sendResponse({ ok: this.interaction.step(msg.direction) });
      return undefined;
    }
    return undefined;
  };
}
