// Sourcelight Node bench (issue 10, goals 3 and 5): the analyzer's and the CLI's cost, measured
// against Readability on the same jsdom documents, side by side in one run.
//
//   npm run bench                      table on stdout (progress on stderr)
//   npm run bench -- --json            machine-readable result on stdout instead
//   npm run bench -- --json=FILE       the table on stdout, and the result written to FILE
//   other: --rounds N (3: timed repeats per page), --limit N (first N pages), --no-cli (skip the
//          folder runs), --cli-runs N (2: runs per --jobs value), --corpus DIR (else CORPUS_DIR)
//
// Runs on Node >= 22.18 directly (type stripping): `node scripts/bench.ts`. Reads the aeb dev
// pages (CORPUS_DIR, default ../shared/corpus from the repo root: pages/aeb.dev.jsonl, gzip html);
// when they are absent it says so and measures the repo's own pages instead, and exits 0.
//
// What is timed, per page, on one jsdom document, in alternating order between rounds (so that a
// burst of load from other processes, or a GC, falls on each side alike); medians over rounds:
//   parse        new JSDOM(html)                      (both paths start with it)
//   readability  new Readability(doc.cloneNode(true)).parse()     the baseline
//   extract      extractArticle(doc)   = clone + Readability + a block walk of the page + matching
//   analyze      analyze(article)      the pure analyzer, on extract's article
//   cli          parse + extract + analyze + JSON.stringify(report): what `sourcelight analyze` does
//   alone        parse + readability: a Readability-only tool on the same DOM implementation
// Ratios are computed per page, then the median (and p90) over pages is reported.
//
// Cost vs length: analyze() on synthetic articles of 10 KB, 100 KB and 1 MB of text (bench/
// synthetic.ts: sentences written for this bench, no corpus text). CLI scaling: the pages are
// written (decoded, utf-8) to a temp folder and `sourcelight analyze <folder> --jobs N` is run as a
// child process for N = 1, 2 (and the core count if higher), in ABBA order; wall-clock medians.
import { Readability } from '@mozilla/readability';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../src/analyze/index.ts';
import { parseHtml } from '../src/cli/pipeline.ts';
import { extractArticle, type ExtractOutcome } from '../src/extract/extract.ts';
import { articleChars, syntheticArticle } from '../bench/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------- args
interface Args {
  json: boolean;
  jsonFile: string | null;
  rounds: number;
  limit: number;
  cli: boolean;
  cliRuns: number;
  corpus: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, jsonFile: null, rounds: 3, limit: Infinity, cli: true, cliRuns: 2, corpus: process.env.CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus') };
  const int = (v: string | undefined, name: string): number => {
    if (!v || !/^[1-9][0-9]*$/.test(v)) usage(`${name} needs a whole number, 1 or more`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') a.json = true;
    else if (arg.startsWith('--json=')) a.jsonFile = arg.slice('--json='.length);
    else if (arg === '--rounds') a.rounds = int(argv[++i], arg);
    else if (arg === '--limit') a.limit = int(argv[++i], arg);
    else if (arg === '--no-cli') a.cli = false;
    else if (arg === '--cli-runs') a.cliRuns = int(argv[++i], arg);
    else if (arg === '--corpus') a.corpus = argv[++i] ?? usage('--corpus needs a folder');
    else if (arg === '--help' || arg === '-h') usage(null);
    else usage(`unknown option ${arg}`);
  }
  return a;
}

function usage(error: string | null): never {
  if (error) process.stderr.write(`bench: ${error}\n`);
  process.stderr.write('usage: node scripts/bench.ts [--json[=FILE]] [--rounds N] [--limit N] [--no-cli] [--cli-runs N] [--corpus DIR]\n');
  process.exit(error ? 2 : 0);
}

const args = parseArgs(process.argv.slice(2));
const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

// ------------------------------------------------------------------------------------- helpers
// A collector between timed sections keeps one side's garbage from being collected on the other's
// clock. (The flag can be set at run time; `gc` then appears in a new context.)
setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as ((o?: { type: 'major' | 'minor'; execution?: 'sync' }) => void) | undefined;
const gc = (type: 'major' | 'minor'): void => {
  gcFn?.({ type, execution: 'sync' });
};

function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const r2 = (x: number): number => Math.round(x * 100) / 100;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

// --------------------------------------------------------------------------------------- pages
interface Page {
  id: string;
  url: string;
  html: string;
}

interface PageSet {
  source: string;
  corpus: boolean;
  pages: Page[];
}

function decode(buf: Buffer, encoding: string | undefined): string {
  try {
    return new TextDecoder(encoding || 'utf-8').decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

function loadPages(): PageSet {
  const index = join(args.corpus, 'pages', 'aeb.dev.jsonl');
  if (existsSync(index)) {
    const pages: Page[] = [];
    for (const line of readFileSync(index, 'utf8').split('\n')) {
      if (!line.trim() || pages.length >= args.limit) continue;
      const row = JSON.parse(line) as { id: string; url?: string; html_path: string; html_gzip?: boolean; html_encoding?: string };
      let buf = readFileSync(join(args.corpus, 'pages', row.html_path));
      if (row.html_gzip || row.html_path.endsWith('.gz')) buf = gunzipSync(buf);
      pages.push({ id: row.id, url: row.url ?? `https://aeb.example/${row.id}`, html: decode(buf, row.html_encoding) });
    }
    return { source: index, corpus: true, pages };
  }
  log(`bench: no aeb dev pages at ${index} (set CORPUS_DIR to the corpus folder).`);
  log("bench: measuring the repo's own pages instead (assets/demo, tests/fixtures/pages): a smoke run, not the goal figures.");
  const files = [join(ROOT, 'assets', 'demo', 'article.html')];
  const fixtures = join(ROOT, 'tests', 'fixtures', 'pages');
  if (existsSync(fixtures)) {
    for (const d of readdirSync(fixtures).sort()) {
      const f = join(fixtures, d, 'page.html');
      if (existsSync(f)) files.push(f);
    }
  }
  const pages = files
    .filter((f) => existsSync(f))
    .slice(0, args.limit)
    .map((f) => ({ id: f.slice(ROOT.length + 1), url: `https://courier.example/${f.slice(ROOT.length + 1)}`, html: readFileSync(f, 'utf8') }));
  return { source: 'repo pages (assets/demo/article.html, tests/fixtures/pages/*/page.html)', corpus: false, pages };
}

// -------------------------------------------------------------------------------- per-page bench
interface Ratio {
  median: number;
  p90: number;
  pooled: number;
}

interface PageTiming {
  id: string;
  htmlKB: number;
  textChars: number;
  blocks: number;
  ok: boolean;
  parseMs: number;
  readabilityMs: number;
  /** Readability with an identity serializer: no HTML string built at the end. */
  readabilityCoreMs: number;
  extractMs: number;
  analyzeMs: number;
  stringifyMs: number;
  /** parse + extract + analyze + stringify */
  cliMs: number;
  /** parse + readability */
  aloneMs: number;
}

function readabilityAlone(doc: Document): unknown {
  return new Readability(doc.cloneNode(true) as Document).parse();
}

/** Readability without turning its result back into HTML (extractArticle asks for it this way). */
function readabilityCore(doc: Document): unknown {
  return new Readability(doc.cloneNode(true) as Document, { serializer: (el: Node) => el }).parse();
}

// jsdom's documents are only collectable once the current job ends (WeakRefs are held to its end):
// a long synchronous loop over pages grows the heap by every page it parsed, and slows everything.
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

async function benchPage(page: Page, rounds: number): Promise<PageTiming> {
  const t = { parse: [] as number[], read: [] as number[], core: [] as number[], extract: [] as number[], analyze: [] as number[], str: [] as number[] };
  let textChars = 0;
  let blocks = 0;
  let ok = true;
  for (let r = 0; r < rounds; r++) {
    await tick();
    gc('major');
    const [doc, parseMs] = time(() => parseHtml(page.html, page.url));
    t.parse.push(parseMs);
    const got: { outcome: ExtractOutcome | null } = { outcome: null };
    const sides: (() => void)[] = [
      () => t.read.push(time(() => readabilityAlone(doc))[1]),
      () => t.core.push(time(() => readabilityCore(doc))[1]),
      () => {
        const [o, ms] = time(() => extractArticle(doc, { url: page.url, force: true }));
        t.extract.push(ms);
        got.outcome = o;
      },
    ];
    // Rotate which side goes first, round by round.
    for (let k = 0; k < sides.length; k++) {
      gc('minor');
      (sides[(k + r) % sides.length] as () => void)();
    }
    const outcome = got.outcome;
    if (!outcome || !outcome.ok) {
      ok = false;
      t.analyze.push(0);
      t.str.push(0);
      continue;
    }
    const article = outcome.article;
    textChars = articleChars(article);
    blocks = article.blocks.length;
    gc('minor');
    const [report, analyzeMs] = time(() => analyze(article));
    t.analyze.push(analyzeMs);
    t.str.push(time(() => JSON.stringify(report))[1]);
  }
  const parseMs = median(t.parse);
  const readabilityMs = median(t.read);
  const readabilityCoreMs = median(t.core);
  const extractMs = median(t.extract);
  const analyzeMs = median(t.analyze);
  const stringifyMs = median(t.str);
  return {
    id: page.id,
    htmlKB: r2(Buffer.byteLength(page.html) / 1024),
    textChars,
    blocks,
    ok,
    parseMs: r3(parseMs),
    readabilityMs: r3(readabilityMs),
    readabilityCoreMs: r3(readabilityCoreMs),
    extractMs: r3(extractMs),
    analyzeMs: r3(analyzeMs),
    stringifyMs: r3(stringifyMs),
    cliMs: r3(parseMs + extractMs + analyzeMs + stringifyMs),
    aloneMs: r3(parseMs + readabilityMs),
  };
}

// ---------------------------------------------------------------------------- cost vs length
interface SizeTiming {
  label: string;
  chars: number;
  blocks: number;
  runs: number;
  medianMs: number;
  minMs: number;
  findings: number;
}

async function benchSizes(): Promise<SizeTiming[]> {
  const sizes = [
    { label: '10 KB', chars: 10_000, runs: 21 },
    { label: '100 KB', chars: 100_000, runs: 9 },
    { label: '1 MB', chars: 1_000_000, runs: 5 },
  ];
  const articles = sizes.map((s) => syntheticArticle(s.chars));
  // Warm the analyzer up (JIT) on the small one first.
  for (let i = 0; i < 5; i++) analyze(articles[0] as (typeof articles)[number]);
  const ms: number[][] = sizes.map(() => []);
  const findings: number[] = sizes.map(() => 0);
  const maxRuns = Math.max(...sizes.map((s) => s.runs));
  for (let run = 0; run < maxRuns; run++) {
    // Sizes interleaved, in a rotating order.
    for (let k = 0; k < sizes.length; k++) {
      const i = (k + run) % sizes.length;
      const size = sizes[i] as (typeof sizes)[number];
      if (run >= size.runs) continue;
      await tick();
      gc('major');
      const [report, t] = time(() => analyze(articles[i] as (typeof articles)[number]));
      (ms[i] as number[]).push(t);
      findings[i] = report.findings.length;
    }
  }
  return sizes.map((s, i) => ({
    label: s.label,
    chars: articleChars(articles[i] as (typeof articles)[number]),
    blocks: (articles[i] as (typeof articles)[number]).blocks.length,
    runs: s.runs,
    medianMs: r2(median(ms[i] as number[])),
    minMs: r2(Math.min(...(ms[i] as number[]))),
    findings: findings[i] as number,
  }));
}

// ------------------------------------------------------------------------------- CLI scaling
interface CliRun {
  jobs: number;
  wallMs: number;
  /** CPU time of the whole child process, every thread (user + system). */
  cpuMs: number;
  exitCode: number;
}

// The child runs the CLI's own main() and, once it returns, reports its process-wide CPU time on
// stderr (Node has no per-child rusage); everything else is what `sourcelight analyze` does.
const CHILD = `
const { main } = await import(process.env.SOURCELIGHT_MAIN);
const code = await main(process.argv.slice(1));
const u = process.cpuUsage();
process.stderr.write('\\nBENCH_CPU ' + JSON.stringify({ cpuMs: (u.user + u.system) / 1000 }) + '\\n');
process.exitCode = code;
`;

function runCli(dir: string, jobs: number): Promise<CliRun> {
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, 'analyze', dir, '--jobs', String(jobs)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, SOURCELIGHT_MAIN: pathToFileURL(join(ROOT, 'src', 'cli', 'main.ts')).href },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      // Exit 1 = some page had no article (reported per file); 2 or 3 = the run itself failed.
      if (code !== 0 && code !== 1) reject(new Error(`sourcelight analyze --jobs ${jobs} exited ${code}: ${stderr.slice(0, 500)}`));
      else {
        const m = /BENCH_CPU (\{.*\})/.exec(stderr);
        const cpuMs = m ? (JSON.parse(m[1] as string) as { cpuMs: number }).cpuMs : NaN;
        resolveRun({ jobs, wallMs, cpuMs, exitCode: code });
      }
    });
  });
}

interface CliScaling {
  pages: number;
  runsPerJobs: number;
  order: number[];
  runs: CliRun[];
  medianWallMs: Record<string, number>;
  medianCpuMs: Record<string, number>;
  /** Wall time / CPU time: how many cores the run actually got on average. */
  coresUsed: Record<string, number>;
  pagesPerSecond: Record<string, number>;
  speedup2vs1: number;
  speedupCoresVs1: number | null;
}

async function benchCli(pages: readonly Page[]): Promise<CliScaling> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  try {
    pages.forEach((p, i) => writeFileSync(join(dir, `${String(i).padStart(4, '0')}.html`), p.html));
    const cores = availableParallelism();
    const values = cores > 2 ? [1, 2, cores] : [1, 2];
    // ABBA…: each value is run as often early as late, so a drift in the machine's load cancels.
    const order: number[] = [];
    for (let r = 0; r < args.cliRuns; r++) order.push(...(r % 2 === 0 ? values : [...values].reverse()));
    const runs: CliRun[] = [];
    for (const jobs of order) {
      const run = await runCli(dir, jobs);
      log(`bench: cli --jobs ${jobs}: ${(run.wallMs / 1000).toFixed(2)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU (load ${loadavg()[0]?.toFixed(1)})`);
      runs.push({ ...run, wallMs: r2(run.wallMs), cpuMs: r2(run.cpuMs) });
    }
    const medianWallMs: Record<string, number> = {};
    const medianCpuMs: Record<string, number> = {};
    const coresUsed: Record<string, number> = {};
    const pagesPerSecond: Record<string, number> = {};
    for (const v of values) {
      const m = median(runs.filter((r) => r.jobs === v).map((r) => r.wallMs));
      medianWallMs[v] = r2(m);
      const mine = runs.filter((r) => r.jobs === v);
      medianCpuMs[v] = r2(median(mine.map((r) => r.cpuMs)));
      coresUsed[v] = r2(median(mine.map((r) => r.cpuMs / r.wallMs)));
      pagesPerSecond[v] = r2(pages.length / (m / 1000));
    }
    const m1 = medianWallMs[1] as number;
    return {
      pages: pages.length,
      runsPerJobs: args.cliRuns,
      order,
      runs,
      medianWallMs,
      medianCpuMs,
      coresUsed,
      pagesPerSecond,
      speedup2vs1: r2(m1 / (medianWallMs[2] as number)),
      speedupCoresVs1: cores > 2 ? r2(m1 / (medianWallMs[cores] as number)) : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------- run
function machine(): Record<string, string | number> {
  const cpu = cpus()[0];
  return {
    node: process.versions.node,
    cpu: cpu?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGB: r2(totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
  };
}

async function run(): Promise<void> {
  const started = new Date().toISOString();
  const load0 = loadavg().map(r2);
  const set = loadPages();
  if (set.pages.length === 0) {
    log('bench: no pages to measure.');
    return;
  }
  log(`bench: ${set.pages.length} pages from ${set.source}; ${args.rounds} rounds each; load average ${load0.join(' ')}`);

  // Warm-up: compile every path once on a few pages before anything is timed.
  for (const p of set.pages.slice(0, 3)) await benchPage(p, 1);

  const per: PageTiming[] = [];
  const t0 = performance.now();
  for (const [i, p] of set.pages.entries()) {
    per.push(await benchPage(p, args.rounds));
    if ((i + 1) % 20 === 0) {
      const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
      log(`bench: ${i + 1}/${set.pages.length} pages (${((performance.now() - t0) / 1000).toFixed(0)} s, heap ${heap} MB)`);
    }
  }
  const okPages = per.filter((p) => p.ok && p.readabilityMs > 0);
  const ratioTo = (f: (p: PageTiming) => number, base: (p: PageTiming) => number): Ratio => ({
    median: r3(median(okPages.map((p) => f(p) / base(p)))),
    p90: r3(quantile(okPages.map((p) => f(p) / base(p)), 0.9)),
    pooled: r3(sum(okPages.map(f)) / sum(okPages.map(base))),
  });
  const ratio = (f: (p: PageTiming) => number): Ratio => ratioTo(f, (p) => p.readabilityMs);
  const perPage = {
    pages: per.length,
    pagesWithArticle: okPages.length,
    medianMs: {
      parse: r2(median(okPages.map((p) => p.parseMs))),
      readability: r2(median(okPages.map((p) => p.readabilityMs))),
      readabilityCore: r2(median(okPages.map((p) => p.readabilityCoreMs))),
      extract: r2(median(okPages.map((p) => p.extractMs))),
      analyze: r2(median(okPages.map((p) => p.analyzeMs))),
      stringify: r2(median(okPages.map((p) => p.stringifyMs))),
      cli: r2(median(okPages.map((p) => p.cliMs))),
      alone: r2(median(okPages.map((p) => p.aloneMs))),
    },
    analyzeVsReadability: ratio((p) => p.analyzeMs),
    extractVsReadability: ratio((p) => p.extractMs),
    extractPlusAnalyzeVsReadability: ratio((p) => p.extractMs + p.analyzeMs),
    // The same against Readability minus its final HTML serialisation (which extractArticle skips).
    readabilityCoreVsReadability: ratio((p) => p.readabilityCoreMs),
    extractVsReadabilityCore: ratioTo((p) => p.extractMs, (p) => p.readabilityCoreMs),
    analyzeVsReadabilityCore: ratioTo((p) => p.analyzeMs, (p) => p.readabilityCoreMs),
    cliVsAloneCore: ratioTo((p) => p.cliMs, (p) => p.parseMs + p.readabilityCoreMs),
    // Whole CLI path vs a Readability-only tool, both including the jsdom parse.
    cliVsAlone: ratioTo((p) => p.cliMs, (p) => p.aloneMs),
    // One thread, in-process, from the per-page medians.
    pagesPerSecondOneThread: {
      cli: r2(okPages.length / (sum(okPages.map((p) => p.cliMs)) / 1000)),
      alone: r2(okPages.length / (sum(okPages.map((p) => p.aloneMs)) / 1000)),
      analyzeOnly: r2(okPages.length / (sum(okPages.map((p) => p.analyzeMs)) / 1000)),
    },
  };

  log('bench: analyze() on synthetic 10 KB / 100 KB / 1 MB articles');
  const sizes = await benchSizes();
  const scaling = {
    sizes,
    ratio10to100: r2((sizes[1] as SizeTiming).medianMs / (sizes[0] as SizeTiming).medianMs),
    ratio100to1000: r2((sizes[2] as SizeTiming).medianMs / (sizes[1] as SizeTiming).medianMs),
    // The fastest run of each size: the least disturbed by other processes on a busy machine.
    minRatio10to100: r2((sizes[1] as SizeTiming).minMs / (sizes[0] as SizeTiming).minMs),
    minRatio100to1000: r2((sizes[2] as SizeTiming).minMs / (sizes[1] as SizeTiming).minMs),
    // Per character, so a size that is not exactly 10x the last does not skew the ratio.
    usPerKB: sizes.map((s) => r2((s.medianMs * 1000) / (s.chars / 1000))),
  };

  let cli: CliScaling | null = null;
  if (args.cli) {
    log(`bench: sourcelight analyze <folder of ${set.pages.length} pages> --jobs N, ${args.cliRuns} runs each`);
    cli = await benchCli(set.pages);
  }

  const goals = {
    g3_analyzeVsReadability: { goal: '<= 0.10 (median over pages)', value: perPage.analyzeVsReadability.median, met: perPage.analyzeVsReadability.median <= 0.1 },
    g3_linear100KBto1MB: { goal: '<= 15 (x per 10x text)', value: scaling.ratio100to1000, met: scaling.ratio100to1000 <= 15 },
    g5_speedup2vs1: cli ? { goal: '>= 1.7 (wall, --jobs 2 vs 1)', value: cli.speedup2vs1, met: cli.speedup2vs1 >= 1.7 } : null,
    g5_cliVsReadabilityAlone: { goal: '<= 1.2 (median over pages, incl. jsdom parse)', value: perPage.cliVsAlone.median, met: perPage.cliVsAlone.median <= 1.2 },
    g5_cliVsReadabilityCore: { goal: '<= 1.2 (same, baseline without its HTML serialise)', value: perPage.cliVsAloneCore.median, met: perPage.cliVsAloneCore.median <= 1.2 },
  };

  const result = {
    started,
    machine: machine(),
    loadAverage: { start: load0, end: loadavg().map(r2) },
    source: set.source,
    corpus: set.corpus,
    rounds: args.rounds,
    perPage,
    scaling,
    cli,
    goals,
    pages: per,
  };

  if (args.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  if (args.jsonFile) writeFileSync(args.jsonFile, `${JSON.stringify(result, null, 2)}\n`);
  printTable(result.machine, result.loadAverage, set, perPage, scaling, cli, goals);
}

function printTable(
  m: Record<string, string | number>,
  load: { start: number[]; end: number[] },
  set: PageSet,
  perPage: {
    pages: number;
    pagesWithArticle: number;
    medianMs: Record<string, number>;
    analyzeVsReadability: Ratio;
    extractVsReadability: Ratio;
    extractPlusAnalyzeVsReadability: Ratio;
    readabilityCoreVsReadability: Ratio;
    extractVsReadabilityCore: Ratio;
    analyzeVsReadabilityCore: Ratio;
    cliVsAlone: Ratio;
    cliVsAloneCore: Ratio;
    pagesPerSecondOneThread: Record<string, number>;
  },
  scaling: { sizes: SizeTiming[]; ratio10to100: number; ratio100to1000: number; minRatio10to100: number; minRatio100to1000: number; usPerKB: number[] },
  cli: CliScaling | null,
  goals: Record<string, { goal: string; value: number; met: boolean } | null>,
): void {
  const out: string[] = [];
  const row = (cells: (string | number)[], widths: number[]): string =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 10) : String(c).padStart(widths[i] ?? 10))).join('  ');
  out.push(`Sourcelight Node bench · node ${m.node} · ${m.cpu} · ${m.cores} cores · load ${load.start.join(' ')} → ${load.end.join(' ')}`);
  out.push(`pages: ${set.corpus ? 'aeb dev' : 'REPO PAGES (corpus absent)'}, ${perPage.pagesWithArticle}/${perPage.pages} with an article; ${args.rounds} rounds per page, medians`);
  out.push('');
  const w = [34, 10, 10, 10, 10];
  out.push(row(['per page (jsdom)', 'median ms', 'x Rdb med', 'x Rdb p90', 'x pooled'], w));
  const mm = perPage.medianMs;
  out.push(row(['jsdom parse', mm.parse ?? '', '', '', ''], w));
  out.push(row(['Readability (clone + parse) = Rdb', mm.readability ?? '', '1', '', ''], w));
  const rr = (name: string, ms: number | string, r: Ratio): string =>
    row([name, ms, r.median.toFixed(3), r.p90.toFixed(3), r.pooled.toFixed(3)], w);
  out.push(rr('Rdb, no HTML serialise = core', mm.readabilityCore ?? '', perPage.readabilityCoreVsReadability));
  out.push(rr('extractArticle', mm.extract ?? '', perPage.extractVsReadability));
  out.push(rr('analyze(article)', mm.analyze ?? '', perPage.analyzeVsReadability));
  out.push(rr('extract + analyze', '', perPage.extractPlusAnalyzeVsReadability));
  out.push(row(['JSON.stringify(report)', mm.stringify ?? '', '', '', ''], w));
  out.push(row(['CLI path (parse+extract+analyze+json)', mm.cli ?? '', '', '', ''], w));
  out.push(row(['Readability-only tool (parse+Rdb)', mm.alone ?? '', '', '', ''], w));
  out.push(rr('CLI path / Readability-only tool', '', perPage.cliVsAlone));
  out.push(row(['against core (ratios to Rdb core)', '', '', '', ''], w));
  out.push(rr('  extractArticle / core', '', perPage.extractVsReadabilityCore));
  out.push(rr('  analyze / core', '', perPage.analyzeVsReadabilityCore));
  out.push(rr('  CLI path / (parse + core)', '', perPage.cliVsAloneCore));
  const pps = perPage.pagesPerSecondOneThread;
  out.push(`pages/s on one thread: CLI path ${pps.cli} · Readability-only ${pps.alone} · analyze alone ${pps.analyzeOnly}`);
  out.push('');
  const ws = [18, 10, 8, 10, 10, 9, 10];
  out.push(row(['analyze() on text', 'chars', 'blocks', 'median ms', 'min ms', 'us/KB', 'findings'], ws));
  scaling.sizes.forEach((s, i) => out.push(row([s.label, s.chars, s.blocks, s.medianMs, s.minMs, scaling.usPerKB[i] ?? '', s.findings], ws)));
  out.push(`x per 10x text (medians): 10 KB→100 KB ${scaling.ratio10to100} · 100 KB→1 MB ${scaling.ratio100to1000} (linear = 10)`);
  out.push(`x per 10x text (fastest runs): 10 KB→100 KB ${scaling.minRatio10to100} · 100 KB→1 MB ${scaling.minRatio100to1000}`);
  if (cli) {
    out.push('');
    const wc = [34, 12, 10, 10, 10, 11];
    out.push(row([`sourcelight analyze <${cli.pages} pages>`, 'median wall', 'pages/s', 'speed-up', 'CPU s', 'cores got'], wc));
    for (const [jobs, ms] of Object.entries(cli.medianWallMs)) {
      const cpu = cli.medianCpuMs[jobs] ?? NaN;
      out.push(row([`--jobs ${jobs}`, `${(ms / 1000).toFixed(2)} s`, cli.pagesPerSecond[jobs] ?? '', ((cli.medianWallMs[1] as number) / ms).toFixed(2), (cpu / 1000).toFixed(2), cli.coresUsed[jobs] ?? ''], wc));
    }
    out.push(`runs (ABBA order): ${cli.runs.map((r) => `j${r.jobs} ${(r.wallMs / 1000).toFixed(1)}s/${(r.cpuMs / 1000).toFixed(1)}s CPU`).join(', ')}`);
    out.push('("cores got" = CPU time / wall time: below the --jobs value, other processes held the cores)');
  }
  out.push('');
  out.push('goals');
  for (const [name, g] of Object.entries(goals)) {
    if (!g) continue;
    out.push(`  ${g.met ? 'met    ' : 'NOT met'}  ${name}: ${g.value} (goal ${g.goal})`);
  }
  if (!set.corpus) out.push('  (repo pages only: not the aeb figures the goals are about)');
  process.stdout.write(`${out.join('\n')}\n`);
}

await run();
