// Sourcelight evaluation harness: precision and recall of every detector on real, third-party data.
//
//   npm run eval                      all sets, one table
//   npm run eval -- --check           also compare with eval/baseline.json (exit 1 on a regression)
//   npm run eval -- --only aeb,polnear            some sets only
//   npm run eval -- --errors state_media_citations   list FPs / FNs of a set's tune half (implies --only it)
//   npm run eval -- --errors SET --half check|all    the errors of another half (read the check half as numbers)
//   npm run eval -- --json[=path]     machine-readable result (stdout, or a file)
//   npm run eval -- --write-baseline  rewrite eval/baseline.json from this run (a deliberate commit)
//   other: --workers N (default: available cores; 0 = in-process), --resamples N (1000),
//          --seed N (20240601), --limit N (errors per group, 40), --corpus DIR (else CORPUS_DIR),
//          --baseline FILE (default eval/baseline.json)
//
// Runs on Node >= 22.18 directly (type stripping). Reads CORPUS_DIR (default ../shared/corpus from
// the repo root); when it is absent the harness says so and exits 0 with nothing scored, except
// under CI (CI=true), where a missing corpus (or set) is a failure: a check that checked nothing
// must not pass. Every
// input goes through the CLI's own functions (src/cli/pipeline.ts): analyzeHtml(html, url) for
// pages, analyzeText({id, text, context_before}) for sentences. Pages run in worker threads and
// are cached for the run, so a page used by several sets is analysed once.
//
// ============================== MATCHING RULES (also in eval/README.md) ==============================
// Offsets. Corpus offsets are Python code points; they are converted to UTF-16 before any
// comparison. Spans are half-open; two spans overlap when they share at least one character.
//
// Sentence sets (one analyzeText call per sentence, previous sentence as context where the set
// has it). A sentence is flagged by a kind when a finding of that kind overlaps the sentence.
// Halves. Every set is scored whole and on its tune and check halves, split by document
// (eval/halves.ts); the table prints them side by side with the gap (tune − check).
//  * claims / source_vagueness and wild_claims: positive = `flag: true`, negative = `flag: false`, `flag: null`
//    skipped. P/R/F1. FP rate on named = flagged share of `attribution == named`. Flag rate per
//    attribution class is informational.
//  * claims / polnear: each sentence with the previous sentence of its article as context. No
//    flag gold: the checked figure is the flag rate on named-source sentences (label `attributed`
//    and every in-sentence gold Source span names someone — rule in eval/attribution.ts: a
//    capitalised word that the set itself writes capitalised mid-sentence more often than not,
//    not a title or group name, and no anonymous / vague / collective word in the span).
//    Informational: flag rate on pronoun-source sentences, on `attribution_no_source`, on all.
//  * claims / conll2010_wiki: positive = `uncertain`. P/R/F1.
//  * claims / szeged_wikiweasel (informational): titles skipped; sentence level positive = has a
//    gold cue; cue recall = gold cues overlapped by a claim finding; cue precision = claim
//    findings that overlap a gold cue.
//  * state-media / state_media_citations: flagged = a `state-media` finding whose details.role is
//    not `mention` overlaps the labelled name. Positives: source, venue; negatives: mention,
//    not_state. Also: flag rate on mention, FP rate on not_state, count of
//    public-service-independent items flagged; (i) share of mentions recognised as role=mention.
//
// Pages (one analyzeHtml call per page; HTML decoded from the declared encoding, else BOM, valid
// UTF-8, <meta charset>, windows-1252). Tokens: NFKC, lower case, runs of letters/marks/digits.
//  * extraction / aeb: article text = extracted blocks not `dropped`. Token precision / recall /
//    F1 = bag-of-tokens overlap (Σ_t min(pred_t, gold_t)) with ground_truth_text, per page, mean
//    over pages; a page with no article scores 0. promotion / aeb: gold marked as promotion =
//    tokens of (merged) promotion-finding ranges that lie in the gold as running text (a token
//    counts when one of its 3-grams occurs in the gold; a piece under 3 tokens must occur whole),
//    divided by the page's gold tokens, capped at 1, mean over pages (pooled value informational).
//  * extraction / trafilatura_en: a snippet is present when its token sequence occurs contiguously
//    in the token stream of the kept blocks. must_include present rate, must_exclude absent rate
//    (pooled over snippets); promotion: count of must_include snippets whose first occurrence in
//    the stream of all extracted blocks has any token inside a promotion finding (should be 0).
//
// Blocks. promotion / promo_blocks: each labelled block's token sequence is searched in the token
// stream of all extracted blocks (kept + dropped) in block_index order, after the previous match
// (earlier occurrence as fallback). A block is flagged when > 50 % of its tokens lie inside
// promotion findings. Positive = promotion; negatives = boilerplate, article. Blocks not found
// count as not flagged; the article-block flag rate is over found article blocks. Pages missing
// from pages/*.dev.jsonl are skipped (counted in the notes).
//
// Intervals: 95 % percentile bootstrap, 1000 resamples, seeded per figure (deterministic).
// Sentence sets resample sentences/items; page and block sets resample pages.
//
// --check rule: a figure fails when it is worse than eval/baseline.json by more than the
// tolerance written for it there (a fixed amount per figure: by default 0.02 for a rate, P, R or
// F1 of a whole set, 0.03 on one half, 1 for a count; eval/metrics.ts): below for higher-is-better
// figures, above for lower-is-better ones (FP rates, wrong-flag counts). Halves (`…@tune`,
// `…@check`) are guarded like whole sets. A figure that has become undefined, or that
// a scored set no longer produces, fails; informational figures are never checked; figures not in
// the baseline are reported as new (pass).
// The last line is `eval: N passed, N failed` (only with --check).
// ======================================================================================================
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SET_NAMES, setAvailable, type SetName } from '../eval/datasets.ts';
import { checkAll, parseBaseline, toBaseline, type Baseline, type CheckResult, type Figure } from '../eval/metrics.ts';
import { formatErrors, formatNotes, formatTable, type JsonResult } from '../eval/report.ts';
import { Runner } from '../eval/runner.ts';
import { isCi } from './lib/shared.ts';
import { HALVES, type Half } from '../eval/halves.ts';
import { SCORERS, pageJobsFor, type EvalOptions, type SetResult } from '../eval/sets.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_BASELINE = join(ROOT, 'eval', 'baseline.json');

interface Args {
  json: boolean | string;
  errors: SetName | null;
  check: boolean;
  writeBaseline: boolean;
  only: SetName[] | null;
  workers: number;
  resamples: number;
  seed: number;
  limit: number;
  corpus: string | null;
  baseline: string;
  /** The half whose errors --errors lists (tune by default: the check half is read as numbers). */
  errorsHalf: Half | 'all';
  help: boolean;
}

class UsageError extends Error {}

function setName(v: string | undefined, flag: string): SetName {
  if (!v || !(SET_NAMES as string[]).includes(v)) throw new UsageError(`${flag} needs one of: ${SET_NAMES.join(', ')}`);
  return v as SetName;
}

function intArg(v: string | undefined, flag: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} needs an integer >= ${min}`);
  return n;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, errors: null, check: false, writeBaseline: false, only: null, workers: Math.max(1, availableParallelism()), resamples: 1000, seed: 20240601, limit: 40, corpus: null, baseline: DEFAULT_BASELINE, errorsHalf: 'tune', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--json':
        a.json = inline ?? true;
        break;
      case '--errors':
        a.errors = setName(value(), '--errors');
        break;
      case '--check':
        a.check = true;
        break;
      case '--write-baseline':
        a.writeBaseline = true;
        break;
      case '--only':
        a.only = (value() ?? '').split(',').filter(Boolean).map((s) => setName(s, '--only'));
        if (a.only.length === 0) throw new UsageError('--only needs a set name');
        break;
      case '--workers':
        a.workers = intArg(value(), '--workers', 0);
        break;
      case '--resamples':
        a.resamples = intArg(value(), '--resamples', 1);
        break;
      case '--seed':
        a.seed = intArg(value(), '--seed', 0);
        break;
      case '--limit':
        a.limit = intArg(value(), '--limit', 1);
        break;
      case '--corpus':
        a.corpus = value() ?? null;
        break;
      case '--baseline':
        a.baseline = resolve(value() ?? DEFAULT_BASELINE);
        break;
      case '--half': {
        const v = value();
        if (v !== 'tune' && v !== 'check' && v !== 'all') throw new UsageError('--half needs tune, check or all');
        a.errorsHalf = v;
        break;
      }
      case '--help':
      case '-h':
        a.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (a.errors && !a.only) a.only = [a.errors];
  if (a.errors && a.only && !a.only.includes(a.errors)) a.only.push(a.errors);
  return a;
}

function usage(): string {
  const src = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  return src
    .slice(0, 12)
    .map((l) => l.replace(/^\/\/ ?/, ''))
    .join('\n');
}

function loadBaseline(file: string): Baseline | null {
  if (!existsSync(file)) return null;
  return parseBaseline(JSON.parse(readFileSync(file, 'utf8')));
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`eval: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const t0 = performance.now();
  const corpusDir = resolve(args.corpus ?? process.env.CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus'));
  // With --json on stdout, everything human goes to stderr so stdout stays parseable.
  const human = args.json === true ? (s: string): void => void process.stderr.write(`${s}\n`) : (s: string): void => void process.stdout.write(`${s}\n`);
  const progress = (s: string): void => void process.stderr.write(`${s}\n`);

  const inCi = isCi();
  if (!existsSync(corpusDir)) {
    if (inCi) {
      human(`eval: no corpus at ${corpusDir} (CI=true: a check that scores nothing fails; set CORPUS_DIR).`);
      if (args.check) human('eval: 0 passed, 1 failed');
      return 1;
    }
    human(`eval: no corpus at ${corpusDir} (set CORPUS_DIR to the shared corpus folder). Nothing scored.`);
    return 0;
  }
  const wanted = args.only ?? SET_NAMES;
  const sets = wanted.filter((s) => setAvailable(corpusDir, s));
  const missing = wanted.filter((s) => !sets.includes(s));
  for (const s of missing) human(`eval: ${s}: file missing in ${corpusDir}, not scored`);
  if (inCi && missing.length > 0) {
    human(`eval: CI=true: ${missing.length} set(s) missing from the corpus; failing.`);
    if (args.check) human('eval: 0 passed, 1 failed');
    return 1;
  }
  if (sets.length === 0) {
    human('eval: no set found. Nothing scored.');
    return 0;
  }

  const opts: EvalOptions = { corpusDir, resamples: args.resamples, seed: args.seed };
  const runner = new Runner(args.workers);
  progress(`eval: corpus ${corpusDir}; sets: ${sets.join(', ')}; ${runner.workers || 'no'} worker threads`);
  const results: SetResult[] = [];
  try {
    // Every page of every selected set is queued now, biggest first, across all workers.
    runner.prefetch(sets.flatMap((s) => pageJobsFor(s, opts)));
    // Page sets first: they are the slow part, and promo_blocks reuses their cached pages.
    const order: SetName[] = ['aeb', 'trafilatura_en', 'promo_blocks', 'source_vagueness', 'wild_claims', 'polnear', 'conll2010_wiki', 'szeged_wikiweasel', 'state_media_citations'];
    for (const s of order) {
      if (!sets.includes(s)) continue;
      const ts = performance.now();
      // Every set is scored whole and on each half (eval/halves.ts); the analysis is cached, so the
      // halves cost only their scoring. Half figures carry `@tune` / `@check` in their id.
      const whole = await SCORERS[s](runner, opts);
      const parts: SetResult[] = [];
      for (const half of HALVES) {
        const r = await SCORERS[s](runner, { ...opts, half });
        for (const f of r.figures) {
          f.id = `${f.id}@${half}`;
          f.half = half;
        }
        parts.push(r);
      }
      whole.halves = parts;
      results.push(whole);
      progress(`eval: ${s} scored in ${((performance.now() - ts) / 1000).toFixed(1)}s`);
    }
  } finally {
    await runner.close();
  }
  // Print in a fixed order: claims, state media, promotion / extraction.
  const print: SetName[] = ['source_vagueness', 'wild_claims', 'polnear', 'conll2010_wiki', 'szeged_wikiweasel', 'state_media_citations', 'aeb', 'trafilatura_en', 'promo_blocks'];
  results.sort((a, b) => print.indexOf(a.set) - print.indexOf(b.set));
  const figures: Figure[] = results.flatMap((r) => [...r.figures, ...(r.halves ?? []).flatMap((h) => h.figures)]);

  let checks: CheckResult[] | undefined;
  let exit = 0;
  if (args.check) {
    let baseline: Baseline | null;
    try {
      baseline = loadBaseline(args.baseline);
    } catch (err) {
      human(`eval: --check: ${args.baseline}: ${err instanceof Error ? err.message : String(err)}`);
      human('eval: 0 passed, 1 failed');
      return 1;
    }
    if (!baseline) {
      human(`eval: --check: ${args.baseline} is missing (create it with --write-baseline)`);
      human('eval: 0 passed, 1 failed');
      return 1;
    }
    checks = checkAll(figures, baseline);
    // A baseline figure of a scored set that this run no longer produces is a failure (a figure
    // must not disappear silently); figures of sets not run are only mentioned.
    const produced = new Set(figures.map((f) => f.id));
    const notRun = new Set<string>();
    for (const [id, b] of Object.entries(baseline.figures)) {
      if (produced.has(id)) continue;
      const set = id.split('/')[1] ?? '';
      if ((sets as string[]).includes(set)) checks.push({ id, status: 'fail', value: null, baseline: b.value, tolerance: null, message: 'in the baseline but not produced by this run' });
      else notRun.add(set);
    }
    if (notRun.size > 0 && !args.only) human(`eval: --check: sets in the baseline but not run: ${[...notRun].join(', ')}`);
  }
  const checkMap = checks ? new Map(checks.map((c) => [c.id, c])) : undefined;

  human('');
  human(formatTable(results, checkMap));
  const notes = formatNotes(results);
  if (notes) human(`\n${notes}`);
  if (args.errors) {
    const whole = results.find((x) => x.set === args.errors);
    const r = args.errorsHalf === 'all' ? whole : whole?.halves?.[HALVES.indexOf(args.errorsHalf)];
    if (r) human(`\n${formatErrors(r, args.limit, args.errorsHalf)}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const s = runner.stats;
  const perPage = s.pagesAnalysed > 0 ? `, ${Math.round(s.pageMs / s.pagesAnalysed)} ms/page` : '';
  human(`\neval: ${sets.length} sets, ${figures.length} figures in ${seconds.toFixed(1)}s (${runner.workers} workers; ${s.pagesAnalysed} pages analysed${perPage}, ${s.pageCacheHits} page cache hits; ${s.textsAnalysed} sentences analysed)`);

  if (args.writeBaseline) {
    // The previous file's tolerances are kept; its other figures only when some sets were run.
    let previous: Baseline | undefined;
    try {
      previous = loadBaseline(args.baseline) ?? undefined;
    } catch {
      previous = undefined;
    }
    const note = 'Dev-split figures guarded by `npm run eval -- --check`: each fails when worse than `value` by more than its `tolerance` (fixed per figure; edit one by hand and regeneration keeps it). Regenerate with `npm run eval -- --write-baseline` and commit deliberately.';
    writeFileSync(args.baseline, `${JSON.stringify(toBaseline(figures, note, previous, args.only !== null), null, 2)}\n`);
    human(`eval: wrote ${args.baseline}`);
  }

  let summary: { passed: number; failed: number } | undefined;
  if (checks) {
    const failed = checks.filter((c) => c.status === 'fail');
    summary = { passed: checks.filter((c) => c.status === 'pass' || c.status === 'new').length, failed: failed.length };
    if (failed.length > 0) {
      human('\nregressions (worse than the baseline by more than its tolerance):');
      for (const c of failed) human(`  ${c.id}: ${c.message}`);
      exit = 1;
    }
  }

  if (args.json) {
    const out: JsonResult = {
      version: 1,
      corpusDir,
      resamples: args.resamples,
      seed: args.seed,
      sets: results.map((r) => ({ set: r.set, notes: r.notes })),
      figures,
      runtime: { seconds: Math.round(seconds * 10) / 10, workers: runner.workers, pagesAnalysed: s.pagesAnalysed, sentencesAnalysed: s.textsAnalysed },
    };
    if (checks) out.checks = checks;
    if (summary) out.summary = summary;
    const text = `${JSON.stringify(out, null, 2)}\n`;
    if (args.json === true) process.stdout.write(text);
    else {
      writeFileSync(resolve(args.json), text);
      human(`eval: wrote ${resolve(args.json)}`);
    }
  }
  if (summary) human(`eval: ${summary.passed} passed, ${summary.failed} failed`);
  return exit;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`eval: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}
