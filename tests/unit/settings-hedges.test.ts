// "Show own-voice hedging" (issue 15, part 4): off by default, globally and per site; stores and
// exported files written before the setting existed still read and import; hedges never count.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding, Report } from '../../src/analyze/types.ts';
import { badgeStateOf } from '../../src/messages/badge.ts';
import { DEFAULT_DISPLAY, filterFindings, visibleReport } from '../../src/settings/apply.ts';
import { EXPORT_FORMAT } from '../../src/settings/io.ts';
import { importSettings } from '../../src/settings/service.ts';
import { DEFAULTS, readGlobalDiff, readSiteOverride } from '../../src/settings/schema.ts';
import { KEYS, loadSettings, resolveSettings, siteKey } from '../../src/settings/store.ts';
import { setGlobal, setSiteHedges } from '../../src/settings/writer.ts';

function f(id: string, hedge: boolean, over: Partial<Finding> = {}): Finding {
  return {
    id, kind: 'claim', rule: hedge ? 'claim/hedge-test' : 'claim/hearsay-test', blockId: 0, start: 0, end: 4, text: 'text', reason: 'why', severity: 'medium',
    ...(hedge ? { details: { hedge: true } } : {}), ...over,
  };
}

const FINDINGS = [f('hedge-1', true), f('claim-1', false), f('hedge-2', true, { severity: 'low' })];

function report(findings: Finding[]): Report {
  return {
    version: 1,
    article: { url: 'https://example.com/a', title: 'A', byline: null, siteName: null, lang: 'en', publishedTime: null, type: null, truncated: false, blocks: 1 },
    coverage: { lang: 'en', claim: true, 'state-media': true, promotion: true },
    findings,
    sources: { outlets: [], attribution: { named: 0, anonymous: 0, vague: 0, collective: 0, hearsay: 0, none: 0 }, linksOut: [], sourceList: false, named: [] },
    summary: { counts: { claim: 1, 'state-media': 0, promotion: 0 }, grade: 'mixed', verdict: 'Mixed sourcing: 1 claim rests on no named source.', sentences: 1, words: 10, promotionShare: 0 },
    timings: { analyzeMs: 1 },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the filter', () => {
  it('hides own-voice hedges by default', () => {
    expect(DEFAULTS.hedges).toBe(false);
    expect(filterFindings(FINDINGS, DEFAULT_DISPLAY).map((x) => x.id)).toEqual(['claim-1']);
  });

  it('shows them when the reader opts in, still under the sensitivity floor', () => {
    expect(filterFindings(FINDINGS, { ...DEFAULT_DISPLAY, hedges: true }).map((x) => x.id)).toEqual(['hedge-1', 'claim-1', 'hedge-2']);
    expect(filterFindings(FINDINGS, { ...DEFAULT_DISPLAY, hedges: true, sensitivity: 'balanced' }).map((x) => x.id)).toEqual(['hedge-1', 'claim-1']);
  });

  it('shown hedges never count in the counts, the hidden note or the badge', () => {
    const off = visibleReport(report(FINDINGS), DEFAULT_DISPLAY);
    expect(off.report.summary.counts.claim).toBe(1);
    expect(off.hidden).toBe(0);
    const on = visibleReport(report(FINDINGS), { ...DEFAULT_DISPLAY, hedges: true });
    expect(on.report.findings).toHaveLength(3);
    expect(on.report.summary.counts.claim).toBe(1);
    expect(badgeStateOf({ state: 'ready', report: on.report }).highlighted).toBe(1);
  });
});

describe('the setting', () => {
  it('is off when nothing is stored, and a store from before the setting reads as off', async () => {
    await fakeBrowser.storage.sync.set({ [KEYS.version]: 1, [KEYS.global]: { sensitivity: 'balanced' }, [siteKey('example.com')]: { mode: 'off' } });
    const snap = await loadSettings();
    expect(snap.global.hedges).toBe(false);
    expect((await resolveSettings('https://example.com/')).hedges).toBe(false);
  });

  it('global on, one site off; only what differs is stored', async () => {
    await setGlobal({ hedges: true });
    await setSiteHedges('example.com', false);
    expect((await resolveSettings('https://news.example.com/a')).hedges).toBe(false);
    expect((await resolveSettings('https://other.org/a')).hedges).toBe(true);
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(stored[KEYS.global]).toEqual({ hedges: true });
    expect(stored[siteKey('example.com')]).toEqual({ hedges: false });
    // Back to the global value: the site's override goes away.
    await setSiteHedges('example.com', null);
    expect((await fakeBrowser.storage.sync.get(null))[siteKey('example.com')]).toBeUndefined();
  });

  it('a stored value that is not a boolean is ignored, not fatal', () => {
    expect(readGlobalDiff({ hedges: 'yes', mode: 'off' })).toEqual({ mode: 'off' });
    expect(readSiteOverride({ hedges: 1, sensitivity: 'lenient' })).toEqual({ sensitivity: 'lenient' });
    expect(readSiteOverride({ hedges: true })).toEqual({ hedges: true });
  });

  it('imports a settings file written before the setting existed, and one with it', async () => {
    const old = { format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', global: { sensitivity: 'balanced' }, sites: { 'example.com': { mode: 'off' } } };
    expect((await importSettings(JSON.stringify(old))).ok).toBe(true);
    expect((await loadSettings()).global).toEqual({ ...DEFAULTS, sensitivity: 'balanced' });
    const next = { ...old, global: { hedges: true }, sites: { 'example.com': { hedges: false } } };
    expect((await importSettings(JSON.stringify(next))).ok).toBe(true);
    expect((await resolveSettings('https://example.com/')).hedges).toBe(false);
    expect((await resolveSettings('https://example.org/')).hedges).toBe(true);
  });
});
