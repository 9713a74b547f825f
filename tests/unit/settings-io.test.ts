// Export and import: a round trip keeps everything; every bad file gets a clear message and
// leaves the stored settings exactly as they were.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FORMAT, exportSettings, parseSettingsFile, serializeSettings, type ImportErrorCode } from '../../src/settings/io.ts';
import { LIMITS, SETTINGS_VERSION } from '../../src/settings/schema.ts';
import { getStorageNote, listSites, loadSettings, resolveSettings } from '../../src/settings/store.ts';
import { setGlobal, setSiteKinds, setSiteMode, suppress } from '../../src/settings/writer.ts';
import { importSettings } from '../../src/settings/service.ts';
import { DIAGNOSTICS_KEY, readDiagnostics } from '../../src/diagnostics/log.ts';

/** Every stored item but the diagnostics log (which records the failures these tests cause). */
async function everything(): Promise<unknown> {
  const { [DIAGNOSTICS_KEY]: _log, ...local } = await fakeBrowser.storage.local.get(null);
  return { sync: await fakeBrowser.storage.sync.get(null), local };
}

async function seed(): Promise<void> {
  await setGlobal({ sensitivity: 'balanced' });
  await setSiteMode('bbc.co.uk', 'off');
  await setSiteKinds('example.com', { promotion: false });
  await suppress('example.com', 'claim/hedge-wording', 'many experts');
}

function file(over: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', global: {}, sites: {}, ...over });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await seed();
});

describe('export', () => {
  it('exports only what differs, and imports back to the same settings', async () => {
    const exported = await exportSettings(new Date('2026-05-01T10:00:00Z'));
    expect(exported).toEqual({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      exportedAt: '2026-05-01T10:00:00.000Z',
      global: { sensitivity: 'balanced' },
      sites: {
        'bbc.co.uk': { mode: 'off' },
        'example.com': { kinds: { promotion: false }, suppress: [{ rule: 'claim/hedge-wording', phrase: 'many experts' }] },
      },
    });
    const before = await everything();
    fakeBrowser.reset();
    const result = await importSettings(serializeSettings(exported));
    expect(result).toEqual({ ok: true, sites: 2, message: 'Settings imported (2 sites).' });
    const after = (await everything()) as { sync: Record<string, unknown> };
    expect(after.sync).toEqual({ ...(before as { sync: Record<string, unknown> }).sync, 'settings:version': SETTINGS_VERSION });
  });

  it('an import replaces everything: sites not in the file are reset', async () => {
    const r = await importSettings(file({ sites: { 'other.org': { mode: 'on-click' } } }));
    expect(r.ok).toBe(true);
    expect((await listSites()).map((s) => s.site)).toEqual(['other.org']);
    expect((await loadSettings()).global.sensitivity).toBe('strict');
    expect((await resolveSettings('https://bbc.co.uk/')).mode).toBe('automatic');
  });
});

describe('a bad import changes nothing', () => {
  const manySites = Object.fromEntries(Array.from({ length: LIMITS.sites + 1 }, (_, i) => [`site${i}.com`, { mode: 'off' }]));
  const cases: [string, string, ImportErrorCode, RegExp][] = [
    ['empty file', '', 'not-json', /not JSON/],
    ['not JSON', '{"format": "sourcelight-settings", ', 'not-json', /not JSON/],
    ['plain text', 'hello', 'not-json', /not JSON/],
    ['JSON but an array', '[1,2]', 'not-settings', /not a Sourcelight settings export/],
    ['JSON null', 'null', 'not-settings', /not a Sourcelight/],
    ['another format', JSON.stringify({ format: 'other', version: 1 }), 'not-settings', /not a Sourcelight/],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, global: {}, sites: {} }), 'unknown-version', /unknown settings version \(none\)/],
    ['version 0', file({ version: 0 }), 'unknown-version', /unknown settings version \(0\)/],
    ['version as a string', file({ version: '1' }), 'unknown-version', /unknown settings version \("1"\)/],
    ['fractional version', file({ version: 1.5 }), 'unknown-version', /unknown/],
    ['newer version', file({ version: SETTINGS_VERSION + 1 }), 'newer-version', /newer version of Sourcelight/],
    ['bad mode', file({ global: { mode: 'sometimes' } }), 'wrong-shape', /at global\.mode/],
    ['bad kind value', file({ sites: { 'bbc.co.uk': { kinds: { claim: 'yes' } } } }), 'wrong-shape', /sites\.bbc\.co\.uk\.kinds\.claim/],
    ['unknown field', file({ sites: { 'bbc.co.uk': { colour: 'red' } } }), 'wrong-shape', /sites\.bbc\.co\.uk/],
    ['unknown top-level field', file({ extra: true }), 'wrong-shape', /understand/],
    ['sites as an array', file({ sites: [] }), 'wrong-shape', /at sites/],
    ['bad suppression rule', file({ sites: { 'bbc.co.uk': { suppress: [{ rule: '<script>' }] } } }), 'wrong-shape', /suppress\[0\]\.rule/],
    ['too many suppressions', file({ sites: { 'bbc.co.uk': { suppress: Array.from({ length: LIMITS.suppressionsPerSite + 1 }, (_, i) => ({ rule: `claim/r${i}` })) } } }), 'wrong-shape', /suppress/],
    ['a subdomain as a site', file({ sites: { 'news.bbc.co.uk': { mode: 'off' } } }), 'bad-site', /would call it bbc\.co\.uk/],
    ['a URL as a site', file({ sites: { 'https://bbc.co.uk/': { mode: 'off' } } }), 'bad-site', /not a site name/],
    ['a site with spaces', file({ sites: { 'bbc co uk': { mode: 'off' } } }), 'bad-site', /not a site name/],
    ['too many sites', file({ sites: manySites }), 'too-many-sites', /501 sites; Sourcelight keeps at most 500/],
    ['too large', file({ padding: 'x'.repeat(LIMITS.importBytes) }), 'too-large', /too large \(\d+ KB; the limit is 200 KB\)/],
  ];

  it.each(cases)('%s', async (_name, text, code, message) => {
    const before = await everything();
    const r = await importSettings(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
    expect(r.message).toMatch(/Nothing was changed\.$/);
    expect(await everything()).toEqual(before);
  });

  it('parses without touching storage', () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(parseSettingsFile(file()).ok).toBe(true);
    expect(spy).not.toHaveBeenCalled();
  });

  it('a write that fails half-way is rolled back', async () => {
    const before = await everything();
    // sync refuses (falls back to local), then local refuses too: a real failure.
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('sync down'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const r = await importSettings(file({ global: { mode: 'off' }, sites: { 'other.org': { mode: 'on-click' } } }));
    vi.restoreAllMocks();
    expect(r).toMatchObject({ ok: false, code: 'write-failed' });
    expect(r.message).toMatch(/disk full.*previous settings were kept/);
    expect(await everything()).toEqual(before);
    expect(await getStorageNote()).toBeNull();
    await vi.waitFor(async () => expect((await readDiagnostics()).map((d) => d.where)).toEqual(['settings.sync-set', 'settings.import']));
  });

  it('a failure after part of the import was written puts the old settings back', async () => {
    const before = await everything();
    const big = Array.from({ length: 40 }, (_, i) => ({ rule: 'claim/hedge-wording', phrase: `${i} ${'y'.repeat(250)}` }));
    // The small items go to sync (succeeds), the 10 KB site to local (fails).
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const r = await importSettings(file({ global: { mode: 'off' }, sites: { 'other.org': { mode: 'on-click' }, 'big.com': { suppress: big } } }));
    vi.restoreAllMocks();
    expect(r).toMatchObject({ ok: false, code: 'write-failed' });
    expect(await everything()).toEqual(before);
  });
});
