// Scoring of every corpus set. The matching rules are stated at the top of scripts/eval.ts and in
// eval/README.md; each function below repeats the rule it implements.
import type { TextInput } from '../src/cli/pipeline.ts';
import type { EvalBlock, EvalFinding, PageOutcome, TextOutcome } from './analysis.ts';
import { buildNameLexicon, sentenceSourceKind } from './attribution.ts';
import {
  ConllRow,
  PageRow,
  PolnearRow,
  PromoBlockRow,
  SourceVaguenessRow,
  StateMediaRow,
  SzegedRow,
  corpusFile,
  pageJob,
  readJsonl,
  setAvailable,
  type PageJob,
  type SetName,
} from './datasets.ts';
import {
  STAT_F1,
  STAT_MEAN,
  STAT_PRECISION,
  STAT_RATE,
  STAT_RECALL,
  STAT_SUM,
  bootstrap,
  findRun,
  goldGramIndex,
  mergeRanges,
  ngrams,
  overlaps,
  seedFrom,
  spanToUtf16,
  sumUnits,
  tokenPrf,
  tokenStrings,
  tokenize,
  tokensInGold,
  type Better,
  type Figure,
  type Stat,
} from './metrics.ts';
import { inHalf, type Half } from './halves.ts';
import type { Runner } from './runner.ts';

export interface EvalOptions {
  corpusDir: string;
  resamples: number;
  seed: number;
  /** Score only the documents of one half (eval/halves.ts); all documents when absent. */
  half?: Half;
}

/** A false positive / false negative (or other miss) for `--errors`; printed to the terminal only. */
export interface ErrorItem {
  kind: string;
  id: string;
  text: string;
  detail: string;
}

export interface SetResult {
  set: SetName;
  figures: Figure[];
  notes: string[];
  errors: ErrorItem[];
  /** The same set scored on its tune and check halves (filled by the harness). */
  halves?: SetResult[];
}

type Detector = Figure['detector'];

interface FigureSpec {
  detector: Detector;
  set: SetName;
  key: string;
  metric: string;
  unit: string;
  better: Better;
  info?: boolean;
  format?: 'rate' | 'count';
}

function figure(opts: EvalOptions, spec: FigureSpec, units: ReadonlyArray<readonly number[]>, stat: Stat, n = units.length): Figure {
  const id = `${spec.detector}/${spec.set}/${spec.key}`;
  const value = units.length > 0 ? stat(sumUnits(units), units.length) : null;
  const ci = bootstrap(units, stat, { resamples: opts.resamples, seed: seedFrom(opts.seed, id) });
  const fig: Figure = { id, detector: spec.detector, set: spec.set, metric: spec.metric, value, lo: ci.lo, hi: ci.hi, n, unit: spec.unit, better: spec.better };
  if (spec.info) fig.info = true;
  if (spec.format) fig.format = spec.format;
  return fig;
}

/** Precision, recall and F1 from [tp, fp, fn] units. */
function prfFigures(opts: EvalOptions, base: Omit<FigureSpec, 'key' | 'metric' | 'better'>, units: ReadonlyArray<readonly number[]>, n?: number, prefix = ''): Figure[] {
  const key = (k: string): string => (prefix ? `${prefix}-${k}` : k);
  const label = (k: string): string => (prefix ? `${prefix} ${k}` : k);
  return [
    figure(opts, { ...base, key: key('precision'), metric: label('precision'), better: 'higher' }, units, STAT_PRECISION, n),
    figure(opts, { ...base, key: key('recall'), metric: label('recall'), better: 'higher' }, units, STAT_RECALL, n),
    figure(opts, { ...base, key: key('f1'), metric: label('F1'), better: 'higher' }, units, STAT_F1, n),
  ];
}

function addInto(target: number[], add: readonly number[]): void {
  for (let k = 0; k < add.length; k++) target[k] = (target[k] ?? 0) + (add[k] ?? 0);
}

function confusion(pred: boolean, gold: boolean): [number, number, number] {
  return [pred && gold ? 1 : 0, pred && !gold ? 1 : 0, !pred && gold ? 1 : 0];
}

const MAX_TEXT = 220;
export function clip(text: string, max = MAX_TEXT): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function rulesOf(findings: readonly EvalFinding[]): string {
  if (findings.length === 0) return 'no finding';
  return [...new Set(findings.map((f) => (f.role ? `${f.rule} (${f.role})` : f.rule)))].join(', ');
}

/** Findings of a kind that overlap [start, end) (UTF-16) of the analysed text. */
function overlapping(findings: readonly EvalFinding[], kind: EvalFinding['kind'], start: number, end: number): EvalFinding[] {
  return findings.filter((f) => f.kind === kind && overlaps(f.start, f.end, start, end));
}

function pipelineErrors(results: Iterable<TextOutcome>, notes: string[]): void {
  let n = 0;
  let first = '';
  for (const r of results) {
    if (r.error) {
      n++;
      first ||= `${r.id}: ${r.error}`;
    }
  }
  if (n > 0) notes.push(`PIPELINE ERROR on ${n} inputs (scored as no finding), e.g. ${clip(first, 160)}`);
}

// ---------------------------------------------------------------------------------------------
// claims / source_vagueness
// ---------------------------------------------------------------------------------------------

/**
 * Gold: `flag` (true = positive); rows with flag null are skipped. Flagged: a `claim` finding
 * overlaps the sentence (analyzeText with the previous sentence as context). FP rate on named:
 * flagged share of `attribution == named` rows. Flag rate per attribution class is informational.
 */
export async function scoreSourceVagueness(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  return scoreFlaggedSentences('source_vagueness', runner, opts);
}

/** `wild_claims`: the same labels and rule as source_vagueness, on sentences of real pages of every genre. */
export async function scoreWildClaims(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  return scoreFlaggedSentences('wild_claims', runner, opts);
}

async function scoreFlaggedSentences(set: 'source_vagueness' | 'wild_claims', runner: Runner, opts: EvalOptions): Promise<SetResult> {
  const rows = readJsonl(corpusFile(opts.corpusDir, set), SourceVaguenessRow).filter((r) => inHalf(r.article ?? r.page ?? r.id, opts.half));
  const scored = rows.filter((r) => r.flag !== null);
  const results = await runner.textsFor(scored.map((r) => ({ id: r.id, text: r.text, context_before: r.context_before ?? null })));
  const notes: string[] = [`${rows.length - scored.length} rows with flag null skipped`];
  pipelineErrors(results.values(), notes);
  const errors: ErrorItem[] = [];
  const units: number[][] = [];
  const named: number[][] = [];
  const byAttr = new Map<string, number[][]>();
  for (const r of scored) {
    const findings = overlapping(results.get(r.id)?.findings ?? [], 'claim', 0, r.text.length);
    const pred = findings.length > 0;
    const gold = r.flag === true;
    units.push(confusion(pred, gold));
    if (r.attribution === 'named') named.push([pred ? 1 : 0, 1]);
    const list = byAttr.get(r.attribution) ?? [];
    list.push([pred ? 1 : 0, 1]);
    byAttr.set(r.attribution, list);
    if (pred && !gold) errors.push({ kind: 'FP', id: r.id, text: r.text, detail: `attribution=${r.attribution}; fired: ${rulesOf(findings)}` });
    if (!pred && gold) errors.push({ kind: 'FN', id: r.id, text: r.text, detail: `attribution=${r.attribution}; should fire ${r.cue ? `on cue ${JSON.stringify(r.cue)}` : '(no cue: flagged for its content or a source in the previous sentence)'}` });
  }
  const base = { detector: 'claims' as const, set, unit: 'sentences' };
  const figures = [
    ...prfFigures(opts, base, units),
    figure(opts, { ...base, key: 'fp-rate-named', metric: 'FP rate on named sources', better: 'lower' }, named, STAT_RATE),
  ];
  for (const attr of ['vague', 'described_anonymous', 'collective_entity', 'none', 'self']) {
    const u = byAttr.get(attr);
    if (!u) continue;
    figures.push(figure(opts, { ...base, key: `flag-rate-${attr}`, metric: `flag rate on ${attr}`, better: attr === 'self' ? 'lower' : 'higher', info: true }, u, STAT_RATE));
  }
  return { set, figures, notes, errors };
}

// ---------------------------------------------------------------------------------------------
// claims / polnear
// ---------------------------------------------------------------------------------------------

/**
 * No flag gold. Each sentence is analysed with the previous sentence of its article as context.
 * Named-source sentences (eval/attribution.ts: label attributed, every in-sentence gold Source
 * span names someone) are negatives: their flag rate is a false-positive rate. Pronoun-source
 * sentences and recall on `attribution_no_source` are informational.
 */
export async function scorePolnear(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  const set: SetName = 'polnear';
  const rows = readJsonl(corpusFile(opts.corpusDir, set), PolnearRow).filter((r) => inHalf(r.article, opts.half));
  rows.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.char_start - b.char_start));
  const inputs: TextInput[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PolnearRow;
    const prev = rows[i - 1];
    inputs.push({ id: r.id, text: r.text, context_before: prev && prev.article === r.article ? prev.text : null });
  }
  const results = await runner.textsFor(inputs);
  const notes: string[] = [];
  pipelineErrors(results.values(), notes);
  const names = buildNameLexicon(rows.map((r) => r.text));
  const errors: ErrorItem[] = [];
  const named: number[][] = [];
  const pronoun: number[][] = [];
  const noSource: number[][] = [];
  const all: number[][] = [];
  for (const r of rows) {
    const findings = overlapping(results.get(r.id)?.findings ?? [], 'claim', 0, r.text.length);
    const pred = findings.length > 0 ? 1 : 0;
    all.push([pred, 1]);
    if (r.label === 'attribution_no_source') noSource.push([pred, 1]);
    if (r.label !== 'attributed') continue;
    const sources = r.spans.filter((s) => s.role === 'Source' && s.inside_sentence).map((s) => s.text);
    const kind = sentenceSourceKind(sources, names);
    if (kind === 'named') {
      named.push([pred, 1]);
      if (pred) errors.push({ kind: 'FP (named source)', id: r.id, text: r.text, detail: `gold sources: ${sources.map((s) => JSON.stringify(clip(s, 60))).join(', ')}; fired: ${rulesOf(findings)}` });
    } else if (kind === 'pronoun') {
      pronoun.push([pred, 1]);
    }
  }
  notes.push(`named-source sentences: ${named.length}, pronoun-source: ${pronoun.length} (derived from gold Source spans, see eval/README.md)`);
  const base = { detector: 'claims' as const, set, unit: 'sentences' };
  return {
    set,
    notes,
    errors,
    figures: [
      figure(opts, { ...base, key: 'fp-rate-named', metric: 'flag rate on named-source sentences', better: 'lower' }, named, STAT_RATE),
      figure(opts, { ...base, key: 'flag-rate-pronoun', metric: 'flag rate on pronoun-source sentences', better: 'lower', info: true }, pronoun, STAT_RATE),
      figure(opts, { ...base, key: 'recall-no-source', metric: 'flag rate on attribution_no_source', better: 'higher', info: true }, noSource, STAT_RATE),
      figure(opts, { ...base, key: 'flag-rate-all', metric: 'flag rate on all sentences', better: 'lower', info: true }, all, STAT_RATE),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// claims / conll2010_wiki and szeged_wikiweasel
// ---------------------------------------------------------------------------------------------

/** Positive = label `uncertain`; flagged = a claim finding overlaps the sentence. */
export async function scoreConll(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  const set: SetName = 'conll2010_wiki';
  // One sentence a document: CoNLL-2010's Wikipedia sample carries no article id.
  const rows = readJsonl(corpusFile(opts.corpusDir, set), ConllRow).filter((r) => inHalf(r.id, opts.half));
  const results = await runner.textsFor(rows.map((r) => ({ id: r.id, text: r.text })));
  const notes: string[] = [];
  pipelineErrors(results.values(), notes);
  const errors: ErrorItem[] = [];
  const units: number[][] = [];
  for (const r of rows) {
    const findings = overlapping(results.get(r.id)?.findings ?? [], 'claim', 0, r.text.length);
    const pred = findings.length > 0;
    const gold = r.label === 'uncertain';
    units.push(confusion(pred, gold));
    if (pred && !gold) errors.push({ kind: 'FP', id: r.id, text: r.text, detail: `label=certain; fired: ${rulesOf(findings)}` });
    if (!pred && gold) errors.push({ kind: 'FN', id: r.id, text: r.text, detail: 'label=uncertain (weasel/hedge wording)' });
  }
  return { set, notes, errors, figures: prfFigures(opts, { detector: 'claims', set, unit: 'sentences' }, units) };
}

/**
 * Informational. Titles are skipped. Sentence level: positive = the sentence has at least one gold
 * cue. Cue level: recall = share of gold cues overlapped by a claim finding (code points → UTF-16);
 * precision = share of claim findings that overlap a gold cue.
 */
export async function scoreSzeged(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  const set: SetName = 'szeged_wikiweasel';
  const rows = readJsonl(corpusFile(opts.corpusDir, set), SzegedRow).filter((r) => !r.is_title && inHalf(r.doc_id ?? r.id, opts.half));
  const results = await runner.textsFor(rows.map((r) => ({ id: r.id, text: r.text })));
  const notes: string[] = ['titles skipped; all szeged figures are informational'];
  pipelineErrors(results.values(), notes);
  const errors: ErrorItem[] = [];
  const sentenceUnits: number[][] = [];
  const cueUnits: number[][] = [];
  for (const r of rows) {
    const findings = overlapping(results.get(r.id)?.findings ?? [], 'claim', 0, r.text.length);
    const pred = findings.length > 0;
    const gold = r.cues.length > 0;
    sentenceUnits.push(confusion(pred, gold));
    const cues = r.cues.map((c) => spanToUtf16(r.text, c.start, c.end));
    let cueHits = 0;
    for (const c of cues) if (findings.some((f) => overlaps(f.start, f.end, c.start, c.end))) cueHits++;
    const goodFindings = findings.filter((f) => cues.some((c) => overlaps(f.start, f.end, c.start, c.end))).length;
    // [tp cues found, findings off any cue, cues missed] per sentence.
    cueUnits.push([cueHits, findings.length - goodFindings, cues.length - cueHits]);
    if (pred && !gold) errors.push({ kind: 'FP', id: r.id, text: r.text, detail: `no gold cue; fired: ${rulesOf(findings)}` });
    if (!pred && gold) errors.push({ kind: 'FN', id: r.id, text: r.text, detail: `cues: ${r.cues.map((c) => `${JSON.stringify(c.text)} (${c.type ?? '?'})`).join(', ')}` });
  }
  const base = { detector: 'claims' as const, set, unit: 'sentences', info: true };
  const cueCount = rows.reduce((n, r) => n + r.cues.length, 0);
  return {
    set,
    notes,
    errors,
    figures: [
      ...prfFigures(opts, base, sentenceUnits, undefined, 'sentence'),
      figure(opts, { ...base, key: 'cue-precision', metric: 'cue precision', better: 'higher' }, cueUnits, STAT_PRECISION),
      figure(opts, { ...base, key: 'cue-recall', metric: 'cue recall', better: 'higher', unit: `sentences (${cueCount} cues)` }, cueUnits, STAT_RECALL),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// state media / state_media_citations
// ---------------------------------------------------------------------------------------------

/**
 * Offsets are Python code points, converted to UTF-16. Flagged = a `state-media` finding whose
 * role is not `mention` overlaps the labelled name. Positives: source, venue. Negatives: mention,
 * not_state. Reported separately: mention flag rate, not_state FP rate, count of
 * public-service-independent items flagged, and (informational) the share of mention items the
 * detector recognised as a mention (a role=mention finding overlaps).
 */
export async function scoreStateMedia(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  const set: SetName = 'state_media_citations';
  const rows = readJsonl(corpusFile(opts.corpusDir, set), StateMediaRow).filter((r) => inHalf(r.origin_document ?? r.origin ?? r.id, opts.half));
  const results = await runner.textsFor(rows.map((r) => ({ id: r.id, text: r.text, context_before: r.context_before ?? null })));
  const notes: string[] = [];
  pipelineErrors(results.values(), notes);
  const errors: ErrorItem[] = [];
  const units: number[][] = [];
  const mention: number[][] = [];
  const mentionSeen: number[][] = [];
  const notState: number[][] = [];
  const psi: number[][] = [];
  for (const r of rows) {
    const span = spanToUtf16(r.text, r.start, r.end);
    if (r.text.slice(span.start, span.end) !== r.mention_text) notes.push(`${r.id}: offsets do not give mention_text after conversion`);
    const hits = overlapping(results.get(r.id)?.findings ?? [], 'state-media', span.start, span.end);
    const flaggedBy = hits.filter((f) => f.role !== 'mention');
    const pred = flaggedBy.length > 0;
    const gold = r.label === 'source' || r.label === 'venue';
    units.push(confusion(pred, gold));
    if (r.label === 'mention') {
      mention.push([pred ? 1 : 0, 1]);
      mentionSeen.push([hits.some((f) => f.role === 'mention') ? 1 : 0, 1]);
    }
    if (r.label === 'not_state') notState.push([pred ? 1 : 0, 1]);
    if (r.type === 'public-service-independent') psi.push([pred ? 1 : 0]);
    const where = `${JSON.stringify(r.mention_text)} label=${r.label} type=${r.type}${r.note ? `; note: ${clip(r.note, 100)}` : ''}`;
    if (pred && !gold) errors.push({ kind: r.label === 'mention' ? 'FP (mention)' : 'FP (not_state)', id: r.id, text: r.text, detail: `${where}; fired: ${rulesOf(flaggedBy)}` });
    if (!pred && gold) errors.push({ kind: 'FN', id: r.id, text: r.text, detail: `${where}; ${hits.length ? `only: ${rulesOf(hits)}` : 'no state-media finding on the name'}` });
  }
  const base = { detector: 'state-media' as const, set, unit: 'items' };
  return {
    set,
    notes,
    errors,
    figures: [
      ...prfFigures(opts, base, units),
      figure(opts, { ...base, key: 'mention-flag-rate', metric: 'flag rate on mention', better: 'lower' }, mention, STAT_RATE),
      figure(opts, { ...base, key: 'fp-rate-not-state', metric: 'FP rate on not_state', better: 'lower' }, notState, STAT_RATE),
      figure(opts, { ...base, key: 'psi-flagged', metric: 'public-service-independent flagged', better: 'lower', format: 'count' }, psi, STAT_SUM),
      figure(opts, { ...base, key: 'mention-recognised', metric: 'mention recognised as mention', better: 'higher', info: true }, mentionSeen, STAT_RATE),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Pages: shared helpers
// ---------------------------------------------------------------------------------------------

interface StreamToken {
  t: string;
  blockId: number;
  start: number;
  end: number;
  dropped: boolean;
}

/** All extracted blocks (kept and dropped), in order, as one token stream. */
function tokenStream(blocks: readonly EvalBlock[], keptOnly = false): StreamToken[] {
  const out: StreamToken[] = [];
  for (const b of blocks) {
    if (keptOnly && b.dropped) continue;
    for (const k of tokenize(b.text)) out.push({ t: k.t, blockId: b.id, start: k.start, end: k.end, dropped: b.dropped });
  }
  return out;
}

/** Promotion finding ranges by block id, merged. */
function promotionRanges(findings: readonly EvalFinding[]): Map<number, Array<[number, number]>> {
  const raw = new Map<number, Array<[number, number]>>();
  for (const f of findings) {
    if (f.kind !== 'promotion') continue;
    // A unit that spans several blocks covers each block's piece.
    for (const p of f.parts ?? [f]) {
      const list = raw.get(p.blockId) ?? [];
      list.push([p.start, p.end]);
      raw.set(p.blockId, list);
    }
  }
  const out = new Map<number, Array<[number, number]>>();
  for (const [id, list] of raw) out.set(id, mergeRanges(list));
  return out;
}

/** A stream token lies inside a promotion finding of its block. */
function inPromotion(tok: StreamToken, ranges: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>): boolean {
  const list = ranges.get(tok.blockId);
  return !!list && list.some(([s, e]) => tok.start >= s && tok.end <= e);
}

function promotionRules(findings: readonly EvalFinding[], blockIds: ReadonlySet<number>): string {
  return rulesOf(findings.filter((f) => f.kind === 'promotion' && (f.parts ?? [f]).some((p) => blockIds.has(p.blockId))));
}

function failedNote(outcomes: Iterable<PageOutcome>, notes: string[]): number {
  let failed = 0;
  const reasons = new Map<string, number>();
  for (const o of outcomes) {
    if (o.ok) continue;
    failed++;
    reasons.set(o.reason, (reasons.get(o.reason) ?? 0) + 1);
  }
  if (failed > 0) notes.push(`${failed} pages gave no article (${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')})`);
  return failed;
}

// ---------------------------------------------------------------------------------------------
// Pages / aeb
// ---------------------------------------------------------------------------------------------

/**
 * Article text = the text of the extracted blocks that are not `dropped`, joined. Token P/R/F1 =
 * bag-of-tokens overlap (Σ min counts) against `ground_truth_text`, per page, averaged over pages
 * (a page with no article scores 0/0/0). Gold marked as promotion, per page = (tokens of the
 * merged promotion-finding ranges that lie in the gold as running text: a token counts when one
 * of its 3-grams occurs in the gold; pieces under 3 tokens must occur whole) / gold tokens, capped
 * at 1; averaged over pages. Intervals resample pages.
 */
export async function scoreAeb(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  const set: SetName = 'aeb';
  const rows = readJsonl(corpusFile(opts.corpusDir, set), PageRow).filter((r) => inHalf(r.id, opts.half));
  const outcomes = await runner.pagesFor(rows.map((r) => pageJob(opts.corpusDir, r)));
  const notes: string[] = [];
  failedNote(outcomes.values(), notes);
  const errors: ErrorItem[] = [];
  const prfUnits: number[][] = [];
  const promoUnits: number[][] = [];
  const pooled: number[][] = [];
  const perPage: Array<{ id: string; f1: number; p: number; r: number }> = [];
  for (const row of rows) {
    const gold = tokenStrings(row.ground_truth_text ?? '');
    const o = outcomes.get(row.id) as PageOutcome;
    if (!o.ok) {
      prfUnits.push([0, 0, 0]);
      promoUnits.push([0]);
      pooled.push([0, gold.length]);
      errors.push({ kind: 'no article', id: row.id, text: row.url, detail: `${o.reason}: ${o.message}` });
      continue;
    }
    const pred = o.blocks.filter((b) => !b.dropped).flatMap((b) => tokenStrings(b.text));
    const s = tokenPrf(pred, gold);
    prfUnits.push([s.precision, s.recall, s.f1]);
    perPage.push({ id: row.id, f1: s.f1, p: s.precision, r: s.recall });
    const grams = goldGramIndex(gold);
    const byId = new Map(o.blocks.map((b) => [b.id, b]));
    let promoInGold = 0;
    for (const [blockId, ranges] of promotionRanges(o.findings)) {
      const block = byId.get(blockId);
      if (!block) continue;
      const toks = tokenize(block.text);
      for (const [st, en] of ranges) {
        const piece = toks.filter((k) => k.start >= st && k.end <= en).map((k) => k.t);
        const hit = tokensInGold(piece, grams);
        promoInGold += hit;
        if (hit > 0) {
          const rules = rulesOf(o.findings.filter((f) => f.kind === 'promotion' && (f.parts ?? [f]).some((p) => p.blockId === blockId && overlaps(p.start, p.end, st, en))));
          errors.push({ kind: 'gold marked as promotion', id: `${row.id}#${blockId}`, text: block.text.slice(st, en), detail: `${hit}/${piece.length} tokens in gold; fired: ${rules}` });
        }
      }
    }
    const capped = Math.min(promoInGold, gold.length);
    promoUnits.push([gold.length > 0 ? capped / gold.length : 0]);
    pooled.push([capped, gold.length]);
  }
  perPage.sort((a, b) => a.f1 - b.f1);
  for (const p of perPage.slice(0, 15)) {
    const row = rows.find((r) => r.id === p.id) as PageRow;
    errors.push({ kind: 'low token F1', id: p.id, text: row.url, detail: `F1 ${p.f1.toFixed(3)} (P ${p.p.toFixed(3)}, R ${p.r.toFixed(3)})` });
  }
  const mean = (k: number): Stat => (s, n) => (n > 0 ? (s[k] ?? 0) / n : null);
  const base = { detector: 'extraction' as const, set, unit: 'pages' };
  const promo = { detector: 'promotion' as const, set, unit: 'pages' };
  return {
    set,
    notes,
    errors,
    figures: [
      figure(opts, { ...base, key: 'token-precision', metric: 'token precision (mean/page)', better: 'higher' }, prfUnits, mean(0)),
      figure(opts, { ...base, key: 'token-recall', metric: 'token recall (mean/page)', better: 'higher' }, prfUnits, mean(1)),
      figure(opts, { ...base, key: 'token-f1', metric: 'token F1 (mean/page)', better: 'higher' }, prfUnits, mean(2)),
      figure(opts, { ...promo, key: 'gold-marked-promotion', metric: 'gold text marked as promotion (mean/page)', better: 'lower' }, promoUnits, STAT_MEAN),
      figure(opts, { ...promo, key: 'gold-marked-promotion-pooled', metric: 'gold text marked as promotion (pooled)', better: 'lower', info: true }, pooled, STAT_RATE),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Pages / trafilatura_en
// ---------------------------------------------------------------------------------------------

/**
 * Snippets and extracted text are compared as token sequences (NFKC, lower case, runs of letters
 * and digits; punctuation and spacing ignored). must_include present = its tokens occur as a
 * contiguous run in the kept (not dropped) blocks' token stream; must_exclude absent = they do not.
 * A must_include snippet is marked as promotion when any token of its first occurrence in the
 * stream of all extracted blocks lies inside a promotion finding. Rates are pooled over snippets;
 * intervals resample pages.
 */
export async function scoreTrafilatura(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  const set: SetName = 'trafilatura_en';
  const rows = readJsonl(corpusFile(opts.corpusDir, set), PageRow).filter((r) => inHalf(r.id, opts.half));
  const outcomes = await runner.pagesFor(rows.map((r) => pageJob(opts.corpusDir, r)));
  const notes: string[] = [];
  failedNote(outcomes.values(), notes);
  const errors: ErrorItem[] = [];
  const incUnits: number[][] = [];
  const excUnits: number[][] = [];
  const promoUnits: number[][] = [];
  let empty = 0;
  let nInc = 0;
  let nExc = 0;
  for (const row of rows) {
    const o = outcomes.get(row.id) as PageOutcome;
    const inc = (row.must_include ?? []).map((s) => ({ s, t: tokenStrings(s) })).filter((x) => x.t.length > 0 || (empty++, false));
    const exc = (row.must_exclude ?? []).map((s) => ({ s, t: tokenStrings(s) })).filter((x) => x.t.length > 0 || (empty++, false));
    nInc += inc.length;
    nExc += exc.length;
    if (!o.ok) {
      incUnits.push([0, inc.length]);
      excUnits.push([exc.length, exc.length]);
      promoUnits.push([0]);
      errors.push({ kind: 'no article', id: row.id, text: row.url, detail: `${o.reason}: ${o.message}` });
      continue;
    }
    const kept = tokenStream(o.blocks, true);
    const keptT = kept.map((k) => k.t);
    const all = tokenStream(o.blocks);
    const allT = all.map((k) => k.t);
    const ranges = promotionRanges(o.findings);
    let present = 0;
    let absent = 0;
    let marked = 0;
    for (const x of inc) {
      if (findRun(keptT, x.t) >= 0) present++;
      else errors.push({ kind: 'must_include missing', id: row.id, text: x.s, detail: findRun(allT, x.t) >= 0 ? 'in a dropped block' : 'not in the extraction' });
      const at = findRun(allT, x.t);
      if (at >= 0) {
        const toks = all.slice(at, at + x.t.length);
        if (toks.some((k) => inPromotion(k, ranges))) {
          marked++;
          errors.push({ kind: 'must_include marked as promotion', id: row.id, text: x.s, detail: `fired: ${promotionRules(o.findings, new Set(toks.map((k) => k.blockId)))}` });
        }
      }
    }
    for (const x of exc) {
      if (findRun(keptT, x.t) < 0) absent++;
      else errors.push({ kind: 'must_exclude present', id: row.id, text: x.s, detail: 'in the article text' });
    }
    incUnits.push([present, inc.length]);
    excUnits.push([absent, exc.length]);
    promoUnits.push([marked]);
  }
  if (empty > 0) notes.push(`${empty} snippets without letters or digits skipped`);
  const base = { detector: 'extraction' as const, set, unit: 'snippets' };
  return {
    set,
    notes,
    errors,
    figures: [
      figure(opts, { ...base, key: 'must-include-present', metric: 'must_include present', better: 'higher' }, incUnits, STAT_RATE, nInc),
      figure(opts, { ...base, key: 'must-exclude-absent', metric: 'must_exclude absent', better: 'higher' }, excUnits, STAT_RATE, nExc),
      figure(opts, { ...base, detector: 'promotion', key: 'must-include-marked-promotion', metric: 'must_include marked as promotion', better: 'lower', format: 'count' }, promoUnits, STAT_SUM, nInc),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Blocks / promo_blocks
// ---------------------------------------------------------------------------------------------

/**
 * Each page is analysed once (shared cache with the page sets). Labelled blocks are matched to
 * the extraction by token sequence: a labelled block is found when its tokens occur as a
 * contiguous run in the token stream of all extracted blocks (kept and dropped, in order); runs
 * are searched in block_index order starting after the previous match (first earlier occurrence
 * as a fallback), so repeated short texts ("Share") pair up in reading order. A block is flagged
 * when more than half of its tokens lie inside promotion findings. Blocks not found count as not
 * flagged in P/R/F1 (the reader never sees them highlighted); the article-block flag rate is over
 * found article blocks. Positive = promotion; negatives = boilerplate and article. Blocks whose
 * page is not among the dev pages are skipped. Intervals resample pages.
 */
export async function scorePromoBlocks(runner: Runner, opts: EvalOptions): Promise<SetResult> {
  const set: SetName = 'promo_blocks';
  const blocks = readJsonl(corpusFile(opts.corpusDir, set), PromoBlockRow).filter((b) => inHalf(b.page_id, opts.half));
  const pages = new Map<string, PageRow>();
  for (const s of ['aeb', 'trafilatura_en'] as const) {
    // A missing page list only means its blocks are skipped (counted in the notes).
    if (setAvailable(opts.corpusDir, s)) for (const r of readJsonl(corpusFile(opts.corpusDir, s), PageRow)) pages.set(r.id, r);
  }
  const byPage = new Map<string, typeof blocks>();
  let skipped = 0;
  const skippedPages = new Set<string>();
  for (const b of blocks) {
    if (!pages.has(b.page_id)) {
      skipped++;
      skippedPages.add(b.page_id);
      continue;
    }
    const list = byPage.get(b.page_id) ?? [];
    list.push(b);
    byPage.set(b.page_id, list);
  }
  const pageIds = [...byPage.keys()].sort();
  const outcomes = await runner.pagesFor(pageIds.map((id) => pageJob(opts.corpusDir, pages.get(id) as PageRow)));
  const notes: string[] = [];
  if (skipped > 0) notes.push(`${skipped} blocks on ${skippedPages.size} pages skipped: their page is not in pages/*.dev.jsonl`);
  failedNote(outcomes.values(), notes);
  const errors: ErrorItem[] = [];
  const units: number[][] = [];
  const keptUnits: number[][] = [];
  const articleUnits: number[][] = [];
  const boilerUnits: number[][] = [];
  const foundUnits: number[][] = [];
  const pageRecall: number[][] = [];
  const tri: TrigramUnits = { units: [], pageRecall: [], article: [], silent: [] };
  for (const pid of pageIds) {
    const labelled = (byPage.get(pid) ?? []).slice().sort((a, b) => a.block_index - b.block_index);
    const o = outcomes.get(pid) as PageOutcome;
    const stream = o.ok ? tokenStream(o.blocks) : [];
    const streamT = stream.map((k) => k.t);
    const ranges = o.ok ? promotionRanges(o.findings) : new Map<number, Array<[number, number]>>();
    const u = [0, 0, 0];
    const uk = [0, 0, 0];
    const art = [0, 0];
    const boil = [0, 0];
    let found = 0;
    let cursor = 0;
    for (const b of labelled) {
      const needle = labelTokens(b.text);
      const at = findRun(streamT, needle, cursor);
      let coverage = 0;
      let toks: StreamToken[] = [];
      if (at >= 0) {
        found++;
        cursor = at + needle.length;
        toks = stream.slice(at, at + needle.length);
        coverage = toks.filter((k) => inPromotion(k, ranges)).length / toks.length;
      }
      const pred = coverage > 0.5;
      const gold = b.label === 'promotion';
      const c = confusion(pred, gold);
      addInto(u, c);
      if (!b.dropped) addInto(uk, c);
      if (at >= 0 && b.label === 'article') addInto(art, [pred ? 1 : 0, 1]);
      if (at >= 0 && b.label === 'boilerplate') addInto(boil, [pred ? 1 : 0, 1]);
      const where = `${b.label}${b.subtype ? `/${b.subtype}` : ''}${b.dropped ? ', dropped by Readability' : ''}`;
      if (pred && !gold) {
        errors.push({ kind: `FP (${b.label})`, id: b.id, text: b.text, detail: `${where}; ${Math.round(coverage * 100)}% covered; fired: ${promotionRules(o.ok ? o.findings : [], new Set(toks.map((k) => k.blockId)))}` });
      }
      if (!pred && gold) {
        const why = at < 0 ? 'not found in the extraction' : coverage > 0 ? `${Math.round(coverage * 100)}% covered` : 'no promotion finding';
        errors.push({ kind: 'FN', id: b.id, text: b.text, detail: `${where}; ${why}` });
      }
    }
    units.push(u);
    keptUnits.push(uk);
    articleUnits.push(art);
    boilerUnits.push(boil);
    foundUnits.push([found, labelled.length]);
    const promos = labelled.filter((b) => b.label === 'promotion').length;
    if (promos > 0) pageRecall.push([(u[0] as number) / promos]);
    trigramPage(labelled, o.ok ? o.findings : [], tri, errors);
  }
  const nBlocks = pageIds.reduce((n, id) => n + (byPage.get(id)?.length ?? 0), 0);
  const nKept = pageIds.reduce((n, id) => n + (byPage.get(id) ?? []).filter((b) => !b.dropped).length, 0);
  const nArticle = articleUnits.reduce((n, u) => n + (u[1] as number), 0);
  const nBoiler = boilerUnits.reduce((n, u) => n + (u[1] as number), 0);
  const nFound = foundUnits.reduce((n, u) => n + (u[0] as number), 0);
  const nArticleAll = tri.article.reduce((n, u) => n + (u[1] as number), 0);
  notes.push(`${pageIds.length} pages, ${nBlocks} labelled blocks, ${nFound} found in the extraction; intervals resample pages`);
  const base = { detector: 'promotion' as const, set, unit: `blocks (${pageIds.length} pages)` };
  return {
    set,
    notes,
    errors,
    figures: [
      ...prfFigures(opts, base, units, nBlocks),
      figure(opts, { ...base, key: 'kept-recall', metric: 'recall on blocks Readability kept', better: 'higher', info: true }, keptUnits, STAT_RECALL, nKept),
      figure(opts, { ...base, key: 'recall-per-page', metric: 'recall (mean/page with promotion)', better: 'higher', info: true, unit: 'pages' }, pageRecall, STAT_MEAN),
      figure(opts, { ...base, key: 'article-flag-rate', metric: 'flag rate on article blocks', better: 'lower' }, articleUnits, STAT_RATE, nArticle),
      figure(opts, { ...base, key: 'boilerplate-flag-rate', metric: 'flag rate on boilerplate blocks', better: 'lower', info: true }, boilerUnits, STAT_RATE, nBoiler),
      figure(opts, { ...base, key: 'found', metric: 'labelled blocks found in the extraction', better: 'higher', info: true }, foundUnits, STAT_RATE, nBlocks),
      ...prfFigures(opts, base, tri.units, nBlocks, 'trigram'),
      figure(opts, { ...base, key: 'trigram-recall-per-page', metric: 'trigram recall (mean/page with promotion)', better: 'higher', unit: 'pages' }, tri.pageRecall, STAT_MEAN),
      figure(opts, { ...base, key: 'trigram-article-flag-rate', metric: 'trigram: article blocks flagged', better: 'lower' }, tri.article, STAT_RATE, nArticleAll),
      figure(opts, { ...base, key: 'trigram-pages-nothing-found', metric: 'trigram: pages with promotion, none found', better: 'lower', unit: 'pages' }, tri.silent, STAT_MEAN),
    ],
  };
}

interface TrigramUnits {
  /** [tp, fp, fn] per page. */
  units: number[][];
  /** [recall] per page with promotion. */
  pageRecall: number[][];
  /** [flagged, article blocks] per page. */
  article: number[][];
  /** [1 when nothing of the page's promotion is found] per page with promotion. */
  silent: number[][];
}

/** The word trigrams of a token list; a list shorter than three tokens is its own single gram. */
function trigramsOf(tokens: readonly string[]): string[] {
  if (tokens.length === 0) return [];
  if (tokens.length < 3) return [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + 3 <= tokens.length; i++) out.push(tokens.slice(i, i + 3).join(' '));
  return out;
}

/**
 * Issue 17's scoring, independent of where the extraction put the block: a labelled block is
 * flagged when the promotion findings' text (each finding's own tokens) covers at least half of
 * its word trigrams. Short pieces: a block of one or two tokens is covered when that token
 * sequence occurs contiguously in a finding. Positive = promotion; per page: [tp, fp, fn].
 */
/**
 * A labelled block's tokens for matching against the extraction. The set cuts `text` at 600
 * characters (guideline, "Texts are truncated to 600 characters"), often inside a word: the last
 * token of a cut text may be half a word, which would make the whole run unfindable, so it is left out.
 */
const LABEL_TEXT_CAP = 600;
export function labelTokens(text: string): string[] {
  const toks = tokenStrings(text);
  return text.length >= LABEL_TEXT_CAP && toks.length > 1 ? toks.slice(0, -1) : toks;
}

function trigramPage(labelled: readonly PromoBlockRow[], findings: readonly EvalFinding[], tri: TrigramUnits, errors: ErrorItem[]): void {
  const grams = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'promotion') continue;
    const toks = tokenStrings(f.text);
    for (const g of trigramsOf(toks)) grams.add(g);
    for (let n = 1; n <= 2; n++) for (const g of ngrams(toks, n)) grams.add(g);
  }
  const u = [0, 0, 0];
  const art = [0, 0];
  let promos = 0;
  for (const b of labelled) {
    const own = trigramsOf(tokenStrings(b.text));
    const hit = own.filter((g) => grams.has(g)).length;
    const pred = own.length > 0 && hit / own.length >= 0.5;
    const gold = b.label === 'promotion';
    addInto(u, confusion(pred, gold));
    if (gold) promos++;
    if (b.label === 'article') addInto(art, [pred ? 1 : 0, 1]);
    if (pred !== gold) {
      const where = `${b.label}${b.subtype ? `/${b.subtype}` : ''}${b.dropped ? ', dropped by Readability' : ''}`;
      errors.push({ kind: pred ? `trigram FP (${b.label})` : 'trigram FN', id: b.id, text: b.text, detail: `${where}; ${hit}/${own.length} trigrams covered` });
    }
  }
  tri.units.push(u);
  tri.article.push(art);
  if (promos > 0) {
    tri.pageRecall.push([(u[0] as number) / promos]);
    tri.silent.push([u[0] === 0 ? 1 : 0]);
  }
}

/** The pages a set will analyse (so the harness can queue every page of the run up front). */
export function pageJobsFor(set: SetName, opts: EvalOptions): PageJob[] {
  if (set === 'aeb' || set === 'trafilatura_en') return readJsonl(corpusFile(opts.corpusDir, set), PageRow).map((r) => pageJob(opts.corpusDir, r));
  if (set !== 'promo_blocks') return [];
  const ids = new Set(readJsonl(corpusFile(opts.corpusDir, set), PromoBlockRow).map((b) => b.page_id));
  const jobs: PageJob[] = [];
  for (const s of ['aeb', 'trafilatura_en'] as const) {
    if (!setAvailable(opts.corpusDir, s)) continue;
    for (const r of readJsonl(corpusFile(opts.corpusDir, s), PageRow)) if (ids.has(r.id)) jobs.push(pageJob(opts.corpusDir, r));
  }
  return jobs;
}

export const SCORERS: Record<SetName, (runner: Runner, opts: EvalOptions) => Promise<SetResult>> = {
  source_vagueness: scoreSourceVagueness,
  wild_claims: scoreWildClaims,
  polnear: scorePolnear,
  conll2010_wiki: scoreConll,
  szeged_wikiweasel: scoreSzeged,
  state_media_citations: scoreStateMedia,
  aeb: scoreAeb,
  trafilatura_en: scoreTrafilatura,
  promo_blocks: scorePromoBlocks,
};
