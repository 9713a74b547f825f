// Export and import of all settings as one JSON file. An import is validated completely before
// anything is written, then written all at once by the background (service.ts `importSettings`;
// writer.ts `replaceAll` puts the old settings back if a write fails); a bad file gets a clear
// message and changes nothing.
//
// File format (version = SETTINGS_VERSION):
//   { "format": "sourcelight-settings", "version": 1, "exportedAt": "2026-…",
//     "global": { …only what differs from the defaults… },
//     "sites": { "bbc.co.uk": { "mode": "off", "suppress": [{ "rule": "claim/hedge-wording" }] } } }
// An import replaces all settings with the file's: sites not in the file are reset.
import * as z from 'zod/mini';
import { LIMITS, SETTINGS_VERSION, globalDiffSchema, siteOverrideSchema, type GlobalDiff, type SiteOverride } from './schema.ts';
import { siteOf } from './site.ts';
import { loadSettings } from './read.ts';
import { s } from './strings.ts';

export const EXPORT_FORMAT = 'sourcelight-settings';

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  global: GlobalDiff;
  sites: Record<string, SiteOverride>;
}

const fileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(SETTINGS_VERSION),
  exportedAt: z.optional(z.string().check(z.maxLength(100))),
  global: z._default(globalDiffSchema, {}),
  sites: z._default(z.record(z.string().check(z.maxLength(253)), siteOverrideSchema), {}),
});

export async function exportSettings(now: Date = new Date()): Promise<SettingsFile> {
  const snap = await loadSettings();
  return { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), global: snap.globalDiff, sites: snap.sites };
}

export function settingsFileName(now: Date = new Date()): string {
  return `sourcelight-settings-${now.toISOString().slice(0, 10)}.json`;
}

export function serializeSettings(file: SettingsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportErrorCode = 'too-large' | 'not-json' | 'not-settings' | 'newer-version' | 'unknown-version' | 'wrong-shape' | 'bad-site' | 'too-many-sites' | 'write-failed';

export type ParseResult =
  | { ok: true; file: { global: GlobalDiff; sites: Record<string, SiteOverride> } }
  | { ok: false; code: ImportErrorCode; message: string };

export type ImportResult = { ok: true; sites: number; message: string } | { ok: false; code: ImportErrorCode; message: string };

function fail(code: ImportErrorCode, message: string): { ok: false; code: ImportErrorCode; message: string } {
  return { ok: false, code, message };
}

function pathOf(issue: { path: PropertyKey[] }): string {
  return issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** Validates an import file completely. Pure: nothing is read or written. */
export function parseSettingsFile(text: string): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.importBytes) return fail('too-large', s.import.tooLarge(bytes, LIMITS.importBytes));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not-json', s.import.notJson); // handled: the reader is told the file is not JSON
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail('not-settings', s.import.notSettings);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    return fail('newer-version', s.import.newerVersion(version, SETTINGS_VERSION));
  }
  if (version !== SETTINGS_VERSION) return fail('unknown-version', s.import.unknownVersion(String(JSON.stringify(version) ?? 'none')));
  const sites = (data as { sites?: unknown }).sites;
  if (typeof sites === 'object' && sites !== null && Object.keys(sites).length > LIMITS.sites) {
    return fail('too-many-sites', s.import.tooManySites(Object.keys(sites).length, LIMITS.sites));
  }
  const r = fileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    return fail('wrong-shape', s.import.wrongShape(issue ? pathOf(issue) || '(top level)' : '(top level)'));
  }
  for (const site of Object.keys(r.data.sites)) {
    const canonical = siteOf(site);
    if (canonical !== site) return fail('bad-site', s.import.badSite(site, canonical));
  }
  return { ok: true, file: { global: r.data.global, sites: r.data.sites } };
}
