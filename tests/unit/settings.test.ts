// Settings: schemas and defaults, what is stored, per-site resolution, quota fallback, watching.
// Runs against WXT's fake browser (storage.sync and storage.local in memory).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULTS,
  globalSettingsSchema,
  hostFrom,
  normalizeSite,
  readGlobalDiff,
  readSiteOverride,
  siteOverrideSchema,
} from '../../src/settings/schema.ts';
import { siteOf } from '../../src/settings/site.ts';
import {
  KEYS,
  SYNC_QUOTA,
  getStorageNote,
  itemBytes,
  listSites,
  loadSettings,
  resolveSettings,
  siteCandidates,
  watchEffectiveSettings,
  watchSettings,
} from '../../src/settings/store.ts';
import { resetSite, setGlobal, setSiteKinds, setSiteMode, setSiteSensitivity, suppress, unsuppress } from '../../src/settings/writer.ts';

async function areas(): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  return { sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('schema: the defaults are the type', () => {
  it('parses nothing into the defaults', () => {
    expect(globalSettingsSchema.parse({})).toEqual({
      mode: 'automatic',
      kinds: { claim: true, 'state-media': true, promotion: true },
      sensitivity: 'strict',
      hedges: false,
    });
    expect(DEFAULTS).toEqual(globalSettingsSchema.parse({}));
    expect(Object.isFrozen(DEFAULTS)).toBe(true);
  });

  it('fills a partial object field by field', () => {
    expect(globalSettingsSchema.parse({ kinds: { promotion: false } }).kinds).toEqual({ claim: true, 'state-media': true, promotion: false });
  });

  it('rejects unknown values in the strict override schema', () => {
    expect(siteOverrideSchema.safeParse({ mode: 'sometimes' }).success).toBe(false);
    expect(siteOverrideSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(siteOverrideSchema.safeParse({ suppress: [{ rule: 'not a rule id' }] }).success).toBe(false);
    expect(siteOverrideSchema.safeParse({ suppress: [{ rule: 'claim/hedge-wording', phrase: 'some say' }] }).success).toBe(true);
  });

  it('reads stored values leniently: a bad field is dropped, not the object', () => {
    expect(readGlobalDiff({ mode: 'off', kinds: { claim: 'yes', promotion: false }, sensitivity: 7, extra: 1 })).toEqual({
      mode: 'off',
      kinds: { promotion: false },
    });
    expect(readGlobalDiff('garbage')).toEqual({});
    expect(readSiteOverride({ suppress: [{ rule: 'claim/x' }, { rule: 42 }, { rule: 'claim/x' }] })).toEqual({ suppress: [{ rule: 'claim/x' }] });
  });

  it('reduces a site override to what differs from the global settings', () => {
    expect(normalizeSite({ mode: 'automatic', kinds: { claim: true, promotion: false }, sensitivity: 'strict' }, DEFAULTS)).toEqual({
      kinds: { promotion: false },
    });
  });
});

describe('sites are registrable domains', () => {
  it.each([
    ['https://news.bbc.co.uk/news/world-123', 'bbc.co.uk'],
    ['https://www.theguardian.com/x', 'theguardian.com'],
    ['http://a.b.c.example.com:8080/', 'example.com'],
    ['https://alice.github.io/blog', 'alice.github.io'],
    ['http://localhost:3000/page', 'localhost'],
    ['http://127.0.0.1:5173/', '127.0.0.1'],
    ['http://[::1]:8000/', '::1'],
    ['https://XN--BCHER-KVA.example/', 'xn--bcher-kva.example'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['bbc.co.uk/news', 'bbc.co.uk'],
    ['localhost:3000', 'localhost'],
  ])('%s → %s', (input, site) => {
    expect(siteOf(input)).toBe(site);
  });

  it.each(['about:blank', 'chrome://extensions', 'file:///tmp/a.html', 'javascript:alert(1)', '', 'not a host', 'moz-extension://abc/options.html'])(
    'no site for %j',
    (input) => {
      expect(siteOf(input)).toBeNull();
    },
  );

  it('lists the candidate keys of a host, longest first, without the bare TLD', () => {
    expect(siteCandidates('https://news.bbc.co.uk/')).toEqual(['news.bbc.co.uk', 'bbc.co.uk', 'co.uk']);
    expect(siteCandidates('http://localhost/')).toEqual(['localhost']);
    expect(siteCandidates('http://10.0.0.1/')).toEqual(['10.0.0.1']);
    expect(siteCandidates('about:blank')).toEqual([]);
    expect(hostFrom('https://Example.COM./x')).toBe('example.com');
  });

  it('the site of every candidate host is one of its candidates (resolution needs no suffix list)', () => {
    for (const url of ['https://news.bbc.co.uk/', 'https://a.b.alice.github.io/', 'https://x.y.example.com.au/', 'http://localhost/', 'https://www.gov.uk/']) {
      const site = siteOf(url);
      expect(site).not.toBeNull();
      expect(siteCandidates(url)).toContain(site);
    }
  });
});

describe('store: only what differs is stored', () => {
  it('stores nothing for a fresh install and resolves to the defaults', async () => {
    const s = await resolveSettings('https://example.com/a');
    expect(s).toMatchObject({ site: null, mode: 'automatic', sensitivity: 'strict', suppressions: [] });
    expect(await areas()).toEqual({ sync: {}, local: {} });
  });

  it('stores a global change as a diff, and removes it when set back', async () => {
    await setGlobal({ mode: 'on-click', kinds: { promotion: false } });
    expect((await areas()).sync).toEqual({ [KEYS.global]: { mode: 'on-click', kinds: { promotion: false } } });
    await setGlobal({ mode: 'automatic', kinds: { promotion: true } });
    expect(await areas()).toEqual({ sync: {}, local: {} });
  });

  it('keeps each site in its own key, with only the changed fields', async () => {
    await setSiteMode('bbc.co.uk', 'off');
    await setSiteKinds('example.com', { claim: false });
    const { sync } = await areas();
    expect(sync).toEqual({ 'site:bbc.co.uk': { mode: 'off' }, 'site:example.com': { kinds: { claim: false } } });
  });

  it('drops a site field that equals the global setting, and the key when nothing is left', async () => {
    await setSiteMode('bbc.co.uk', 'off');
    await setSiteMode('bbc.co.uk', 'automatic');
    expect(await areas()).toEqual({ sync: {}, local: {} });
    await setSiteKinds('bbc.co.uk', { promotion: false });
    await setSiteKinds('bbc.co.uk', { promotion: null });
    await setSiteSensitivity('bbc.co.uk', 'lenient');
    await setSiteSensitivity('bbc.co.uk', null);
    expect(await areas()).toEqual({ sync: {}, local: {} });
  });

  it('refuses a URL or a bad name where a site is expected', async () => {
    await expect(setSiteMode('https://bbc.co.uk/x', 'off')).rejects.toThrow(/site name/);
    await expect(suppress('', 'claim/x')).rejects.toThrow(/site name/);
  });
});

describe('resolveSettings: per-site resolution', () => {
  it('applies a registrable domain override to its subdomains', async () => {
    await setSiteMode(siteOf('https://news.bbc.co.uk/')!, 'off');
    expect(await resolveSettings('https://news.bbc.co.uk/news/1')).toMatchObject({ site: 'bbc.co.uk', mode: 'off', fromSite: { mode: true, kinds: false } });
    expect(await resolveSettings('https://www.bbc.co.uk/')).toMatchObject({ site: 'bbc.co.uk', mode: 'off' });
    expect(await resolveSettings('https://bbc.co.uk/')).toMatchObject({ mode: 'off' });
    // Not a label-boundary match: notbbc.co.uk is another site, and so is bbc.com.
    expect(await resolveSettings('https://notbbc.co.uk/')).toMatchObject({ site: null, mode: 'automatic' });
    expect(await resolveSettings('https://bbc.com/')).toMatchObject({ mode: 'automatic' });
  });

  it('layers the site override over the global settings, field by field', async () => {
    await setGlobal({ mode: 'on-click', kinds: { promotion: false }, sensitivity: 'balanced' });
    await setSiteKinds('example.com', { claim: false });
    await suppress('example.com', 'claim/hedge-wording', 'some  say\n');
    const s = await resolveSettings('https://www.example.com/story');
    expect(s).toEqual({
      site: 'example.com',
      mode: 'on-click',
      kinds: { claim: false, 'state-media': true, promotion: false },
      sensitivity: 'balanced',
      hedges: false,
      suppressions: [{ rule: 'claim/hedge-wording', phrase: 'some say' }],
      fromSite: { mode: false, kinds: true, sensitivity: false },
    });
  });

  it('keeps two blogs on a shared host apart', async () => {
    await setSiteMode('alice.github.io', 'off');
    expect((await resolveSettings('https://alice.github.io/')).mode).toBe('off');
    expect((await resolveSettings('https://bob.github.io/')).mode).toBe('automatic');
  });

  it('works for IP addresses and localhost', async () => {
    await setSiteMode('127.0.0.1', 'off');
    await setSiteMode('localhost', 'on-click');
    expect((await resolveSettings('http://127.0.0.1:8080/a')).mode).toBe('off');
    expect((await resolveSettings('http://localhost:3000/')).mode).toBe('on-click');
  });

  it('ignores a broken stored site value instead of failing', async () => {
    await fakeBrowser.storage.sync.set({ 'site:example.com': 'nonsense', [KEYS.global]: { mode: 'nope' } });
    expect(await resolveSettings('https://example.com/')).toMatchObject({ site: null, mode: 'automatic' });
  });
});

describe('suppressions', () => {
  it('adds once, lists, and undoes', async () => {
    await suppress('example.com', 'claim/hearsay-reportedly');
    await suppress('example.com', 'claim/hearsay-reportedly');
    await suppress('example.com', 'claim/hedge-wording', 'many experts');
    expect((await listSites())[0]).toEqual({
      site: 'example.com',
      override: { suppress: [{ rule: 'claim/hearsay-reportedly' }, { rule: 'claim/hedge-wording', phrase: 'many experts' }] },
      localOnly: false,
    });
    await unsuppress('example.com', 'claim/hearsay-reportedly');
    expect((await resolveSettings('https://example.com/')).suppressions).toEqual([{ rule: 'claim/hedge-wording', phrase: 'many experts' }]);
    await unsuppress('example.com', 'claim/hedge-wording', 'many experts');
    expect(await listSites()).toEqual([]);
  });

  it('resetSite forgets everything for the site', async () => {
    await setSiteMode('example.com', 'off');
    await suppress('example.com', 'claim/x');
    await setSiteMode('other.org', 'on-click');
    await resetSite('example.com');
    expect((await listSites()).map((e) => e.site)).toEqual(['other.org']);
  });
});

describe('sync quotas: fall back to local with a note, never lose anything', () => {
  it('measures items as key + JSON, in UTF-8 bytes', () => {
    expect(itemBytes('ab', { x: 'é' })).toBe(2 + '{"x":"é"}'.length + 1);
  });

  it('moves a site that grew past 8 KB to local, records it, and keeps every suppression', async () => {
    const phrases = Array.from({ length: 40 }, (_, i) => `a long phrase that a reader marked as fine on this site, number ${i}, ${'x'.repeat(200)}`);
    for (const p of phrases.slice(0, 2)) await suppress('example.com', 'claim/hedge-wording', p);
    expect(Object.keys((await areas()).sync)).toEqual(['site:example.com']);
    for (const p of phrases.slice(2)) await suppress('example.com', 'claim/hedge-wording', p);

    const { sync, local } = await areas();
    expect(sync['site:example.com']).toBeUndefined();
    const stored = local['site:example.com'] as { suppress: unknown[] };
    expect(itemBytes('site:example.com', stored)).toBeGreaterThan(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    expect(stored.suppress).toHaveLength(40);
    expect((await resolveSettings('https://example.com/')).suppressions).toHaveLength(40);
    expect(await getStorageNote()).toMatchObject({ entries: { 'site:example.com': { reason: 'item-too-large' } } });
    expect((await listSites())[0]?.localOnly).toBe(true);

    // Small again (reset, then one change): back to sync, and the note goes away.
    await resetSite('example.com');
    await setSiteMode('example.com', 'off');
    expect(await areas()).toEqual({ sync: { 'site:example.com': { mode: 'off' } }, local: {} });
    expect(await getStorageNote()).toBeNull();
  });

  it('falls back when sync refuses the write (quota counted differently, rate limits)', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await setSiteMode('example.com', 'off');
    spy.mockRestore();
    expect(await areas()).toMatchObject({ sync: {}, local: { 'site:example.com': { mode: 'off' } } });
    expect((await getStorageNote())?.entries['site:example.com']?.reason).toBe('sync-error');
    expect((await resolveSettings('https://example.com/')).mode).toBe('off');
  });

  it('respects the total quota, counting what others stored in sync', async () => {
    await fakeBrowser.storage.sync.set({ 'someone-else': 'y'.repeat(SYNC_QUOTA.QUOTA_BYTES - 60) });
    await setSiteMode('example.com', 'off');
    await setGlobal({ mode: 'on-click' });
    const { local } = await areas();
    expect(local[KEYS.global]).toEqual({ mode: 'on-click' });
    expect(await getStorageNote()).toMatchObject({ entries: { [KEYS.global]: { reason: 'quota-bytes' } } });
    expect((await resolveSettings('https://example.com/')).mode).toBe('off');
  });

  it('respects the item count', async () => {
    const filler: Record<string, number> = {};
    for (let i = 0; i < SYNC_QUOTA.MAX_ITEMS; i++) filler[`other-${i}`] = i;
    await fakeBrowser.storage.sync.set(filler);
    await setSiteMode('example.com', 'off');
    expect((await getStorageNote())?.entries['site:example.com']?.reason).toBe('max-items');
    expect((await loadSettings()).sites['example.com']).toEqual({ mode: 'off' });
  });

  it('propagates a failure of local storage itself (no silent loss)', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync down'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    await expect(setSiteMode('example.com', 'off')).rejects.toThrow('disk full');
    vi.restoreAllMocks();
  });
});

describe('watching', () => {
  it('reports which settings changed', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((c) => seen.push(c));
    await setSiteMode('example.com', 'off');
    await setGlobal({ sensitivity: 'lenient' });
    stop();
    await setSiteMode('other.org', 'off');
    expect(seen).toEqual([
      { global: false, sites: ['example.com'], note: false, version: false },
      { global: true, sites: [], note: false, version: false },
    ]);
  });

  it('delivers a page its new effective settings at once, ignoring other sites', async () => {
    const got: string[] = [];
    const stop = watchEffectiveSettings('https://news.example.com/a', (s) => got.push(s.mode), (err) => {
      throw err;
    });
    await setSiteMode('other.org', 'off');
    await setSiteMode('example.com', 'off');
    await vi.waitFor(() => expect(got).toEqual(['off']));
    await setSiteMode('example.com', null);
    await vi.waitFor(() => expect(got).toEqual(['off', 'automatic']));
    stop();
  });
});
