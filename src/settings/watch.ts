// Watching settings change in any context (popup, options page, the background's writes, another
// device via sync).
import { browser } from 'wxt/browser';
import { KEYS, SITE_PREFIX } from './keys.ts';
import { resolveSettings, siteCandidates } from './read.ts';
import type { EffectiveSettings } from './schema.ts';

export interface SettingsChange {
  global: boolean;
  /** Sites whose override changed. */
  sites: string[];
  /** The storage note changed (options page). */
  note: boolean;
  version: boolean;
}

/** Calls back whenever settings change. Returns the function that stops watching. */
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
 * affect them, or `onError` when they could not be read. `url` may be a function, for pages whose
 * URL changes (history navigation).
 */
export function watchEffectiveSettings(
  url: string | (() => string),
  callback: (settings: EffectiveSettings) => void,
  onError: (err: unknown) => void,
): () => void {
  let generation = 0;
  return watchSettings((change) => {
    const href = typeof url === 'function' ? url() : url;
    const candidates = new Set(siteCandidates(href));
    if (!change.global && !change.version && !change.sites.some((s) => candidates.has(s))) return;
    const mine = ++generation;
    resolveSettings(href).then(
      (s) => {
        // Two quick changes: only the latest answer is delivered.
        if (mine === generation) callback(s);
      },
      (err: unknown) => {
        if (mine === generation) onError(err);
      },
    );
  });
}
