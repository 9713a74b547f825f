// Metric code of the evaluation harness, on tiny synthetic data (no corpus needed).
import { describe, expect, it } from 'vitest';
import {
  STAT_F1,
  STAT_MEAN,
  STAT_PRECISION,
  STAT_RATE,
  STAT_RECALL,
  bagOf,
  bagOverlap,
  bootstrap,
  checkAll,
  checkFigure,
  codePointToUtf16,
  findRun,
  goldGramIndex,
  mergeRanges,
  mulberry32,
  overlaps,
  percentile,
  prf,
  seedFrom,
  spanToUtf16,
  toBaseline,
  parseBaseline,
  DEFAULT_TOLERANCE,
  tokenPrf,
  tokenStrings,
  tokenize,
  tokensInGold,
  type Baseline,
  type Figure,
} from '../../eval/metrics.ts';
import { buildNameLexicon, classifySourceSpan, sentenceSourceKind } from '../../eval/attribution.ts';
import { decodeHtml } from '../../eval/datasets.ts';

function fig(over: Partial<Figure>): Figure {
  return { id: 'claims/x/precision', detector: 'claims', set: 'x', metric: 'precision', value: 0.8, lo: 0.7, hi: 0.9, n: 100, unit: 'sentences', better: 'higher', ...over };
}

describe('precision / recall / F1', () => {
  it('computes the textbook values', () => {
    const r = prf(6, 2, 4);
    expect(r.precision).toBeCloseTo(0.75);
    expect(r.recall).toBeCloseTo(0.6);
    expect(r.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('leaves undefined figures null instead of inventing 0 or 1', () => {
    expect(prf(0, 0, 5)).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(prf(0, 3, 0)).toEqual({ precision: 0, recall: null, f1: 0 });
    expect(prf(0, 0, 0)).toEqual({ precision: null, recall: null, f1: null });
    expect(prf(0, 2, 2).f1).toBe(0);
  });

  it('statistics read summed [tp, fp, fn] units', () => {
    const units = [
      [1, 0, 0],
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    const sum = [2, 1, 1];
    expect(STAT_PRECISION(sum, units.length)).toBeCloseTo(2 / 3);
    expect(STAT_RECALL(sum, units.length)).toBeCloseTo(2 / 3);
    expect(STAT_F1(sum, units.length)).toBeCloseTo(2 / 3);
    expect(STAT_RATE([3, 12], 12)).toBeCloseTo(0.25);
    expect(STAT_RATE([0, 0], 0)).toBeNull();
    expect(STAT_MEAN([3], 4)).toBeCloseTo(0.75);
  });
});

describe('seeded bootstrap', () => {
  const units = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? [1, 0, 0] : i % 3 === 1 ? [0, 1, 0] : [0, 0, 1]));

  it('the RNG is deterministic and uniform-looking', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it('gives the same interval for the same seed, another for another seed', () => {
    const one = bootstrap(units, STAT_PRECISION, { resamples: 500, seed: 7 });
    const two = bootstrap(units, STAT_PRECISION, { resamples: 500, seed: 7 });
    const other = bootstrap(units, STAT_PRECISION, { resamples: 500, seed: 8 });
    expect(one).toEqual(two);
    expect(other).not.toEqual(one);
  });

  it('brackets the point estimate and narrows with more data', () => {
    const small = bootstrap(units, STAT_PRECISION, { resamples: 1000, seed: 1 });
    const big = bootstrap([...units, ...units, ...units, ...units], STAT_PRECISION, { resamples: 1000, seed: 1 });
    expect(small.lo as number).toBeLessThan(0.5);
    expect(small.hi as number).toBeGreaterThan(0.5);
    expect((big.hi as number) - (big.lo as number)).toBeLessThan((small.hi as number) - (small.lo as number));
  });

  it('is degenerate for a constant sample and null for no data or an always-undefined statistic', () => {
    expect(bootstrap([[1, 1], [1, 1]], STAT_RATE, { resamples: 100, seed: 3 })).toEqual({ lo: 1, hi: 1 });
    expect(bootstrap([], STAT_RATE, { resamples: 100, seed: 3 })).toEqual({ lo: null, hi: null });
    expect(bootstrap([[0, 0, 1]], STAT_PRECISION, { resamples: 100, seed: 3 })).toEqual({ lo: null, hi: null });
  });

  it('per-figure seeds are stable and distinct', () => {
    expect(seedFrom(1, 'claims/a/precision')).toBe(seedFrom(1, 'claims/a/precision'));
    expect(seedFrom(1, 'claims/a/precision')).not.toBe(seedFrom(1, 'claims/a/recall'));
  });

  it('percentile interpolates between ranks', () => {
    expect(percentile([0, 10], 0.5)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5], 0.025)).toBeCloseTo(1.1);
  });
});

describe('code points → UTF-16', () => {
  it('is the identity on BMP text', () => {
    expect(codePointToUtf16('Xinhua said', 6)).toBe(6);
  });

  it('shifts offsets after astral characters (emoji count 1 in Python, 2 in JS)', () => {
    const text = '🎉🎉 RT reported it'; // "RT" at code points 3..5
    const span = spanToUtf16(text, 3, 5);
    expect(span).toEqual({ start: 5, end: 7 });
    expect(text.slice(span.start, span.end)).toBe('RT');
  });

  it('clamps offsets past the end', () => {
    expect(codePointToUtf16('ab', 10)).toBe(2);
  });
});

describe('overlap and ranges', () => {
  it('needs a shared character (half-open spans)', () => {
    expect(overlaps(0, 5, 4, 9)).toBe(true);
    expect(overlaps(0, 5, 5, 9)).toBe(false);
    expect(overlaps(3, 3, 0, 9)).toBe(false);
    expect(overlaps(2, 8, 4, 5)).toBe(true);
  });

  it('merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        [10, 12],
        [0, 3],
        [2, 5],
        [5, 6],
        [8, 8],
      ]),
    ).toEqual([
      [0, 6],
      [10, 12],
    ]);
  });
});

describe('tokens', () => {
  it('ignores punctuation, case and compatibility forms, and keeps UTF-16 offsets', () => {
    const toks = tokenize('“Read MORE:” ﬁne—ok');
    expect(toks.map((t) => t.t)).toEqual(['read', 'more', 'fine', 'ok']);
    expect(toks[0]).toMatchObject({ start: 1, end: 5 });
  });

  it('bag-of-tokens P/R/F1 uses multiset overlap', () => {
    expect(bagOverlap(bagOf(['a', 'a', 'b']), bagOf(['a', 'b', 'b', 'c']))).toBe(2);
    const s = tokenPrf(['the', 'cat', 'sat', 'menu'], ['the', 'cat', 'sat', 'down', 'here']);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 5);
    expect(tokenPrf([], ['a']).f1).toBe(0);
    expect(tokenPrf([], []).f1).toBe(1);
  });

  it('counts a piece as gold text by 3-grams, short pieces only when whole', () => {
    const gold = tokenStrings('The council voted on Tuesday to close the old library.');
    const idx = goldGramIndex(gold);
    expect(tokensInGold(tokenStrings('voted on Tuesday to'), idx)).toBe(4);
    // "the" and "on" occur in the gold, but not as running text with their neighbours here.
    expect(tokensInGold(tokenStrings('Sign up for the newsletter on Tuesday'), idx)).toBe(0);
    expect(tokensInGold(tokenStrings('old library'), idx)).toBe(2);
    expect(tokensInGold(tokenStrings('library old'), idx)).toBe(0);
  });

  it('finds token runs in reading order with an earlier fallback', () => {
    const hay = tokenStrings('share this story share now share');
    expect(findRun(hay, ['share'])).toBe(0);
    expect(findRun(hay, ['share'], 1)).toBe(3);
    expect(findRun(hay, ['share', 'now'], 5)).toBe(3);
    expect(findRun(hay, ['absent'])).toBe(-1);
    expect(findRun(hay, [])).toBe(-1);
  });
});

describe('baseline comparison', () => {
  const base = { value: 0.8, tolerance: 0.02, n: 100, better: 'higher' as const };

  it('passes within the fixed tolerance, fails beyond it (higher is better)', () => {
    expect(checkFigure(fig({ value: 0.79 }), base).status).toBe('pass');
    expect(checkFigure(fig({ value: 0.78 }), base).status).toBe('pass');
    expect(checkFigure(fig({ value: 0.779 }), base).status).toBe('fail');
    expect(checkFigure(fig({ value: 0.72 }), base).status).toBe('fail');
    expect(checkFigure(fig({ value: 0.95 }), base).status).toBe('pass');
    expect(checkFigure(fig({ value: 0.7 }), base).message).toContain('allowed −0.020');
  });

  it('checks lower-is-better figures in the other direction', () => {
    const fpBase = { value: 0.1, tolerance: 0.02, n: 100, better: 'lower' as const };
    expect(checkFigure(fig({ value: 0.119, better: 'lower' }), fpBase).status).toBe('pass');
    expect(checkFigure(fig({ value: 0.121, better: 'lower' }), fpBase).status).toBe('fail');
    expect(checkFigure(fig({ value: 0, better: 'lower' }), fpBase).status).toBe('pass');
  });

  it('a zero tolerance allows no change for the worse, and rounding is not a change', () => {
    const zero = { value: 0, tolerance: 0, n: 50, better: 'lower' as const };
    expect(checkFigure(fig({ value: 0.00001, better: 'lower' }), zero).status).toBe('pass');
    expect(checkFigure(fig({ value: 0.001, better: 'lower' }), zero).status).toBe('fail');
  });

  it('counts are guarded in items', () => {
    const count = { value: 0, tolerance: 1, n: 50, better: 'lower' as const };
    expect(checkFigure(fig({ value: 1, better: 'lower', format: 'count' }), count).status).toBe('pass');
    expect(checkFigure(fig({ value: 2, better: 'lower', format: 'count' }), count).status).toBe('fail');
  });

  it('handles new, undefined and informational figures', () => {
    expect(checkFigure(fig({}), undefined).status).toBe('new');
    expect(checkFigure(fig({ value: null }), base).status).toBe('fail');
    expect(checkFigure(fig({}), { ...base, value: null }).status).toBe('skip');
    expect(checkFigure(fig({ value: 0, info: true }), base).status).toBe('skip');
  });

  it('writes default tolerances by kind of figure, keeps hand-set ones, and leaves informational figures out', () => {
    const figures = [
      fig({ value: 0.81234567 }),
      fig({ id: 'claims/x/precision@check', half: 'check', value: 0.8 }),
      fig({ id: 'state-media/x/flagged', format: 'count', better: 'lower', value: 0 }),
      fig({ id: 'claims/x/info', info: true }),
    ];
    const b: Baseline = toBaseline(figures, 'note');
    expect(b.version).toBe(2);
    expect(Object.keys(b.figures)).toEqual(['claims/x/precision', 'claims/x/precision@check', 'state-media/x/flagged']);
    expect(b.figures['claims/x/precision']).toEqual({ value: 0.8123, tolerance: DEFAULT_TOLERANCE.rate, n: 100, better: 'higher' });
    expect(b.figures['claims/x/precision@check']?.tolerance).toBe(DEFAULT_TOLERANCE.rateHalf);
    expect(b.figures['state-media/x/flagged']?.tolerance).toBe(DEFAULT_TOLERANCE.count);
    expect(checkAll(figures, b).map((c) => c.status)).toEqual(['pass', 'pass', 'pass', 'skip']);
    // A tolerance edited by hand survives regeneration.
    const edited: Baseline = { ...b, figures: { ...b.figures, 'claims/x/precision': { ...b.figures['claims/x/precision']!, tolerance: 0.05 } } };
    expect(toBaseline(figures, 'note', edited).figures['claims/x/precision']?.tolerance).toBe(0.05);
    // Merging keeps figures of sets not re-run; a full run drops them.
    const merged = toBaseline([fig({ id: 'claims/y/recall' })], 'note', b);
    expect(Object.keys(merged.figures)).toContain('claims/x/precision');
    expect(Object.keys(toBaseline([fig({ id: 'claims/y/recall' })], 'note', b, false).figures)).toEqual(['claims/y/recall']);
  });

  it('reads only a version 2 baseline with a tolerance on every figure', () => {
    const b = toBaseline([fig({})], 'note');
    expect(parseBaseline(JSON.parse(JSON.stringify(b)))).toEqual(b);
    expect(() => parseBaseline({ version: 1, note: '', figures: { a: { value: 0.5, lo: 0.4, hi: 0.6, n: 1, better: 'higher' } } })).toThrow(/version 2/);
    expect(() => parseBaseline({ version: 2, note: '', figures: { a: { value: 0.5, n: 1, better: 'higher' } } })).toThrow(/tolerance/);
    expect(() => parseBaseline({ version: 2, note: '', figures: { a: { value: 0.5, tolerance: -1, n: 1, better: 'higher' } } })).toThrow(/tolerance/);
  });
});

describe('named-source rule (polnear)', () => {
  const names = buildNameLexicon([
    'Yesterday the senator Smith said the plan was dead.',
    'Reporters asked Smith and the officials about Acme.',
    'The deal, Acme said, was fair; officials said the opposite.',
  ]);

  it('learns name words from mid-sentence capitalisation', () => {
    expect(names.has('smith')).toBe(true);
    expect(names.has('acme')).toBe(true);
    expect(names.has('officials')).toBe(false);
    expect(names.has('the')).toBe(false);
  });

  it('classifies spans', () => {
    expect(classifySourceSpan('Sen. Smith', names)).toBe('named');
    expect(classifySourceSpan('he', names)).toBe('pronoun');
    expect(classifySourceSpan('Officials', names)).toBe('other');
    expect(classifySourceSpan('Acme officials', names)).toBe('other');
    expect(classifySourceSpan('the report', names)).toBe('other');
    expect(sentenceSourceKind(['Smith', 'Acme'], names)).toBe('named');
    expect(sentenceSourceKind(['Smith', 'critics'], names)).toBe('other');
    expect(sentenceSourceKind([], names)).toBeNull();
  });
});

describe('page decoding', () => {
  it('uses UTF-8 when valid, else the meta charset, else windows-1252', () => {
    const utf8 = new TextEncoder().encode('<p>café</p>');
    expect(decodeHtml(utf8, null)).toBe('<p>café</p>');
    const latin = Uint8Array.from([...new TextEncoder().encode('<meta charset="iso-8859-1"><p>caf'), 0xe9, ...new TextEncoder().encode('</p>')]);
    expect(decodeHtml(latin, null)).toContain('café');
    const cp1252 = Uint8Array.from([0x93, 0x61, 0x94]);
    expect(decodeHtml(cp1252, null)).toBe('“a”');
  });
});

describe('labelled block text cut at 600 characters', () => {
  it('leaves out the last token of a cut text, which may be half a word, and keeps a whole text whole', async () => {
    const { labelTokens } = await import('../../eval/sets.ts');
    const cut = `${'word '.repeat(119)}trunc`; // 600 characters, the last word cut short
    expect(cut.length).toBe(600);
    expect(labelTokens(cut)).toHaveLength(119);
    expect(labelTokens(cut).at(-1)).toBe('word');
    expect(labelTokens('Read more about the plan')).toEqual(['read', 'more', 'about', 'the', 'plan']);
  });
});
