import { segmentBlocks } from './segment.ts';
import { buildSummary } from './summary.ts';
import type { AnalysisContext, Article, Detector, Finding, Report, Sentence } from './types.ts';
import { promotionDetector } from './detectors/promotion.ts';
import { stateMediaDetector } from './detectors/state-media.ts';
import { claimsDetector } from './detectors/claims.ts';
import { hostOf } from './hostname.ts';
import { boundReport } from './bounds.ts';
import { articleCoverage } from './coverage.ts';

export type * from './types.ts';
export { hostOf, hostMatches } from './hostname.ts';

export interface AnalyzeOptions {
  /** Limit to some kinds (settings can turn kinds off); all by default. */
  kinds?: ReadonlyArray<Finding['kind']>;
  /** Clock for timings; injectable so the analyzer stays free of globals in tests. */
  now?: () => number;
}

// Order matters: promotion first (claims skip promotional blocks), state media before claims
// (a sentence sourced to an outlet is attributed, not unattributed).
const DETECTORS: readonly Detector[] = [promotionDetector, stateMediaDetector, claimsDetector];

export function createContext(article: Article): AnalysisContext {
  const sentences: Sentence[] = [];
  const sentencesByBlock = new Map<number, Sentence[]>();
  const split = segmentBlocks(article.blocks);
  for (let i = 0; i < article.blocks.length; i++) {
    const block = article.blocks[i] as (typeof article.blocks)[number];
    const own = split[i] as Sentence[];
    sentencesByBlock.set(block.id, own);
    for (const s of own) sentences.push(s);
  }
  return {
    article,
    sentences,
    sentencesByBlock,
    host: hostOf(article.url),
    promotionBlocks: new Set(),
    sourceListBlocks: new Set(),
    attributions: [],
  };
}

/** The pure analyzer: no DOM, no browser APIs, no network. Same result in a page, Node or a worker. */
export function analyze(article: Article, options: AnalyzeOptions = {}): Report {
  const now = options.now ?? (() => Date.now());
  const t0 = now();
  const ctx = createContext(article);
  const coverage = articleCoverage(article);
  const wanted = new Set(options.kinds ?? ['claim', 'state-media', 'promotion']);
  const findings: Finding[] = [];
  for (const detector of DETECTORS) {
    // Claims are read in English only (coverage.ts): elsewhere the detector would read a language
    // it does not know, so it does not run, and the summary says claims were not checked. It runs
    // last, so no other detector misses what it would have learnt.
    if (detector.id === 'claim' && !coverage.claim) continue;
    // The other detectors always run (later ones read what earlier ones learnt); their findings
    // are kept only for the kinds asked for. State-media and promotion findings are kept in every
    // language: what they find by name, link or structure is there (coverage says whether the
    // kind was read in full).
    const found = detector.run(ctx);
    if (wanted.has(detector.id)) findings.push(...found);
  }
  findings.sort((a, b) => a.blockId - b.blockId || a.start - b.start || a.end - b.end);
  const { sources, summary } = buildSummary(ctx, findings, coverage);
  return boundReport({
    version: 1,
    article: {
      url: article.url,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      lang: article.lang,
      publishedTime: article.publishedTime,
      type: article.type,
      truncated: article.truncated,
      blocks: article.blocks.length,
    },
    coverage,
    findings,
    sources,
    summary,
    timings: { analyzeMs: Math.max(0, now() - t0) },
  });
}
