// `npm run bench:browser`: what Sourcelight costs the reader's page, in real Chromium, measured
// side by side with the thing it replaces: Readability run in the page (cloneNode + parse).
//
// For every page, in one run:
//   baseline   a fresh load in a browser without the extension; Readability's own code is
//              evaluated in the page, then `new Readability(document.cloneNode(true)).parse()`
//              is timed once (a first run on a fresh page, like the extension's).
//   extension  a fresh load with the extension; the content script's User Timing entries give
//              its main-thread work (gate + serialise, then remap + paint) and the time from the
//              start of its run to painted highlights. Long tasks (PerformanceObserver) that
//              overlap those entries are counted as caused by the extension.
// Goals (issue 10): main thread ≤ 15% of the baseline, no long task by the extension, time to
// highlights ≤ 1.3× the baseline, the gate alone ≤ 5 ms on a page that is not an article.
//
// Usage: node scripts/bench-browser.mjs [--pages N] [--json]
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
      const get = (n) => performance.getEntriesByName(n)[0];
      // Every step the content script runs on the page's thread (see entrypoints/content.ts).
      const parts = ['gate', 'serialize', 'check', 'remap', 'paint'].map((n) => get(`sourcelight:${n}`)).filter(Boolean);
      const main = parts.reduce((s, e) => s + e.duration, 0);
      const first = parts[0];
      const last = get('sourcelight:paint');
      const ours = parts.map((e) => ({ start: e.startTime, end: e.startTime + e.duration }));
      const longByUs = globalThis.__longTasks.filter((t) => ours.some((o) => o.start < t.end && t.start < o.end));
      return {
        main,
        serialize: (get('sourcelight:gate')?.duration ?? 0) + (get('sourcelight:serialize')?.duration ?? 0),
        paint: (get('sourcelight:check')?.duration ?? 0) + (get('sourcelight:remap')?.duration ?? 0) + (last?.duration ?? 0),
        gate: get('sourcelight:gate')?.duration ?? null,
        offThread: get('sourcelight:off-thread')?.duration ?? null,
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

const rows = [];
for (const p of pages) {
  try {
    const b = await baseline(p.path);
    const e = await withExtension(p.path, true);
    rows.push({ page: p.name, kb: Math.round(b.bytes / 1024), baseline: b, ext: e, mainRatio: e.main / b.total, ttfRatio: e.toHighlights / b.parse });
    log(`${p.name.padEnd(22)} ${String(Math.round(b.bytes / 1024)).padStart(5)} KB  readability ${b.total.toFixed(0).padStart(5)} ms  ours on page ${e.main.toFixed(1).padStart(6)} ms (${((100 * e.main) / b.total).toFixed(1).padStart(5)}%)  to highlights ${String(e.toHighlights?.toFixed(0)).padStart(5)} ms (${(e.toHighlights / b.parse).toFixed(2)}×)  long tasks by us ${e.longTasksByUs}  [serialize ${e.serialize.toFixed(1)} / check+remap+paint ${e.paint.toFixed(1)} / off-thread ${e.offThread?.toFixed(0)}]`);
  } catch (err) {
    log(`${p.name}: skipped (${err instanceof Error ? err.message.split('\n')[0] : err})`);
  }
}
const gates = [];
for (const p of nonArticles) {
  const e = await withExtension(p.path, false);
  gates.push({ page: p.name, gate: e.gate });
}

const summary = {
  pages: rows.length,
  mainThreadRatioMedian: median(rows.map((r) => r.mainRatio)),
  mainThreadRatioMax: max(rows.map((r) => r.mainRatio)),
  timeToHighlightsRatioMedian: median(rows.map((r) => r.ttfRatio)),
  timeToHighlightsRatioMax: max(rows.map((r) => r.ttfRatio)),
  longTasksByExtension: rows.reduce((n, r) => n + r.ext.longTasksByUs, 0),
  readabilityMedianMs: median(rows.map((r) => r.baseline.total)),
  oursOnPageMedianMs: median(rows.map((r) => r.ext.main)),
  nonArticleGateMs: max(gates.map((g) => g.gate ?? NaN)),
};
if (JSON_OUT) {
  console.log(JSON.stringify({ machine: { cores: (await import('node:os')).cpus().length }, summary, rows, gates }, null, 2));
} else {
  console.log('');
  console.log(`pages measured                          ${summary.pages}`);
  console.log(`main-thread time / in-page Readability  median ${(100 * summary.mainThreadRatioMedian).toFixed(1)}%, max ${(100 * summary.mainThreadRatioMax).toFixed(1)}%   (goal ≤ 15%)`);
  console.log(`long tasks caused by the extension      ${summary.longTasksByExtension}   (goal 0)`);
  console.log(`time to highlights / Readability parse  median ${summary.timeToHighlightsRatioMedian.toFixed(2)}×, max ${summary.timeToHighlightsRatioMax.toFixed(2)}×   (goal ≤ 1.3×)`);
  console.log(`gate on a non-article page              ${summary.nonArticleGateMs.toFixed(2)} ms   (goal ≤ 5 ms)`);
}
await plain.close();
await ext.context.close();
await server.close();
