// Every bundle's raw and gzip size, per entrypoint and browser, printed after each build (issue 10,
// goal 4): the content script ≤ 30 KB gzip, the popup ≤ 25 KB gzip (its JS and CSS together).
// An entrypoint counts everything it loads: its HTML's scripts, module preloads and stylesheets,
// and the chunks those import in turn.
// Usage: node scripts/bundle-size.mjs [--json]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const JSON_OUT = process.argv.includes('--json');
const GOALS = { content: 30 * 1024, popup: 25 * 1024 };

/** Files a JS chunk imports statically (`import"./x.js"`, `from"./x.js"`), relative to it. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const out = [];
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) out.push(resolve(dirname(file), m[1]));
  return out;
}

/** Everything an HTML entrypoint loads. */
function filesOfHtml(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const files = [];
  for (const m of text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) {
    if (/^[a-z]+:/i.test(m[1])) continue;
    files.push(join(dir, m[1].replace(/^\//, '')));
  }
  return files;
}

function closure(start) {
  const seen = new Set();
  const todo = [...start];
  while (todo.length > 0) {
    const f = todo.pop();
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    if (f.endsWith('.js')) todo.push(...importsOf(f));
  }
  return [...seen];
}

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}

const rows = [];
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const dir = join(ROOT, '.output', target);
  if (!existsSync(dir)) continue;
  const entries = [];
  const cs = join(dir, 'content-scripts');
  if (existsSync(cs)) entries.push(['content', readdirSync(cs).map((f) => join(cs, f))]);
  if (existsSync(join(dir, 'background.js'))) entries.push(['background', [join(dir, 'background.js')]]);
  for (const html of ['popup.html', 'options.html', 'offscreen.html']) {
    if (existsSync(join(dir, html))) entries.push([html.replace('.html', ''), [join(dir, html), ...filesOfHtml(dir, html)]]);
  }
  for (const [name, start] of entries) {
    const files = closure(start);
    const js = measure(files.filter((f) => f.endsWith('.js')));
    const css = measure(files.filter((f) => f.endsWith('.css')));
    const all = measure(files.filter((f) => f.endsWith('.js') || f.endsWith('.css')));
    const goal = GOALS[name];
    rows.push({ target, entry: name, files: files.map((f) => relative(dir, f)), js, css, total: all, goalGzip: goal ?? null, met: goal ? all.gzip <= goal : null });
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (JSON_OUT) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log('bundle sizes (JS + CSS an entrypoint loads; gzip -9)');
  console.log(`${'target'.padEnd(12)} ${'entry'.padEnd(11)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}   ${'of which CSS gzip'.padStart(17)}   goal`);
  for (const r of rows) {
    const goal = r.goalGzip ? `≤ ${kb(r.goalGzip)} gzip: ${r.met ? 'met' : 'NOT met'}` : '';
    console.log(`${r.target.padEnd(12)} ${r.entry.padEnd(11)} ${kb(r.total.raw).padStart(10)} ${kb(r.total.gzip).padStart(10)}   ${kb(r.css.gzip).padStart(17)}   ${goal}`);
  }
}
