import { normalizeNodes } from '../extract/blocks.ts';
import type { LiveBlock } from '../extract/extract.ts';

/**
 * Maps a finding's offsets in a block's normalised text back to a live DOM Range. Returns null
 * when the page's text no longer says what the finding quoted (the page changed under us): a
 * highlight is dropped rather than painted on the wrong words.
 */
export function rangeFor(doc: Document, block: LiveBlock, start: number, end: number, expected: string): Range | null {
  if (end <= start) return null;
  for (const node of block.nodes) if (!node.isConnected) return null;
  let outIndex = 0;
  let startPos: { node: number; offset: number } | null = null;
  let endPos: { node: number; offset: number } | null = null;
  const { text } = normalizeNodes(block.nodes, block.breaks, undefined, (nodeIndex, offset) => {
    if (nodeIndex >= 0) {
      if (outIndex >= start && startPos === null) startPos = { node: nodeIndex, offset };
      if (outIndex < end) endPos = { node: nodeIndex, offset: offset + 1 };
    }
    outIndex++;
  });
  if (text.slice(start, end) !== expected) return null;
  const s = startPos as { node: number; offset: number } | null;
  const e = endPos as { node: number; offset: number } | null;
  if (!s || !e) return null;
  const startNode = block.nodes[s.node];
  const endNode = block.nodes[e.node];
  if (!startNode || !endNode) return null;
  const range = doc.createRange();
  range.setStart(startNode, s.offset);
  range.setEnd(endNode, e.offset);
  return range;
}
