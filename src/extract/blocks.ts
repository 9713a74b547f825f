import type { BlockKind, BlockLink } from '../analyze/types.ts';

// Splits a DOM subtree into blocks of text: every text node belongs to its nearest block-level
// ancestor, and consecutive text nodes with the same ancestor form one block, except where two or
// more <br> in a row stand between them (a paragraph break, as Readability reads it). The same walk runs
// on Readability's output (to learn which text is the article) and on the live page (to keep a way
// back to the page's own text nodes), so both sides cut text the same way.

const BLOCK_TAGS = new Set([
  'P', 'LI', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'CAPTION',
  'PRE', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN',
  'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'FORM', 'FIELDSET', 'ADDRESS', 'DETAILS', 'SUMMARY',
  'CENTER', 'BODY', 'HTML', 'BUTTON',
]);

// Subtrees whose text is never article text.
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'SELECT', 'OPTION',
  'TEXTAREA', 'INPUT', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
  'SOURCELIGHT-ROOT', 'SL-MARK',
]);

/** Elements whose text is separated from their neighbours' (a line break, an image). */
const BREAK_TAGS = new Set(['BR', 'HR', 'IMG', 'WBR']);

export interface RawBlock {
  element: Element;
  nodes: Text[];
  /** Indexes into `nodes` before which a separator (line break) stands. */
  breaks: number[];
  text: string;
  /** Links with their anchor element; `hrefOf` resolves the address (costly in jsdom: only for kept blocks). */
  links: RawLink[];
  kind: BlockKind;
  tag: string;
}

export interface RawLink {
  start: number;
  end: number;
  el: Element;
}

/** The resolved address of a link (`javascript:` and empty ones are dropped: null). */
export function hrefOf(el: Element): string | null {
  const href = (el as HTMLAnchorElement).href || el.getAttribute('href') || '';
  return href && !/^\s*javascript:/i.test(href) ? href : null;
}

export function resolveLinks(links: readonly RawLink[]): BlockLink[] {
  const out: BlockLink[] = [];
  for (const l of links) {
    const href = hrefOf(l.el);
    if (href) out.push({ start: l.start, end: l.end, href });
  }
  return out;
}

export interface WalkLimits {
  maxChars: number;
  maxBlocks: number;
  /**
   * False: blocks are found (same cut, same order) but their text and links are not built: the
   * live-page remap only needs the text of the article's blocks, not of every menu and footer.
   */
  text?: boolean;
  /**
   * False: the blocks nested in the root are not entered (each only ends the root's current run),
   * so the result is the root's own blocks: what the remap needs to rebuild one block.
   */
  nested?: boolean;
}

export interface WalkResult {
  blocks: RawBlock[];
  truncated: boolean;
}

/** White space as JavaScript's `\s` defines it, by code (a regex per character is ~5× slower). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
const HAS_TEXT = /\S/;

function kindOf(el: Element): BlockKind {
  const tag = el.tagName.toUpperCase();
  if (tag === 'P') return el.closest('blockquote') ? 'quote' : 'paragraph';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  return 'other';
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Collapses white space the way a reader sees it and returns the text with its links.
 * `onChar` (optional) is told, for every output character, which node and offset it came from
 * (node index -1 for a separator that stands for a line break between nodes).
 */
export function normalizeNodes(
  nodes: readonly Text[],
  breaks: readonly number[],
  anchors?: ReadonlyArray<Element | null>,
  onChar?: (nodeIndex: number, offset: number) => void,
): { text: string; links: RawLink[] } {
  let out = '';
  let pendingSpace = false;
  const links: RawLink[] = [];
  let open: { el: Element; start: number } | null = null;
  let breakIdx = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (breaks[breakIdx] === i) {
      breakIdx++;
      if (out.length > 0) pendingSpace = true;
    }
    const anchor = anchors?.[i] ?? null;
    if (open && open.el !== anchor) {
      closeLink(links, open, out);
      open = null;
    }
    const data = nodes[i]?.data ?? '';
    // Copy runs of non-space characters in one slice; fold each run of spaces into one.
    let j = 0;
    while (j < data.length) {
      if (isSpace(data.charCodeAt(j))) {
        if (out.length > 0) pendingSpace = true;
        j++;
        continue;
      }
      let k = j + 1;
      while (k < data.length && !isSpace(data.charCodeAt(k))) k++;
      if (pendingSpace) {
        if (onChar) onChar(-1, 0);
        out += ' ';
        pendingSpace = false;
      }
      if (anchor && !open) open = { el: anchor, start: out.length };
      if (onChar) for (let x = j; x < k; x++) onChar(i, x);
      out += data.slice(j, k);
      j = k;
    }
  }
  if (open) closeLink(links, open, out);
  return { text: out, links };
}

function closeLink(links: RawLink[], open: { el: Element; start: number }, out: string): void {
  if (out.length > open.start) links.push({ start: open.start, end: out.length, el: open.el });
}

/** Walks `root` and returns its blocks in document order. */
export function walkBlocks(root: Element, limits: WalkLimits): WalkResult {
  const blocks: RawBlock[] = [];
  let chars = 0;
  let truncated = false;
  // Current run: consecutive text nodes under the same block ancestor.
  let runEl: Element | null = null;
  let runNodes: Text[] = [];
  let runAnchors: Array<Element | null> = [];
  let runBreaks: number[] = [];
  let pendingBreak = false;
  // <br> elements since the last text that was not white space. Two or more in a row end a
  // paragraph, as Readability reads them (its "replace <br> chains with <p>" step): an article
  // laid out as text separated by <br><br> gets one block per paragraph, like Readability's output.
  let brs = 0;

  const withText = limits.text !== false;
  const nested = limits.nested !== false;
  const flush = (): void => {
    if (runEl && runNodes.length > 0) {
      const { text, links } = withText ? normalizeNodes(runNodes, runBreaks, runAnchors) : { text: hasText(runNodes) ? ' ' : '', links: [] };
      if (text.length > 0) {
        if (blocks.length >= limits.maxBlocks || chars + text.length > limits.maxChars) {
          truncated = true;
        } else {
          chars += text.length;
          blocks.push({
            element: runEl,
            nodes: runNodes,
            breaks: runBreaks,
            text: withText ? text : '',
            links,
            kind: kindOf(runEl),
            tag: runEl.tagName.toLowerCase(),
          });
        }
      }
    }
    runEl = null;
    runNodes = [];
    runAnchors = [];
    runBreaks = [];
    pendingBreak = false;
  };

  // Iterative depth-first walk; the stack holds [node, blockAncestor, anchorAncestor].
  type Frame = { node: Node; block: Element; anchor: Element | null };
  const stack: Frame[] = [{ node: root, block: root, anchor: null }];
  while (stack.length > 0 && !truncated) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (node.nodeType === 3) {
      const textNode = node as Text;
      if (brs > 0 && HAS_TEXT.test(textNode.data)) {
        // A paragraph break within the same block element: the run ends here, a new one begins.
        if (brs >= 2 && runEl === frame.block && hasText(runNodes)) flush();
        brs = 0;
      }
      if (runEl !== frame.block) {
        flush();
        runEl = frame.block;
      }
      if (pendingBreak) {
        runBreaks.push(runNodes.length);
        pendingBreak = false;
      }
      runNodes.push(textNode);
      runAnchors.push(frame.anchor);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (el !== root && isHidden(el))) continue;
    if (BREAK_TAGS.has(tag)) {
      pendingBreak = true;
      if (tag === 'BR') brs++;
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      brs = 0;
    }
    if (isBlock && !nested && el !== root) continue;
    const block = isBlock ? el : frame.block;
    const anchor = tag === 'A' && el.hasAttribute('href') ? el : frame.anchor;
    const children = el.childNodes;
    // Leaving a block needs no marker: the next text node has another block ancestor, so the
    // run changes and is flushed.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, block, anchor });
    }
  }
  flush();
  return { blocks, truncated };
}

/**
 * The blocks an element gives itself in a walk of the page (what `walkBlocks` assigns to it, same
 * nodes and breaks), found without entering the blocks nested in it. The remap on the reader's
 * page calls this once per element.
 */
export function ownRuns(el: Element): RawBlock[] {
  return walkBlocks(el, { maxChars: Number.MAX_SAFE_INTEGER, maxBlocks: Number.MAX_SAFE_INTEGER, text: false, nested: false }).blocks;
}

function hasText(nodes: readonly Text[]): boolean {
  for (const n of nodes) if (HAS_TEXT.test(n.data)) return true;
  return false;
}

/** A piece of a block's folded text that one text node gave whole: `length` characters at `out`. */
export interface TextRun {
  node: number;
  /** Offset in the node's data. */
  from: number;
  /** Offset in the folded text. */
  out: number;
  length: number;
}

// A run of characters that are not white space (`\s`: the same set as isSpace above).
const WORD = /\S+/g;

/**
 * The folded text of a block (exactly what normalizeNodes gives) and, for each stretch of it,
 * the text node and offset it came from. Word by word with the regex engine rather than character
 * by character: this runs on the reader's page, often in code the engine has not optimised yet.
 */
export function foldBlock(nodes: readonly Text[], breaks: readonly number[]): { text: string; runs: TextRun[] } {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let space = false;
  let breakIdx = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (breaks[breakIdx] === i) {
      breakIdx++;
      space = true;
    }
    const data = nodes[i]?.data ?? '';
    let last = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
      if (m.index > last) space = true;
      if (space && length > 0) {
        parts.push(' ');
        length++;
      }
      space = false;
      const word = m[0];
      const prev = runs[runs.length - 1];
      // Consecutive words of one node separated by a single plain space stay one run.
      if (prev && prev.node === i && prev.from + prev.length + 1 === m.index && prev.out + prev.length + 1 === length && data.charCodeAt(m.index - 1) === 32) {
        prev.length += 1 + word.length;
      } else {
        runs.push({ node: i, from: m.index, out: length, length: word.length });
      }
      parts.push(word);
      length += word.length;
      last = m.index + word.length;
    }
    if (last < data.length) space = true;
  }
  return { text: parts.join(''), runs };
}

/** A block's text, built on demand (see `WalkLimits.text`). */
export function blockText(block: Pick<RawBlock, 'nodes' | 'breaks'>): string {
  return foldBlock(block.nodes, block.breaks).text;
}

/** Every block of a page's body, unlimited: both copies of a page must be cut the same way. */
export function walkPage(doc: Document, options: { text?: boolean } = {}): WalkResult {
  if (!doc.body) return { blocks: [], truncated: false };
  return walkBlocks(doc.body, { maxChars: Number.MAX_SAFE_INTEGER, maxBlocks: Number.MAX_SAFE_INTEGER, text: options.text ?? true });
}
