import { foldBlock, type TextRun } from '../extract/blocks.ts';
import type { LiveBlock } from '../extract/extract.ts';

/** A block's folded text and where each stretch of it lives; computed once per block per paint. */
export type FoldedBlock = ReturnType<typeof foldBlock>;

/** The run holding folded-text offset `at` (runs are sorted by `out`); null in a folded space. */
function runAt(runs: readonly TextRun[], at: number): TextRun | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid] as TextRun;
    if (at < r.out) hi = mid - 1;
    else if (at >= r.out + r.length) lo = mid + 1;
    else return r;
  }
  return null;
}

/**
 * Maps a finding's offsets in a block's normalised text back to a live DOM Range. Returns null
 * when the page's text no longer says what the finding quoted (the page changed under us): a
 * highlight is dropped rather than painted on the wrong words.
 */
export function rangeFor(doc: Document, block: LiveBlock, start: number, end: number, expected: string, folded?: FoldedBlock): Range | null {
  if (end <= start) return null;
  for (const node of block.nodes) if (!node.isConnected) return null;
  const { text, runs } = folded ?? foldBlock(block.nodes, block.breaks);
  if (text.slice(start, end) !== expected) return null;
  // A finding starts and ends on a character of text, never on a folded space.
  const s = runAt(runs, start);
  const e = runAt(runs, end - 1);
  if (!s || !e) return null;
  const startNode = block.nodes[s.node];
  const endNode = block.nodes[e.node];
  if (!startNode || !endNode) return null;
  const range = doc.createRange();
  range.setStart(startNode, s.from + (start - s.out));
  range.setEnd(endNode, e.from + (end - 1 - e.out) + 1);
  return range;
}
