// The Node side of the pipeline: the same extraction and analyzer as the extension, on jsdom.
// The CLI and the evaluation both call these functions, so the figures measure the real path.
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../analyze/index.ts';
import type { Article, Block, Coverage, Finding, Report } from '../analyze/types.ts';
import { extractArticle, type ExtractOutcome } from '../extract/extract.ts';
import { DEFAULT_DISPLAY, filterFindings, type DisplaySettings } from '../settings/apply.ts';

/**
 * The findings the extension highlights with its default settings: the CLI's default output and
 * what the evaluation scores. The own-voice view (hedges, statements with no source) is opt-in
 * (`hedges`, off by default), so the settings' own filter hides it here as on the page.
 */
export function shownByDefault<F extends Finding>(findings: readonly F[]): F[] {
  return filterFindings(findings, DEFAULT_DISPLAY);
}

export function parseHtml(html: string, url: string): Document {
  // No scripts, no resources, no network: jsdom only parses.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url, virtualConsole });
  return dom.window.document;
}

export type PageResult =
  | { ok: true; report: Report; article: Article; extractMs: number }
  | { ok: false; reason: string; message: string };

/** `onStage` is told when each step starts (the CLI shows it on a terminal for large pages). */
export function analyzeHtml(html: string, url: string, options: { force?: boolean; onStage?: (stage: 'parse' | 'extract' | 'analyze') => void } = {}): PageResult {
  if (!/<[a-z!]/i.test(html)) return { ok: false, reason: 'not-html', message: 'the input is not HTML' };
  options.onStage?.('parse');
  const doc = parseHtml(html, url);
  options.onStage?.('extract');
  const outcome: ExtractOutcome = extractArticle(doc, { url, force: options.force ?? true });
  if (!outcome.ok) return { ok: false, reason: outcome.reason, message: outcome.message };
  options.onStage?.('analyze');
  const report = analyze(outcome.article, { now: () => performance.now() });
  report.timings.extractMs = outcome.ms;
  return { ok: true, report, article: outcome.article, extractMs: outcome.ms };
}

export interface TextInput {
  id: string;
  text: string;
  context_before?: string | null;
  /** The text's declared language (BCP-47); English when absent. The text itself may overrule it (coverage.ts). */
  lang?: string | null;
}

export interface TextResult {
  id: string;
  findings: Finding[];
  /** What was analysed: the language read and, per kind, whether it was analysed in it. */
  coverage: Coverage;
}

/**
 * One sentence (or paragraph) as a one-paragraph article; the optional previous sentence is the
 * block before it, so carried-over attribution ("he added") works as on a page. Offsets are
 * UTF-16 offsets into `input.text`.
 */
export function analyzeText(input: TextInput, display: DisplaySettings = DEFAULT_DISPLAY): TextResult {
  const blocks: Block[] = [];
  if (input.context_before) {
    blocks.push({ id: 0, kind: 'paragraph', text: input.context_before, links: [], dropped: false, tag: 'p' });
  }
  const id = blocks.length;
  blocks.push({ id, kind: 'paragraph', text: input.text, links: [], dropped: false, tag: 'p' });
  const article: Article = {
    url: '',
    title: '',
    byline: null,
    siteName: null,
    lang: input.lang ?? 'en',
    publishedTime: null,
    type: null,
    blocks,
    truncated: false,
  };
  const report = analyze(article);
  const findings = filterFindings(report.findings, display).filter((f) => f.blockId === id);
  return { id: input.id, findings, coverage: report.coverage };
}
