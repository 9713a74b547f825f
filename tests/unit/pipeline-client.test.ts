// The page's end of the analysis port (src/pipeline/client.ts): the copy of the page goes in
// pieces, the last one carrying the address; when nobody answers, the background is asked to get
// the analyzer ready and the request is sent again, a few times, then the reader is told.
import { describe, expect, it } from 'vitest';
import { askAnalyzer, askOnce, type Port, type PortOpener } from '../../src/pipeline/client.ts';

/** A runtime whose n-th port (0-based) answers with `answers[n]`, or closes unanswered when it is undefined. */
function runtime(answers: unknown[]): PortOpener & { posts: unknown[][]; prepares: number } {
  let n = 0;
  const r = {
    posts: [] as unknown[][],
    prepares: 0,
    connect(): Port {
      const mine = n++;
      const posts: unknown[] = [];
      r.posts.push(posts);
      let onMessage: ((m: unknown) => void) | null = null;
      let onDisconnect: (() => void) | null = null;
      return {
        postMessage(m: unknown) {
          posts.push(m);
          if ((m as { type: string }).type !== 'sl/analyze-page') return;
          queueMicrotask(() => (answers[mine] === undefined ? onDisconnect?.() : onMessage?.(answers[mine])));
        },
        disconnect() {},
        onMessage: { addListener: (fn) => (onMessage = fn) },
        onDisconnect: { addListener: (fn) => (onDisconnect = fn) },
      };
    },
    async sendMessage() {
      r.prepares++;
      return { ok: true };
    },
  };
  return r;
}

const request = { html: 'abcdefghij', url: 'https://news.example/a', base: 'https://news.example/' };

describe('askOnce', () => {
  it('sends the page in pieces, the last one with the address', async () => {
    const rt = runtime([{ ok: true }]);
    expect(await askOnce(request, rt, 4)).toEqual({ ok: true });
    expect(rt.posts[0]).toEqual([
      { type: 'sl/analyze-part', html: 'abcd' },
      { type: 'sl/analyze-part', html: 'efgh' },
      { type: 'sl/analyze-page', html: 'ij', url: request.url, base: request.base },
    ]);
  });

  it('sends a short page whole', async () => {
    const rt = runtime([{ ok: true }]);
    await askOnce(request, rt, 100);
    expect(rt.posts[0]).toHaveLength(1);
  });

  it('resolves undefined when the port closes unanswered or cannot be opened', async () => {
    expect(await askOnce(request, runtime([undefined]), 4)).toBeUndefined();
    const broken: PortOpener = { connect: () => { throw new Error('Extension context invalidated.'); }, sendMessage: async () => undefined };
    expect(await askOnce(request, broken)).toBeUndefined();
  });
});

describe('askAnalyzer', () => {
  it('asks the background to prepare the analyzer, then asks again', async () => {
    const rt = runtime([undefined, undefined, { ok: true, third: true }]);
    expect(await askAnalyzer(request, rt, 4)).toEqual({ ok: true, third: true });
    expect(rt.prepares).toBe(2);
  });

  it('gives up after four tries with a message for the reader', async () => {
    const rt = runtime([]);
    await expect(askAnalyzer(request, rt, 4)).rejects.toThrow(/did not answer/);
    expect(rt.posts).toHaveLength(4);
    expect(rt.prepares).toBe(3);
  });
});
