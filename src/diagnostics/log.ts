// The diagnostics log: what went wrong, where, and when, so that a reader or a maintainer can see
// it in the options page and export it. Kept by the background in storage.local (never synced,
// never sent anywhere), bounded to MAX_ENTRIES; a repeat of the last entry only raises its count.
// It holds no page text and no address beyond a site's host: messages are cleaned on the way in.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';

export const DIAGNOSTICS_KEY = 'diagnostics:log';
export const MAX_ENTRIES = 100;
export const MAX_DIAGNOSTIC_MESSAGE = 300;

export const CONTEXTS = ['background', 'content', 'popup', 'options', 'analyzer'] as const;
export type DiagnosticContext = (typeof CONTEXTS)[number];

/** Where in our code: a short dotted name ("settings.sync-remove"), never data. */
export const whereSchema = z.string().check(z.maxLength(80), z.regex(/^[a-z][a-z0-9.-]*$/));
const hostSchema = z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.:[\]-]+$/));

export const diagnosticSchema = z.object({
  at: z.string().check(z.maxLength(40)),
  context: z.enum(CONTEXTS),
  where: whereSchema,
  message: z.string().check(z.maxLength(MAX_DIAGNOSTIC_MESSAGE)),
  /** The page's host, when the problem was on a page. */
  site: z.optional(hostSchema),
  count: z.number().check(z.int(), z.positive()),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^/\s?#"'<>]+)[^\s"'<>]*/gi;

/** An error's message, cleaned: addresses cut to their host, whitespace folded, length capped. */
export function cleanMessage(err: unknown): string {
  const raw = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
  return raw
    .replace(URL_RE, (_m, host: string) => host.replace(/^[^@]*@/, ''))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_DIAGNOSTIC_MESSAGE);
}

/** A page address cut to its host (the only part of an address the log keeps). */
export function hostOnly(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return hostSchema.safeParse(host).success && host !== '' ? host : undefined;
  } catch {
    return undefined; // not an address: nothing to keep
  }
}

/** The log with one more entry: the same problem again raises the count of the last entry. */
export function appendDiagnostic(log: readonly Diagnostic[], entry: Omit<Diagnostic, 'count'>, max = MAX_ENTRIES): Diagnostic[] {
  const last = log[log.length - 1];
  if (last && last.context === entry.context && last.where === entry.where && last.message === entry.message && last.site === entry.site) {
    return [...log.slice(0, -1), { ...last, at: entry.at, count: last.count + 1 }];
  }
  const next = [...log, { ...entry, count: 1 }];
  return next.length > max ? next.slice(next.length - max) : next;
}

/** The stored log, leniently: entries that don't fit the schema are dropped. */
export function readLog(raw: unknown): Diagnostic[] {
  if (!Array.isArray(raw)) return [];
  const out: Diagnostic[] = [];
  for (const e of raw.slice(-MAX_ENTRIES)) {
    const r = diagnosticSchema.safeParse(e);
    if (r.success) out.push(r.data);
  }
  return out;
}

/** The log as the options page shows and exports it (throws when storage can't be read). */
export async function readDiagnostics(): Promise<Diagnostic[]> {
  const got = await browser.storage.local.get(DIAGNOSTICS_KEY);
  return readLog(got[DIAGNOSTICS_KEY]);
}

export function watchDiagnostics(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && DIAGNOSTICS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The exported file: the log and the extension's version, nothing else. */
export function serializeDiagnostics(log: readonly Diagnostic[], version: string, now: Date): string {
  return `${JSON.stringify({ format: 'sourcelight-diagnostics', version, exportedAt: now.toISOString(), entries: log }, null, 2)}\n`;
}
