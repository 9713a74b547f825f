import type { Finding } from './types.ts';

/**
 * Findings painted on the page and counted on the badge. A state-media `mention` (named, not
 * relied on) and the `site` notice are listed in the popup only.
 */
export function isPainted(f: Finding): boolean {
  return !(f.kind === 'state-media' && (f.details?.role === 'mention' || f.details?.role === 'site'));
}

/**
 * Findings that count in the summary's counts, the verdict and the badge. Own-voice hedging
 * (`details.hedge`) is an opt-in view, never a finding against the article (issue 15).
 */
export function isCounted(f: Pick<Finding, 'details'>): boolean {
  return f.details?.hedge !== true;
}
