// The message protocol, one typed map validated on arrival (DESIGN.md habit 10): the popup, the
// background and a content script can come from different builds during an update, and a page
// must never be able to feed us data. zod/mini keeps each bundle small (see BUILD-NOTES).
import * as z from 'zod/mini';
import { MAX_HTML_CHARS } from '../pipeline/limits.ts';
import { mode, str, parseWith } from './primitives.ts';
import { CONTEXTS, MAX_DIAGNOSTIC_MESSAGE, whereSchema } from '../diagnostics/log.ts';

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

/** Popup → content script: analyse now ("on click" mode, or after turning a site back on). */
export const runNowMessage = z.object({ type: z.literal('sl/run-now') });

export const toContentMessage = z.discriminatedUnion('type', [getStateMessage, focusFindingMessage, stepMessage, runNowMessage]);

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

/** Any of our contexts → background: a problem for the diagnostics log (src/diagnostics/). */
export const diagnosticMessage = z.object({
  type: z.literal('sl/diagnostic'),
  context: z.enum(CONTEXTS),
  where: whereSchema,
  message: z.string().check(z.maxLength(MAX_DIAGNOSTIC_MESSAGE)),
  site: z.optional(z.string().check(z.maxLength(253))),
});

export const toBackgroundMessage = z.discriminatedUnion('type', [
  pageStateMessage,
  prepareAnalyzerMessage,
  siteGetMessage,
  siteSetMessage,
  suppressMessage,
  diagnosticMessage,
]);

/** The background's answer to `sl/suppress`, and its refusal of `sl/site-get` / `sl/site-set`. */
export const doneReply = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), message: str })]);
export type DoneReply = z.infer<typeof doneReply>;
/**
 * Content script → analyzer, on the analysis port: one piece of a long page, sent ahead of the
 * closing `sl/analyze-page` (which carries the last piece), so no single copy is a long task.
 */
export const analyzePartMessage = z.object({
  type: z.literal('sl/analyze-part'),
  html: z.string().check(z.maxLength(MAX_HTML)),
});
export const toAnalyzerMessage = z.discriminatedUnion('type', [analyzePartMessage, analyzePageMessage]);

export type ToContentMessage = z.infer<typeof toContentMessage>;
export type ToBackgroundMessage = z.infer<typeof toBackgroundMessage>;
export type SiteRequest = z.infer<typeof siteGetMessage> | z.infer<typeof siteSetMessage>;

/** Parses an untrusted value; `null` when it is not one of ours. */
export function parseToContent(value: unknown): ToContentMessage | null {
  return parseWith(toContentMessage, value);
}

export function parseToBackground(value: unknown): ToBackgroundMessage | null {
  return parseWith(toBackgroundMessage, value);
}

export function parseToAnalyzer(value: unknown): z.infer<typeof toAnalyzerMessage> | null {
  return parseWith(toAnalyzerMessage, value);
}

// Types only (erased at build): the schemas behind them live in report-schema.ts, for the popup.
export type { PageState, SiteSettings } from './report-schema.ts';
