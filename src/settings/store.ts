// The settings store over `browser.storage`. Only what differs from the defaults is stored, each
// site in its own key (schema.ts has the layout). Settings live in `storage.sync` so they follow
// the reader across devices; an item that does not fit sync's quotas (checked before writing) or a
// sync write that fails goes to `storage.local` instead, and the move is recorded in a note the
// options page shows: nothing is ever dropped silently.
//
// Reading merges both areas (local wins: a key is in local only because it could not be synced).
// `resolveSettings(url)` needs no Public Suffix List: it reads the keys of the page's host and its
// parent domains and takes the longest that exists, which is the registrable domain because every
// writer names sites with `siteOf` (site.ts). So a content script can read settings cheaply.
import { browser } from 'wxt/browser';
import {
  DEFAULTS,
  KINDS,
  SETTINGS_VERSION,
  diffFromGlobal,
  effectiveSettings,
  globalFromDiff,
  hostFrom,
  isEmptyObject,
  isHostName,
  isIpAddress,
  normalizeSite,
  readGlobalDiff,
  readSiteOverride,
  sameSuppression,
  LIMITS,
  type EffectiveSettings,
  type GlobalDiff,
  type GlobalSettings,
  type Mode,
  type PartialKinds,
  type Sensitivity,
  type SiteOverride,
  type Suppression,
} from './schema.ts';

export const KEYS = {
  version: 'settings:version',
  global: 'settings:global',
  /** In storage.local only: which keys are kept on this device, and why. */
  note: 'settings:note',
} as const;
export const SITE_PREFIX = 'site:';

/** chrome.storage.sync's documented quotas (Firefox enforces the same numbers). */
export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 } as const;

export type NoteReason = 'item-too-large' | 'quota-bytes' | 'max-items' | 'sync-error' | 'sync-unavailable';
export interface StorageNote {
  /** Settings key → why it is kept in storage.local, and since when (ISO time). */
  entries: Record<string, { reason: NoteReason; at: string }>;
}

/** The slice of a StorageArea this store uses (Chrome and Firefox areas both fit it). */
interface Area {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function syncArea(): Area | null {
  return (browser.storage.sync as Area | undefined) ?? null;
}
function localArea(): Area {
  return browser.storage.local as Area;
}

export function siteKey(site: string): string {
  return `${SITE_PREFIX}${site}`;
}

export function isSettingsKey(key: string): boolean {
  return key === KEYS.version || key === KEYS.global || key.startsWith(SITE_PREFIX);
}

/** Size of an item as sync's quotas count it: key plus JSON of the value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function assertSite(site: string): void {
  if (!isHostName(site)) throw new Error(`Not a site name: ${site}`);
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────

async function safeGet(area: Area | null, keys: string[] | null): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    const got = await area.get(keys);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(got ?? {})) if (v !== undefined && v !== null) out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/** Our keys from both areas, local winning, plus which keys are local. */
async function readMerged(keys: string[] | null): Promise<{ items: Record<string, unknown>; local: Set<string> }> {
  const [sync, local] = await Promise.all([safeGet(syncArea(), keys), safeGet(localArea(), keys)]);
  const items: Record<string, unknown> = {};
  const localKeys = new Set<string>();
  for (const [k, v] of Object.entries(sync)) if (isSettingsKey(k)) items[k] = v;
  for (const [k, v] of Object.entries(local)) {
    if (!isSettingsKey(k)) continue;
    items[k] = v;
    localKeys.add(k);
  }
  return { items, local: localKeys };
}

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
  const raw = (await safeGet(localArea(), [KEYS.note]))[KEYS.note];
  const note = readNote(raw);
  return Object.keys(note.entries).length > 0 ? note : null;
}

function readNote(raw: unknown): StorageNote {
  const entries: StorageNote['entries'] = {};
  const src = typeof raw === 'object' && raw !== null ? (raw as { entries?: unknown }).entries : undefined;
  if (typeof src === 'object' && src !== null) {
    for (const [k, v] of Object.entries(src as Record<string, unknown>)) {
      const e = v as { reason?: unknown; at?: unknown } | null;
      if (isSettingsKey(k) && e && typeof e.reason === 'string' && typeof e.at === 'string') {
        entries[k] = { reason: e.reason as NoteReason, at: e.at };
      }
    }
  }
  return { entries };
}

// ── Writing ──────────────────────────────────────────────────────────────────────────────────────

let queue: Promise<unknown> = Promise.resolve();
/** Writes from one page run one after another, so read-modify-write never interleaves. */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** key → new value; `null` removes the key from both areas. */
export type Changes = Record<string, unknown>;

interface Plan {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
  reasons: Record<string, NoteReason>;
  remove: string[];
  /** Changed keys that currently exist in each area (only those need removing from it). */
  inSync: Set<string>;
  inLocal: Set<string>;
}

/** Decides, before anything is written, which area each changed item goes to. */
async function plan(changes: Changes): Promise<Plan> {
  const sync = syncArea();
  const changed = Object.keys(changes);
  const localNow = await safeGet(localArea(), changed);
  const p: Plan = { sync: {}, local: {}, reasons: {}, remove: [], inSync: new Set(), inLocal: new Set(Object.keys(localNow)) };
  const writes = Object.entries(changes).filter(([k, v]) => {
    if (v === null || v === undefined) p.remove.push(k);
    return v !== null && v !== undefined;
  });
  if (!sync) {
    for (const [k, v] of writes) {
      p.local[k] = v;
      p.reasons[k] = 'sync-unavailable';
    }
    return p;
  }
  // Everything in sync counts against its quota, whoever wrote it.
  const current = await safeGet(sync, null);
  for (const k of changed) if (k in current) p.inSync.add(k);
  let bytes = 0;
  let count = 0;
  for (const [k, v] of Object.entries(current)) {
    if (k in changes) continue; // replaced or removed below
    bytes += itemBytes(k, v);
    count++;
  }
  // Small items first, so one big site cannot push the many small ones out of sync.
  const sized = writes.map(([k, v]) => ({ k, v, size: itemBytes(k, v) })).sort((a, b) => a.size - b.size);
  for (const { k, v, size } of sized) {
    let reason: NoteReason | null = null;
    if (size > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) reason = 'item-too-large';
    else if (bytes + size > SYNC_QUOTA.QUOTA_BYTES) reason = 'quota-bytes';
    else if (count + 1 > SYNC_QUOTA.MAX_ITEMS) reason = 'max-items';
    if (reason) {
      p.local[k] = v;
      p.reasons[k] = reason;
    } else {
      p.sync[k] = v;
      bytes += size;
      count++;
    }
  }
  return p;
}

async function commitUnlocked(changes: Changes): Promise<void> {
  const p = await plan(changes);
  const sync = syncArea();
  const local = localArea();
  if (sync && Object.keys(p.sync).length > 0) {
    try {
      await sync.set(p.sync);
    } catch {
      // Quota measured differently, write rate limits, sync disabled: keep it on this device.
      for (const [k, v] of Object.entries(p.sync)) {
        p.local[k] = v;
        p.reasons[k] = 'sync-error';
      }
      p.sync = {};
    }
  }
  // A failure here is real (local storage refused the write): it propagates to the caller.
  if (Object.keys(p.local).length > 0) await local.set(p.local);

  // Only now drop the other copies: the new value is safely written somewhere.
  const fromSync = [...p.remove, ...Object.keys(p.local)].filter((k) => p.inSync.has(k));
  const fromLocal = [...p.remove, ...Object.keys(p.sync)].filter((k) => p.inLocal.has(k));
  if (sync && fromSync.length > 0) await sync.remove(fromSync).catch(() => undefined);
  if (fromLocal.length > 0) await local.remove(fromLocal);
  await updateNote(p);
}

async function updateNote(p: Plan): Promise<void> {
  const local = localArea();
  const note = readNote((await safeGet(local, [KEYS.note]))[KEYS.note]);
  const before = JSON.stringify(note);
  const at = new Date().toISOString();
  for (const k of [...p.remove, ...Object.keys(p.sync)]) delete note.entries[k];
  for (const [k, reason] of Object.entries(p.reasons)) note.entries[k] = { reason, at: note.entries[k]?.reason === reason ? note.entries[k].at : at };
  if (JSON.stringify(note) === before) return;
  if (Object.keys(note.entries).length === 0) await local.remove(KEYS.note);
  else await local.set({ [KEYS.note]: note });
}

/** Writes settings items (null removes), placing each where it fits. For migrate.ts and io.ts. */
export function commit(changes: Changes): Promise<void> {
  return serial(() => commitUnlocked(changes));
}

/** Every stored settings item in each area, verbatim (io.ts restores it if an import fails). */
export interface RawSnapshot {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

export async function rawSnapshot(): Promise<RawSnapshot> {
  const [sync, local] = await Promise.all([safeGet(syncArea(), null), safeGet(localArea(), null)]);
  const pick = (o: Record<string, unknown>, withNote: boolean): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([k]) => isSettingsKey(k) || (withNote && k === KEYS.note)));
  return { sync: pick(sync, false), local: pick(local, true) };
}

/** Puts back a raw snapshot exactly: our keys not in it are removed. Best effort, never throws. */
export async function restoreSnapshot(snap: RawSnapshot): Promise<void> {
  const now = await rawSnapshot();
  const sync = syncArea();
  const local = localArea();
  const goneSync = Object.keys(now.sync).filter((k) => !(k in snap.sync));
  const goneLocal = Object.keys(now.local).filter((k) => !(k in snap.local));
  await Promise.allSettled([
    sync && Object.keys(snap.sync).length > 0 ? sync.set(snap.sync) : Promise.resolve(),
    sync && goneSync.length > 0 ? sync.remove(goneSync) : Promise.resolve(),
    Object.keys(snap.local).length > 0 ? local.set(snap.local) : Promise.resolve(),
    goneLocal.length > 0 ? local.remove(goneLocal) : Promise.resolve(),
  ]);
}

/**
 * Replaces all settings at once (import): every site not in `sites` is removed. Runs under the
 * write lock; if any write fails, the previous settings are put back and the error rethrown.
 */
export function replaceAll(global: GlobalDiff, sites: Record<string, SiteOverride>, version = SETTINGS_VERSION): Promise<void> {
  return serial(async () => {
    const before = await rawSnapshot();
    const changes: Changes = {};
    for (const k of Object.keys({ ...before.sync, ...before.local })) if (k.startsWith(SITE_PREFIX)) changes[k] = null;
    const g = globalFromDiff(global);
    const diff = diffFromGlobal(g);
    changes[KEYS.global] = isEmptyObject(diff) ? null : diff;
    changes[KEYS.version] = version;
    for (const [site, o] of Object.entries(sites)) {
      assertSite(site);
      const n = normalizeSite(o, g);
      changes[siteKey(site)] = isEmptyObject(n) ? null : n;
    }
    try {
      await commitUnlocked(changes);
    } catch (err) {
      await restoreSnapshot(before);
      throw err;
    }
  });
}

// ── The settings API for the popup, the options page and the content script ─────────────────────

export interface GlobalPatch {
  mode?: Mode;
  kinds?: PartialKinds;
  sensitivity?: Sensitivity;
  hedges?: boolean;
}

/** Changes the global defaults; only what differs from the built-in defaults is stored. */
export function setGlobal(patch: GlobalPatch): Promise<GlobalSettings> {
  return serial(async () => {
    const { items } = await readMerged([KEYS.global]);
    const cur = globalFromDiff(readGlobalDiff(items[KEYS.global]));
    const next: GlobalSettings = {
      mode: patch.mode ?? cur.mode,
      kinds: { ...cur.kinds, ...definedKinds(patch.kinds) },
      sensitivity: patch.sensitivity ?? cur.sensitivity,
      hedges: patch.hedges ?? cur.hedges,
    };
    const diff = diffFromGlobal(next);
    await commitUnlocked({ [KEYS.global]: isEmptyObject(diff) ? null : diff });
    return next;
  });
}

function definedKinds(k: PartialKinds | undefined): PartialKinds {
  const out: PartialKinds = {};
  for (const kind of KINDS) {
    const v = k?.[kind];
    if (v !== undefined) out[kind] = v;
  }
  return out;
}

/** Read-modify-write of one site's override, reduced to what differs from the global settings. */
function updateSite(site: string, mutate: (cur: SiteOverride) => SiteOverride): Promise<SiteOverride> {
  return serial(async () => {
    assertSite(site);
    const key = siteKey(site);
    const { items } = await readMerged([KEYS.global, key]);
    const global = globalFromDiff(readGlobalDiff(items[KEYS.global]));
    const next = normalizeSite(mutate(readSiteOverride(items[key])), global);
    await commitUnlocked({ [key]: isEmptyObject(next) ? null : next });
    return next;
  });
}

/**
 * Sets a site's mode; `null`, or the global mode, removes the override (the site follows the
 * global default again). `site` is a site name from `siteOf` (site.ts), not a URL.
 */
export function setSiteMode(site: string, mode: Mode | null): Promise<SiteOverride> {
  return updateSite(site, (cur) => ({ ...cur, mode: mode ?? undefined }));
}

/** Sets some kinds for a site (`null` for a kind: follow the global setting). */
export function setSiteKinds(site: string, kinds: Partial<Record<keyof PartialKinds, boolean | null>>): Promise<SiteOverride> {
  return updateSite(site, (cur) => {
    const merged: PartialKinds = { ...cur.kinds };
    for (const k of KINDS) {
      const v = kinds[k];
      if (v === null) delete merged[k];
      else if (v !== undefined) merged[k] = v;
    }
    return { ...cur, kinds: merged };
  });
}

export function setSiteSensitivity(site: string, sensitivity: Sensitivity | null): Promise<SiteOverride> {
  return updateSite(site, (cur) => ({ ...cur, sensitivity: sensitivity ?? undefined }));
}

/** Shows own-voice hedging on a site, or not (`null`: follow the global setting). */
export function setSiteHedges(site: string, hedges: boolean | null): Promise<SiteOverride> {
  return updateSite(site, (cur) => ({ ...cur, hedges: hedges ?? undefined }));
}

/** "Not a problem here": hides a rule on a site, or only that rule on that exact phrase. */
export function suppress(site: string, rule: string, phrase?: string): Promise<SiteOverride> {
  const s: Suppression = phrase === undefined ? { rule } : { rule, phrase: phrase.replace(/\s+/g, ' ').trim().slice(0, LIMITS.phraseLength) };
  return updateSite(site, (cur) => {
    const list = cur.suppress ?? [];
    if (list.some((x) => sameSuppression(x, s))) return cur;
    if (list.length >= LIMITS.suppressionsPerSite) throw new Error(`Too many suppressions for ${site}`);
    return { ...cur, suppress: [...list, s] };
  });
}

export function unsuppress(site: string, rule: string, phrase?: string): Promise<SiteOverride> {
  const s: Suppression = phrase === undefined ? { rule } : { rule, phrase };
  return updateSite(site, (cur) => ({ ...cur, suppress: (cur.suppress ?? []).filter((x) => !sameSuppression(x, s)) }));
}

/** Forgets everything set for a site: mode, kinds, sensitivity and suppressions. */
export function resetSite(site: string): Promise<void> {
  return serial(async () => {
    assertSite(site);
    await commitUnlocked({ [siteKey(site)]: null });
  });
}

// ── Watching ─────────────────────────────────────────────────────────────────────────────────────

export interface SettingsChange {
  global: boolean;
  /** Sites whose override changed. */
  sites: string[];
  /** The storage note changed (options page). */
  note: boolean;
  version: boolean;
}

/**
 * Calls back whenever settings change in any context (popup, options page, another device via
 * sync). Returns the function that stops watching.
 */
export function watchSettings(callback: (change: SettingsChange) => void): () => void {
  const listener = (changes: Record<string, unknown>, _area: string): void => {
    const change: SettingsChange = { global: false, sites: [], note: false, version: false };
    for (const k of Object.keys(changes)) {
      if (k === KEYS.global) change.global = true;
      else if (k === KEYS.version) change.version = true;
      else if (k === KEYS.note) change.note = true;
      else if (k.startsWith(SITE_PREFIX)) change.sites.push(k.slice(SITE_PREFIX.length));
    }
    if (change.global || change.version || change.note || change.sites.length > 0) callback(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * For a content script: calls back with the page's new effective settings whenever a change could
 * affect them. `url` may be a function, for pages whose URL changes (history navigation).
 */
export function watchEffectiveSettings(url: string | (() => string), callback: (settings: EffectiveSettings) => void): () => void {
  let generation = 0;
  return watchSettings((change) => {
    const href = typeof url === 'function' ? url() : url;
    const candidates = new Set(siteCandidates(href));
    if (!change.global && !change.version && !change.sites.some((s) => candidates.has(s))) return;
    const mine = ++generation;
    void resolveSettings(href).then((s) => {
      // Two quick changes: only the latest answer is delivered.
      if (mine === generation) callback(s);
    });
  });
}

export { DEFAULTS };
