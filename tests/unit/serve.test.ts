// @vitest-environment jsdom
// The analyzer's end of the port (src/pipeline/serve.ts): a long page arrives in pieces and is put
// back together in order; more than the size cap is refused as too large, and nothing of it kept.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANALYZE_PORT } from '../../src/messages/schema.ts';
import { MAX_HTML_CHARS } from '../../src/pipeline/limits.ts';
import { serveAnalyzerPort } from '../../src/pipeline/serve.ts';

type Listener = (port: FakePort) => void;
interface FakePort {
  name: string;
  sender: { id?: string };
  sent: unknown[];
  postMessage(m: unknown): void;
  onMessage: { addListener(fn: (m: unknown) => void): void };
  deliver(m: unknown): void;
}

let connect: Listener | null;
const logged: string[] = [];

function port(name = ANALYZE_PORT, id: string | undefined = fakeBrowser.runtime.id): FakePort {
  const listeners: ((m: unknown) => void)[] = [];
  const p: FakePort = {
    name,
    sender: { id },
    sent: [],
    postMessage: (m) => p.sent.push(m),
    onMessage: { addListener: (fn) => listeners.push(fn) },
    deliver: (m) => listeners.forEach((fn) => fn(m)),
  };
  connect?.(p);
  return p;
}

const ARTICLE = `<html><head><title>Council budget</title></head><body><article><h1>Council approves the budget</h1>${'<p>The regional council met on Thursday and approved the new transport budget after a long debate about road repairs and bus routes. </p>'.repeat(8)}</article></body></html>`;

beforeEach(() => {
  fakeBrowser.reset();
  connect = null;
  logged.length = 0;
  (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = { addListener: (fn: Listener) => (connect = fn) };
  serveAnalyzerPort(new DOMParser(), (where) => logged.push(where));
});

describe('serveAnalyzerPort', () => {
  it('puts a page sent in pieces back together, in order', () => {
    const whole = port();
    whole.deliver({ type: 'sl/analyze-page', html: ARTICLE, url: 'https://news.example/a' });
    const cut = [ARTICLE.slice(0, 333), ARTICLE.slice(333, 900), ARTICLE.slice(900)];
    const pieces = port();
    pieces.deliver({ type: 'sl/analyze-part', html: cut[0] });
    pieces.deliver({ type: 'sl/analyze-part', html: cut[1] });
    expect(pieces.sent).toEqual([]); // parts are kept, not answered
    pieces.deliver({ type: 'sl/analyze-page', html: cut[2], url: 'https://news.example/a' });
    const [a] = whole.sent as { ok: boolean; report: { findings: unknown[]; article: { title: string } }; anchors: { text: string }[] }[];
    const [b] = pieces.sent as typeof whole.sent as (typeof a)[];
    expect(a?.ok).toBe(true);
    expect(b?.ok).toBe(true);
    expect(b?.anchors.map((x) => x.text)).toEqual(a?.anchors.map((x) => x.text));
    expect(b?.report.article.title).toBe(a?.report.article.title);
  });

  it('refuses more than the size cap as too large, and keeps nothing of it', () => {
    const p = port();
    const piece = 'x'.repeat(Math.ceil(MAX_HTML_CHARS / 2) + 1);
    p.deliver({ type: 'sl/analyze-part', html: piece });
    p.deliver({ type: 'sl/analyze-part', html: piece });
    expect(p.sent).toEqual([]);
    p.deliver({ type: 'sl/analyze-page', html: '</p>', url: 'https://news.example/big' });
    expect(p.sent).toEqual([expect.objectContaining({ ok: false, reason: 'too-large' })]);
  });

  it('answers a request it does not understand, and ignores other ports and other senders', () => {
    const p = port();
    p.deliver({ type: 'sl/analyze-page', html: 42 });
    expect(p.sent).toEqual([expect.objectContaining({ ok: false, reason: 'error' })]);
    const other = port('someone-else');
    other.deliver({ type: 'sl/analyze-page', html: ARTICLE, url: 'https://news.example/a' });
    expect(other.sent).toEqual([]);
    const stranger = port(ANALYZE_PORT, 'another-extension');
    stranger.deliver({ type: 'sl/analyze-page', html: ARTICLE, url: 'https://news.example/a' });
    expect(stranger.sent).toEqual([]);
  });

  it('answers an analysis that throws with an error, and logs it', () => {
    const broken = { parseFromString: () => { throw new Error('parser broke'); } } as unknown as DOMParser;
    serveAnalyzerPort(broken, (where) => logged.push(where));
    const p = port();
    p.deliver({ type: 'sl/analyze-page', html: ARTICLE, url: 'https://news.example/a' });
    expect(p.sent).toEqual([{ ok: false, reason: 'error', message: 'parser broke' }]);
    expect(logged).toEqual(['analyzer.analyze']);
  });
});
