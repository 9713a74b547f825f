// Extraction and analysis of a serialised page, in a context that has a DOM but is not the
// reader's page: Chrome's offscreen document, Firefox's background page. Readability's long task
// runs there, off the page's main thread; the content script gets back the report and, for each
// block, where it stands in the page so it can find the live text again in one walk.
import { analyze } from '../analyze/index.ts';
import type { Report } from '../analyze/types.ts';
import { extractArticle } from '../extract/extract.ts';

export interface BlockAnchor {
  id: number;
  pageIndex: number;
  text: string;
}

export type SerializedResult =
  | { ok: true; report: Report; anchors: BlockAnchor[]; parseMs: number }
  | { ok: false; reason: 'not-article' | 'empty' | 'error' | 'too-large'; message: string };

import { MAX_HTML_CHARS } from './limits.ts';

export function analyzeSerializedPage(html: string, url: string, parser: DOMParser): SerializedResult {
  if (html.length > MAX_HTML_CHARS) {
    return { ok: false, reason: 'too-large', message: `The page is too large to analyse (${Math.round(html.length / 1e6)} MB of HTML).` };
  }
  const t0 = performance.now();
  const doc = parser.parseFromString(html, 'text/html');
  // Links resolve against the page's own address, as they do in the page.
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);
  const parseMs = performance.now() - t0;
  // The content script already applied the cheap gate on the live page.
  const outcome = extractArticle(doc, { url, force: true });
  if (!outcome.ok) return { ok: false, reason: outcome.reason, message: outcome.message };
  const report = analyze(outcome.article, { now: () => performance.now() });
  report.timings.extractMs = outcome.ms;
  const anchors = outcome.live.map((b) => ({ id: b.id, pageIndex: b.pageIndex, text: outcome.article.blocks[b.id]?.text ?? '' }));
  return { ok: true, report, anchors, parseMs };
}
