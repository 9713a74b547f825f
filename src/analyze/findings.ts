import type { Finding } from './types.ts';

/**
 * Findings painted on the page and counted on the badge. A state-media `mention` (named, not
 * relied on) and the `site` notice are listed in the popup only.
 */
export function isPainted(f: Finding): boolean {
  return !(f.kind === 'state-media' && (f.details?.role === 'mention' || f.details?.role === 'site'));
}
