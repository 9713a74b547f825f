// Versioned migrations of stored settings, run once in the background on install and update
// (`runtime.onInstalled`). The stored `settings:version` says which have run; a version newer than
// this build's (a downgrade, or sync from a newer device) is left untouched.
//
// v0 → v1. Version 1 is the first shipped layout, but the path from an unversioned store is kept
// and tested so that the next migration has a pattern to follow. "v0" is the prototype's layout:
// one flat object under the key `settings` (in storage.sync or storage.local) such as
//   { enabled: false, claims: true, stateMedia: true, promotion: false,
//     sensitivity: 'balanced', onClick: false, disabledSites: ['example.com'] }
// where `enabled: false` meant "off everywhere", `onClick: true` meant "analyse only on click",
// and `disabledSites` listed site names turned off. Everything unknown in it is ignored.
//
// To add v2: write `migrateV1toV2(snapshot) → Changes`, add it to STEPS under 2, bump
// SETTINGS_VERSION in schema.ts, and add a test that starts from a v1 store.
import {
  LIMITS,
  SETTINGS_VERSION,
  compact,
  diffFromGlobal,
  globalFromDiff,
  isEmptyObject,
  isHostName,
  normalizeSite,
  sensitivitySchema,
  type GlobalDiff,
  type GlobalSettings,
  type PartialKinds,
} from './schema.ts';
import { browser } from 'wxt/browser';
import { keepDiagnostic } from '../diagnostics/keeper.ts';
import { KEYS, siteKey } from './keys.ts';
import { loadSettings } from './read.ts';
import { commit, type Changes } from './writer.ts';

/** The prototype's key (v0). */
export const LEGACY_KEY = 'settings';

export interface MigrationResult {
  /** The version found (0 for an unversioned store, including a fresh install). */
  from: number;
  /** The version stored afterwards. */
  to: number;
  /** The steps that ran, by target version. */
  ran: number[];
}

/** Pure: what a v0 flat object becomes in v1 (global diff and site overrides). */
export function migrateV0(legacy: unknown): { global: GlobalDiff; sites: Record<string, { mode: 'off' }> } {
  const v = typeof legacy === 'object' && legacy !== null && !Array.isArray(legacy) ? (legacy as Record<string, unknown>) : {};
  const kinds: PartialKinds = {};
  if (typeof v.claims === 'boolean') kinds.claim = v.claims;
  if (typeof v.stateMedia === 'boolean') kinds['state-media'] = v.stateMedia;
  if (typeof v.promotion === 'boolean') kinds.promotion = v.promotion;
  const sens = sensitivitySchema.safeParse(v.sensitivity);
  const global: GlobalSettings = globalFromDiff(
    compact({
      mode: v.enabled === false ? 'off' : v.onClick === true ? 'on-click' : undefined,
      kinds,
      sensitivity: sens.success ? sens.data : undefined,
    }),
  );
  const sites: Record<string, { mode: 'off' }> = {};
  if (Array.isArray(v.disabledSites)) {
    for (const raw of v.disabledSites.slice(0, LIMITS.sites)) {
      if (typeof raw !== 'string') continue;
      const site = raw.trim().toLowerCase().replace(/^www\d*\./, '').replace(/\.$/, '');
      if (isHostName(site)) sites[site] = { mode: 'off' };
    }
  }
  return { global: diffFromGlobal(global), sites };
}

async function legacyValue(): Promise<unknown> {
  // Local first: the prototype kept its settings there.
  for (const area of [browser.storage.local, browser.storage.sync]) {
    if (!area) continue;
    // A read that fails stops the migration (the version is not bumped), so it runs again on the
    // next start instead of leaving the old settings behind for good.
    const got = (await area.get(LEGACY_KEY)) as Record<string, unknown>;
    if (got[LEGACY_KEY] !== undefined && got[LEGACY_KEY] !== null) return got[LEGACY_KEY];
  }
  return undefined;
}

async function removeLegacy(): Promise<void> {
  // The new keys are written: an old key left behind is harmless (never read again), so a failed
  // removal is logged and the migration goes on.
  const results = await Promise.allSettled([browser.storage.local.remove(LEGACY_KEY), browser.storage.sync?.remove(LEGACY_KEY)]);
  for (const r of results) if (r.status === 'rejected') void keepDiagnostic({ context: 'background', where: 'settings.migrate-cleanup', error: r.reason });
}

const STEPS: Record<number, () => Promise<void>> = {
  1: async () => {
    const legacy = await legacyValue();
    if (legacy === undefined) return;
    const { global, sites } = migrateV0(legacy);
    const g = globalFromDiff(global);
    const changes: Changes = {};
    if (!isEmptyObject(global)) changes[KEYS.global] = global;
    for (const [site, o] of Object.entries(sites)) {
      const n = normalizeSite(o, g);
      if (!isEmptyObject(n)) changes[siteKey(site)] = n;
    }
    // New keys first, the old one only once they are written.
    if (!isEmptyObject(changes)) await commit(changes);
    await removeLegacy();
  },
};

let running: Promise<MigrationResult> | null = null;

/**
 * Brings stored settings up to SETTINGS_VERSION. Call from the background's
 * `runtime.onInstalled` (install and update). Safe to call more than once: concurrent calls share
 * one run, and a store already at the current version is not touched.
 */
export function runMigrations(): Promise<MigrationResult> {
  running ??= migrate().finally(() => {
    running = null;
  });
  return running;
}

async function migrate(): Promise<MigrationResult> {
  const { version } = await loadSettings();
  const from = version ?? 0;
  const result: MigrationResult = { from, to: from, ran: [] };
  if (from >= SETTINGS_VERSION) return result;
  for (let target = from + 1; target <= SETTINGS_VERSION; target++) {
    const step = STEPS[target];
    if (step) await step();
    // Recorded after each step, so an interrupted run resumes where it stopped.
    await commit({ [KEYS.version]: target });
    result.ran.push(target);
    result.to = target;
  }
  return result;
}
