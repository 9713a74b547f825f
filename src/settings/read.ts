// Reading settings, from any context. `resolveSettings(url)` needs no Public Suffix List: it reads
// the keys of the page's host and its parent domains and takes the longest that exists, which is
// the registrable domain because every writer names sites with `siteOf` (site.ts). So a content
// script can read settings cheaply. Every reader throws SettingsReadError when storage can't be read.
import { localArea, readArea, readMerged } from './areas.ts';
import { KEYS, SITE_PREFIX, siteKey } from './keys.ts';
import { readNote, type StorageNote } from './quota.ts';
import {
  effectiveSettings,
  globalFromDiff,
  hostFrom,
  isEmptyObject,
  isHostName,
  isIpAddress,
  readGlobalDiff,
  readSiteOverride,
  type EffectiveSettings,
  type GlobalDiff,
  type GlobalSettings,
  type SiteOverride,
} from './schema.ts';

export interface SettingsSnapshot {
  /** The stored version; null before migrations ever ran. */
  version: number | null;
  global: GlobalSettings;
  /** What is stored for the global settings: only the fields that differ from DEFAULTS. */
  globalDiff: GlobalDiff;
  sites: Record<string, SiteOverride>;
  /** Settings keys kept in storage.local (not synced). */
  localOnly: string[];
}

export async function loadSettings(): Promise<SettingsSnapshot> {
  const { items, local } = await readMerged(null);
  const globalDiff = readGlobalDiff(items[KEYS.global]);
  const sites: Record<string, SiteOverride> = {};
  for (const [k, v] of Object.entries(items)) {
    if (!k.startsWith(SITE_PREFIX)) continue;
    const site = k.slice(SITE_PREFIX.length);
    if (!isHostName(site)) continue;
    const o = readSiteOverride(v);
    if (!isEmptyObject(o)) sites[site] = o;
  }
  const version = items[KEYS.version];
  return {
    version: typeof version === 'number' && Number.isInteger(version) ? version : null,
    global: globalFromDiff(globalDiff),
    globalDiff,
    sites,
    localOnly: [...local].sort(),
  };
}

/** The host of a page and its parent domains, longest first ("a.b.co.uk", "b.co.uk", "co.uk"). */
export function siteCandidates(url: string): string[] {
  const host = hostFrom(url);
  if (host === null) return [];
  if (isIpAddress(host)) return [host];
  const labels = host.split('.');
  const out: string[] = [];
  // A bare top-level label is never a site unless the host is a single label (localhost).
  const last = labels.length === 1 ? 1 : labels.length - 1;
  for (let i = 0; i < last && out.length < 12; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/** The effective settings for a page: global defaults with its site's override applied. */
export async function resolveSettings(url: string): Promise<EffectiveSettings> {
  const candidates = siteCandidates(url);
  const { items } = await readMerged([KEYS.global, ...candidates.map(siteKey)]);
  const global = globalFromDiff(readGlobalDiff(items[KEYS.global]));
  for (const site of candidates) {
    const value = items[siteKey(site)];
    if (value === undefined) continue;
    const override = readSiteOverride(value);
    if (!isEmptyObject(override)) return effectiveSettings(global, site, override);
  }
  return effectiveSettings(global, null);
}

export async function getGlobalSettings(): Promise<GlobalSettings> {
  const { items } = await readMerged([KEYS.global]);
  return globalFromDiff(readGlobalDiff(items[KEYS.global]));
}

export async function getSiteOverride(site: string): Promise<SiteOverride> {
  const { items } = await readMerged([siteKey(site)]);
  return readSiteOverride(items[siteKey(site)]);
}

export interface SiteEntry {
  site: string;
  override: SiteOverride;
  /** True when this site's settings are kept on this device only (see the storage note). */
  localOnly: boolean;
}

export async function listSites(): Promise<SiteEntry[]> {
  const snap = await loadSettings();
  const local = new Set(snap.localOnly);
  return Object.keys(snap.sites)
    .sort()
    .map((site) => ({ site, override: snap.sites[site] ?? {}, localOnly: local.has(siteKey(site)) }));
}

export async function getStorageNote(): Promise<StorageNote | null> {
  const raw = (await readArea(localArea(), 'local', [KEYS.note]))[KEYS.note];
  const note = readNote(raw);
  return Object.keys(note.entries).length > 0 ? note : null;
}
