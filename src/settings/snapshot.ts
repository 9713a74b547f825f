// Raw snapshots of every stored settings item, so that an import that fails half-way can put the
// previous settings back exactly (writer.ts `replaceAll`).
import { localArea, readArea, syncArea } from './areas.ts';
import { KEYS, isSettingsKey } from './keys.ts';

/** Every stored settings item in each area, verbatim. */
export interface RawSnapshot {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** Throws SettingsReadError: an import must not start from settings it could not read. */
export async function rawSnapshot(): Promise<RawSnapshot> {
  const [sync, local] = await Promise.all([readArea(syncArea(), 'sync', null), readArea(localArea(), 'local', null)]);
  const pick = (o: Record<string, unknown>, withNote: boolean): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([k]) => isSettingsKey(k) || (withNote && k === KEYS.note)));
  return { sync: pick(sync, false), local: pick(local, true) };
}

/**
 * Puts back a raw snapshot exactly: our keys not in it are removed. Every step is tried; the
 * steps that failed are returned (empty when all went through) for the caller to report.
 */
export async function restoreSnapshot(snap: RawSnapshot): Promise<string[]> {
  const now = await rawSnapshot();
  const sync = syncArea();
  const local = localArea();
  const goneSync = Object.keys(now.sync).filter((k) => !(k in snap.sync));
  const goneLocal = Object.keys(now.local).filter((k) => !(k in snap.local));
  const steps: [string, Promise<unknown>][] = [
    ['sync.set', sync && Object.keys(snap.sync).length > 0 ? sync.set(snap.sync) : Promise.resolve()],
    ['sync.remove', sync && goneSync.length > 0 ? sync.remove(goneSync) : Promise.resolve()],
    ['local.set', Object.keys(snap.local).length > 0 ? local.set(snap.local) : Promise.resolve()],
    ['local.remove', goneLocal.length > 0 ? local.remove(goneLocal) : Promise.resolve()],
  ];
  const results = await Promise.allSettled(steps.map(([, p]) => p));
  return results.flatMap((r, i) => (r.status === 'rejected' ? [`${steps[i]?.[0]}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`] : []));
}
