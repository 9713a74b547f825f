// Which findings a page shows under the reader's settings. Pure: the content script calls it on a
// report's findings before painting, and again when the settings change (no re-analysis needed).
import { isCounted, isOwnVoice } from '../analyze/findings.ts';
import type { Finding, FindingKind, Report, Severity } from '../analyze/types.ts';
import { DEFAULTS, SENSITIVITY_FLOOR, type EffectiveSettings, type Suppression } from './schema.ts';

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** The part of the effective settings that decides what is shown (mode decides whether to run). */
export type DisplaySettings = Pick<EffectiveSettings, 'kinds' | 'sensitivity' | 'suppressions'> & {
  /**
   * Show the own-voice view (hedging, and statements with no source at all: `isOwnVoice`); hidden
   * when absent or false. The stored name predates the statements joining the view.
   */
  hedges?: boolean;
};

/** The default display settings: no site override, nothing suppressed, hedges hidden. */
export const DEFAULT_DISPLAY: DisplaySettings = Object.freeze({ kinds: DEFAULTS.kinds, sensitivity: DEFAULTS.sensitivity, hedges: DEFAULTS.hedges, suppressions: [] });

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

/**
 * The findings to show, in their original order: kinds off, below-sensitivity, suppressed and
 * (unless the reader opted in) the own-voice view removed.
 */
export function filterFindings<F extends Pick<Finding, 'kind' | 'severity' | 'rule' | 'text' | 'details'>>(
  findings: readonly F[],
  settings: DisplaySettings,
): F[] {
  return findings.filter(
    (f) => (settings.hedges === true || !isOwnVoice(f)) && isShownKind(f, settings) && !isSuppressed(f, settings.suppressions),
  );
}

/**
 * The report as a page shows it under these settings: the findings shown, and the counts of those
 * that count (the own-voice view never does). The verdict stays the analyzer's: it rests on every finding of
 * the kinds it analysed, whatever is hidden.
 */
export function visibleReport(report: Report, settings: DisplaySettings): { report: Report; hidden: number } {
  const shown = filterFindings(report.findings, settings);
  // The analyzer's counts cover every finding, also those past the report's list cap
  // (bounds.ts): take away the listed ones these settings hide, so a cut list still says how many
  // there were (findings past the cap are not known here, so they stay counted).
  const counts: Record<FindingKind, number> = { ...report.summary.counts };
  const kept = new Set(shown);
  for (const f of report.findings) if (isCounted(f) && !kept.has(f)) counts[f.kind] = Math.max(0, counts[f.kind] - 1);
  // The own-voice view, hidden by default, is not "hidden by this site's settings": they are not findings against the article.
  const hidden = report.findings.filter(isCounted).length - shown.filter(isCounted).length;
  return { report: { ...report, findings: shown, summary: { ...report.summary, counts } }, hidden };
}
