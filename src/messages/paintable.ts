// The one message the page's thread checks by hand: the analyzer's answer, before painting.
//
// Every other message is checked with its zod schema (schema.ts, report-schema.ts). This one is
// large (a finding and a block anchor per highlight) and is checked on the reader's page, in a
// content script that has just started, where the engine runs zod's generic code unoptimised:
// `npm run bench:browser` measured the zod check at 2–16 ms a page (in Node, cold: 12 ms by hand,
// 55–86 ms with zod on a 300-finding answer). This is the only description of what the page
// paints from: the answer's kind, the report's version, the painted fields of each finding and
// the anchors. The rest of the report travels on to the popup, which checks it against the one
// report schema (report-schema.ts). tests/unit/paintable.test.ts holds this check to that schema
// on real answers and thousands of corrupted ones; tests/unit/message-types.test.ts ties the types.
import type { Finding } from '../analyze/types.ts';
import type { SerializedResult } from '../pipeline/serialized.ts';
import { MAX_ANCHOR_PATH, MAX_ANCHORS, MAX_BLOCK_TEXT, MAX_MESSAGE_STRING } from './limits.ts';

const KINDS = new Set(['claim', 'state-media', 'promotion']);
const SEVERITIES = new Set(['low', 'medium', 'high']);
const REASONS = new Set(['not-article', 'empty', 'error', 'too-large']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;
// zod 4's z.number() takes finite numbers only (no NaN, no Infinity).
const isNum = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/** The fields of a finding the page paints from (checked below; the test corrupts each). */
export const PAINTED_FINDING_FIELDS = ['id', 'kind', 'rule', 'blockId', 'start', 'end', 'text', 'reason', 'severity'] as const satisfies readonly (keyof Finding)[];

function isFinding(f: unknown): boolean {
  if (!isObj(f)) return false;
  const s = MAX_MESSAGE_STRING;
  return (
    isStr(f.id, s) && KINDS.has(f.kind as string) && isStr(f.rule, s) && isNum(f.blockId) && isNum(f.start) &&
    isNum(f.end) && isStr(f.text, s) && isStr(f.reason, s) && SEVERITIES.has(f.severity as string)
  );
}

function isAnchor(a: unknown): boolean {
  if (!isObj(a)) return false;
  const path = a.path;
  if (!Array.isArray(path) || path.length > MAX_ANCHOR_PATH) return false;
  for (const step of path) if (!isNum(step)) return false;
  return isNum(a.id) && isNum(a.run) && isNum(a.pageIndex) && isStr(a.text, MAX_BLOCK_TEXT);
}

/** The analyzer's answer when it has the shape the content script paints from; else null. */
export function checkPaintable(value: unknown): SerializedResult | null {
  if (!isObj(value)) return null;
  if (value.ok === false) {
    return REASONS.has(value.reason as string) && isStr(value.message, MAX_MESSAGE_STRING) ? (value as SerializedResult) : null;
  }
  if (value.ok !== true) return null;
  const report = value.report;
  if (!isObj(report) || report.version !== 1) return null;
  const findings = report.findings;
  const anchors = value.anchors;
  if (!Array.isArray(findings) || !Array.isArray(anchors) || anchors.length > MAX_ANCHORS) return null;
  for (const f of findings) if (!isFinding(f)) return null;
  for (const a of anchors) if (!isAnchor(a)) return null;
  return value as SerializedResult;
}
