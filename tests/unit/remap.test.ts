// @vitest-environment node
// The round trip the extension makes: the live page is serialised, parsed again off the page's
// thread, analysed there, and the answer's anchors lead back to the live page's own text nodes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { blockText, ownRuns, walkPage } from '../../src/extract/blocks.ts';
import { readdirSync, existsSync } from 'node:fs';
import { PathResolver, elementAt, elementPath } from '../../src/extract/path.ts';
import { lighten, serializePage } from '../../src/extract/serialize.ts';
import { remapBlocks } from '../../src/highlight/remap.ts';
import { analyzeSerializedPage, type BlockAnchor } from '../../src/pipeline/serialized.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const URL = 'https://courier.example/story.html';

function live(html: string): Document {
  return new JSDOM(html, { url: URL }).window.document;
}

function roundTrip(doc: Document): BlockAnchor[] {
  const parser = new (new JSDOM('').window.DOMParser)();
  const answer = analyzeSerializedPage(serializePage(doc), URL, parser, doc.baseURI);
  if (!answer.ok) throw new Error(answer.message);
  return answer.anchors;
}

const P = (s: string): string => `<p>${s} The council met on Thursday and approved the new budget after a long debate that ran late.</p>`;
const ARTICLE = `<article><h1>Budget passes</h1>${P('One.')}${P('Two.')}<div>Lead text <p>inner paragraph that is long enough to be a block of its own here.</p> tail text of the div</div>${P('Three.')}${P('Four.')}</article>`;

describe('serializePage', () => {
  test('keeps the html attributes, what Readability reads in <head>, and the body; drops head scripts and styles', () => {
    const doc = live(
      `<html lang="fr" dir="ltr"><head><title>T</title><meta property="og:site_name" content="Courier"><style>.x{}</style><script>var big = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://courier.example/c"></head><body class="b">${ARTICLE}</body></html>`,
    );
    const html = serializePage(doc);
    expect(html.startsWith('<html lang="fr" dir="ltr"><head>')).toBe(true);
    expect(html).toContain('<title>T</title>');
    expect(html).toContain('og:site_name');
    expect(html).toContain('application/ld+json');
    expect(html).toContain('rel="canonical"');
    expect(html).not.toContain('var big');
    expect(html).not.toContain('.x{}');
    expect(html).not.toContain('a.css');
    expect(html).toContain('<body class="b">');
    expect(html.endsWith('</body></html>')).toBe(true);
  });
});

describe('elementPath / elementAt', () => {
  test('a path found in one copy of a tree leads to the same place in another', () => {
    const a = live(`<body>${ARTICLE}</body>`);
    const b = live(`<body>${ARTICLE}</body>`);
    const target = a.querySelectorAll('p')[2] as Element;
    const path = elementPath(a.body, target);
    expect(path).toEqual([0, 3, 0]);
    expect(elementAt(b.body, path ?? [])?.textContent).toBe(target.textContent);
    expect(elementAt(b.body, [0, 99])).toBeNull();
    expect(elementPath(a.body, a.head)).toBeNull();
  });
});

describe('PathResolver', () => {
  test('answers as elementAt does, for paths in document order, shuffled, and invalid', () => {
    const doc = live(readFileSync(join(import.meta.dirname, '../../assets/demo/article.html'), 'utf8'));
    const all = [...doc.body.querySelectorAll('*')].map((el) => elementPath(doc.body, el) as number[]);
    expect(all.length).toBeGreaterThan(40);
    let seed = 3;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const shuffled = [...all].sort(() => rand() - 0.5);
    const invalid = [[999], [0, 999], [...(all[5] as number[]), 50], []];
    for (const order of [all, shuffled, [...all.slice(0, 10), ...invalid, ...all.slice(10)]]) {
      const r = new PathResolver(doc.body);
      for (const path of order) expect(r.resolve(path)).toBe(elementAt(doc.body, path));
    }
  });
});

describe('remapBlocks', () => {
  test('every anchored block is found by its path, text intact, including an element cut into runs', () => {
    const doc = live(`<html><head><title>Budget</title></head><body><nav>Home News</nav>${ARTICLE}</body></html>`);
    const anchors = roundTrip(doc);
    const div = doc.querySelector('article > div') as Element;
    const divRuns = anchors.filter((a) => a.text.startsWith('Lead text') || a.text.startsWith('tail text'));
    expect(divRuns.map((a) => a.run)).toEqual([0, 1]);
    const blocks = remapBlocks(doc, anchors);
    expect(blocks.size).toBe(anchors.length);
    for (const a of anchors) {
      const b = blocks.get(a.id);
      expect(b && blockText(b)).toBe(a.text);
      expect(b && doc.body.contains(b.element)).toBe(true);
    }
    const tail = divRuns[1] as BlockAnchor;
    expect(blocks.get(tail.id)?.element).toBe(div);
  });

  test('when the page changed after it was serialised, the walk still finds the moved blocks', () => {
    const doc = live(`<html><body>${ARTICLE}</body></html>`);
    const anchors = roundTrip(doc);
    // An ad slot appears at the top of the article: every path below it now points one place off.
    const ad = doc.createElement('div');
    ad.textContent = 'Advertisement';
    doc.querySelector('article')?.prepend(ad);
    const blocks = remapBlocks(doc, anchors);
    expect(blocks.size).toBe(anchors.length);
    for (const a of anchors) expect(blockText(blocks.get(a.id) as NonNullable<ReturnType<typeof blocks.get>>)).toBe(a.text);
  });

  test('a block whose text changed is left out, never painted on other text', () => {
    const doc = live(`<html><body>${ARTICLE}</body></html>`);
    const anchors = roundTrip(doc);
    const changed = anchors.find((a) => a.text.startsWith('Two.')) as BlockAnchor;
    (doc.querySelectorAll('article > p')[1] as Element).textContent = 'Two. Something else entirely now.';
    const blocks = remapBlocks(doc, anchors);
    expect(blocks.has(changed.id)).toBe(false);
    expect(blocks.size).toBe(anchors.length - 1);
  });

  test('a bundled fixture page round-trips: every anchor path leads to an element, every block is found', () => {
    const doc = live(readFileSync(join(PAGES, 'related-box', 'page.html'), 'utf8'));
    const anchors = roundTrip(doc);
    expect(anchors.length).toBeGreaterThan(5);
    for (const a of anchors) {
      const el = elementAt(doc.body, a.path);
      expect(el).not.toBeNull();
    }
    const blocks = remapBlocks(doc, anchors);
    for (const a of anchors) expect(blocks.get(a.id)?.pageIndex).toBe(a.pageIndex);
  });
});

test('a <br>-separated article round-trips: one anchor per paragraph, each found again on the page', () => {
  const doc = live(readFileSync(join(PAGES, 'br-paragraphs', 'page.html'), 'utf8'));
  const anchors = roundTrip(doc);
  const paragraphs = anchors.filter((a) => a.text.length > 100);
  expect(paragraphs.length).toBeGreaterThanOrEqual(5);
  // They share one element and are told apart by their run.
  expect(new Set(paragraphs.map((a) => a.path.join('/'))).size).toBe(1);
  expect(paragraphs.map((a) => a.run)).toEqual([...paragraphs.map((a) => a.run)].sort((x, y) => x - y));
  const blocks = remapBlocks(doc, anchors);
  expect(blocks.size).toBe(anchors.length);
  for (const a of anchors) expect(blockText(blocks.get(a.id) as NonNullable<ReturnType<typeof blocks.get>>)).toBe(a.text);
});

describe('ownRuns', () => {
  test('gives every element exactly the blocks a walk of the whole page gives it, on every fixture page', () => {
    const pages = readdirSync(PAGES).map((slug) => join(PAGES, slug, 'page.html')).filter((p) => existsSync(p) && !p.includes('hostile-huge'));
    pages.push(join(import.meta.dirname, '../../assets/demo/article.html'));
    let elements = 0;
    for (const file of pages) {
      const doc = live(readFileSync(file, 'utf8'));
      const byElement = new Map<Element, Array<{ nodes: Text[]; breaks: number[] }>>();
      for (const b of walkPage(doc).blocks) {
        const list = byElement.get(b.element) ?? [];
        list.push({ nodes: b.nodes, breaks: b.breaks });
        byElement.set(b.element, list);
      }
      for (const [el, want] of byElement) {
        const got = ownRuns(el).map((r) => ({ nodes: r.nodes, breaks: r.breaks }));
        expect(got.length, file).toBe(want.length);
        got.forEach((g, i) => {
          const w = want[i] as { nodes: Text[]; breaks: number[] };
          expect(g.nodes.length).toBe(w.nodes.length);
          g.nodes.forEach((n, k) => expect(n === w.nodes[k]).toBe(true));
          expect(g.breaks).toEqual(w.breaks);
        });
        elements++;
      }
    }
    expect(elements).toBeGreaterThan(100);
  });

  test('two or more <br> in a row cut a run (a paragraph break); one does not', () => {
    const doc = live('<body><div id=d>one<br>two<br><br>three <b>four</b><br> \n <br><br>five<p>nested</p>six<br><br></div></body>');
    const runs = ownRuns(doc.getElementById('d') as Element).map((r) => blockText(r));
    expect(runs).toEqual(['one two', 'three four', 'five', 'six']);
  });

  test('runs cut by nested blocks, line breaks, hidden and skipped children', () => {
    const doc = live('<body><div id=d>one<br>two<p>nested</p>  <span hidden>gone</span><script>x</script> three <b>four</b><ul><li>i</li></ul>five</div></body>');
    const runs = ownRuns(doc.getElementById('d') as Element).map((r) => blockText(r));
    expect(runs).toEqual(['one two', 'three four', 'five']);
  });
});

describe('lighten', () => {
  test('drops comments, empties scripts, styles and drawings, keeps JSON-LD and every element', () => {
    const html = '<body><!-- a <script> in a comment --><p>Text &lt;script&gt; kept</p><script src="a.js">var x = "</p>";</script><script type="application/ld+json">{"a":1}</script><style>p{}</style><svg viewBox="0 0 1 1"><path d="M0"/><text>t</text></svg><p>After</p></body>';
    expect(lighten(html)).toBe(
      '<body><p>Text &lt;script&gt; kept</p><script src="a.js"></script><script type="application/ld+json">{"a":1}</script><style></style><svg viewBox="0 0 1 1"></svg><p>After</p></body>',
    );
  });

  test('nested drawings are emptied whole (a sprite sheet of <svg> inside <svg>), unterminated ones left alone', () => {
    const sprite = '<svg style="display:none"><symbol id="a"><svg viewBox="0 0 1 1"><path d="M0"/></svg></symbol><symbol id="b"><svg><g/></svg></symbol></svg>';
    expect(lighten(`<body>${sprite}<div id="top"></div><p>Text</p></body>`)).toBe('<body><svg style="display:none"></svg><div id="top"></div><p>Text</p></body>');
    expect(lighten('<body><p>a</p><svg><path d="M0">')).toBe('<body><p>a</p><svg><path d="M0">');
    expect(lighten('<body><script>if (a <!-- b) x("</p>")</script><p>a</p><!-- unterminated')).toBe('<body><script></script><p>a</p>');
  });

  test('on every fixture page, each element keeps its path: a path found in the light copy leads to the same element', () => {
    const pages = readdirSync(PAGES).map((slug) => join(PAGES, slug, 'page.html')).filter((p) => existsSync(p) && !p.includes('hostile-huge'));
    pages.push(join(import.meta.dirname, '../../assets/demo/article.html'));
    let checked = 0;
    for (const file of pages) {
      const doc = live(readFileSync(file, 'utf8').replace('<body>', '<body><svg hidden><symbol id="s"><svg viewBox="0 0 1 1"><path d="M0"/></svg></symbol></svg><div></div>'));
      if (!doc.body) continue;
      const copy = new (new JSDOM('').window.DOMParser)().parseFromString(serializePage(doc), 'text/html');
      for (const el of doc.body.querySelectorAll('*')) {
        if (el.closest('svg, script, style, noscript, template')) continue;
        const path = elementPath(doc.body, el);
        const there = path ? elementAt(copy.body, path) : null;
        expect(there?.tagName, `${file}: ${el.tagName} at ${path?.join('.')}`).toBe(el.tagName);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
