// @vitest-environment jsdom
// Three small rooms of the page side: the change watcher (src/highlight/watch.ts), the article
// gate (src/extract/gate.ts) and the explanation card (src/highlight/card.ts).
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../src/analyze/types.ts';
import { looksLikeArticle } from '../../src/extract/gate.ts';
import { Card } from '../../src/highlight/card.ts';
import { ChangeWatcher } from '../../src/highlight/watch.ts';

/** The slice of WXT's ContentScriptContext the watcher uses, with real timers. */
function fakeContext(): ContentScriptContext & { invalidate(): void } {
  const onInvalid: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    onInvalidated: (fn: () => void) => onInvalid.push(fn),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    requestIdleCallback: (fn: () => void) => setTimeout(fn, 0),
    invalidate() {
      ctx.isInvalid = true;
      onInvalid.forEach((fn) => fn());
    },
  };
  return ctx as unknown as ContentScriptContext & { invalidate(): void };
}

const tick = (ms = 20): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('ChangeWatcher', () => {
  let article: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<article><p id="p1">First paragraph of the story.</p></article><aside id="ad">Ad slot</aside>';
    article = document.querySelector('article')!;
  });

  function watcher(onChange: () => void, ctx = fakeContext()) {
    return new ChangeWatcher(ctx, document, {
      isOurs: (n) => n.nodeName === 'SOURCELIGHT-ROOT',
      relevant: (n) => article.contains(n) || n.contains(article),
      onChange,
    });
  }

  it('calls back once for a batch of changes to the article', async () => {
    const onChange = vi.fn();
    watcher(onChange).start();
    const p = document.createElement('p');
    p.textContent = 'A new paragraph.';
    article.append(p);
    document.querySelector('#p1')!.textContent = 'First paragraph, corrected.';
    await tick();
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('ignores changes outside the article, our own nodes, and blank insertions', async () => {
    const onChange = vi.fn();
    watcher(onChange).start();
    document.querySelector('#ad')!.textContent = 'Another ad';
    article.append(document.createElement('sourcelight-root'));
    article.append(document.createTextNode('   '));
    await tick();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores what happens while paused (our own painting), and stops with its context', async () => {
    const onChange = vi.fn();
    const ctx = fakeContext();
    const w = watcher(onChange, ctx);
    w.start();
    w.pause();
    article.append(Object.assign(document.createElement('p'), { textContent: 'Painted by us.' }));
    await tick(0);
    w.resume();
    await tick();
    expect(onChange).not.toHaveBeenCalled();
    ctx.invalidate();
    article.append(Object.assign(document.createElement('p'), { textContent: 'After the end.' }));
    await tick();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('looksLikeArticle', () => {
  it('says yes to a page with a long article, no to a short navigation page', () => {
    const para = '<p>The regional council met on Thursday and approved the new transport budget after a long debate about road repairs, bus routes and the cost of winter maintenance across the district.</p>';
    document.body.innerHTML = `<article><h1>Council approves budget</h1>${para.repeat(8)}</article>`;
    expect(looksLikeArticle(document)).toBe(true);
    document.body.innerHTML = '<nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Welcome.</p>';
    expect(looksLikeArticle(document)).toBe(false);
  });

  it('says no, without throwing, when the page makes the check throw', () => {
    const hostile = { querySelectorAll: () => { throw new Error('hostile page'); } } as unknown as Document;
    expect(looksLikeArticle(hostile)).toBe(false);
  });
});

describe('Card', () => {
  let shadow: ShadowRoot;
  const finding: Finding = {
    id: 'f1',
    kind: 'claim',
    rule: 'claim/hearsay-reportedly',
    blockId: 0,
    start: 0,
    end: 10,
    text: `The plan was reportedly ${'x'.repeat(200)} <img src=x onerror=alert(1)>`,
    reason: 'Hearsay: no one is named as the source.',
    severity: 'medium',
  };
  const rect = { left: 10, top: 10, bottom: 30, right: 200, width: 190, height: 20 } as DOMRect;

  beforeEach(() => {
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      shadow = attach.call(this, init);
      return shadow;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.querySelector('sourcelight-root')?.remove();
  });

  const q = (sel: string): HTMLElement => shadow.querySelector<HTMLElement>(sel)!;
  const button = (label: string): HTMLButtonElement =>
    [...shadow.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

  it('shows what was found, why, and the rule, as text; long quotes are cut', () => {
    const card = new Card(document);
    card.show(finding, rect);
    expect(card.shown?.id).toBe('f1');
    expect(q('.kind').textContent).toBe('Unattributed claim');
    expect(q('.reason').textContent).toBe(finding.reason);
    expect(q('.rule').textContent).toBe('rule: claim/hearsay-reportedly');
    expect(q('.quote').textContent).toHaveLength(140);
    expect(q('.quote').textContent).toMatch(/^“The plan was reportedly x+…”$/);
    expect(shadow.querySelector('img')).toBeNull();
    card.hide();
    expect(card.shown).toBeNull();
    expect(card.containsPoint(20, 20)).toBe(false);
  });

  it('“not a problem here”: closes once stored; says why and stays open when not', async () => {
    const card = new Card(document);
    let answer: string | null = 'disk full';
    card.onSuppress = vi.fn(async () => answer);
    card.show(finding, rect);
    button('Not a problem here').click();
    await vi.waitFor(() => expect(q('.notice').textContent).toBe('Could not save this choice: disk full'));
    expect(card.shown?.id).toBe('f1');
    expect(button('Not a problem here').disabled).toBe(false);
    answer = null;
    button('Not a problem here').click();
    await vi.waitFor(() => expect(card.shown).toBeNull());
    card.show(finding, rect);
    expect(q('.notice').textContent).toBe('');
  });

  it('closes on Escape', () => {
    const card = new Card(document);
    card.show(finding, rect);
    q('.card').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.shown).toBeNull();
  });
});

// Preact's hooks schedule their after-paint work with a 100 ms timer fallback beside
// requestAnimationFrame; let it run while jsdom is still up, or it fires after the environment is torn
// down and throws "cancelAnimationFrame is not defined" into the run.
afterAll(() => new Promise((done) => setTimeout(done, 150)));
