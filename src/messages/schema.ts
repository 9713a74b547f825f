// The message protocol, one typed map validated on arrival (DESIGN.md habit 10): the popup, the
// background and a content script can come from different builds during an update, and a page
// must never be able to feed us data. zod/mini keeps each bundle small (see BUILD-NOTES).
import * as z from 'zod/mini';
import type { Report } from '../analyze/types.ts';
import type { SerializedResult } from '../pipeline/serialized.ts';
import { MAX_HTML_CHARS } from '../pipeline/limits.ts';

const kind = z.enum(['claim', 'state-media', 'promotion']);
const severity = z.enum(['low', 'medium', 'high']);
const outletType = z.enum(['state-controlled', 'state-affiliated', 'public-service-independent']);
const attributionKind = z.enum(['named', 'anonymous', 'vague', 'collective', 'hearsay', 'none']);
const str = z.string().check(z.maxLength(20_000));
const nullableStr = z.nullable(str);

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
      attribution: z.optional(attributionKind),
      cue: z.optional(str),
      subtype: z.optional(str),
      sentence: z.optional(str),
    }),
  ),
});

const counts = z.object({ claim: z.number(), 'state-media': z.number(), promotion: z.number() });

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
  findings: z.array(finding).check(z.maxLength(5_000)),
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

/** What a tab's content script knows about its page. */
export const pageStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('analyzing') }),
  z.object({ state: z.literal('not-article'), message: str }),
  z.object({ state: z.literal('error'), message: str }),
  z.object({ state: z.literal('off'), message: str }),
  z.object({ state: z.literal('ready'), report: reportSchema }),
]);
export type PageState =
  | { state: 'analyzing' }
  | { state: 'not-article'; message: string }
  | { state: 'error'; message: string }
  | { state: 'off'; message: string }
  | { state: 'ready'; report: Report };

/** Content script → background: the tab's state changed (the badge follows it). */
export const pageStateMessage = z.object({ type: z.literal('sl/page-state'), page: pageStateSchema });
/** Popup → content script: send me your state. */
export const getStateMessage = z.object({ type: z.literal('sl/get-state') });
/** Popup → content script: scroll to a finding and show its card. */
export const focusFindingMessage = z.object({ type: z.literal('sl/focus-finding'), findingId: str });

/** Background (keyboard shortcut) → content script: step to the next or previous finding. */
export const stepMessage = z.object({ type: z.literal('sl/step'), direction: z.union([z.literal(1), z.literal(-1)]) });

const MAX_HTML = MAX_HTML_CHARS;
/** Content script → background: extract and analyse this serialised page off the page's thread. */
export const analyzePageMessage = z.object({
  type: z.literal('sl/analyze-page'),
  html: z.string().check(z.maxLength(MAX_HTML)),
  url: str,
});
/** Background → offscreen document (Chrome): the same work, where a DOM exists. */
export const offscreenAnalyzeMessage = z.object({
  type: z.literal('sl/offscreen-analyze'),
  html: z.string().check(z.maxLength(MAX_HTML)),
  url: str,
});

/** The answer to an analyse request. */
export const analyzeResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    report: reportSchema,
    anchors: z.array(z.object({ id: z.number(), pageIndex: z.number(), text: str })).check(z.maxLength(10_000)),
    parseMs: z.number(),
  }),
  z.object({ ok: z.literal(false), reason: z.enum(['not-article', 'empty', 'error', 'too-large']), message: str }),
]);

export function parseAnalyzeResult(value: unknown): SerializedResult | null {
  const r = analyzeResultSchema.safeParse(value);
  return r.success ? (r.data as SerializedResult) : null;
}

export const toContentMessage = z.discriminatedUnion('type', [getStateMessage, focusFindingMessage, stepMessage]);
export const toBackgroundMessage = z.discriminatedUnion('type', [pageStateMessage, analyzePageMessage]);
export const toOffscreenMessage = z.discriminatedUnion('type', [offscreenAnalyzeMessage]);

export type ToContentMessage = z.infer<typeof toContentMessage>;
export type ToBackgroundMessage = z.infer<typeof toBackgroundMessage>;

/** Parses an untrusted value; `null` when it is not one of ours. */
export function parseToContent(value: unknown): ToContentMessage | null {
  const r = toContentMessage.safeParse(value);
  return r.success ? r.data : null;
}

export function parseToBackground(value: unknown): ToBackgroundMessage | null {
  const r = toBackgroundMessage.safeParse(value);
  return r.success ? r.data : null;
}

export function parseToOffscreen(value: unknown): z.infer<typeof toOffscreenMessage> | null {
  const r = toOffscreenMessage.safeParse(value);
  return r.success ? r.data : null;
}

export function parsePageState(value: unknown): PageState | null {
  const r = pageStateSchema.safeParse(value);
  return r.success ? (r.data as PageState) : null;
}
