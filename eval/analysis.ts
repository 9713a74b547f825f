// The only place the harness touches the pipeline: the same functions the CLI calls
// (src/cli/pipeline.ts: analyzeHtml for pages, analyzeText for sentences). Runs in a worker
// thread (eval/worker.ts) or in-process (--workers 0); results are reduced to plain data.
import { analyzeHtml, analyzeText, type TextInput } from '../src/cli/pipeline.ts';
import type { Finding } from '../src/analyze/types.ts';
import { readPageHtml, type PageJob } from './datasets.ts';

/** The parts of a finding the scoring needs (outlet records etc. are left behind). */
export interface EvalFinding {
  kind: Finding['kind'];
  rule: string;
  blockId: number;
  start: number;
  end: number;
  text: string;
  role?: string;
  attribution?: string;
  subtype?: string;
  outletId?: string;
  /** Promotion units spanning several blocks: every block's piece (the first is blockId/start/end). */
  parts?: Array<{ blockId: number; start: number; end: number }>;
}

export interface EvalBlock {
  id: number;
  text: string;
  dropped: boolean;
}

export type PageOutcome =
  | { id: string; ok: true; blocks: EvalBlock[]; findings: EvalFinding[]; ms: number }
  | { id: string; ok: false; reason: string; message: string; ms: number };

export interface TextOutcome {
  id: string;
  findings: EvalFinding[];
  /** The pipeline threw on this input (counted and printed by the harness; scored as no finding). */
  error?: string;
}

export type WorkRequest = { type: 'page'; job: PageJob } | { type: 'texts'; inputs: TextInput[] };
export type WorkResponse = { type: 'page'; result: PageOutcome } | { type: 'texts'; results: TextOutcome[] };

export function compactFinding(f: Finding): EvalFinding {
  const out: EvalFinding = { kind: f.kind, rule: f.rule, blockId: f.blockId, start: f.start, end: f.end, text: f.text };
  if (f.details?.role) out.role = f.details.role;
  if (f.details?.attribution) out.attribution = f.details.attribution;
  if (f.details?.subtype) out.subtype = f.details.subtype;
  if (f.details?.outlet?.id) out.outletId = f.details.outlet.id;
  if (f.details?.parts) out.parts = f.details.parts.map((p) => ({ blockId: p.blockId, start: p.start, end: p.end }));
  return out;
}

export function runPage(job: PageJob): PageOutcome {
  const t0 = performance.now();
  try {
    const html = readPageHtml(job);
    const res = analyzeHtml(html, job.url);
    const ms = performance.now() - t0;
    if (!res.ok) return { id: job.id, ok: false, reason: res.reason, message: res.message, ms };
    return {
      id: job.id,
      ok: true,
      blocks: res.article.blocks.map((b) => ({ id: b.id, text: b.text, dropped: b.dropped })),
      findings: res.report.findings.map(compactFinding),
      ms,
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { id: job.id, ok: false, reason: 'exception', message, ms: performance.now() - t0 };
  }
}

export function runTexts(inputs: readonly TextInput[]): TextOutcome[] {
  return inputs.map((input) => {
    try {
      const res = analyzeText(input);
      return { id: res.id, findings: res.findings.map(compactFinding) };
    } catch (err) {
      // A crash on one sentence is reported by the harness as a pipeline error, not swallowed.
      return { id: input.id, findings: [], error: err instanceof Error ? err.message : String(err) };
    }
  });
}

export function handle(req: WorkRequest): WorkResponse {
  if (req.type === 'page') return { type: 'page', result: runPage(req.job) };
  return { type: 'texts', results: runTexts(req.inputs) };
}
