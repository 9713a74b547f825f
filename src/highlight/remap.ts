import { blockText, walkPage } from '../extract/blocks.ts';
import type { LiveBlock } from '../extract/extract.ts';
import type { BlockAnchor } from '../pipeline/serialized.ts';

/**
 * Finds the live text of blocks that were extracted from a serialised copy of this page, in one
 * walk of the live body. A block is taken at its page index when the text still matches there;
 * otherwise at the nearest block with the same text; otherwise it is left out (not painted).
 */
export function remapBlocks(doc: Document, anchors: readonly BlockAnchor[]): Map<number, LiveBlock> {
  // The walk finds every block without building its text; only the blocks asked for are read.
  const page = walkPage(doc, { text: false }).blocks;
  const texts = new Map<number, string>();
  const textAt = (i: number): string | undefined => {
    const b = page[i];
    if (!b) return undefined;
    let t = texts.get(i);
    if (t === undefined) {
      t = blockText(b);
      texts.set(i, t);
    }
    return t;
  };
  const byText = new Map<string, number[]>();
  const out = new Map<number, LiveBlock>();
  const lookup = (text: string): number[] => {
    if (byText.size === 0) {
      for (let i = 0; i < page.length; i++) {
        const t = textAt(i) as string;
        const list = byText.get(t);
        if (list) list.push(i);
        else byText.set(t, [i]);
      }
    }
    return byText.get(text) ?? [];
  };
  for (const a of anchors) {
    let index = textAt(a.pageIndex) === a.text ? a.pageIndex : -1;
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
