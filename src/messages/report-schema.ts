// What the popup validates: the full report a tab sends it (its page state) and the background's
// answer about a site's settings. The popup imports this module alone, not the message map.
import * as z from 'zod/mini';
import { attributionKind, kind, MAX_FINDINGS_IN_MESSAGE, mode, nullableStr, outletType, severity, str, parseWith } from './primitives.ts';

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
      ownVoice: z.optional(z.boolean()),
      features: z.optional(z.array(str)),
      parts: z.optional(
        z.array(z.object({ blockId: z.number().check(z.int(), z.nonnegative()), start: z.number().check(z.int(), z.nonnegative()), end: z.number().check(z.int(), z.nonnegative()) })),
      ),
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

/**
 * The analyzer's Report, the one description of it that crosses a message (popup). Its type is
 * held equal to `Report` (src/analyze/types.ts) by tests/unit/message-types.test.ts: a field added
 * to Report is added here too, or typecheck fails.
 */
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
/**
 * 'off': Sourcelight is off on this site; 'waiting': "on click" mode, waiting for the reader to ask;
 * 'ready': `report.findings` are the ones shown, `hidden` were found but hidden by the site's settings.
 */
export type PageState = z.infer<typeof pageStateSchema>;

/** The background's answer to site-get and site-set. */
export const siteSettingsSchema = z.object({
  site: z.nullable(str),
  mode,
  kinds: z.object({ claim: z.boolean(), 'state-media': z.boolean(), promotion: z.boolean() }),
  fromSite: z.object({ mode: z.boolean(), kinds: z.boolean(), sensitivity: z.boolean() }),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export function parseSiteSettings(value: unknown): SiteSettings | null {
  return parseWith(siteSettingsSchema, value);
}

export function parsePageState(value: unknown): PageState | null {
  return parseWith(pageStateSchema, value);
}
