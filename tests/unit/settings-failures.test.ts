// When storage fails: a removed override never comes back, a read error is an error (not the
// defaults), and whoever asked for a change is told it was not stored.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../src/background/router.ts';
import { readDiagnostics } from '../../src/diagnostics/log.ts';
import { KEYS, SettingsReadError, getStorageNote, loadSettings, resolveSettings, siteKey } from '../../src/settings/store.ts';
import { setSiteMode, setSiteKinds } from '../../src/settings/writer.ts';
import { contentScript, extensionPage, noDeps, sendAs } from '../helpers/background.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('a sync removal that fails', () => {
  it('does not let the removed override come back, and is retried on the next write', async () => {
    await setSiteMode('example.com', 'off');
    expect((await fakeBrowser.storage.sync.get(null))[siteKey('example.com')]).toEqual({ mode: 'off' });
    const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove').mockRejectedValueOnce(new Error('sync write limit'));
    await setSiteMode('example.com', null);
    expect(remove).toHaveBeenCalledOnce();
    // The stale copy is still in sync, but the page follows the default again.
    expect((await fakeBrowser.storage.sync.get(null))[siteKey('example.com')]).toEqual({ mode: 'off' });
    expect((await resolveSettings('https://www.example.com/a')).mode).toBe('automatic');
    expect((await loadSettings()).sites).toEqual({});
    expect((await getStorageNote())?.entries[siteKey('example.com')]?.reason).toBe('sync-remove-failed');
    await vi.waitFor(async () => expect((await readDiagnostics()).map((d) => d.where)).toContain('settings.sync-remove'));

    // Any later write tries the removal again; once it goes through, nothing is left behind.
    await setSiteKinds('other.org', { promotion: false });
    const sync = await fakeBrowser.storage.sync.get(null);
    const local = await fakeBrowser.storage.local.get(null);
    expect(sync[siteKey('example.com')]).toBeUndefined();
    expect(local[siteKey('example.com')]).toBeUndefined();
    expect(await getStorageNote()).toBeNull();
    expect((await resolveSettings('https://example.com/')).mode).toBe('automatic');
  });
});

describe('a read that fails', () => {
  it('is an error the caller hears, not the defaults', async () => {
    await setSiteMode('example.com', 'off');
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync unreadable'));
    await expect(resolveSettings('https://example.com/')).rejects.toBeInstanceOf(SettingsReadError);
    await expect(loadSettings()).rejects.toThrow(/storage\.sync: sync unreadable/);
  });

  it('refuses a change whose current value it cannot read (it would overwrite what it could not see)', async () => {
    await setSiteKinds('example.com', { promotion: false });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync unreadable'));
    await expect(setSiteMode('example.com', 'off')).rejects.toBeInstanceOf(SettingsReadError);
    vi.restoreAllMocks();
    expect((await loadSettings()).sites).toEqual({ 'example.com': { kinds: { promotion: false } } });
  });

  it('of the whole sync area while planning keeps the write on this device, with a note', async () => {
    // The site's own key reads fine; the quota planner's read of everything fails.
    const get = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(((keys: unknown) =>
      keys === null ? Promise.reject(new Error('sync unreadable')) : get(keys as never)) as typeof fakeBrowser.storage.sync.get);
    await setSiteMode('example.com', 'off');
    vi.restoreAllMocks();
    expect((await fakeBrowser.storage.local.get(null))[siteKey('example.com')]).toEqual({ mode: 'off' });
    expect((await getStorageNote())?.entries[siteKey('example.com')]?.reason).toBe('sync-error');
    expect((await resolveSettings('https://example.com/')).mode).toBe('off');
  });
});

describe('the asking page is told', () => {
  it('a card’s “not a problem here” that storage refuses gets the reason back, and it is logged', async () => {
    const router = createRouter(noDeps);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync down'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const reply = await sendAs(router, contentScript('https://example.com/story'), {
      type: 'sl/suppress',
      url: 'https://example.com/story',
      rule: 'claim/hedge-wording',
      phrase: 'some say',
    });
    expect(reply).toEqual({ ok: false, message: 'disk full' });
    await vi.waitFor(async () => {
      const log = await readDiagnostics();
      expect(log.find((d) => d.where === 'settings.suppress')).toMatchObject({ context: 'background', message: 'disk full', site: 'example.com' });
    });
  });

  it('the options page’s change that storage refuses gets the reason back', async () => {
    const router = createRouter(noDeps);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync down'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const reply = await sendAs(router, extensionPage(), { type: 'sl/settings', op: { op: 'global', patch: { mode: 'off' } } });
    expect(reply).toEqual({ ok: false, message: 'disk full' });
  });

  it('the popup’s site change that storage refuses gets the reason back', async () => {
    const router = createRouter(noDeps);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync down'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const reply = await sendAs(router, extensionPage('/popup.html'), { type: 'sl/site-set', url: 'https://example.com/', mode: 'off' });
    expect(reply).toEqual({ ok: false, message: 'disk full' });
  });

  it('a settings change from a content script is refused unread (only extension pages may send them)', async () => {
    const router = createRouter(noDeps);
    const reply = await sendAs(router, contentScript('https://example.com/'), { type: 'sl/settings', op: { op: 'global', patch: { mode: 'off' } } });
    expect(reply).toBeUndefined();
    expect((await fakeBrowser.storage.sync.get(null))[KEYS.global]).toBeUndefined();
  });
});
