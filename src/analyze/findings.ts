import type { Finding } from './types.ts';

/**
 * Findings painted on the page and counted on the badge. A state-media `mention` (named, not
 * relied on) and the `site` notice are listed in the popup only.
 */
export function isPainted(f: Finding): boolean {
  return !(f.kind === 'state-media' && (f.details?.role === 'mention' || f.details?.role === 'site'));
}

/**
 * Findings of the opt-in own-voice view: the article's own hedging (`details.hedge`) and its own
 * statements given with no source at all (`details.ownVoice`). Hidden unless the reader opts in.
 */
export function isOwnVoice(f: Pick<Finding, 'details'>): boolean {
  return f.details?.hedge === true || f.details?.ownVoice === true;
}

/**
 * Findings that count in the summary's counts, the verdict and the badge. The own-voice view is
 * opt-in, never a finding against the article (issue 15).
 */
export function isCounted(f: Pick<Finding, 'details'>): boolean {
  return !isOwnVoice(f);
}
