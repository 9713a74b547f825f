// Pure metric code of the evaluation harness: no file system, no pipeline, no corpus.
// Everything here is unit-tested on synthetic data (tests/unit/eval-metrics.test.ts).

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, seedable PRNG. Same seed → same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from a string (FNV-1a), so each figure gets its own resample stream. */
export function seedFrom(base: number, key: string): number {
  let h = (0x811c9dc5 ^ base) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Precision / recall / F1
// ---------------------------------------------------------------------------------------------

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** null when a figure is undefined (no predictions → no precision; no positives → no recall). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  else if (tp + fp + fn > 0) f1 = 0;
  return { precision, recall, f1 };
}

export function ratio(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

// ---------------------------------------------------------------------------------------------
// Bootstrap
// ---------------------------------------------------------------------------------------------

/**
 * A resampling unit (one sentence, or one page for page-clustered sets) carries a vector of counts
 * or values; a statistic maps the summed vector of a sample (and the number of units in it) to a
 * figure. E.g. precision: unit = [tp, fp, fn], stat = (s) => s[0] / (s[0] + s[1]).
 */
export type Stat = (sum: readonly number[], units: number) => number | null;

export interface Interval {
  lo: number | null;
  hi: number | null;
}

export interface BootstrapOptions {
  resamples: number;
  seed: number;
}

/**
 * Percentile bootstrap (2.5th and 97.5th percentiles of the resampled statistic). Resamples in
 * which the statistic is undefined (null) are left out; when all are, the interval is null.
 * Deterministic: the same units, statistic and seed give the same interval.
 */
export function bootstrap(units: ReadonlyArray<readonly number[]>, stat: Stat, options: BootstrapOptions): Interval {
  const n = units.length;
  if (n === 0) return { lo: null, hi: null };
  const width = units[0]?.length ?? 0;
  const rand = mulberry32(options.seed);
  const values: number[] = [];
  const sum = new Array<number>(width);
  for (let r = 0; r < options.resamples; r++) {
    sum.fill(0);
    for (let i = 0; i < n; i++) {
      const u = units[Math.floor(rand() * n)] as readonly number[];
      for (let k = 0; k < width; k++) sum[k] = (sum[k] as number) + (u[k] as number);
    }
    const v = stat(sum, n);
    if (v !== null && Number.isFinite(v)) values.push(v);
  }
  if (values.length === 0) return { lo: null, hi: null };
  values.sort((a, b) => a - b);
  return { lo: percentile(values, 0.025), hi: percentile(values, 0.975) };
}

/** Linear interpolation between closest ranks (sorted input). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('percentile of nothing');
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function sumUnits(units: ReadonlyArray<readonly number[]>): number[] {
  const width = units[0]?.length ?? 0;
  const sum = new Array<number>(width).fill(0);
  for (const u of units) for (let k = 0; k < width; k++) sum[k] = (sum[k] as number) + (u[k] as number);
  return sum;
}

// Statistics over [tp, fp, fn] units.
export const STAT_PRECISION: Stat = (s) => prf(s[0] ?? 0, s[1] ?? 0, s[2] ?? 0).precision;
export const STAT_RECALL: Stat = (s) => prf(s[0] ?? 0, s[1] ?? 0, s[2] ?? 0).recall;
export const STAT_F1: Stat = (s) => prf(s[0] ?? 0, s[1] ?? 0, s[2] ?? 0).f1;
/** [hits, n] units → hits / n. */
export const STAT_RATE: Stat = (s) => ratio(s[0] ?? 0, s[1] ?? 0);
/** [value] units → mean over units. */
export const STAT_MEAN: Stat = (s, n) => (n > 0 ? (s[0] ?? 0) / n : null);
/** [count] units → total. */
export const STAT_SUM: Stat = (s) => s[0] ?? 0;

// ---------------------------------------------------------------------------------------------
// Offsets and spans
// ---------------------------------------------------------------------------------------------

/**
 * Python code-point offset → JavaScript UTF-16 offset in the same string. Offsets past the end
 * clamp to text.length (a corrupt label should not crash the run; it simply won't match).
 */
export function codePointToUtf16(text: string, cp: number): number {
  let units = 0;
  let points = 0;
  while (points < cp && units < text.length) {
    const c = text.codePointAt(units) as number;
    units += c > 0xffff ? 2 : 1;
    points++;
  }
  return units;
}

export function spanToUtf16(text: string, start: number, end: number): { start: number; end: number } {
  return { start: codePointToUtf16(text, start), end: codePointToUtf16(text, end) };
}

/** Half-open ranges [aStart, aEnd) and [bStart, bEnd) share at least one character. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd && aStart < aEnd && bStart < bEnd;
}

/** Merges half-open ranges into a sorted list of disjoint ranges. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = ranges.filter(([s, e]) => e > s).map(([s, e]) => [s, e] as [number, number]);
  sorted.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

export interface Token {
  /** Normalised token: NFKC, lower case. */
  t: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

// A token is a maximal run of letters, combining marks and digits; punctuation, symbols and
// white space separate tokens and are ignored (so quote styles, dashes and spacing don't matter).
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    out.push({ t: m[0].normalize('NFKC').toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

export function tokenStrings(text: string): string[] {
  return tokenize(text).map((k) => k.t);
}

export function bagOf(tokens: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of tokens) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

export function bagSize(bag: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of bag.values()) n += v;
  return n;
}

/** Σ_t min(a[t], b[t]): the multiset intersection size. */
export function bagOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, c] of small) n += Math.min(c, large.get(t) ?? 0);
  return n;
}

/**
 * Bag-of-tokens precision / recall / F1 of a predicted text against a gold text.
 * Conventions: both empty → 1/1/1; prediction empty, gold not → 0/0/0; gold empty, prediction not → 0/…
 */
export function tokenPrf(predicted: readonly string[], gold: readonly string[]): { precision: number; recall: number; f1: number; overlap: number } {
  if (predicted.length === 0 && gold.length === 0) return { precision: 1, recall: 1, f1: 1, overlap: 0 };
  const overlap = bagOverlap(bagOf(predicted), bagOf(gold));
  const precision = predicted.length > 0 ? overlap / predicted.length : 0;
  const recall = gold.length > 0 ? overlap / gold.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, overlap };
}

/** The n-grams of a token list, joined by a space. */
export function ngrams(tokens: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  return out;
}

/**
 * How many tokens of `piece` lie in `gold` as running text: a token counts when at least one
 * n-gram (n = 3) of the piece that contains it occurs in the gold. Pieces shorter than n tokens
 * count when their whole token sequence occurs contiguously in the gold. Pass the gold's n-gram
 * sets (index n → set) so a page's gold is indexed once.
 */
export function tokensInGold(piece: readonly string[], goldGrams: ReadonlyMap<number, ReadonlySet<string>>, n = 3): number {
  if (piece.length === 0) return 0;
  if (piece.length < n) {
    const grams = goldGrams.get(piece.length);
    return grams?.has(piece.join(' ')) ? piece.length : 0;
  }
  const grams = goldGrams.get(n);
  if (!grams) return 0;
  const hit = new Array<boolean>(piece.length).fill(false);
  for (let i = 0; i + n <= piece.length; i++) {
    if (grams.has(piece.slice(i, i + n).join(' '))) for (let k = i; k < i + n; k++) hit[k] = true;
  }
  return hit.filter(Boolean).length;
}

/** Gold n-gram index for n = 1..maxN. */
export function goldGramIndex(gold: readonly string[], maxN = 3): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (let n = 1; n <= maxN; n++) out.set(n, ngrams(gold, n));
  return out;
}

/**
 * Finds `needle` (token strings) as a contiguous run in `hay` (token strings). Returns the index
 * of the first occurrence at or after `from`; when there is none, the first occurrence before
 * `from`; -1 when absent. This keeps block matching in reading order while tolerating a block
 * that the extraction put earlier than the labels did.
 */
export function findRun(hay: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  const first = needle[0] as string;
  let fallback = -1;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (hay[i] !== first) continue;
    let ok = true;
    for (let k = 1; k < needle.length; k++) {
      if (hay[i + k] !== needle[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (i >= from) return i;
    if (fallback < 0) fallback = i;
  }
  return fallback;
}

// ---------------------------------------------------------------------------------------------
// Figures and the baseline check
// ---------------------------------------------------------------------------------------------

export type Better = 'higher' | 'lower';

/** One number the harness reports: always with its n and 95 % interval. */
export interface Figure {
  /** Stable key, e.g. `claims/source_vagueness/precision`. */
  id: string;
  detector: 'claims' | 'state-media' | 'promotion' | 'extraction';
  set: string;
  /** Human label, e.g. `precision` or `FP rate on named`. */
  metric: string;
  value: number | null;
  lo: number | null;
  hi: number | null;
  /** Units the figure is computed over (sentences, items, pages, snippets, blocks). */
  n: number;
  unit: string;
  better: Better;
  /** Set on figures of one half of the set (eval/halves.ts); absent on whole-set figures. */
  half?: 'tune' | 'check';
  /** Informational figures are printed but never guarded by --check. */
  info?: boolean;
  /** 'rate' (0..1, printed with 3 decimals) or 'count'. */
  format?: 'rate' | 'count';
}

/**
 * One guarded figure in eval/baseline.json. `tolerance` is how much worse than `value` the figure
 * may get before --check fails: a fixed amount per figure, written in the file (not derived from
 * the bootstrap interval, which is wide on small sets: half of it let claims recall fall 8 points).
 * Defaults when a figure first enters the baseline: DEFAULT_TOLERANCE; a tolerance edited by hand
 * in the file is kept when the baseline is regenerated.
 */
export interface BaselineFigure {
  value: number | null;
  tolerance: number;
  n: number;
  better: Better;
}

export interface Baseline {
  version: 2;
  note: string;
  figures: Record<string, BaselineFigure>;
}

/**
 * Default tolerances: 0.02 (2 points) for a rate, precision, recall or F1 of a whole set; 0.03 for
 * the same figure on one half of a set (half the items, so one item moves it twice as much); one
 * item for a count.
 */
export const DEFAULT_TOLERANCE = { rate: 0.02, rateHalf: 0.03, count: 1 } as const;

export function defaultTolerance(fig: Pick<Figure, 'format' | 'half'>): number {
  if (fig.format === 'count') return DEFAULT_TOLERANCE.count;
  return fig.half ? DEFAULT_TOLERANCE.rateHalf : DEFAULT_TOLERANCE.rate;
}

/** Reads a parsed baseline file; throws on a file of another format (a v1 file had intervals, no tolerances). */
export function parseBaseline(data: unknown): Baseline {
  const b = data as Partial<Baseline> | null;
  if (!b || typeof b !== 'object' || b.version !== 2 || typeof b.figures !== 'object' || b.figures === null) {
    throw new Error('not a version 2 baseline (regenerate it with --write-baseline)');
  }
  for (const [id, f] of Object.entries(b.figures)) {
    const ok = f && (f.value === null || typeof f.value === 'number') && typeof f.tolerance === 'number' && Number.isFinite(f.tolerance) && f.tolerance >= 0 && (f.better === 'higher' || f.better === 'lower');
    if (!ok) throw new Error(`baseline figure ${id} needs a value, a tolerance >= 0 and better: higher|lower`);
  }
  return b as Baseline;
}

export type CheckStatus = 'pass' | 'fail' | 'new' | 'skip';

export interface CheckResult {
  id: string;
  status: CheckStatus;
  value: number | null;
  baseline: number | null;
  tolerance: number | null;
  message: string;
}

const EPS = 1e-9;

/**
 * The regression rule. A figure fails when it is worse than its committed baseline value by more
 * than the baseline's fixed tolerance for it: for higher-is-better figures when
 * value < baseline − tolerance, for lower-is-better ones (FP rates, counts of wrong flags) when
 * value > baseline + tolerance. A figure the baseline had but that is now undefined (e.g. a
 * precision with no predictions left) fails; a figure missing from the baseline is `new` (passes);
 * informational figures and figures whose baseline value is undefined are skipped.
 */
export function checkFigure(fig: Figure, base: BaselineFigure | undefined): CheckResult {
  const common = { id: fig.id, value: fig.value };
  if (fig.info) return { ...common, status: 'skip', baseline: base?.value ?? null, tolerance: null, message: 'informational' };
  if (!base) return { ...common, status: 'new', baseline: null, tolerance: null, message: 'not in the baseline' };
  if (base.value === null) return { ...common, status: 'skip', baseline: null, tolerance: null, message: 'undefined in the baseline' };
  const tol = base.tolerance;
  const fmt = (v: number): string => (fig.format === 'count' ? String(round(v, 1)) : fmtNum(v));
  if (fig.value === null) {
    return { ...common, status: 'fail', baseline: base.value, tolerance: tol, message: `now undefined (baseline ${fmt(base.value)})` };
  }
  // Compare at the baseline's precision (4 decimals), so an unchanged figure never fails on rounding.
  const value = round(fig.value) as number;
  const worse = fig.better === 'higher' ? base.value - value : value - base.value;
  const failed = worse > tol + EPS;
  const dir = fig.better === 'higher' ? '−' : '+';
  return {
    ...common,
    status: failed ? 'fail' : 'pass',
    baseline: base.value,
    tolerance: tol,
    message: `${fmt(fig.value)} vs baseline ${fmt(base.value)} (allowed ${dir}${fmt(tol)})`,
  };
}

export function checkAll(figures: readonly Figure[], baseline: Baseline): CheckResult[] {
  return figures.map((f) => checkFigure(f, baseline.figures[f.id]));
}

/**
 * The baseline of a run: every guarded figure (whole sets and halves) with its value, n and
 * tolerance. A figure already in `previous` keeps its tolerance (edited by hand on purpose);
 * with `keepOthers`, figures of `previous` not produced by this run are kept (a run of some sets
 * only); without it they are dropped.
 */
export function toBaseline(figures: readonly Figure[], note: string, previous?: Baseline, keepOthers = true): Baseline {
  const out: Record<string, BaselineFigure> = keepOthers ? { ...(previous?.figures ?? {}) } : {};
  for (const f of figures) {
    if (f.info) continue;
    const tolerance = previous?.figures[f.id]?.tolerance ?? defaultTolerance(f);
    out[f.id] = { value: round(f.value), tolerance, n: f.n, better: f.better };
  }
  const sorted: Record<string, BaselineFigure> = {};
  for (const k of Object.keys(out).sort()) sorted[k] = out[k] as BaselineFigure;
  return { version: 2, note, figures: sorted };
}

export function round(v: number | null, digits = 4): number | null {
  if (v === null) return null;
  const p = 10 ** digits;
  return Math.round(v * p) / p;
}

export function fmtNum(v: number | null, digits = 3): string {
  return v === null ? '—' : v.toFixed(digits);
}
