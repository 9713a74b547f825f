// The two storage areas settings live in, and reading them. A read that fails is an error the
// caller hears about (`SettingsReadError`), never an empty result that would look like the defaults.
import { browser } from 'wxt/browser';
import { isSettingsKey } from './keys.ts';

/** The slice of a StorageArea this store uses (Chrome and Firefox areas both fit it). */
export interface Area {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export function syncArea(): Area | null {
  return (browser.storage.sync as Area | undefined) ?? null;
}
export function localArea(): Area {
  return browser.storage.local as Area;
}

/** Reading an area failed: the settings are unknown, not the defaults. */
export class SettingsReadError extends Error {
  constructor(area: 'sync' | 'local', cause: unknown) {
    super(`Could not read the settings from storage.${area}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'SettingsReadError';
  }
}

/** The items of `keys` (all with null) in an area, without null or undefined values; throws SettingsReadError. */
export async function readArea(area: Area | null, name: 'sync' | 'local', keys: string[] | null): Promise<Record<string, unknown>> {
  if (!area) return {};
  let got: Record<string, unknown>;
  try {
    got = await area.get(keys);
  } catch (err) {
    throw new SettingsReadError(name, err);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(got ?? {})) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

/** Our keys from both areas, local winning, plus which keys are local. Throws SettingsReadError. */
export async function readMerged(keys: string[] | null): Promise<{ items: Record<string, unknown>; local: Set<string> }> {
  const [sync, local] = await Promise.all([readArea(syncArea(), 'sync', keys), readArea(localArea(), 'local', keys)]);
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
