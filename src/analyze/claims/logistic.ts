// A small logistic regression over named binary features: the claims detector's learned gate.
// Pure and deterministic (full-batch gradient descent from zero weights, features in sorted
// order, no randomness), so `npm run train` reproduces the committed weights bit for bit.
// Used by scripts/train-claims.ts (training) and src/analyze/claims/gate.ts (scoring).

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

export interface LogisticModel {
  bias: number;
  /** Feature name → weight; features absent here weigh 0. */
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the bias). */
  l2: number;
  /** Full passes over the data. */
  epochs: number;
  learningRate: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 0.02, epochs: 3000, learningRate: 0.5 };

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function score(model: LogisticModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** Rounds to 4 decimals so the committed file is stable across platforms' last-bit differences. */
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): LogisticModel {
  const names = [...new Set(examples.flatMap((e) => e.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({ x: [...new Set(e.features.map((f) => index.get(f) as number))].sort((a, b) => a - b), y: e.label }));
  const w = new Float64Array(names.length);
  let b = 0;
  const n = Math.max(1, rows.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const g = new Float64Array(names.length);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (const i of r.x) z += w[i] as number;
      const err = sigmoid(z) - r.y;
      gb += err;
      for (const i of r.x) g[i] = (g[i] as number) + err;
    }
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - options.learningRate * ((g[i] as number) / n + options.l2 * (w[i] as number));
    b -= options.learningRate * (gb / n);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const v = round(w[i] as number);
    if (v !== 0) weights[name] = v;
  });
  return { bias: round(b), weights };
}

/** The features that pushed a score up, strongest first (for a finding to say why it fired). */
export function contributions(model: LogisticModel, features: readonly string[]): Array<[string, number]> {
  return [...new Set(features)]
    .map((f): [string, number] => [f, model.weights[f] ?? 0])
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
