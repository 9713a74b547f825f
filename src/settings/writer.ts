// The one writer of settings. Every change, from the options page, the popup or a page's card,
// arrives at the background as a message (service.ts) and runs here, one after another: a
// read-modify-write of a site's key can never interleave with another one, because there is no
// other writer (lint forbids importing this file anywhere but the background and tests).
//
// Each item goes where the quota planner (quota.ts) puts it; the other copy is dropped only once
// the new value is safely written. A sync write that fails goes to storage.local with a note; a
// sync removal that fails leaves an empty tombstone in storage.local (local wins on reading), so a
// removed override cannot come back, and the removal is retried on the next write.
import { keepDiagnostic } from '../diagnostics/keeper.ts';
import { localArea, readArea, readMerged, syncArea } from './areas.ts';
import { KEYS, SITE_PREFIX, assertSite, siteKey } from './keys.ts';
import { TOMBSTONE, nextNote, planWrite, readNote, type AreasNow, type Changes, type Plan } from './quota.ts';
import { rawSnapshot, restoreSnapshot } from './snapshot.ts';
import {
  KINDS,
  LIMITS,
  SETTINGS_VERSION,
  diffFromGlobal,
  globalFromDiff,
  isEmptyObject,
  normalizeSite,
  readGlobalDiff,
  readSiteOverride,
  sameSuppression,
  type GlobalDiff,
  type GlobalSettings,
  type Mode,
  type PartialKinds,
  type Sensitivity,
  type SiteOverride,
  type Suppression,
} from './schema.ts';

export type { Changes } from './quota.ts';

let queue: Promise<unknown> = Promise.resolve();
/** Writes run one after another, so read-modify-write never interleaves. */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined); // the caller of `run` gets the error; the queue moves on
  return run;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function areasNow(changes: Changes): Promise<AreasNow> {
  const changed = Object.keys(changes);
  // A failure to read local is real: the write stops here and the caller hears about it.
  const localNow = await readArea(localArea(), 'local', changed);
  const sync = syncArea();
  if (!sync) return { sync: 'unavailable', localKeys: new Set(Object.keys(localNow)) };
  try {
    return { sync: await readArea(sync, 'sync', null), localKeys: new Set(Object.keys(localNow)) };
  } catch (err) {
    void keepDiagnostic({ context: 'background', where: 'settings.sync-read', error: err });
    return { sync: 'unreadable', localKeys: new Set(Object.keys(localNow)) };
  }
}

/** Removals that sync refused earlier (tombstones in the note): tried again with every write. */
async function pendingRemovals(): Promise<string[]> {
  const note = readNote((await readArea(localArea(), 'local', [KEYS.note]))[KEYS.note]);
  return Object.entries(note.entries)
    .filter(([, e]) => e.reason === 'sync-remove-failed')
    .map(([k]) => k);
}

async function commitUnlocked(requested: Changes): Promise<void> {
  const changes: Changes = { ...requested };
  for (const k of await pendingRemovals()) if (!(k in changes)) changes[k] = null;
  const p = planWrite(changes, await areasNow(changes));
  const sync = syncArea();
  const local = localArea();
  if (sync && Object.keys(p.sync).length > 0) {
    try {
      await sync.set(p.sync);
    } catch (err) {
      // Quota measured differently, write rate limits, sync disabled: keep it on this device.
      void keepDiagnostic({ context: 'background', where: 'settings.sync-set', error: err });
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
  let tombstones: string[] = [];
  if (sync && fromSync.length > 0) {
    try {
      await sync.remove(fromSync);
    } catch (err) {
      void keepDiagnostic({ context: 'background', where: 'settings.sync-remove', error: err });
      // A key kept in local already masks its stale sync copy; a removed key needs a tombstone.
      tombstones = p.remove.filter((k) => p.inSync.has(k));
    }
  }
  if (tombstones.length > 0) {
    await local.set(Object.fromEntries(tombstones.map((k) => [k, TOMBSTONE])));
    p.remove = p.remove.filter((k) => !tombstones.includes(k));
    for (const k of tombstones) p.reasons[k] = 'sync-remove-failed';
  }
  const fromLocal = [...p.remove, ...Object.keys(p.sync)].filter((k) => p.inLocal.has(k));
  if (fromLocal.length > 0) await local.remove(fromLocal);
  await updateNote(p);
}

async function updateNote(p: Plan): Promise<void> {
  const local = localArea();
  const note = readNote((await readArea(local, 'local', [KEYS.note]))[KEYS.note]);
  const next = nextNote(note, p, new Date().toISOString());
  if (JSON.stringify(next) === JSON.stringify(note)) return;
  if (Object.keys(next.entries).length === 0) await local.remove(KEYS.note);
  else await local.set({ [KEYS.note]: next });
}

/** Writes settings items (null removes), placing each where it fits. For migrate.ts. */
export function commit(changes: Changes): Promise<void> {
  return serial(() => commitUnlocked(changes));
}

/**
 * Replaces all settings at once (import): every site not in `sites` is removed. If any write
 * fails, the previous settings are put back and the error rethrown.
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
      const failed = await restoreSnapshot(before).catch((e: unknown) => [message(e)]);
      if (failed.length > 0) {
        void keepDiagnostic({ context: 'background', where: 'settings.restore', error: failed.join('; ') });
        throw new Error(`${message(err)}; putting the previous settings back also failed (${failed.join('; ')})`, { cause: err });
      }
      throw err;
    }
  });
}

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

/** Shows own-voice hedging on a site, or not (`null`: follow the global setting). */
export function setSiteHedges(site: string, hedges: boolean | null): Promise<SiteOverride> {
  return updateSite(site, (cur) => ({ ...cur, hedges: hedges ?? undefined }));
}

/** Forgets everything set for a site: mode, kinds, sensitivity and suppressions. */
export function resetSite(site: string): Promise<void> {
  return serial(async () => {
    assertSite(site);
    await commitUnlocked({ [siteKey(site)]: null });
  });
}
