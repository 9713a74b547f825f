// The promotion model's training (scripts/lib/boost.ts) on a tiny synthetic sample, and the
// committed weights against their manifest (DESIGN habit 15). No corpus needed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_BOOST, pickThreshold, predictTrees, prfAt, trainTrees, type Example } from '../../scripts/lib/boost.ts';
import { scoreTrees } from '../../src/analyze/detectors/promotion.ts';
import { PROMOTION_MODEL } from '../../src/analyze/rules/promotion-model.ts';
import { mulberry32 } from '../../eval/metrics.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A synthetic sample: positives are link-dense and short, or carry a "share" hint; plus noise. */
function sample(seed: number, n: number): Example[] {
  const rand = mulberry32(seed);
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const density = rand();
    const len = rand();
    const hint = rand() < 0.2 ? 1 : 0;
    const y: 0 | 1 = (density > 0.6 && len < 0.4) || hint === 1 ? 1 : 0;
    const x = new Map<string, number>([['bias', 1], ['density', density], ['log-len', len]]);
    if (hint) x.set('hint:social', 1);
    if (rand() < 0.5) x.set('noise', rand());
    out.push({ x, y, w: 1 });
  }
  return out;
}

const FEATURES = ['bias', 'density', 'hint:social', 'log-len', 'noise'];

describe('boosted trees', () => {
  test('the same sample gives the same trees, whatever the order of the feature list', () => {
    const data = sample(7, 300);
    const a = trainTrees(data, FEATURES, { ...DEFAULT_BOOST, trees: 20 });
    const b = trainTrees(data, [...FEATURES].reverse(), { ...DEFAULT_BOOST, trees: 20 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test('learns the rule behind the sample and generalises to a fresh draw', () => {
    const model = trainTrees(sample(7, 400), FEATURES, { ...DEFAULT_BOOST, trees: 40 });
    const fresh = sample(99, 400).map((e) => ({ p: predictTrees(e.x, model), y: e.y }));
    const s = prfAt(fresh, 0.5);
    expect(s.p).toBeGreaterThan(0.9);
    expect(s.r).toBeGreaterThan(0.9);
    expect(pickThreshold(fresh, 0.9)).toBeGreaterThan(0);
  });

  test('precision and recall weigh each example by its weight (a page capped in weight counts less)', () => {
    const scored = [
      { p: 0.9, y: 1 as const, w: 1 },
      { p: 0.9, y: 0 as const, w: 0.25 },
      { p: 0.9, y: 0 as const, w: 0.25 },
      { p: 0.1, y: 1 as const, w: 1 },
    ];
    const s = prfAt(scored, 0.5);
    expect(s.p).toBeCloseTo(1 / 1.5, 10);
    expect(s.r).toBeCloseTo(0.5, 10);
    expect(prfAt(scored.map(({ p, y }) => ({ p, y })), 0.5).p).toBeCloseTo(1 / 3, 10);
  });

  test("the analyzer's tree walk gives the trainer's scores", () => {
    const model = trainTrees(sample(3, 200), FEATURES, { ...DEFAULT_BOOST, trees: 10 });
    for (const e of sample(5, 50)) expect(scoreTrees(e.x, model)).toBeCloseTo(predictTrees(e.x, model), 12);
  });

  test('only named features split (an unknown feature is 0)', () => {
    const model = trainTrees(sample(11, 200), ['bias', 'density'], { ...DEFAULT_BOOST, trees: 5 });
    for (const tree of model.trees) for (const node of tree) if (node.length === 4) expect(['bias', 'density']).toContain(node[0]);
  });
});

describe('the committed model', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'src/analyze/rules/promotion-model.manifest.json'), 'utf8')) as {
    model: string;
    model_sha256: string;
    threshold: number;
    data: Array<{ file: string; sha256: string }>;
    command: string;
  };

  test('matches its manifest', () => {
    const hash = createHash('sha256').update(readFileSync(join(ROOT, manifest.model))).digest('hex');
    expect(hash).toBe(manifest.model_sha256);
    expect(PROMOTION_MODEL.threshold).toBe(manifest.threshold);
    expect(manifest.command).toBe('npm run train:promo');
    expect(manifest.data.map((d) => d.file)).toContain('blocks/promo_blocks.dev.jsonl');
  });

  test('is trees over named features, none of them a rule verdict', () => {
    expect(PROMOTION_MODEL.trees.length).toBeGreaterThan(0);
    for (const tree of PROMOTION_MODEL.trees) {
      for (const node of tree) if (node.length === 4) expect(node[0]).not.toMatch(/^(?:rule:|prev:rule|next:rule)/);
    }
  });
});
