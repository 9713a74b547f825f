// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/cli/pipeline.ts';
import { extractArticle } from '../../src/extract/extract.ts';
import { walkBlocks } from '../../src/extract/blocks.ts';
import { rangeFor } from '../../src/highlight/anchor.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const load = (slug: string): Document =>
  parseHtml(readFileSync(join(PAGES, slug, 'page.html'), 'utf8'), `https://courier.example/${slug}.html`);

describe('extractArticle', () => {
  test('keeps the article paragraphs in order and the metadata', () => {
    const out = extractArticle(load('related-box'));
    if (!out.ok) throw new Error(out.message);
    const kept = out.article.blocks.filter((b) => !b.dropped).map((b) => b.text);
    expect(kept[0]).toMatch(/^Train drivers in the northern region/);
    expect(kept.at(-1)).toMatch(/transport minister is expected/);
    expect(out.article.siteName).toBe('Northline Courier');
    expect(out.article.publishedTime).toBe('2026-03-02T06:00:00Z');
    // White space is folded the way a reader sees it.
    expect(kept.join(' ')).toContain('during the four-day stoppage');
  });

  test('keeps related-story blocks Readability dropped, marked dropped, with their links', () => {
    const out = extractArticle(load('related-box'));
    if (!out.ok) throw new Error(out.message);
    const items = out.article.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.text)).toEqual([
      'Rail fares to rise in April',
      'New trains delayed again',
      'Station upgrade opens to passengers',
    ]);
    expect(items.every((b) => b.dropped)).toBe(true);
    expect(items[0]?.links[0]).toEqual({ start: 0, end: 27, href: 'https://courier.example/news/rail-fares-2026' });
    // Navigation and footer are outside the article container: not blocks at all.
    expect(out.article.blocks.some((b) => b.text.includes('Weather'))).toBe(false);
  });

  test('a page that is not an article is said to be one, not analysed', () => {
    const out = extractArticle(load('not-article'));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toBe('not-article');
  });

  test('an empty document is a clear failure, not an exception', () => {
    const out = extractArticle(parseHtml('<html><body></body></html>', 'https://x.example/'), { force: true });
    expect(out.ok).toBe(false);
  });

  test('caps the work on a huge article and says so', () => {
    const para = '<p>' + 'The committee met again on Thursday and published its notes. '.repeat(20) + '</p>';
    const html = `<html><body><article><h1>Long</h1>${para.repeat(400)}</article></body></html>`;
    const out = extractArticle(parseHtml(html, 'https://x.example/long'), { force: true, maxChars: 50_000 });
    if (!out.ok) throw new Error(out.message);
    expect(out.article.truncated).toBe(true);
    expect(out.article.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(50_000);
  });
});

describe('articles laid out as text separated by <br><br>', () => {
  test('each paragraph is its own article block, as in Readability\'s output', () => {
    const out = extractArticle(load('br-paragraphs'), { force: true });
    if (!out.ok) throw new Error(out.message);
    const kept = out.article.blocks.filter((b) => !b.dropped).map((b) => b.text);
    expect(kept.length).toBeGreaterThanOrEqual(5);
    expect(kept.some((t) => t.startsWith('The island ferry will leave') && t.endsWith('by 7:20.'))).toBe(true);
    // "<br>\n<br>" and a blank line between the two breaks still end a paragraph.
    expect(kept.some((t) => t.startsWith('Critics say the change') && t.endsWith('printed.'))).toBe(true);
    expect(kept.some((t) => t.startsWith('A petition asking'))).toBe(true);
    // A single <br> is a line break inside a paragraph, not a paragraph break.
    expect(kept.some((t) => /^The ferry timetable changes again Posted by/.test(t))).toBe(true);
  });
});

describe('walkBlocks', () => {
  test('splits mixed content into runs and separates <br> lines', () => {
    const doc = parseHtml('<div id=r>intro <b>bold</b><p>para<br>two</p>tail</div>', 'https://x.example/');
    const root = doc.getElementById('r') as Element;
    const { blocks } = walkBlocks(root, { maxChars: 1e6, maxBlocks: 1e6 });
    expect(blocks.map((b) => b.text)).toEqual(['intro bold', 'para two', 'tail']);
  });

  test('skips scripts, styles, hidden elements and form fields', () => {
    const doc = parseHtml(
      '<div id=r><p>seen</p><script>var x = 1</script><style>p{}</style><p hidden>hidden</p><p style="display:none">gone</p><select><option>Pick one</option></select><textarea>typed</textarea><button hidden>Hidden button</button></div>',
      'https://x.example/',
    );
    const { blocks } = walkBlocks(doc.getElementById('r') as Element, { maxChars: 1e6, maxBlocks: 1e6 });
    expect(blocks.map((b) => b.text)).toEqual(['seen']);
  });

  test("a button's label is a block of its own (what the reader sees on it), never glued to the text around it", () => {
    const doc = parseHtml(
      '<div id=r><p>Get the weekly digest by email.</p><form><input type=email><button type=submit>Sign me up</button></form><p>Before <button><svg></svg><span>Copy link</span></button> after</p></div>',
      'https://x.example/',
    );
    const { blocks } = walkBlocks(doc.getElementById('r') as Element, { maxChars: 1e6, maxBlocks: 1e6 });
    expect(blocks.map((b) => [b.tag, b.text])).toEqual([
      ['p', 'Get the weekly digest by email.'],
      ['button', 'Sign me up'],
      ['p', 'Before'],
      ['button', 'Copy link'],
      ['p', 'after'],
    ]);
  });
});

describe('rangeFor (mapping findings back to the live text)', () => {
  test('maps normalised offsets across inline elements and collapsed white space', () => {
    const doc = parseHtml('<article><p id=p>Officials   <em>reportedly</em>\n  agreed <a href="/x">the deal</a>.</p></article>', 'https://x.example/');
    const root = doc.querySelector('article') as Element;
    const raw = walkBlocks(root, { maxChars: 1e6, maxBlocks: 1e6 }).blocks[0];
    if (!raw) throw new Error('no block');
    expect(raw.text).toBe('Officials reportedly agreed the deal.');
    const live = { id: 0, pageIndex: 0, run: 0, element: raw.element, nodes: raw.nodes, breaks: raw.breaks };
    const range = rangeFor(doc, live, 10, 27, 'reportedly agreed');
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('reportedly agreed');
  });

  test('refuses to paint when the page text changed', () => {
    const doc = parseHtml('<article><p>Officials reportedly agreed.</p></article>', 'https://x.example/');
    const raw = walkBlocks(doc.querySelector('article') as Element, { maxChars: 1e6, maxBlocks: 1e6 }).blocks[0];
    if (!raw) throw new Error('no block');
    const live = { id: 0, pageIndex: 0, run: 0, element: raw.element, nodes: raw.nodes, breaks: raw.breaks };
    (raw.nodes[0] as Text).data = 'Officials formally agreed.';
    expect(rangeFor(doc, live, 10, 20, 'reportedly')).toBeNull();
  });
});

describe('form controls near a block', () => {
  const body = (extra: string): string =>
    `<html><body><article><h1>Ferry timetable changes for the winter</h1>${'<p>The harbour office said the early crossing will leave twenty minutes later from November, and the last evening boat will stop running on weekdays until March.</p>'.repeat(6)}${extra}</article></body></html>`;
  const blockOf = (html: string, text: string): { controls?: string } | undefined => {
    const out = extractArticle(parseHtml(html, 'https://harbour.example/news/ferry-winter-timetable'), { force: true });
    if (!out.ok) throw new Error(out.message);
    return out.article.blocks.find((b) => b.text.includes(text));
  };

  test('a sign-up box: its text is marked with the e-mail field and the button it stands by', () => {
    const box = '<div class="box"><p>Weekly notes from the harbour, every Friday</p><form><input type="email" name="addr"><input type="hidden" name="list" value="3"><button>Go</button></form></div>';
    expect(blockOf(body(box), 'Weekly notes')?.controls).toBe('email button');
  });

  test('a text field named for e-mail or search counts as one; check boxes and hidden fields do not', () => {
    const named = '<div><p>Get the timetable by post</p><input type="text" placeholder="Your e-mail"></div>';
    expect(blockOf(body(named), 'Get the timetable')?.controls).toBe('email');
    const search = '<div><p>Find a sailing</p><input name="q"><input type="checkbox"></div>';
    expect(blockOf(body(search), 'Find a sailing')?.controls).toBe('search');
    const none = '<div><p>Remember my port</p><input type="checkbox"><input type="hidden" name="x"></div>';
    expect(blockOf(body(none), 'Remember my port')?.controls).toBeUndefined();
  });

  test('body paragraphs of an article wrapper that also holds a form are not marked', () => {
    const html = body('<form><textarea></textarea><button>Post</button></form>');
    expect(blockOf(html, 'harbour office said')?.controls).toBeUndefined();
  });
});
