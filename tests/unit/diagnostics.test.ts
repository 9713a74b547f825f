// The diagnostics log: bounded, repeats folded, no addresses beyond a host, lenient reading, and
// one writer (the background) that never loses a report to a concurrent one.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepDiagnostic } from '../../src/diagnostics/keeper.ts';
import { DIAGNOSTICS_KEY, MAX_DIAGNOSTIC_MESSAGE, MAX_ENTRIES, appendDiagnostic, cleanMessage, hostOnly, readDiagnostics, readLog, serializeDiagnostics } from '../../src/diagnostics/log.ts';
import { reportProblem } from '../../src/diagnostics/report.ts';
import { contentScript, listenAsBackground } from '../helpers/background.ts';

const entry = (message: string, where = 'page.run') => ({ at: '2026-01-01T00:00:00.000Z', context: 'content' as const, where, message });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('cleanMessage', () => {
  it.each([
    ['Failed to fetch https://news.example.com/2026/story?id=7#c', 'Failed to fetch news.example.com'],
    ['see http://user:secret@host.example.org/path and ftp://files.example.net/x', 'see host.example.org and files.example.net'],
    ['  many\n\n  spaces\there ', 'many spaces here'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanMessage(new Error(raw))).toBe(clean);
  });

  it('names errors other than plain Error, and caps the length', () => {
    expect(cleanMessage(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
    expect(cleanMessage('z'.repeat(5000))).toHaveLength(MAX_DIAGNOSTIC_MESSAGE);
    expect(cleanMessage({ toString: () => 'odd thing' })).toBe('odd thing');
  });

  it('keeps only the host of a page address', () => {
    expect(hostOnly('https://News.Example.com:8080/a/b?q=1')).toBe('news.example.com');
    expect(hostOnly('not an address')).toBeUndefined();
  });
});

describe('appendDiagnostic', () => {
  it('folds a repeat of the last entry into its count', () => {
    let log = appendDiagnostic([], entry('boom'));
    log = appendDiagnostic(log, { ...entry('boom'), at: '2026-01-02T00:00:00.000Z' });
    expect(log).toEqual([{ ...entry('boom'), at: '2026-01-02T00:00:00.000Z', count: 2 }]);
    log = appendDiagnostic(log, entry('boom', 'page.paint'));
    expect(log.map((e) => e.count)).toEqual([2, 1]);
  });

  it('keeps the newest MAX_ENTRIES', () => {
    let log = appendDiagnostic([], entry('0'));
    for (let i = 1; i < MAX_ENTRIES + 25; i++) log = appendDiagnostic(log, entry(String(i)));
    expect(log).toHaveLength(MAX_ENTRIES);
    expect(log[0]?.message).toBe('25');
    expect(log.at(-1)?.message).toBe(String(MAX_ENTRIES + 24));
  });

  it('reads a stored log leniently', () => {
    expect(readLog('garbage')).toEqual([]);
    expect(readLog([{ ...entry('fine'), count: 1 }, { ...entry('bad context'), context: 'page', count: 1 }, { ...entry('bad where', 'Not A Name'), count: 1 }])).toEqual([
      { ...entry('fine'), count: 1 },
    ]);
  });

  it('exports the log with the version and nothing else', () => {
    const text = serializeDiagnostics([{ ...entry('boom'), count: 1 }], '0.1.0', new Date('2026-02-03T04:05:06Z'));
    expect(JSON.parse(text)).toEqual({ format: 'sourcelight-diagnostics', version: '0.1.0', exportedAt: '2026-02-03T04:05:06.000Z', entries: [{ ...entry('boom'), count: 1 }] });
  });
});

describe('keeping the log', () => {
  it('loses no report when many arrive at once', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => keepDiagnostic({ context: 'background', where: 'test.burst', error: `report ${i}` })));
    const log = await readDiagnostics();
    expect(log.map((e) => e.message)).toEqual(Array.from({ length: 40 }, (_, i) => `report ${i}`));
  });

  it('never rejects, even when storage refuses the log', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    await expect(keepDiagnostic({ context: 'background', where: 'test.full', error: 'x' })).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledOnce();
    vi.restoreAllMocks();
  });

  it('a page’s report reaches the background’s log with its site and no more of its address', async () => {
    listenAsBackground(contentScript('https://news.example.com/2026/05/story?utm=1'));
    reportProblem('content', 'page.paint', new Error('could not paint https://news.example.com/2026/05/story'), 'news.example.com');
    await vi.waitFor(async () => expect(await readDiagnostics()).toEqual([
      expect.objectContaining({ context: 'content', where: 'page.paint', message: 'could not paint news.example.com', site: 'news.example.com', count: 1 }),
    ]));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(DIAGNOSTICS_KEY))).not.toContain('/2026/05/');
  });
});
