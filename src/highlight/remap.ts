import { walkPage } from '../extract/blocks.ts';
import type { LiveBlock } from '../extract/extract.ts';
import type { BlockAnchor } from '../pipeline/serialized.ts';

/**
 * Finds the live text of blocks that were extracted from a serialised copy of this page, in one
 * walk of the live body. A block is taken at its page index when the text still matches there;
 * otherwise at the nearest block with the same text; otherwise it is left out (not painted).
 */
export function remapBlocks(doc: Document, anchors: readonly BlockAnchor[]): Map<number, LiveBlock> {
  const page = walkPage(doc).blocks;
  const byText = new Map<string, number[]>();
  const out = new Map<number, LiveBlock>();
  const lookup = (text: string): number[] => {
    if (byText.size === 0) {
      page.forEach((b, i) => {
        const list = byText.get(b.text);
        if (list) list.push(i);
        else byText.set(b.text, [i]);
      });
    }
    return byText.get(text) ?? [];
  };
  for (const a of anchors) {
    let index = page[a.pageIndex]?.text === a.text ? a.pageIndex : -1;
    if (index < 0) {
      let best = -1;
      for (const i of lookup(a.text)) if (best < 0 || Math.abs(i - a.pageIndex) < Math.abs(best - a.pageIndex)) best = i;
      index = best;
    }
    const raw = index >= 0 ? page[index] : undefined;
    if (raw) out.set(a.id, { id: a.id, pageIndex: index, element: raw.element, nodes: raw.nodes, breaks: raw.breaks });
  }
  return out;
}
