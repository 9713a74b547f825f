// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { walkBlocks } from '../../src/extract/blocks.ts';
import type { LiveBlock } from '../../src/extract/extract.ts';
import { Painter, FALLBACK_TAG } from '../../src/highlight/paint.ts';
import type { Finding } from '../../src/analyze/types.ts';

function setup(html: string): { blocks: Map<number, LiveBlock>; texts: string[] } {
  document.body.innerHTML = html;
  const raw = walkBlocks(document.body, { maxChars: 1e6, maxBlocks: 1e6 }).blocks;
  const blocks = new Map<number, LiveBlock>(raw.map((b, id) => [id, { id, pageIndex: id, run: 0, element: b.element, nodes: b.nodes, breaks: b.breaks }]));
  return { blocks, texts: raw.map((b) => b.text) };
}

function finding(kind: Finding['kind'], blockId: number, text: string, start: number, extra: Partial<Finding> = {}): Finding {
  return { id: `${kind}-${blockId}-${start}`, kind, rule: `${kind}/test`, blockId, start, end: start + text.length, text, reason: 'test reason', severity: 'medium', ...extra };
}

describe('Painter fallback (no CSS Custom Highlight API, as in jsdom)', () => {
  test('wraps exactly the finding text in marks of ours, across inline elements', () => {
    const { blocks, texts } = setup('<p>Officials <em>reportedly</em> agreed, <a href="https://rt.com/x">RT</a> said.</p>');
    expect(texts[0]).toBe('Officials reportedly agreed, RT said.');
    const painter = new Painter(document);
    expect(painter.usesHighlightApi).toBe(false);
    const painted = painter.paint(
      [finding('claim', 0, 'reportedly agreed', 10), finding('state-media', 0, 'RT said', 29)],
      blocks,
    );
    expect(painted).toHaveLength(2);
    const marks = [...document.querySelectorAll(FALLBACK_TAG)];
    expect(marks.map((m) => [m.getAttribute('data-sourcelight-kind'), m.textContent])).toEqual([
      ['claim', 'reportedly'],
      ['claim', ' agreed'],
      ['state-media', 'RT'],
      ['state-media', ' said'],
    ]);
    expect(document.body.textContent).toBe('Officials reportedly agreed, RT said.');
  });

  test('clear() restores the page exactly', () => {
    const html = '<p>One <b>bold</b> claim was reportedly made here.</p><p>Second paragraph.</p>';
    const { blocks } = setup(html);
    const before = document.body.innerHTML;
    const painter = new Painter(document);
    painter.paint([finding('claim', 0, 'reportedly made', 19)], blocks);
    expect(document.body.innerHTML).not.toBe(before);
    painter.dispose();
    expect(document.body.innerHTML).toBe(before);
  });

  test('does not paint when the page text no longer matches, nor mentions and site notices', () => {
    const { blocks } = setup('<p>Officials reportedly agreed.</p>');
    const painter = new Painter(document);
    const painted = painter.paint(
      [
        finding('claim', 0, 'formally agreed', 10),
        finding('state-media', 0, 'Officials', 0, { details: { role: 'mention' } }),
        finding('claim', 7, 'nowhere', 0),
      ],
      blocks,
    );
    expect(painted).toEqual([]);
    expect(document.querySelectorAll(FALLBACK_TAG)).toHaveLength(0);
  });

  test('finding text that looks like HTML stays text', () => {
    const { blocks } = setup('<p>Caption: &lt;img src=x onerror=alert(1)&gt; was posted.</p>');
    const painter = new Painter(document);
    painter.paint([finding('claim', 0, '<img src=x onerror=alert(1)>', 9)], blocks);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector(FALLBACK_TAG)?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('a promotion unit over several blocks is one painted finding, painted block by block', () => {
    const { blocks, texts } = setup('<p>Body text stays.</p><div><h3>More stories</h3><ul><li><a href="/a">First linked headline</a></li><li><a href="/b">Second linked headline</a></li></ul></div><p>After.</p>');
    const parts = [1, 2, 3].map((id) => ({ blockId: id, start: 0, end: (texts[id] as string).length }));
    const text = [1, 2, 3].map((id) => texts[id]).join(' ');
    const unit = finding('promotion', 1, texts[1] as string, 0, { text, details: { subtype: 'related-links', parts } });
    const painter = new Painter(document);
    const painted = painter.paint([unit], blocks);
    expect(painted).toHaveLength(1);
    expect(painted[0]?.parts).toHaveLength(3);
    const marks = [...document.querySelectorAll(FALLBACK_TAG)].map((m) => m.textContent);
    expect(marks).toEqual(['More stories', 'First linked headline', 'Second linked headline']);
    painter.dispose();
  });

  test('a unit whose text no longer matches its blocks is not painted', () => {
    const { blocks, texts } = setup('<h3>More stories</h3><p><a href="/a">A linked headline</a></p>');
    const parts = [0, 1].map((id) => ({ blockId: id, start: 0, end: (texts[id] as string).length }));
    const unit = finding('promotion', 0, texts[0] as string, 0, { text: 'More stories Another headline', details: { parts } });
    const painter = new Painter(document);
    expect(painter.paint([unit], blocks)).toHaveLength(0);
  });
});
