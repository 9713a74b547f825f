// `npm run parity`: the extension does not extract from the page itself but from a lightened copy
// (src/extract/serialize.ts: head reduced to what Readability reads, comments dropped, scripts,
// styles and SVG emptied), parsed again off the page's thread. The evaluation scores extraction on
// the full page. This checks, on every `aeb` dev page of the corpus, that both give the same
// article (the same blocks, text, dropped flag and form controls, title, byline and date), and that every element
// of the page's body is found again in the copy at its path (the remap's fast path depends on it).
// Exit 1 on a difference.
// Usage: node scripts/serialize-parity.ts [--corpus DIR]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { parseHtml } from '../src/cli/pipeline.ts';
import { extractArticle, type ExtractOutcome } from '../src/extract/extract.ts';
import { elementAt, elementPath } from '../src/extract/path.ts';
import { serializePage } from '../src/extract/serialize.ts';
import { missingShared } from './lib/shared.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const CORPUS = at >= 0 ? (args[at + 1] as string) : (process.env.CORPUS_DIR ?? join(process.cwd(), '../shared/corpus'));
const index = join(CORPUS, 'pages/aeb.dev.jsonl');
if (!existsSync(index)) {
  process.exit(missingShared('parity', `the aeb dev pages (${index})`, 'set CORPUS_DIR to the shared corpus folder'));
}

function fingerprint(o: ExtractOutcome): string {
  if (!o.ok) return `not extracted: ${o.reason}`;
  const a = o.article;
  return [a.title, a.byline, a.publishedTime, ...a.blocks.map((b) => `${b.dropped ? '~' : ''}${b.controls ? `[${b.controls}] ` : ''}${b.text}`)].join('\n');
}

const rows = readFileSync(index, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; url: string; html_path: string });
const parser = new (new JSDOM('').window.DOMParser)();
let same = 0;
let full = 0;
let light = 0;
const differ: string[] = [];
const pathsLost: string[] = [];
let elements = 0;
for (const r of rows) {
  let buf = readFileSync(join(CORPUS, 'pages', r.html_path));
  if (r.html_path.endsWith('.gz')) buf = gunzipSync(buf);
  const html = buf.toString('utf8');
  const page = parseHtml(html, r.url);
  const want = fingerprint(extractArticle(page, { url: r.url, force: true }));
  const copyHtml = serializePage(page);
  full += html.length;
  light += copyHtml.length;
  // As the offscreen document does it (src/pipeline/serialized.ts).
  const copy = parser.parseFromString(copyHtml, 'text/html');
  const base = copy.createElement('base');
  base.setAttribute('href', r.url);
  copy.head.prepend(base);
  // Paths first: extraction on the copy below does not change it, but be safe and look now.
  let lost = 0;
  for (const el of page.body.querySelectorAll('*')) {
    if (el.closest('svg, script, style, noscript, template')) continue;
    elements++;
    const path = elementPath(page.body, el);
    if (!path || elementAt(copy.body, path)?.tagName !== el.tagName) lost++;
  }
  if (lost > 0) pathsLost.push(`${r.id} (${lost})`);
  const got = fingerprint(extractArticle(copy, { url: r.url, force: true }));
  if (got === want) same++;
  else differ.push(r.id);
}
console.log(`parity: ${same}/${rows.length} aeb dev pages extract the same from the light copy as from the page; the copy is ${(100 * light / full).toFixed(1)}% of the page's bytes.`);
console.log(`parity: ${elements} elements checked; pages where an element's path leads elsewhere in the copy: ${pathsLost.length}${pathsLost.length ? ` (${pathsLost.slice(0, 10).join(', ')})` : ''}`);
if (differ.length > 0) console.log(`differ: ${differ.join(', ')}`);
if (differ.length > 0 || pathsLost.length > 0) process.exit(1);
