// Extraction and analysis of a serialised page, in a context that has a DOM but is not the
// reader's page: Chrome's offscreen document, Firefox's background page. Readability's long task
// runs there, off the page's main thread; the content script gets back the report and, for each
// block, where it stands in the page so it can find the live text again in one walk.
import { analyze } from '../analyze/index.ts';
import type { Report } from '../analyze/types.ts';
import { extractArticle } from '../extract/extract.ts';
import { elementPath } from '../extract/path.ts';

export interface BlockAnchor {
  id: number;
  /** The block's element, as element-child indices under <body> (see extract/path.ts). */
  path: number[];
  /** Which run of that element's own text the block is. */
  run: number;
  /** The block's index in a walk of the whole body: the fallback when the path leads astray. */
  pageIndex: number;
  text: string;
}

/** Where the time went off the page's thread (for the browser benchmark; costs nothing). */
export interface OffThreadSteps {
  parseMs: number;
  readabilityMs: number;
  extractMs: number;
  analyzeMs: number;
  /** Wall-clock times (performance.timeOrigin + now) the work began and ended: transport is the rest. */
  receivedAt: number;
  repliedAt: number;
}

export type SerializedResult =
  | { ok: true; report: Report; anchors: BlockAnchor[]; steps: OffThreadSteps }
  | { ok: false; reason: 'not-article' | 'empty' | 'error' | 'too-large'; message: string };

import { MAX_HTML_CHARS, tooLargeMessage } from './limits.ts';

const wallClock = (): number => performance.timeOrigin + performance.now();

/** `base` is the page's own base address when it differs from `url` (a <base> element). */
export function analyzeSerializedPage(html: string, url: string, parser: DOMParser, base: string = url): SerializedResult {
  const receivedAt = wallClock();
  if (html.length > MAX_HTML_CHARS) {
    return { ok: false, reason: 'too-large', message: tooLargeMessage(html.length) };
  }
  const t0 = performance.now();
  const doc = parser.parseFromString(html, 'text/html');
  // Links resolve against the page's own address, as they do in the page.
  const baseEl = doc.createElement('base');
  baseEl.setAttribute('href', base);
  doc.head.prepend(baseEl);
  const parseMs = performance.now() - t0;
  // The content script already applied the cheap gate on the live page.
  const outcome = extractArticle(doc, { url, force: true });
  if (!outcome.ok) return { ok: false, reason: outcome.reason, message: outcome.message };
  const report = analyze(outcome.article, { now: () => performance.now() });
  report.timings.extractMs = outcome.ms;
  const body = doc.body;
  const anchors = outcome.live.map((b) => ({
    id: b.id,
    path: elementPath(body, b.element) ?? [],
    run: b.run,
    pageIndex: b.pageIndex,
    text: outcome.article.blocks[b.id]?.text ?? '',
  }));
  const steps = { parseMs, readabilityMs: outcome.readabilityMs, extractMs: outcome.ms, analyzeMs: report.timings.analyzeMs, receivedAt, repliedAt: wallClock() };
  return { ok: true, report, anchors, steps };
}
