// The message protocol, one typed map validated on arrival (DESIGN.md habit 10): the popup, the
// background and a content script can come from different builds during an update, and a page
// must never be able to feed us data. zod/mini keeps each bundle small (see BUILD-NOTES).
import * as z from 'zod/mini';
import type { Report } from '../analyze/types.ts';
import type { SerializedResult } from '../pipeline/serialized.ts';
import { MAX_HTML_CHARS } from '../pipeline/limits.ts';
import { MAX_FINDINGS } from '../analyze/bounds.ts';
import { MAX_ANCHOR_PATH, MAX_ANCHORS, MAX_BLOCK_TEXT, MAX_MESSAGE_STRING } from './limits.ts';

const kind = z.enum(['claim', 'state-media', 'promotion']);
const severity = z.enum(['low', 'medium', 'high']);
const outletType = z.enum(['state-controlled', 'state-affiliated', 'public-service-independent']);
const attributionKind = z.enum(['named', 'anonymous', 'vague', 'collective', 'hearsay', 'none']);
const str = z.string().check(z.maxLength(MAX_MESSAGE_STRING));
const blockText = z.string().check(z.maxLength(MAX_BLOCK_TEXT));
// The analyzer bounds its reports (src/analyze/bounds.ts) well inside these limits.
const MAX_FINDINGS_IN_MESSAGE = Math.max(5_000, MAX_FINDINGS);
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

/** Content script → background: the tab's state changed (the badge follows it). */
/**
 * Content script → background: the tab's state changed, for the badge. Only what the badge shows
 * travels (the popup asks the tab itself for the report): a state and, when ready, a count.
 */
export const pageStateMessage = z.object({
  type: z.literal('sl/page-state'),
  state: z.enum(['analyzing', 'not-article', 'error', 'off', 'waiting', 'ready']),
  highlighted: z.number().check(z.int(), z.nonnegative()),
  message: z.optional(str),
});
export type BadgeState = Omit<z.infer<typeof pageStateMessage>, 'type'>;

const anchor = z.object({
  id: z.number(),
  path: z.array(z.number()).check(z.maxLength(MAX_ANCHOR_PATH)),
  run: z.number(),
  pageIndex: z.number(),
  text: blockText,
});
/**
 * What the content script checks of the analyzer's answer before painting: the parts it uses.
 * The answer comes from our own analyzer (sender checked); the popup validates the full report
 * again when it asks for it, so the page's thread is spared a full validation of every field.
 * On the page this shape is checked by `checkPaintable` (paintable.ts, measured faster there);
 * this schema is its specification, and the tests hold the two to the same verdicts.
 */
export const paintableResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    report: z.object({
      version: z.literal(1),
      findings: z.array(
        z.object({ id: str, kind, rule: str, blockId: z.number(), start: z.number(), end: z.number(), text: str, reason: str, severity }),
      ),
    }),
    anchors: z.array(anchor).check(z.maxLength(MAX_ANCHORS)),
  }),
  z.object({ ok: z.literal(false), reason: z.enum(['not-article', 'empty', 'error', 'too-large']), message: str }),
]);

/** Popup → content script: send me your state. */
export const getStateMessage = z.object({ type: z.literal('sl/get-state') });
/** Popup → content script: scroll to a finding and show its card. */
export const focusFindingMessage = z.object({ type: z.literal('sl/focus-finding'), findingId: str });

/** Background (keyboard shortcut) → content script: step to the next or previous finding. */
export const stepMessage = z.object({ type: z.literal('sl/step'), direction: z.union([z.literal(1), z.literal(-1)]) });

const MAX_HTML = MAX_HTML_CHARS;
/**
 * Content script → analyzer, on the analysis port: extract and analyse this serialised page off
 * the page's thread. The analyzer is Chrome's offscreen document or Firefox's background page;
 * Chrome's service worker never sees the page.
 */
export const analyzePageMessage = z.object({
  type: z.literal('sl/analyze-page'),
  html: z.string().check(z.maxLength(MAX_HTML)),
  url: str,
  /** The page's base address (a <base> element may differ from the URL); links resolve against it. */
  base: z.optional(str),
});
/**
 * Content script → background: no analyzer answered on the analysis port (Chrome's offscreen
 * document is not open yet, or was closed): make it ready, then the content script asks again.
 */
export const prepareAnalyzerMessage = z.object({ type: z.literal('sl/prepare-analyzer') });

/** The port a content script opens to the analyzer (offscreen document or Firefox's background page). */
export const ANALYZE_PORT = 'sl/analyze';

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

/** Popup → content script: analyse now ("on click" mode, or after turning a site back on). */
export const runNowMessage = z.object({ type: z.literal('sl/run-now') });

export const toContentMessage = z.discriminatedUnion('type', [getStateMessage, focusFindingMessage, stepMessage, runNowMessage]);

const mode = z.enum(['automatic', 'on-click', 'off']);
const nullableBool = z.optional(z.nullable(z.boolean()));
/** Popup → background: the settings of the site a page belongs to. */
export const siteGetMessage = z.object({ type: z.literal('sl/site-get'), url: str });
/** Popup → background: change this site's mode or kinds (null = back to the default). */
export const siteSetMessage = z.object({
  type: z.literal('sl/site-set'),
  url: str,
  mode: z.optional(z.nullable(mode)),
  kinds: z.optional(z.object({ claim: nullableBool, 'state-media': nullableBool, promotion: nullableBool })),
});
/** Content script (a card's "not a problem here") → background: stop flagging this on this site. */
export const suppressMessage = z.object({
  type: z.literal('sl/suppress'),
  url: str,
  rule: z.string().check(z.maxLength(200)),
  phrase: z.optional(z.string().check(z.maxLength(500))),
});

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
export const toBackgroundMessage = z.discriminatedUnion('type', [
  pageStateMessage,
  prepareAnalyzerMessage,
  siteGetMessage,
  siteSetMessage,
  suppressMessage,
]);
export const toAnalyzerMessage = z.discriminatedUnion('type', [analyzePageMessage]);

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

export function parseToAnalyzer(value: unknown): z.infer<typeof toAnalyzerMessage> | null {
  const r = toAnalyzerMessage.safeParse(value);
  return r.success ? r.data : null;
}

export function parsePageState(value: unknown): PageState | null {
  const r = pageStateSchema.safeParse(value);
  return r.success ? (r.data as PageState) : null;
}
