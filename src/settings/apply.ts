// Which findings a page shows under the reader's settings. Pure: the content script calls it on a
// report's findings before painting, and again when the settings change (no re-analysis needed).
import type { Finding, Severity } from '../analyze/types.ts';
import { SENSITIVITY_FLOOR, type EffectiveSettings, type Suppression } from './schema.ts';

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** The part of the effective settings that decides what is shown (mode decides whether to run). */
export type DisplaySettings = Pick<EffectiveSettings, 'kinds' | 'sensitivity' | 'suppressions'>;

/**
 * A phrase as suppressions compare it: white space folded, case folded, trimmed. "Exact" means the
 * same words, not the same bytes: a line break or a capital letter in the page does not undo it.
 */
export function normalizePhrase(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

export function isSuppressed(finding: Pick<Finding, 'rule' | 'text'>, suppressions: readonly Suppression[]): boolean {
  let phrase: string | null = null;
  for (const s of suppressions) {
    if (s.rule !== finding.rule) continue;
    if (s.phrase === undefined) return true;
    phrase ??= normalizePhrase(finding.text);
    if (normalizePhrase(s.phrase) === phrase) return true;
  }
  return false;
}

/** True when a finding passes the kind switch and the sensitivity floor for its kind. */
export function isShownKind(finding: Pick<Finding, 'kind' | 'severity'>, settings: Pick<DisplaySettings, 'kinds' | 'sensitivity'>): boolean {
  if (!settings.kinds[finding.kind]) return false;
  return RANK[finding.severity] >= RANK[SENSITIVITY_FLOOR[settings.sensitivity][finding.kind]];
}

/** The findings to show, in their original order: kinds off, below-sensitivity and suppressed removed. */
export function filterFindings<F extends Pick<Finding, 'kind' | 'severity' | 'rule' | 'text'>>(
  findings: readonly F[],
  settings: DisplaySettings,
): F[] {
  return findings.filter((f) => isShownKind(f, settings) && !isSuppressed(f, settings.suppressions));
}
