import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { analyzeHtml, analyzeText, type TextInput } from './pipeline.ts';
import { DEFAULT_DISPLAY, visibleReport, type DisplaySettings } from '../settings/apply.ts';
import { SENSITIVITIES, type Sensitivity } from '../settings/schema.ts';
import type { Report } from '../analyze/types.ts';
import { formatReport } from './format.ts';
import { htmlFromBytes } from './input.ts';
import { analyzeFiles, ProgressBar, type FileJob } from './parallel.ts';

const USAGE = `usage:
  sourcelight analyze <file.html|folder> [--url URL] [--format json|text] [--jobs N] [display options]
                                          (a folder runs on N worker threads; default: every core)
  sourcelight analyze-text <in.jsonl> [display options]
                                          (one {"id","text","context_before"?,"lang"?} per line)
display options (default: what the extension highlights with its default settings):
  --sensitivity strict|balanced|lenient   claims shown at another sensitivity (default: strict)
  --hedges                                also show the own-voice view: hedging, and figures or sweeping
                                         claims stated with no source (hidden by default)`;

class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
}

interface Flags {
  positional: string[];
  url?: string;
  format: 'json' | 'text';
  jobs: number;
  display: DisplaySettings;
}

function parseFlags(args: string[]): Flags {
  const flags: Flags = { positional: [], format: 'json', jobs: Math.max(1, availableParallelism()), display: { ...DEFAULT_DISPLAY } };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--url') {
      flags.url = args[++i] ?? fail('--url needs a value');
    } else if (a === '--format') {
      const v = args[++i];
      if (v !== 'json' && v !== 'text') fail('--format is json or text');
      flags.format = v;
    } else if (a === '--jobs') {
      const v = args[++i] ?? '';
      if (!/^[1-9][0-9]*$/.test(v)) fail('--jobs needs a whole number, 1 or more');
      flags.jobs = Number(v);
    } else if (a === '--sensitivity') {
      const v = args[++i] ?? '';
      if (!(SENSITIVITIES as readonly string[]).includes(v)) fail(`--sensitivity is ${SENSITIVITIES.join(', ')}`);
      flags.display = { ...flags.display, sensitivity: v as Sensitivity };
    } else if (a === '--hedges') {
      flags.display = { ...flags.display, hedges: true };
    } else if (a.startsWith('--')) {
      fail(`unknown option ${a}`);
    } else {
      flags.positional.push(a);
    }
  }
  return flags;
}

/** The report as the extension shows it with these display settings (the defaults unless flags say otherwise). */
function shown(report: Report, flags: Flags): Report {
  return visibleReport(report, flags.display).report;
}

function listPages(target: string): string[] {
  let st;
  try {
    st = statSync(target);
  } catch {
    fail(`no such file or folder: ${target}`);
  }
  if (st.isFile()) return [target];
  const files = readdirSync(target)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => join(target, f));
  if (files.length === 0) fail(`no .html files in ${target}`);
  return files;
}

function readHtml(file: string): string {
  const input = htmlFromBytes(readFileSync(file));
  if (!input.ok) fail(`${file}: ${input.message}`);
  return input.html;
}

async function runAnalyze(args: string[], out: (s: string) => void): Promise<number> {
  const flags = parseFlags(args);
  const target = flags.positional[0] ?? fail('analyze needs a file or folder');
  const files = listPages(target);
  if (files.length > 1) return runAnalyzeFolder(files, flags, out);
  let failures = 0;
  for (const file of files) {
    const url = flags.url ?? pathToFileURL(resolve(file)).href;
    const html = readHtml(file);
    const status = stageLine(basename(file), html.length);
    let res;
    try {
      res = analyzeHtml(html, url, { onStage: status?.stage });
    } finally {
      status?.clear();
    }
    if (!res.ok) {
      if (files.length === 1) fail(`${file}: ${res.message}`);
      process.stderr.write(`sourcelight: ${file}: ${res.message}\n`);
      failures++;
      continue;
    }
    const report = shown(res.report, flags);
    if (flags.format === 'text') out(formatReport(report, basename(file)));
    else out(JSON.stringify(files.length > 1 ? { file, report } : report, null, files.length > 1 ? 0 : 2));
  }
  return failures > 0 ? 1 : 0;
}

/** Pages at least this long show their steps on a terminal (a few seconds or more of work). */
const STAGE_LINE_CHARS = 1_000_000;
const STAGE_WORDS = { parse: 'parsing the HTML', extract: 'finding the article (Readability)', analyze: 'analysing the article' } as const;

/**
 * One status line on stderr for a large page, rewritten at each step and erased at the end; only
 * when stderr is a terminal (never into a pipe, a file or CI's log).
 */
function stageLine(label: string, chars: number): { stage: (s: keyof typeof STAGE_WORDS) => void; clear: () => void } | null {
  if (!process.stderr.isTTY || chars < STAGE_LINE_CHARS) return null;
  const t0 = performance.now();
  const size = `${(chars / 1e6).toFixed(1)} MB`;
  const write = (s: string): void => void process.stderr.write(`\r\x1b[K${s}`);
  return {
    stage: (s) => write(`sourcelight: ${label} (${size}): ${STAGE_WORDS[s]}… ${((performance.now() - t0) / 1000).toFixed(1)} s`),
    clear: () => write(''),
  };
}

/**
 * A folder: every file on --jobs worker threads, output in sorted file order (one JSON line per
 * file, or the text report). A file that cannot be read or analysed is one line on stderr and
 * the exit code is 1; the other files are still analysed.
 */
async function runAnalyzeFolder(files: string[], flags: Flags, out: (s: string) => void): Promise<number> {
  const jobs: FileJob[] = files.map((file) => ({ file, url: flags.url ?? pathToFileURL(resolve(file)).href }));
  // The bar goes to a terminal only: never into a pipe, a file or CI's log.
  const bar = process.stderr.isTTY ? new ProgressBar((s) => process.stderr.write(s)) : null;
  let failures = 0;
  try {
    await analyzeFiles(jobs, {
      jobs: flags.jobs,
      onProgress: bar ? (done, total) => bar.update(done, total) : undefined,
      onResult: (res) => {
        const print = (): void => {
          if (!res.ok) {
            process.stderr.write(`sourcelight: ${res.file}: ${res.message}\n`);
            failures++;
          } else if (flags.format === 'text') out(formatReport(shown(res.report, flags), basename(res.file)));
          else out(JSON.stringify({ file: res.file, report: shown(res.report, flags) }, null, 0));
        };
        if (bar) bar.around(print);
        else print();
      },
    });
  } finally {
    bar?.clear();
  }
  return failures > 0 ? 1 : 0;
}

async function runAnalyzeText(args: string[], out: (s: string) => void): Promise<number> {
  const flags = parseFlags(args);
  const file = flags.positional[0] ?? fail('analyze-text needs a .jsonl file (or - for standard input)');
  if (file !== '-') {
    try {
      statSync(file);
    } catch {
      fail(`no such file: ${file}`);
    }
  }
  const rl = createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let input: TextInput;
    try {
      const parsed = JSON.parse(line) as Partial<TextInput>;
      if (typeof parsed.text !== 'string') throw new Error('no "text" string');
      if (parsed.lang !== undefined && parsed.lang !== null && typeof parsed.lang !== 'string') throw new Error('"lang" is not a string');
      input = { id: String(parsed.id ?? lineNo), text: parsed.text, context_before: parsed.context_before ?? null, lang: parsed.lang ?? null };
    } catch (err) {
      process.stderr.write(`sourcelight: line ${lineNo}: ${err instanceof Error ? err.message : 'bad JSON'}\n`);
      bad++;
      continue;
    }
    out(JSON.stringify(analyzeText(input, flags.display)));
  }
  return bad > 0 ? 1 : 0;
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'analyze') return await runAnalyze(rest, out);
    if (command === 'analyze-text') return await runAnalyzeText(rest, out);
    if (command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return 0;
    }
    fail(command ? `unknown command ${command}\n${USAGE}` : USAGE);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`sourcelight: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`sourcelight: unexpected error: ${message}\n`);
    return 3;
  }
}
