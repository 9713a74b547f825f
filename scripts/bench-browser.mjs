// `npm run bench:browser`: what Sourcelight costs the reader's page, in real Chromium, measured
// side by side with the thing it replaces: Readability run in the page (cloneNode + parse).
//
// For every page, in one run:
//   baseline   a fresh load in a browser without the extension; Readability's own code is
//              evaluated in the page, then `new Readability(document.cloneNode(true)).parse()`
//              is timed once (a first run on a fresh page, like the extension's).
//   extension  a fresh load with the extension; the content script's User Timing entries give
//              its main-thread work (gate, serialise, send; then check, remap, paint) and the time from the
//              start of its run to painted highlights. Long tasks (PerformanceObserver) that
//              overlap those entries are counted as caused by the extension.
// Goals (issue 10): main thread ≤ 15% of the baseline, no long task by the extension, time to
// highlights ≤ 1.3× the baseline, the gate alone ≤ 5 ms on a page that is not an article.
//
// Usage: node scripts/bench-browser.mjs [--pages N] [--runs N] [--json]
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, launchChromium, CHROMIUM_FLAGS, HAS_SEED } from './lib/browser.mjs';

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const pagesArg = args.indexOf('--pages');
const MAX_CORPUS_PAGES = pagesArg >= 0 ? Number(args[pagesArg + 1]) : 12;
// Each page is loaded this many times with and without the extension; per-page figures are medians
// (one load on a shared VM can be twice as slow as the next).
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : 3;
const CORPUS = process.env.CORPUS_DIR ?? join(process.cwd(), '../shared/corpus');
const require = createRequire(import.meta.url);
const READABILITY = await readFile(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

const log = (...a) => {
  if (!JSON_OUT) console.log(...a);
};

const server = await startServer();
const pages = [{ name: 'demo', path: '/demo/article.html' }];
if (HAS_SEED) pages.push({ name: 'seed', path: '/seed/page.html' });
const aebIndex = join(CORPUS, 'pages/aeb.dev.jsonl');
if (existsSync(aebIndex)) {
  const rows = readFileSync(aebIndex, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  // A fixed, spread-out sample: every k-th page of the dev list.
  const step = Math.max(1, Math.floor(rows.length / MAX_CORPUS_PAGES));
  for (let i = 0; i < rows.length && pages.length < MAX_CORPUS_PAGES + 2; i += step) {
    pages.push({ name: rows[i].id, path: `/corpus/${rows[i].html_path}` });
  }
} else {
  log(`bench:browser: no corpus at ${CORPUS}; measuring the bundled pages only.`);
}
const nonArticles = [{ name: 'search-results', path: '/pages/not-article/page.html' }];

const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
const ext = await launchChromium();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const max = (xs) => (xs.length ? Math.max(...xs) : NaN);

async function baseline(path) {
  const page = await plain.newPage();
  try {
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(READABILITY);
    return await page.evaluate(() => {
      const t0 = performance.now();
      const clone = document.cloneNode(true);
      const t1 = performance.now();
      new globalThis.Readability(clone).parse();
      const t2 = performance.now();
      return { clone: t1 - t0, parse: t2 - t1, total: t2 - t0, bytes: document.documentElement.outerHTML.length };
    });
  } finally {
    await page.close();
  }
}

async function withExtension(path, article) {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    globalThis.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      /* not supported */
    }
  });
  try {
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 30_000 });
    const done = article ? 'sourcelight:paint' : 'sourcelight:gate';
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, done, { timeout: 60_000 });
    await page.waitForTimeout(100);
    return await page.evaluate(() => {
      // The first analysis only; its 'send' step ran in several tasks when the page went in
      // pieces, and counts with their total time (the pieces come before the answer's steps).
      const get = (n) => {
        const all = performance.getEntriesByName(n);
        if (n !== 'sourcelight:send' || all.length <= 1) return all[0];
        const until = performance.getEntriesByName('sourcelight:off-thread')[0];
        const mine = until ? all.filter((e) => e.startTime <= until.startTime + until.duration) : all;
        return { name: n, startTime: mine[0].startTime, duration: mine.reduce((t, e) => t + e.duration, 0) };
      };
      // Every step the content script runs on the page's thread (see entrypoints/content.ts).
      const parts = ['gate', 'serialize', 'send', 'check', 'remap', 'paint'].map((n) => get(`sourcelight:${n}`)).filter(Boolean);
      const main = parts.reduce((s, e) => s + e.duration, 0);
      const first = parts[0];
      const last = get('sourcelight:paint');
      const ours = parts.map((e) => ({ start: e.startTime, end: e.startTime + e.duration }));
      const longByUs = globalThis.__longTasks.filter((t) => ours.some((o) => o.start < t.end && t.start < o.end));
      return {
        main,
        serialize: (get('sourcelight:gate')?.duration ?? 0) + (get('sourcelight:serialize')?.duration ?? 0) + (get('sourcelight:send')?.duration ?? 0),
        paint: (get('sourcelight:check')?.duration ?? 0) + (get('sourcelight:remap')?.duration ?? 0) + (last?.duration ?? 0),
        gate: get('sourcelight:gate')?.duration ?? null,
        offThread: get('sourcelight:off-thread')?.duration ?? null,
        offSteps: (() => {
          const e = get('sourcelight:off-thread');
          const d = e?.detail;
          if (!e || !d) return null;
          const sent = performance.timeOrigin + e.startTime;
          const { receivedAt, repliedAt, ...work } = d;
          return { there: receivedAt - sent, ...work, back: sent + e.duration - repliedAt };
        })(),
        remapFound: get('sourcelight:remap')?.detail ?? null,
        steps: Object.fromEntries(['gate', 'serialize', 'send', 'check', 'remap', 'paint'].map((n) => [n, get(`sourcelight:${n}`)?.duration ?? 0])),
        toHighlights: last && first ? last.startTime + last.duration - first.startTime : null,
        longTasksByUs: longByUs.length,
        longestByUs: longByUs.reduce((m, t) => Math.max(m, t.end - t.start), 0),
        longTasksOnPage: globalThis.__longTasks.length,
      };
    });
  } finally {
    await page.close();
  }
}

/** Per key, the median over runs (numbers only; nested objects too). */
function medianOf(list) {
  const first = list[0];
  if (typeof first === 'number' || first === null) return median(list.filter((x) => typeof x === 'number'));
  if (typeof first !== 'object') return first;
  return Object.fromEntries(Object.keys(first).map((k) => [k, medianOf(list.map((x) => x?.[k] ?? null))]));
}

const rows = [];
for (const p of pages) {
  try {
    const bs = [];
    const es = [];
    for (let r = 0; r < RUNS; r++) {
      bs.push(await baseline(p.path));
      es.push(await withExtension(p.path, true));
    }
    const b = medianOf(bs);
    const e = medianOf(es);
    e.longTasksByUs = es.reduce((n, x) => n + x.longTasksByUs, 0);
    e.longestByUs = Math.max(...es.map((x) => x.longestByUs));
    rows.push({ page: p.name, kb: Math.round(b.bytes / 1024), baseline: b, ext: e, mainRatio: e.main / b.total, ttfRatio: e.toHighlights / b.parse });
    const steps = Object.entries(e.steps).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' ');
    const off = e.offSteps ? Object.entries(e.offSteps).map(([k, v]) => `${k.replace('Ms', '')} ${v.toFixed(0)}`).join(' ') : '?';
    log(`${p.name.padEnd(22)} ${String(Math.round(b.bytes / 1024)).padStart(5)} KB  readability ${b.total.toFixed(0).padStart(4)} ms  ours on page ${e.main.toFixed(1).padStart(5)} ms (${((100 * e.main) / b.total).toFixed(1).padStart(5)}%)  to highlights ${String(e.toHighlights?.toFixed(0)).padStart(4)} ms (${(e.toHighlights / b.parse).toFixed(2)}×)  long tasks by us ${e.longTasksByUs}/${RUNS}`);
    const found = e.remapFound ? ` · blocks found by path ${e.remapFound.byPath}, by walk ${e.remapFound.byWalk}` : '';
    log(`${''.padEnd(29)} page thread: ${steps} · off-thread ${e.offThread?.toFixed(0)}: ${off}${found}`);
  } catch (err) {
    log(`${p.name}: skipped (${err instanceof Error ? err.message.split('\n')[0] : err})`);
  }
}
const gates = [];
for (const p of nonArticles) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push((await withExtension(p.path, false)).gate);
  gates.push({ page: p.name, gate: median(runs.filter((g) => typeof g === 'number')) });
}

const summary = {
  pages: rows.length,
  mainThreadRatioMedian: median(rows.map((r) => r.mainRatio)),
  mainThreadRatioMax: max(rows.map((r) => r.mainRatio)),
  timeToHighlightsRatioMedian: median(rows.map((r) => r.ttfRatio)),
  timeToHighlightsRatioMax: max(rows.map((r) => r.ttfRatio)),
  runsPerPage: RUNS,
  longTasksByExtension: rows.reduce((n, r) => n + r.ext.longTasksByUs, 0),
  pageLoadsWithExtension: rows.length * RUNS,
  readabilityMedianMs: median(rows.map((r) => r.baseline.total)),
  oursOnPageMedianMs: median(rows.map((r) => r.ext.main)),
  nonArticleGateMs: max(gates.map((g) => g.gate ?? NaN)),
};
if (JSON_OUT) {
  console.log(JSON.stringify({ machine: { cores: (await import('node:os')).cpus().length }, summary, rows, gates }, null, 2));
} else {
  console.log('');
  console.log(`pages measured                          ${summary.pages} (${RUNS} loads each; per-page medians)`);
  console.log(`main-thread time / in-page Readability  median ${(100 * summary.mainThreadRatioMedian).toFixed(1)}%, max ${(100 * summary.mainThreadRatioMax).toFixed(1)}%   (goal ≤ 15%)`);
  console.log(`long tasks caused by the extension      ${summary.longTasksByExtension} in ${summary.pageLoadsWithExtension} page loads   (goal 0)`);
  console.log(`time to highlights / Readability parse  median ${summary.timeToHighlightsRatioMedian.toFixed(2)}×, max ${summary.timeToHighlightsRatioMax.toFixed(2)}×   (goal ≤ 1.3×)`);
  console.log(`gate on a non-article page              ${summary.nonArticleGateMs.toFixed(2)} ms   (goal ≤ 5 ms)`);
}
await plain.close();
await ext.context.close();
await server.close();
