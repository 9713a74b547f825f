import { blockText, ownRuns, walkPage, type RawBlock } from '../extract/blocks.ts';
import type { LiveBlock } from '../extract/extract.ts';
import { PathResolver } from '../extract/path.ts';
import type { BlockAnchor } from '../pipeline/serialized.ts';

/**
 * Finds the live text of blocks that were extracted from a serialised copy of this page.
 *
 * Each anchor carries its element's path under <body>; the block is rebuilt from that element
 * alone (a walk of its own subtree) and taken when its text is exactly the text that was analysed.
 * Only anchors whose path leads astray (the page changed since it was serialised, or holds markup
 * the parser rebuilds differently) pay for a walk of the whole body, done once: there a block is
 * taken at its page index when the text matches, else at the nearest block with the same text,
 * else it is left out (not painted).
 */
export function remapBlocks(doc: Document, anchors: readonly BlockAnchor[], stats?: { byPath: number; byWalk: number }): Map<number, LiveBlock> {
  const out = new Map<number, LiveBlock>();
  const body = doc.body;
  if (!body) return out;
  const missed: BlockAnchor[] = [];
  const walked = new Map<Element, RawBlock[]>();
  const paths = new PathResolver(body);
  for (const a of anchors) {
    const raw = byPath(paths, a, walked);
    if (raw) out.set(a.id, { id: a.id, pageIndex: a.pageIndex, run: a.run, element: raw.element, nodes: raw.nodes, breaks: raw.breaks });
    else missed.push(a);
  }
  if (stats) stats.byPath = out.size;
  if (missed.length > 0) byWalk(doc, missed, out);
  if (stats) stats.byWalk = out.size - stats.byPath;
  return out;
}

/** The anchor's block, rebuilt from the element its path leads to; null unless the text matches. */
function byPath(paths: PathResolver, a: BlockAnchor, walked: Map<Element, RawBlock[]>): RawBlock | null {
  const el = paths.resolve(a.path);
  if (!el) return null;
  // An element holding several runs of text is walked once for all of them.
  let own = walked.get(el);
  if (!own) {
    own = ownRuns(el);
    walked.set(el, own);
  }
  const b = own[a.run];
  return b && blockText(b) === a.text ? b : null;
}

/** The slow path: one walk of the whole body for the anchors the paths could not place. */
function byWalk(doc: Document, anchors: readonly BlockAnchor[], out: Map<number, LiveBlock>): void {
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
    if (raw) out.set(a.id, { id: a.id, pageIndex: index, run: a.run, element: raw.element, nodes: raw.nodes, breaks: raw.breaks });
  }
}
