import type { Finding, FindingKind } from '../analyze/types.ts';
import type { LiveBlock } from '../extract/extract.ts';
import { foldBlock } from '../extract/blocks.ts';
import { rangeFor, type FoldedBlock } from './anchor.ts';
import { isPainted } from '../analyze/findings.ts';

export { isPainted };

// Highlight names are a public contract: page styles and tests rely on them.
export const HIGHLIGHT_NAMES: Record<FindingKind, string> = {
  claim: 'sourcelight-claim',
  'state-media': 'sourcelight-state-media',
  promotion: 'sourcelight-promotion',
};

/** The custom element the fallback wraps text in (only where CSS.highlights is missing). */
export const FALLBACK_TAG = 'sl-mark';
/** The finding the keyboard or the popup stepped to. */
export const FOCUS_HIGHLIGHT = 'sourcelight-focus';

// Kinds differ by underline style as well as colour, so they can be told apart without colour;
// the background is translucent so it reads on light and dark pages. Nothing prints.
const STYLES = `
::highlight(sourcelight-claim) { background-color: rgba(255, 196, 0, 0.32); text-decoration: underline wavy rgb(196, 120, 0); text-decoration-thickness: 1.5px; }
::highlight(sourcelight-state-media) { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline double rgb(185, 28, 28); }
::highlight(sourcelight-promotion) { background-color: rgba(124, 58, 237, 0.16); text-decoration: underline dotted rgb(109, 40, 217); text-decoration-thickness: 2px; }
${FALLBACK_TAG}[data-sourcelight-kind="claim"] { background-color: rgba(255, 196, 0, 0.32); text-decoration: underline wavy rgb(196, 120, 0); }
${FALLBACK_TAG}[data-sourcelight-kind="state-media"] { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline double rgb(185, 28, 28); }
${FALLBACK_TAG}[data-sourcelight-kind="promotion"] { background-color: rgba(124, 58, 237, 0.16); text-decoration: underline dotted rgb(109, 40, 217); }
${FALLBACK_TAG} { all: unset; display: inline; }
${FALLBACK_TAG}:focus-visible { outline: 2px solid rgb(37, 99, 235); outline-offset: 1px; }
::highlight(sourcelight-focus) { background-color: rgba(37, 99, 235, 0.35); color: inherit; }
${FALLBACK_TAG}[data-sourcelight-focus] { outline: 2px solid rgb(37, 99, 235); outline-offset: 1px; }
@media print {
  ::highlight(sourcelight-focus) { background-color: transparent; }
  ::highlight(sourcelight-claim), ::highlight(sourcelight-state-media), ::highlight(sourcelight-promotion) { background-color: transparent; text-decoration: none; }
  ${FALLBACK_TAG}[data-sourcelight-kind] { background: none; text-decoration: none; }
}
`;

export interface PaintedFinding {
  finding: Finding;
  /** The whole finding; for a unit over several blocks, from its first part to its last. */
  range: Range;
  /** A unit over several blocks: each block's range and the text it must still hold. */
  parts?: Array<{ range: Range; text: string }>;
}

// A unit has at most this many parts (a long related list); more come from a forged answer.
const MAX_PARTS = 500;

/** The parts of a finding over several blocks, when its details list them well-formed; else null. */
function partsOf(f: Finding): Array<{ blockId: number; start: number; end: number }> | null {
  const parts: unknown = f.details?.parts;
  if (!Array.isArray(parts) || parts.length < 2 || parts.length > MAX_PARTS) return null;
  const out: Array<{ blockId: number; start: number; end: number }> = [];
  for (const p of parts as unknown[]) {
    if (typeof p !== 'object' || p === null) return null;
    const { blockId, start, end } = p as Record<string, unknown>;
    if (!Number.isInteger(blockId) || !Number.isInteger(start) || !Number.isInteger(end)) return null;
    out.push({ blockId: blockId as number, start: start as number, end: end as number });
  }
  return out;
}

const folded1 = (s: string): string => s.replace(/\s+/g, ' ').trim();

function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/**
 * Paints findings on the live page and returns what it could anchor. Idempotent: clears what it
 * painted before. The page's DOM is untouched where the Highlight API exists.
 */
export class Painter {
  private sheet: CSSStyleSheet | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private marks: HTMLElement[] = [];
  painted: PaintedFinding[] = [];
  private readonly doc: Document;
  private readonly useApi: boolean;

  constructor(doc: Document, opts: { forceFallback?: boolean } = {}) {
    this.doc = doc;
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    this.useApi = !opts.forceFallback && win !== null && supportsHighlights(win);
  }

  private ensureStyles(): void {
    if (this.sheet || this.styleEl) return;
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win) return;
    try {
      // A constructed sheet adds no element to the page; it is removed again on dispose().
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(STYLES);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Some engines refuse sheets built in an extension's world (Firefox's Xray wrappers):
      // fall back to one <style> element of ours, removed again on dispose().
      const style = this.doc.createElement('style');
      style.setAttribute('data-sourcelight', '');
      style.textContent = STYLES;
      (this.doc.head ?? this.doc.documentElement).append(style);
      this.styleEl = style;
    }
  }

  paint(findings: readonly Finding[], blocks: ReadonlyMap<number, LiveBlock>): PaintedFinding[] {
    this.clear();
    this.ensureStyles();
    const painted: PaintedFinding[] = [];
    // Each block's text is folded once, however many findings it holds.
    const folded = new Map<number, FoldedBlock>();
    const rangeIn = (blockId: number, start: number, end: number, text: string): Range | null => {
      const block = blocks.get(blockId);
      if (!block) return null;
      let fold = folded.get(blockId);
      if (!fold) {
        fold = foldBlock(block.nodes, block.breaks);
        folded.set(blockId, fold);
      }
      return rangeFor(this.doc, block, start, end, text, fold);
    };
    for (const f of findings) {
      if (!isPainted(f)) continue;
      const parts = partsOf(f);
      if (!parts) {
        const range = rangeIn(f.blockId, f.start, f.end, f.text);
        if (range) painted.push({ finding: f, range });
        continue;
      }
      // A unit over several blocks: its text is the parts' texts joined by a space, in order.
      const pieces: Array<{ range: Range; text: string }> = [];
      let at = 0;
      for (const p of parts) {
        const text = f.text.slice(at, at + (p.end - p.start));
        at += p.end - p.start + 1;
        const range = rangeIn(p.blockId, p.start, p.end, text);
        if (!range) break;
        pieces.push({ range, text });
      }
      if (pieces.length !== parts.length) continue;
      const first = (pieces[0] as { range: Range }).range;
      const last = (pieces[pieces.length - 1] as { range: Range }).range;
      const span = this.doc.createRange();
      span.setStart(first.startContainer, first.startOffset);
      span.setEnd(last.endContainer, last.endOffset);
      painted.push({ finding: f, range: span, parts: pieces });
    }
    if (this.useApi) {
      const win = this.doc.defaultView as Window & typeof globalThis;
      for (const kind of Object.keys(HIGHLIGHT_NAMES) as FindingKind[]) {
        // A unit is painted part by part: whatever stands between its blocks is not highlighted.
        const ranges = painted.filter((p) => p.finding.kind === kind).flatMap((p) => (p.parts ? p.parts.map((x) => x.range) : [p.range]));
        const name = HIGHLIGHT_NAMES[kind];
        if (ranges.length > 0) win.CSS.highlights.set(name, new win.Highlight(...ranges));
        else win.CSS.highlights.delete(name);
      }
    } else {
      // Wrap from the last finding to the first so earlier ranges stay valid.
      for (let i = painted.length - 1; i >= 0; i--) {
        const p = painted[i] as PaintedFinding;
        const ranges = p.parts ? p.parts.map((x) => x.range).reverse() : [p.range];
        for (const r of ranges) this.marks.push(...wrapRange(this.doc, r, p.finding));
      }
    }
    painted.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
    this.painted = painted;
    return painted;
  }

  get usesHighlightApi(): boolean {
    return this.useApi;
  }

  /** Marks one painted finding as the current one (visible focus for keyboard stepping). */
  setFocus(p: PaintedFinding | null): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (this.useApi && win) {
      if (p) win.CSS.highlights.set(FOCUS_HIGHLIGHT, new win.Highlight(p.range));
      else win.CSS.highlights.delete(FOCUS_HIGHLIGHT);
      return;
    }
    for (const mark of this.marks) mark.removeAttribute('data-sourcelight-focus');
    if (!p) return;
    const mark = this.marks.find((m) => p.range.intersectsNode(m));
    if (mark) {
      mark.setAttribute('data-sourcelight-focus', '');
      mark.focus({ preventScroll: true });
    }
  }

  /** Painted findings whose text is no longer what they quoted (the page changed under them). */
  stale(): PaintedFinding[] {
    return this.painted.filter((p) =>
      p.parts ? p.parts.some((x) => folded1(x.range.toString()) !== x.text) : folded1(p.range.toString()) !== p.finding.text,
    );
  }

  clear(): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (this.useApi && win) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) win.CSS.highlights.delete(name);
      win.CSS.highlights.delete(FOCUS_HIGHLIGHT);
    }
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks = [];
    this.painted = [];
  }

  dispose(): void {
    this.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
    this.styleEl?.remove();
    this.styleEl = null;
  }
}

/** Wraps each text-node piece of a range in a mark element of ours (fallback path only). */
function wrapRange(doc: Document, range: Range, finding: Finding): HTMLElement[] {
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root.nodeType === 3 ? (root.parentNode as Node) : root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    if (end > start) pieces.push({ node: t, start, end });
  }
  const marks: HTMLElement[] = [];
  for (const piece of pieces) {
    let node = piece.node;
    if (piece.start > 0) node = node.splitText(piece.start);
    if (piece.end - piece.start < node.data.length) node.splitText(piece.end - piece.start);
    const mark = doc.createElement(FALLBACK_TAG);
    mark.setAttribute('data-sourcelight-kind', finding.kind);
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('aria-label', `Sourcelight: ${finding.reason}`);
    node.parentNode?.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}
