// `npm run pages`: the CLI's own path (src/cli/input.ts + src/cli/pipeline.ts) over real saved
// pages of every kind: the corpus's `pages/wild.dev.jsonl` (143 pages nobody tuned Sourcelight on).
// Every page must be analysed or refused with a one-line reason; none may crash.
//
//   npm run pages                      one line per page, the slowest pages, totals (stdout);
//                                      a digest of every page's findings, to read, in
//                                      artifacts/pages-digest.txt
//   npm run pages -- --check           also compare with eval/pages-state.json: exit 1 on any crash,
//                                      and on any page that was analysed there and is refused now
//   npm run pages -- --write-state     rewrite eval/pages-state.json (page ids and states only)
//   other: --only TEXT (pages whose id contains TEXT), --digest FILE, --corpus DIR (else CORPUS_DIR)
//
// Per page: wall time of reading + parsing + extraction + analysis, and memory: the JavaScript
// heap the page holds at its largest (sampled after parsing, extraction and analysis, from a heap
// collected before the page; run with --expose-gc, as the npm script does). A page that is refused
// is also given to Readability alone: a refusal of a page Readability extracts text from is a
// defect of ours (counted as "refused, Readability extracts text"; the target is 0).
// Under CI (CI=true) a missing corpus fails; elsewhere it is a one-line note.
import { Readability } from '@mozilla/readability';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isOwnVoice, isPainted } from '../src/analyze/findings.ts';
import type { Report } from '../src/analyze/types.ts';
import { htmlFromBytes } from '../src/cli/input.ts';
import { analyzeHtml, parseHtml } from '../src/cli/pipeline.ts';
import { missingShared } from './lib/shared.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATE_FILE = join(ROOT, 'eval', 'pages-state.json');

interface Row {
  id: string;
  url: string | null;
  html_path: string;
  html_gzip?: boolean;
  html_encoding?: string | null;
}

type Status = 'analysed' | 'refused' | 'crashed';

interface PageOutcome {
  id: string;
  status: Status;
  /** One line: why it was refused or how it crashed. */
  reason: string | null;
  ms: number;
  heapMb: number;
  bytes: number;
  encoding: string | null;
  report: Report | null;
  /** For refused pages: characters of text Readability alone extracts (0: it finds nothing either). */
  readabilityChars: number | null;
}

interface Args {
  check: boolean;
  writeState: boolean;
  only: string | null;
  digest: string;
  corpus: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { check: false, writeState: false, only: null, digest: join(ROOT, 'artifacts', 'pages-digest.txt'), corpus: process.env.CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') a.check = true;
    else if (arg === '--write-state') a.writeState = true;
    else if (arg === '--only') a.only = argv[++i] ?? null;
    else if (arg === '--digest') a.digest = resolve(argv[++i] ?? a.digest);
    else if (arg === '--corpus') a.corpus = argv[++i] ?? a.corpus;
    else {
      process.stderr.write(`pages: unknown option ${arg}\n`);
      process.exit(2);
    }
  }
  return a;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => process.memoryUsage().heapUsed / 1e6;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}

function readabilityChars(html: string, url: string): number {
  try {
    const parsed = new Readability(parseHtml(html, url)).parse();
    return (parsed?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  } catch {
    return 0;
  }
}

function runPage(row: Row, corpus: string): PageOutcome {
  gc?.();
  const base = heapMb();
  let peak = base;
  const sample = (): void => {
    peak = Math.max(peak, heapMb());
  };
  const t0 = performance.now();
  const out: PageOutcome = { id: row.id, status: 'crashed', reason: null, ms: 0, heapMb: 0, bytes: 0, encoding: null, report: null, readabilityChars: null };
  // A page with no address of its own gets one on a reserved domain (links resolve against it).
  const url = row.url ?? `https://${row.id}.invalid/`;
  let html: string | null = null;
  try {
    let bytes: Uint8Array = readFileSync(join(corpus, 'pages', row.html_path));
    if (row.html_gzip ?? row.html_path.endsWith('.gz')) bytes = gunzipSync(bytes);
    out.bytes = bytes.length;
    const input = htmlFromBytes(bytes, row.html_encoding ?? null);
    if (!input.ok) {
      out.status = 'refused';
      out.reason = input.message;
    } else {
      html = input.html;
      out.encoding = `${input.encoding} (${input.encodingSource})`;
      const res = analyzeHtml(input.html, url, { onStage: sample });
      sample();
      if (res.ok) {
        out.status = 'analysed';
        out.report = res.report;
      } else {
        out.status = 'refused';
        out.reason = res.message;
      }
    }
  } catch (err) {
    out.status = 'crashed';
    out.reason = oneLine(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  }
  out.ms = performance.now() - t0;
  out.heapMb = Math.max(0, peak - base);
  if (out.status === 'refused' && html !== null) out.readabilityChars = readabilityChars(html, url);
  return out;
}

function counts(r: Report): string {
  const c = r.summary.counts;
  return `claims ${c.claim}, state media ${c['state-media']}, promotion ${c.promotion}`;
}

function digestOf(o: PageOutcome): string {
  const lines = [`== ${o.id} · ${o.status} · ${Math.round(o.ms)} ms · ${o.encoding ?? ''}`];
  if (!o.report) {
    lines.push(`   ${o.reason ?? ''}${o.readabilityChars ? ` (Readability alone extracts ${o.readabilityChars} characters)` : ''}`);
    return lines.join('\n');
  }
  const r = o.report;
  lines.push(`   title: ${r.article.title || '(untitled)'}`);
  lines.push(`   ${r.article.blocks} blocks, ${r.summary.words} words, lang ${r.article.lang ?? '?'}${r.article.truncated ? ', CUT' : ''}; extraction ${Math.round(r.timings.extractMs ?? 0)} ms, analysis ${Math.round(r.timings.analyzeMs)} ms`);
  lines.push(`   verdict: ${r.summary.verdict}`);
  lines.push(`   ${counts(r)}`);
  if (r.sources.outlets.length > 0) lines.push(`   outlets: ${r.sources.outlets.map((x) => x.outlet.name).join('; ')}`);
  for (const f of r.findings) {
    if (!isPainted(f)) continue;
    const text = f.text.length > 140 ? `${f.text.slice(0, 137)}...` : f.text;
    lines.push(`   [${f.kind}${isOwnVoice(f) ? ', own voice (hidden by default)' : ''}] ${f.rule}: "${oneLine(text)}"`);
  }
  return lines.join('\n');
}

function loadState(): Record<string, Status> | null {
  if (!existsSync(STATE_FILE)) return null;
  const data = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { pages?: Record<string, Status> };
  return data.pages ?? null;
}

/**
 * Back to the event loop between pages: jsdom lets go of a parsed page's window only in a later
 * turn; a loop that never yields keeps every page it has parsed (seen: +6 MB per page).
 */
const yieldTurn = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const index = join(args.corpus, 'pages', 'wild.dev.jsonl');
  if (!existsSync(index)) return missingShared('pages', `the wild dev pages (${index})`, 'set CORPUS_DIR to the shared corpus folder');
  let rows = readFileSync(index, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (args.only) rows = rows.filter((r) => r.id.includes(args.only as string));
  if (!gc) process.stderr.write('pages: run with --expose-gc (npm run pages does) for per-page memory from a collected heap\n');

  const t0 = performance.now();
  const outcomes: PageOutcome[] = [];
  const digest: string[] = [];
  const width = Math.max(...rows.map((r) => r.id.length));
  console.log(`${'page'.padEnd(width)}  status     ms  heap MB  KB    result`);
  for (const row of rows) {
    await yieldTurn();
    const o = runPage(row, args.corpus);
    const result = o.report ? counts(o.report) + (o.report.article.truncated ? ' (cut)' : '') : (o.reason ?? '');
    console.log(`${o.id.padEnd(width)}  ${o.status.padEnd(8)} ${String(Math.round(o.ms)).padStart(5)}  ${o.heapMb.toFixed(0).padStart(7)}  ${String(Math.round(o.bytes / 1e3)).padStart(4)}  ${result}`);
    digest.push(digestOf(o));
    // The report is in the digest now; keep only the figures.
    outcomes.push({ ...o, report: null });
  }
  const seconds = (performance.now() - t0) / 1000;

  const by = (s: Status): PageOutcome[] => outcomes.filter((o) => o.status === s);
  const refusedExtractable = by('refused').filter((o) => (o.readabilityChars ?? 0) > 0);
  const slow = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 8);
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log('');
  console.log(`slowest pages: ${slow.map((o) => `${o.id} ${Math.round(o.ms)} ms (${Math.round(o.bytes / 1e3)} KB)`).join('; ')}`);
  console.log(`largest heaps: ${[...outcomes].sort((a, b) => b.heapMb - a.heapMb).slice(0, 5).map((o) => `${o.id} ${o.heapMb.toFixed(0)} MB`).join('; ')}`);
  console.log(`time per page: median ${Math.round(median)} ms, max ${Math.round(times[times.length - 1] ?? 0)} ms; peak RSS of the run ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
  for (const o of by('refused')) console.log(`refused: ${o.id}: ${o.reason}${o.readabilityChars ? ` (Readability alone extracts ${o.readabilityChars} characters)` : ''}`);
  for (const o of by('crashed')) console.log(`CRASHED: ${o.id}: ${o.reason}`);
  console.log(`pages: ${outcomes.length} pages in ${seconds.toFixed(1)} s: ${by('analysed').length} analysed, ${by('refused').length} refused (${refusedExtractable.length} of them with text Readability extracts), ${by('crashed').length} crashed`);

  mkdirSync(dirname(args.digest), { recursive: true });
  writeFileSync(args.digest, `${digest.join('\n\n')}\n`);
  console.log(`pages: digest of every page's findings in ${args.digest}`);

  if (args.writeState) {
    if (args.only) {
      process.stderr.write('pages: --write-state needs the whole set (no --only)\n');
      return 2;
    }
    const pages: Record<string, Status> = {};
    for (const o of outcomes) pages[o.id] = o.status;
    const note = 'Which wild dev pages `npm run pages` analyses (ids only, no page text). `npm run pages -- --check` fails on a crash or on a page analysed here and refused now. Rewrite with `npm run pages -- --write-state`.';
    writeFileSync(STATE_FILE, `${JSON.stringify({ note, pages }, null, 2)}\n`);
    console.log(`pages: wrote ${STATE_FILE}`);
  }

  if (!args.check) return 0;
  const state = loadState();
  const failures: string[] = [];
  for (const o of by('crashed')) failures.push(`${o.id}: crashed: ${o.reason}`);
  if (!state) failures.push(`${STATE_FILE} is missing (create it with --write-state)`);
  else {
    for (const o of outcomes) {
      const was = state[o.id];
      if (was === 'analysed' && o.status !== 'analysed') failures.push(`${o.id}: analysed in the state file, ${o.status} now: ${o.reason}`);
      else if (was !== 'analysed' && o.status === 'analysed') console.log(`pages: ${o.id} is analysed now (${was ?? 'not in the state file'} before): update the state with --write-state`);
    }
    if (!args.only) for (const id of Object.keys(state)) if (!outcomes.some((o) => o.id === id)) failures.push(`${id}: in the state file but not in the corpus`);
  }
  for (const f of failures) console.log(`FAIL ${f}`);
  const failedPages = new Set(failures.map((f) => f.split(':')[0]));
  console.log(`pages: ${outcomes.length - [...failedPages].filter((id) => outcomes.some((o) => o.id === id)).length} passed, ${failures.length} failed`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`pages: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 3;
  },
);
