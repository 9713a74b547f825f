// Migrations: run once, on install and update, from an unversioned (v0) store to the current one.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LEGACY_KEY, migrateV0, runMigrations } from '../../src/settings/migrate.ts';
import { SETTINGS_VERSION } from '../../src/settings/schema.ts';
import { KEYS, loadSettings, resolveSettings } from '../../src/settings/store.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

const V0 = {
  enabled: true,
  onClick: true,
  claims: true,
  stateMedia: false,
  promotion: true,
  sensitivity: 'balanced',
  disabledSites: ['www.example.com', 'bbc.co.uk', 42, 'not a site', 'localhost'],
  somethingOld: { keep: 'ignored' },
};

describe('v0 → v1', () => {
  it('maps the flat prototype object (pure)', () => {
    expect(migrateV0(V0)).toEqual({
      global: { mode: 'on-click', kinds: { 'state-media': false }, sensitivity: 'balanced' },
      sites: { 'example.com': { mode: 'off' }, 'bbc.co.uk': { mode: 'off' }, localhost: { mode: 'off' } },
    });
    expect(migrateV0({ enabled: false, onClick: true })).toEqual({ global: { mode: 'off' }, sites: {} });
    expect(migrateV0('garbage')).toEqual({ global: {}, sites: {} });
    expect(migrateV0(null)).toEqual({ global: {}, sites: {} });
  });

  it('migrates a v0 store, removes the old key and records the version', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: V0 });
    expect(await runMigrations()).toEqual({ from: 0, to: SETTINGS_VERSION, ran: [1] });
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(sync).toEqual({
      [KEYS.version]: 1,
      [KEYS.global]: { mode: 'on-click', kinds: { 'state-media': false }, sensitivity: 'balanced' },
      'site:example.com': { mode: 'off' },
      'site:bbc.co.uk': { mode: 'off' },
      'site:localhost': { mode: 'off' },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await resolveSettings('https://news.bbc.co.uk/x')).mode).toBe('off');
    expect((await resolveSettings('https://other.org/')).mode).toBe('on-click');
  });

  it('finds a v0 object kept in sync too', async () => {
    await fakeBrowser.storage.sync.set({ [LEGACY_KEY]: { enabled: false } });
    await runMigrations();
    expect((await loadSettings()).global.mode).toBe('off');
    expect((await fakeBrowser.storage.sync.get(LEGACY_KEY))[LEGACY_KEY]).toBeUndefined();
  });

  it('a fresh install only records the version', async () => {
    expect(await runMigrations()).toEqual({ from: 0, to: 1, ran: [1] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ [KEYS.version]: 1 });
  });
});

describe('runs once', () => {
  it('does nothing on a store already at the current version', async () => {
    await runMigrations();
    // A stray v0 object appearing later (another old device syncing) is not migrated again.
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: { enabled: false } });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await runMigrations()).toEqual({ from: 1, to: 1, ran: [] });
    expect(set).not.toHaveBeenCalled();
    expect((await loadSettings()).global.mode).toBe('automatic');
  });

  it('concurrent calls share one run', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: { disabledSites: ['example.com'] } });
    const [a, b] = await Promise.all([runMigrations(), runMigrations()]);
    expect(a).toBe(b);
    expect(a.ran).toEqual([1]);
  });

  it('leaves a newer store alone (downgrade, or sync from a newer device)', async () => {
    await fakeBrowser.storage.sync.set({ [KEYS.version]: SETTINGS_VERSION + 1, [KEYS.global]: { mode: 'off' } });
    expect(await runMigrations()).toEqual({ from: SETTINGS_VERSION + 1, to: SETTINGS_VERSION + 1, ran: [] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ [KEYS.version]: SETTINGS_VERSION + 1, [KEYS.global]: { mode: 'off' } });
  });
});
