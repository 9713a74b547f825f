// A candidate finding before the gate, and the order of attribution kinds.
import type { AttributionKind, Severity } from '../types.ts';

// ── Findings ────────────────────────────────────────────────────────────────────────────────────

export interface Draft {
  rule: string;
  start: number;
  end: number;
  severity: Severity;
  reason: string;
  attribution: AttributionKind;
  cue: string;
  /** Own-voice hedging: hidden by default, never in the verdict (issue 15). */
  hedge?: boolean;
  /**
   * A statement in the article's own voice with no source at all (a figure, a sweeping claim, an
   * accusation): shown only in the opt-in own-voice view, like hedges, and never counted.
   */
  ownVoice?: boolean;
  /** Named features for the learned gate (claims/gate.ts). */
  features?: string[];
}

export const KIND_ORDER: AttributionKind[] = ['named', 'anonymous', 'collective', 'vague', 'hearsay', 'none'];

export function strongestKind(kinds: readonly AttributionKind[]): AttributionKind {
  for (const k of KIND_ORDER) if (kinds.includes(k)) return k;
  return 'none';
}
