// Printing: the one table, the --check verdicts, the --errors listing and the JSON result.
import { fmtNum, type CheckResult, type Figure } from './metrics.ts';
import { clip, type ErrorItem, type SetResult } from './sets.ts';

function fmtValue(f: Figure, v: number | null): string {
  if (v === null) return '—';
  return f.format === 'count' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : fmtNum(v);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function padLeft(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

/**
 * One row per figure: detector, set, figure, value, 95 % interval, n (+ unit), and the check
 * verdict when --check ran. `(i)` marks informational figures (never checked); `↓` marks figures
 * where lower is better.
 */
export function formatTable(results: readonly SetResult[], checks?: ReadonlyMap<string, CheckResult>): string {
  const header = ['detector', 'set', 'figure', 'value', '95% CI', 'n', 'tune', 'check', 'gap', ...(checks ? ['guard'] : [])];
  const rows: string[][] = [];
  const verdict = (id: string): string | null => {
    const c = checks?.get(id);
    return c && c.status === 'fail' ? `FAIL ${id.split('@')[1] ?? 'whole'}: ${c.message}` : null;
  };
  for (const r of results) {
    const halfOf = (k: number, id: string): Figure | undefined => r.halves?.[k]?.figures.find((f) => f.id === `${id}@${k === 0 ? 'tune' : 'check'}`);
    for (const f of r.figures) {
      const name = `${f.metric}${f.better === 'lower' ? ' ↓' : ''}${f.info ? ' (i)' : ''}`;
      const ci = f.lo === null || f.hi === null ? '[—]' : `[${fmtValue(f, f.lo)}, ${fmtValue(f, f.hi)}]`;
      const tune = halfOf(0, f.id);
      const check = halfOf(1, f.id);
      const gap = tune?.value != null && check?.value != null && f.format !== 'count' ? fmtSigned(tune.value - check.value) : '';
      const row = [f.detector, f.set, name, fmtValue(f, f.value), ci, `${f.n} ${f.unit}`, tune ? fmtValue(f, tune.value) : '', check ? fmtValue(f, check.value) : '', gap];
      if (checks) {
        const fails = [f.id, tune?.id, check?.id].flatMap((id) => (id ? [verdict(id)] : [])).filter((v): v is string => v !== null);
        const c = checks.get(f.id);
        row.push(fails.length > 0 ? fails.join('; ') : c ? c.status : '');
      }
      rows.push(row);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 3 || (i >= 6 && i <= 8) ? padLeft(c, widths[i] as number) : pad(c, widths[i] as number)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let lastSet = '';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string[];
    const key = `${row[0]}|${row[1]}`;
    if (lastSet && key !== lastSet) out.push('');
    lastSet = key;
    out.push(line(row));
  }
  out.push('');
  out.push('↓ lower is better · (i) informational, not checked · intervals: 95% percentile bootstrap, seeded');
  out.push('tune / check: each set’s two halves, split by document (eval/halves.ts); gap = tune − check');
  return out.join('\n');
}

export function formatNotes(results: readonly SetResult[]): string {
  const out: string[] = [];
  for (const r of results) for (const n of r.notes) out.push(`  ${r.set}: ${n}`);
  return out.length ? `notes:\n${out.join('\n')}` : '';
}

function fmtSigned(v: number): string {
  const t = v.toFixed(3);
  return v > 0 ? `+${t}` : t;
}

export function formatErrors(result: SetResult, limit: number, half: 'tune' | 'check' | 'all' = 'all'): string {
  const groups = new Map<string, ErrorItem[]>();
  for (const e of result.errors) {
    const list = groups.get(e.kind) ?? [];
    list.push(e);
    groups.set(e.kind, list);
  }
  const out: string[] = [`errors in ${result.set}${half === 'all' ? ' (whole set)' : ` (${half} half)`}:`];
  if (groups.size === 0) out.push('  none');
  for (const [kind, list] of groups) {
    out.push('', `== ${kind}: ${list.length}${list.length > limit ? ` (first ${limit}; --limit N for more)` : ''}`);
    for (const e of list.slice(0, limit)) {
      out.push(`- ${e.id}: ${clip(e.text)}`);
      out.push(`    ${e.detail}`);
    }
  }
  return out.join('\n');
}

export interface JsonResult {
  version: 1;
  corpusDir: string;
  resamples: number;
  seed: number;
  sets: Array<{ set: string; notes: string[] }>;
  figures: Figure[];
  checks?: CheckResult[];
  summary?: { passed: number; failed: number };
  runtime: { seconds: number; workers: number; pagesAnalysed: number; sentencesAnalysed: number };
}
