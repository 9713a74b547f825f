// What the popup validates: the full report a tab sends it (its page state) and the background's
// answer about a site's settings. The popup imports this module alone, not the message map.
import * as z from 'zod/mini';
import type { Report } from '../analyze/types.ts';
import type { SerializedResult } from '../pipeline/serialized.ts';
import { anchor, attributionKind, kind, MAX_FINDINGS_IN_MESSAGE, mode, nullableStr, outletType, severity, str } from './primitives.ts';
import { MAX_ANCHORS } from './limits.ts';

const outletRef = z.object({
  id: str,
  name: str,
  country: str,
  type: outletType,
  why: str,
  references: z.array(str).check(z.maxLength(50)),
  disputed: z.boolean(),
});

const finding = z.object({
  id: str,
  kind,
  rule: str,
  blockId: z.number().check(z.int(), z.nonnegative()),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  text: str,
  reason: str,
  severity,
  details: z.optional(
    z.object({
      outlet: z.optional(outletRef),
      role: z.optional(z.enum(['source', 'venue', 'mention', 'link', 'site'])),
      country: z.optional(str),
      attribution: z.optional(attributionKind),
      cue: z.optional(str),
      subtype: z.optional(str),
      sentence: z.optional(str),
      hedge: z.optional(z.boolean()),
    }),
  ),
});

const counts = z.object({ claim: z.number(), 'state-media': z.number(), promotion: z.number() });

/** What was analysed (src/analyze/coverage.ts): a primary language subtag or "und", and per kind. */
const coverage = z.object({
  lang: z.string().check(z.regex(/^[a-z]{2,3}$/)),
  claim: z.boolean(),
  'state-media': z.boolean(),
  promotion: z.boolean(),
});

export const reportSchema = z.object({
  version: z.literal(1),
  article: z.object({
    url: str,
    title: str,
    byline: nullableStr,
    siteName: nullableStr,
    lang: nullableStr,
    publishedTime: nullableStr,
    type: nullableStr,
    truncated: z.boolean(),
    blocks: z.number(),
  }),
  coverage,
  findings: z.array(finding).check(z.maxLength(MAX_FINDINGS_IN_MESSAGE)),
  sources: z.object({
    outlets: z.array(z.object({ outlet: outletRef, citations: z.number(), mentions: z.number() })),
    attribution: z.object({
      named: z.number(),
      anonymous: z.number(),
      vague: z.number(),
      collective: z.number(),
      hearsay: z.number(),
      none: z.number(),
    }),
    linksOut: z.array(str),
    sourceList: z.boolean(),
    named: z.array(str),
  }),
  summary: z.object({
    counts,
    grade: z.enum(['good', 'mixed', 'weak', 'none']),
    verdict: str,
    sentences: z.number(),
    words: z.number(),
    promotionShare: z.number(),
  }),
  timings: z.object({ analyzeMs: z.number(), extractMs: z.optional(z.number()) }),
});

/** What a tab's content script knows about its page (`url` lets the popup name the site). */
const url = z.optional(str);
export const pageStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('analyzing'), url }),
  z.object({ state: z.literal('not-article'), message: str, url }),
  z.object({ state: z.literal('error'), message: str, url }),
  z.object({ state: z.literal('off'), message: str, url }),
  z.object({ state: z.literal('waiting'), message: str, url }),
  z.object({ state: z.literal('ready'), report: reportSchema, hidden: z.optional(z.number()), url }),
]);
export type PageState = (
  | { state: 'analyzing' }
  | { state: 'not-article'; message: string }
  | { state: 'error'; message: string }
  /** Sourcelight is off on this site. */
  | { state: 'off'; message: string }
  /** "On click" mode: waiting for the reader to ask. */
  | { state: 'waiting'; message: string }
  /** `report.findings` are the ones shown; `hidden` were found but hidden by the site's settings. */
  | { state: 'ready'; report: Report; hidden?: number }
) & { url?: string };

/** The background's answer to site-get and site-set. */
export const siteSettingsSchema = z.object({
  site: z.nullable(str),
  mode,
  kinds: z.object({ claim: z.boolean(), 'state-media': z.boolean(), promotion: z.boolean() }),
  fromSite: z.object({ mode: z.boolean(), kinds: z.boolean(), sensitivity: z.boolean() }),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export function parseSiteSettings(value: unknown): SiteSettings | null {
  const r = siteSettingsSchema.safeParse(value);
  return r.success ? r.data : null;
}

export function parsePageState(value: unknown): PageState | null {
  const r = pageStateSchema.safeParse(value);
  return r.success ? (r.data as PageState) : null;
}

/** The answer to an analyse request. */
export const analyzeResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    report: reportSchema,
    anchors: z.array(anchor).check(z.maxLength(MAX_ANCHORS)),
    steps: z.object({ parseMs: z.number(), readabilityMs: z.number(), extractMs: z.number(), analyzeMs: z.number(), receivedAt: z.number(), repliedAt: z.number() }),
  }),
  z.object({ ok: z.literal(false), reason: z.enum(['not-article', 'empty', 'error', 'too-large']), message: str }),
]);

export function parseAnalyzeResult(value: unknown): SerializedResult | null {
  const r = analyzeResultSchema.safeParse(value);
  return r.success ? (r.data as SerializedResult) : null;
}

