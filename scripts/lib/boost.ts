// Gradient-boosted decision trees for a binary label (logistic loss, second-order leaf values,
// histogram splits), small and deterministic: no sampling, features and thresholds in sorted
// order, ties broken by that order. Used by scripts/train-promo.ts; the trees it returns are plain
// data that the analyzer walks (src/analyze/detectors/promotion.ts, `scoreTrees`).
import type { Tree, TreeModel } from '../../src/analyze/detectors/promotion.ts';

export interface Example {
  /** Feature name → value (absent = 0). */
  x: ReadonlyMap<string, number>;
  /** 1 = positive. */
  y: 0 | 1;
  /** Example weight (e.g. to cap a page that holds hundreds of blocks). */
  w: number;
}

export interface BoostOptions {
  trees: number;
  depth: number;
  rate: number;
  /** L2 on leaf values. */
  lambda: number;
  /** Least summed hessian in a leaf (a leaf must hold this much evidence). */
  minChild: number;
  /** Candidate thresholds per numeric feature at most. */
  bins: number;
}

export const DEFAULT_BOOST: BoostOptions = { trees: 120, depth: 3, rate: 0.15, lambda: 1, minChild: 2, bins: 16 };

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The model's score for one row. */
export function predictTrees(x: ReadonlyMap<string, number>, model: TreeModel): number {
  let z = model.base;
  for (const tree of model.trees) {
    let i = 0;
    for (;;) {
      const node = tree[i] as Tree[number];
      if (node.length === 1) {
        z += node[0];
        break;
      }
      i = (x.get(node[0]) ?? 0) > node[1] ? node[3] : node[2];
    }
  }
  return sigmoid(z);
}

/** Trains the trees on `examples`, using only the features named in `features` (sorted). */
export function trainTrees(examples: readonly Example[], features: readonly string[], options: BoostOptions = DEFAULT_BOOST): TreeModel {
  const names = [...features].sort();
  const n = examples.length;
  const d = names.length;
  // Thresholds per feature: midpoints between distinct values (quantiles when there are many).
  const thresholds: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let j = 0; j < d; j++) {
    const name = names[j] as string;
    const values = examples.map((e) => e.x.get(name) ?? 0);
    const distinct = [...new Set(values)].sort((a, b) => a - b);
    let cuts: number[] = [];
    for (let k = 0; k + 1 < distinct.length; k++) cuts.push(((distinct[k] as number) + (distinct[k + 1] as number)) / 2);
    if (cuts.length > options.bins) {
      const picked: number[] = [];
      for (let q = 1; q <= options.bins; q++) picked.push(cuts[Math.floor((q * (cuts.length - 1)) / options.bins)] as number);
      cuts = [...new Set(picked)];
    }
    thresholds.push(cuts);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      let k = 0;
      while (k < cuts.length && v > (cuts[k] as number)) k++;
      b[i] = k; // value lies above cuts[0..k-1]
    }
    bin.push(b);
  }
  const y = examples.map((e) => e.y);
  const w = examples.map((e) => e.w);
  const sw = w.reduce((a, b) => a + b, 0) || 1;
  const pos = examples.reduce((a, e) => a + e.w * e.y, 0);
  const prior = Math.min(0.99, Math.max(0.01, pos / sw));
  const base = Math.log(prior / (1 - prior));
  const z = new Float64Array(n).fill(base);
  const trees: Tree[] = [];
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(z[i] as number);
      g[i] = (p - (y[i] as number)) * (w[i] as number);
      h[i] = Math.max(p * (1 - p), 1e-6) * (w[i] as number);
    }
    const tree: Tree = [];
    const grow = (rows: number[], depth: number): number => {
      let G = 0;
      let H = 0;
      for (const i of rows) {
        G += g[i] as number;
        H += h[i] as number;
      }
      const at = tree.length;
      const leaf = (): number => {
        const value = Math.round(((-G / (H + options.lambda)) * options.rate) * 1e4) / 1e4;
        tree[at] = [value];
        for (const i of rows) z[i] = (z[i] as number) + value;
        return at;
      };
      tree.push([0]);
      if (depth >= options.depth || H < 2 * options.minChild) return leaf();
      let best = 0;
      let bestJ = -1;
      let bestK = -1;
      const parent = (G * G) / (H + options.lambda);
      for (let j = 0; j < d; j++) {
        const cuts = thresholds[j] as number[];
        if (cuts.length === 0) continue;
        const gb = new Float64Array(cuts.length + 1);
        const hb = new Float64Array(cuts.length + 1);
        const bj = bin[j] as Uint8Array;
        for (const i of rows) {
          const k = bj[i] as number;
          gb[k] = (gb[k] as number) + (g[i] as number);
          hb[k] = (hb[k] as number) + (h[i] as number);
        }
        // Left = bins 0..k (value <= cuts[k]), right = the rest.
        let gl = 0;
        let hl = 0;
        for (let k = 0; k < cuts.length; k++) {
          gl += gb[k] as number;
          hl += hb[k] as number;
          const gr = G - gl;
          const hr = H - hl;
          if (hl < options.minChild || hr < options.minChild) continue;
          const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parent;
          if (gain > best + 1e-9) {
            best = gain;
            bestJ = j;
            bestK = k;
          }
        }
      }
      if (bestJ < 0) return leaf();
      const cut = (thresholds[bestJ] as number[])[bestK] as number;
      const bj = bin[bestJ] as Uint8Array;
      const left = rows.filter((i) => (bj[i] as number) <= bestK);
      const right = rows.filter((i) => (bj[i] as number) > bestK);
      const l = grow(left, depth + 1);
      const r = grow(right, depth + 1);
      tree[at] = [names[bestJ] as string, Math.round(cut * 1e6) / 1e6, l, r];
      return at;
    };
    grow(Array.from({ length: n }, (_, i) => i), 0);
    trees.push(tree);
  }
  return { base: Math.round(base * 1e4) / 1e4, trees };
}

/** Precision, recall and F1 of scores against labels at a threshold. */
export function prfAt(scored: ReadonlyArray<{ p: number; y: 0 | 1; w?: number }>, threshold: number): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scored) {
    const pred = s.p >= threshold;
    const w = s.w ?? 1;
    if (pred && s.y === 1) tp += w;
    else if (pred) fp += w;
    else if (s.y === 1) fn += w;
  }
  const p = tp + fp > 0 ? tp / (tp + fp) : 1;
  const r = tp + fn > 0 ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/**
 * The threshold with the best recall among those whose precision reaches `minPrecision` (ties:
 * the higher threshold); when none reaches it, the one with the best F1. Candidates 0.05…0.95.
 */
export function pickThreshold(scored: ReadonlyArray<{ p: number; y: 0 | 1; w?: number }>, minPrecision: number): number {
  let best = 0.5;
  let bestR = -1;
  let bestF = -1;
  let anyOk = false;
  for (let t = 5; t <= 95; t++) {
    const th = t / 100;
    const s = prfAt(scored, th);
    if (s.p >= minPrecision) {
      if (!anyOk || s.r >= bestR) {
        best = th;
        bestR = s.r;
      }
      anyOk = true;
    } else if (!anyOk && s.f1 > bestF) {
      best = th;
      bestF = s.f1;
    }
  }
  return best;
}
