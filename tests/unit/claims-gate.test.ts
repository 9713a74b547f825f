// The learned gate of the claims detector: training is deterministic and stable, the committed
// weights are the ones the manifest describes, and the gate's features are named.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contributions, score, train, type Example } from '../../src/analyze/claims/logistic.ts';
import { GATE } from '../../src/analyze/claims/gate-weights.ts';

// A tiny synthetic sample, written for this test: "vague" candidates are shown, candidates next to
// a named source are not, and one feature is noise.
function sample(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 40; i++) {
    out.push({ features: ['attr:vague', i % 2 ? 'noise' : 'sent:short'], label: 1 });
    out.push({ features: ['attr:vague', 'sent:named-source', i % 3 ? 'noise' : 'sent:long'], label: 0 });
    out.push({ features: ['attr:hearsay'], label: i % 4 === 0 ? 0 : 1 });
  }
  return out;
}

describe('logistic gate training', () => {
  test('is deterministic: the same input gives the same weights', () => {
    expect(train(sample())).toEqual(train(sample()));
  });

  test('does not depend on the order of examples or of features', () => {
    const shuffled = sample()
      .map((e, i) => ({ e: { ...e, features: [...e.features].reverse() }, k: (i * 37) % 120 }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.e);
    const a = train(sample());
    const b = train(shuffled);
    for (const [f, w] of Object.entries(a.weights)) expect(b.weights[f]).toBeCloseTo(w, 3);
  });

  test('learns the signal and is stable under a small change of the data', () => {
    const model = train(sample());
    expect(model.weights['sent:named-source']).toBeLessThan(-0.5);
    expect(score(model, ['attr:vague'])).toBeGreaterThan(0.5);
    expect(score(model, ['attr:vague', 'sent:named-source'])).toBeLessThan(0.5);
    const less = train(sample().slice(3));
    expect(Math.sign(less.weights['sent:named-source'] ?? 0)).toBe(Math.sign(model.weights['sent:named-source'] ?? 0));
    expect(Math.abs((less.weights['sent:named-source'] ?? 0) - (model.weights['sent:named-source'] ?? 0))).toBeLessThan(0.3);
  });

  test('says which features pushed a score up', () => {
    const model = train(sample());
    expect(contributions(model, ['attr:vague', 'sent:named-source', 'sent:short']).map(([f]) => f)).not.toContain('sent:named-source');
  });
});

describe('committed gate', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../src/analyze/claims/gate-manifest.json', import.meta.url), 'utf8')) as {
    weightsSha256: string;
    threshold: number;
    data: Array<{ file: string; sha256: string }>;
  };

  test('the weights file is the one the manifest hashed', () => {
    const text = readFileSync(new URL('../../src/analyze/claims/gate-weights.ts', import.meta.url), 'utf8');
    expect(createHash('sha256').update(text).digest('hex')).toBe(manifest.weightsSha256);
    expect(GATE.threshold).toBe(manifest.threshold);
  });

  test('features are named kinds, never corpus words', () => {
    for (const name of Object.keys(GATE.weights)) expect(name).toMatch(/^(rule|attr|cue|sent|ctx|src|verb|stat):[a-z0-9+-]+$/);
  });
});
