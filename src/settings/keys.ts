// Where each setting lives in `browser.storage`: one key for the global settings, one per site,
// the migrations' version, and (storage.local only) the note of what could not be synced.
import { isHostName } from './schema.ts';

export const KEYS = {
  version: 'settings:version',
  global: 'settings:global',
  /** In storage.local only: which keys are kept on this device, and why. */
  note: 'settings:note',
} as const;
export const SITE_PREFIX = 'site:';

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

export function assertSite(site: string): void {
  if (!isHostName(site)) throw new Error(`Not a site name: ${site}`);
}
