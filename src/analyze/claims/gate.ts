// The learned gate of the claims detector. The rules (detectors/claims.ts) propose candidate
// findings, each with named features (which rule, what kind of source, what the language layer
// found in the source phrase, what surrounds the sentence); a logistic regression trained on the
// TUNE halves of the corpus (scripts/train-claims.ts, weights in gate-weights.ts, manifest in
// gate-manifest.json) decides which of them a reader is shown. Hedges are not gated: they are
// hidden by default anyway.
import { GATE } from './gate-weights.ts';
import { contributions, score } from './logistic.ts';

export function gateScore(features: readonly string[]): number {
  return score(GATE, features);
}

export function gatePasses(features: readonly string[]): boolean {
  return gateScore(features) >= GATE.threshold;
}

/** Up to `n` features that pushed this candidate towards being shown. */
export function firedFeatures(features: readonly string[], n = 4): string[] {
  return contributions(GATE, features)
    .slice(0, n)
    .map(([f]) => f);
}
