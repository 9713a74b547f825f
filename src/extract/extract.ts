import { Readability } from '@mozilla/readability';
import { looksLikeArticle } from './gate.ts';
import type { Article, Block } from '../analyze/types.ts';
import { resolveLinks, walkBlocks, walkPage, type RawBlock } from './blocks.ts';

export interface ExtractOptions {
  url?: string;
  /** Skip the cheap "does this look like an article" gate (the CLI analyses what it is given). */
  force?: boolean;
  /** Caps that keep huge pages from freezing anything. */
  maxChars?: number;
  maxBlocks?: number;
}

/** A block of the live page: how to find its text again (kept out of the serialisable Article). */
export interface LiveBlock {
  id: number;
  /** Index of this block in a walk of the whole page body (lets another copy of the page find it). */
  pageIndex: number;
  /** Which of its element's own runs of text this block is (an element's text can be cut by child blocks). */
  run: number;
  element: Element;
  nodes: Text[];
  breaks: number[];
}

export type ExtractOutcome =
  | { ok: true; article: Article; live: LiveBlock[]; ms: number; readabilityMs: number }
  | { ok: false; reason: 'not-article' | 'empty' | 'error' | 'too-large'; message: string; ms: number };

export { DEFAULT_MAX_CHARS, DEFAULT_MAX_BLOCKS } from './limits.ts';
import { DEFAULT_MAX_CHARS, DEFAULT_MAX_BLOCKS } from './limits.ts';

// A live block counts as article text when Readability kept exactly that text, or (for longer
// blocks, where Readability may have merged or trimmed elements) when its text occurs inside
// Readability's text. Short strings ("Share", "Advertisement") need the exact match.
const MIN_SUBSTRING_MATCH = 25;
// The article container is the deepest element holding this share of the matched text.
const CONTAINER_SHARE = 0.85;
// Deeper pages are not read. Chrome's HTML parser never builds a deeper tree (it flattens at 512
// levels), while jsdom and a script-built DOM can, and Readability's cost grows faster than the
// square of the depth: 800 levels took 3.5 s in jsdom, 5,000 levels did not finish in 5 minutes
// (and jsdom's recursive cloneNode overflows the stack). Measured in tests/unit/hostile.test.ts.
export const MAX_DEPTH = 512;

/** True when some element sits more than `limit` levels below `root`; one iterative walk. */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [el, depth] = item;
    if (depth > limit) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}

function meta(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
  return v && v.trim() ? v.trim() : null;
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export { looksLikeArticle };

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractOutcome {
  const t0 = performance.now();
  const elapsed = (): number => performance.now() - t0;
  try {
    if (!doc.body) return { ok: false, reason: 'empty', message: 'The page has no body.', ms: elapsed() };
    if (!options.force && !looksLikeArticle(doc)) {
      return { ok: false, reason: 'not-article', message: 'This page does not look like an article.', ms: elapsed() };
    }
    if (deeperThan(doc.documentElement, MAX_DEPTH)) {
      const message = `This page is nested too deeply to analyse (more than ${MAX_DEPTH} levels of elements).`;
      return { ok: false, reason: 'too-large', message, ms: elapsed() };
    }
    const limits = {
      maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
      maxBlocks: options.maxBlocks ?? DEFAULT_MAX_BLOCKS,
    };
    // Readability mutates what it reads: it always gets a clone, never the live page.
    const tr = performance.now();
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability(clone, { serializer: (el: Node) => el as Element }).parse();
    const readabilityMs = performance.now() - tr;
    const content = parsed?.content as unknown as Element | null | undefined;
    if (!parsed || !content || norm(content.textContent ?? '').length === 0) {
      return { ok: false, reason: 'not-article', message: 'No article text was found on this page.', ms: elapsed() };
    }

    const kept = walkBlocks(content, { maxChars: Number.MAX_SAFE_INTEGER, maxBlocks: Number.MAX_SAFE_INTEGER });
    const keptTexts = new Set(kept.blocks.map((b) => b.text));
    const keptAll = kept.blocks.map((b) => b.text).join('\n');

    const page = walkPage(doc);
    const matched = page.blocks.map(
      (b) => keptTexts.has(b.text) || (b.text.length >= MIN_SUBSTRING_MATCH && keptAll.includes(b.text)),
    );
    const container = findContainer(page.blocks, matched);

    const blocks: Block[] = [];
    const live: LiveBlock[] = [];
    let chars = 0;
    let truncated = false;
    const runs = new Map<Element, number>();
    const controls = controlBoxes(container ?? doc.body);
    for (let i = 0; i < page.blocks.length; i++) {
      const raw = page.blocks[i] as RawBlock;
      const run = runs.get(raw.element) ?? 0;
      runs.set(raw.element, run + 1);
      const isArticle = matched[i] === true;
      const inside = container !== null && container.contains(raw.element);
      if (!isArticle && !inside) continue;
      if (blocks.length >= limits.maxBlocks || chars + raw.text.length > limits.maxChars) {
        truncated = true;
        break;
      }
      chars += raw.text.length;
      const id = blocks.length;
      const block: Block = { id, kind: raw.kind, text: raw.text, links: resolveLinks(raw.links), dropped: !isArticle, tag: raw.tag, hint: hintOf(raw.element, container) };
      const near = controlsOf(raw.element, controls, container);
      if (near) block.controls = near;
      blocks.push(block);
      live.push({ id, pageIndex: i, run, element: raw.element, nodes: raw.nodes, breaks: raw.breaks });
    }
    if (blocks.every((b) => b.dropped)) {
      return { ok: false, reason: 'not-article', message: 'No article text was found on this page.', ms: elapsed() };
    }

    const url = options.url ?? doc.location?.href ?? '';
    const article: Article = {
      url,
      title: norm(parsed.title ?? doc.title ?? ''),
      byline: parsed.byline ? norm(parsed.byline) : meta(doc, 'meta[name="author"]'),
      siteName: parsed.siteName ? norm(parsed.siteName) : meta(doc, 'meta[property="og:site_name"]'),
      lang: parsed.lang || doc.documentElement.getAttribute('lang') || null,
      publishedTime:
        parsed.publishedTime ||
        meta(doc, 'meta[property="article:published_time"]') ||
        meta(doc, 'time[datetime]'),
      type: meta(doc, 'meta[property="og:type"]'),
      blocks,
      truncated,
    };
    return { ok: true, article, live, ms: elapsed(), readabilityMs };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: 'error', message: `Extraction failed: ${message}`, ms: elapsed() };
  }
}

// The class and id words of a block's element and its ancestors, up to the article's container:
// how many levels, and how many characters at most (page class lists can be very long).
const HINT_LEVELS = 5;
const HINT_CHARS = 240;
const SLUG_ID = /^[^-_\s]+(?:[-_][^-_\s]+){3,}$/;

/** Class and id words of `el` and its nearest ancestors (below `stop`), lower case. */
export function hintOf(el: Element, stop: Element | null): string {
  let out = '';
  let level = 0;
  for (let e: Element | null = el; e && e !== stop && level < HINT_LEVELS && out.length < HINT_CHARS; e = e.parentElement, level++) {
    const tag = e.tagName;
    if (tag === 'BODY' || tag === 'HTML') break;
    const id = e.getAttribute('id');
    const cls = e.getAttribute('class');
    // An id made from a heading's words ("example-2-amend-a-shared-change") names the text, not the box.
    if (id && !SLUG_ID.test(id)) out += ` ${id}`;
    if (cls) out += ` ${cls}`;
  }
  return out.slice(0, HINT_CHARS).replace(/\s+/g, ' ').trim().toLowerCase();
}

// Form controls (their own text is never block text: blocks.ts skips them). A control's box is
// its element and a few ancestors; a block is near a control when its element or one of its
// nearest ancestors is such a box, and the box is small (a sign-up form, a search bar, a comment
// form), not the article wrapper that happens to hold one.
const CONTROL_LEVELS = 3;
const BLOCK_LEVELS = 2;
const BOX_MAX_CHARS = 600;
const CONTROL_KINDS = ['email', 'search', 'textarea', 'field', 'button'] as const;
type ControlKind = (typeof CONTROL_KINDS)[number];
const EMAIL_NAME = /e-?mail/i;
const SEARCH_NAME = /search|^q$|^s$/i;

/** What kind of control an element is, or null (hidden fields, check boxes, not a control). */
export function controlKind(el: Element): ControlKind | null {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'SELECT') return 'field';
  if (tag === 'BUTTON') return 'button';
  if (tag !== 'INPUT') return null;
  const type = (el.getAttribute('type') ?? 'text').trim().toLowerCase();
  if (type === 'email') return 'email';
  if (type === 'search') return 'search';
  if (type === 'submit' || type === 'button' || type === 'image') return 'button';
  if (type !== 'text' && type !== '' && type !== 'tel' && type !== 'url') return null;
  const names = ['name', 'id', 'placeholder', 'aria-label', 'autocomplete'].map((a) => el.getAttribute(a) ?? '');
  if (names.some((n) => EMAIL_NAME.test(n))) return 'email';
  if (names.some((n) => SEARCH_NAME.test(n)) || el.closest('[role="search"]')) return 'search';
  return 'field';
}

export interface ControlBoxes {
  kinds: Map<Element, Set<ControlKind>>;
  chars: Map<Element, number>;
}

/** Every control under `root` and the boxes around it (its element and CONTROL_LEVELS ancestors). */
export function controlBoxes(root: Element | null): ControlBoxes {
  const boxes: ControlBoxes = { kinds: new Map(), chars: new Map() };
  if (!root) return boxes;
  for (const el of root.querySelectorAll('input, button, select, textarea')) {
    const kind = controlKind(el);
    if (!kind) continue;
    let box: Element | null = el.parentElement;
    for (let level = 0; box && level < CONTROL_LEVELS; level++, box = box.parentElement) {
      const set = boxes.kinds.get(box) ?? new Set<ControlKind>();
      set.add(kind);
      boxes.kinds.set(box, set);
      if (box === root) break;
    }
  }
  return boxes;
}

/** The kinds of control in a small box around `el` (space-separated, fixed order), or ''. */
export function controlsOf(el: Element, boxes: ControlBoxes, container: Element | null): string {
  if (boxes.kinds.size === 0) return '';
  let level = 0;
  for (let e: Element | null = el; e && level <= BLOCK_LEVELS; e = e.parentElement, level++) {
    if (e === container || e.tagName === 'BODY') break;
    const kinds = boxes.kinds.get(e);
    if (!kinds) continue;
    let chars = boxes.chars.get(e);
    if (chars === undefined) {
      const raw = e.textContent ?? '';
      // White space folded only when it could decide (a long wrapper is long either way).
      chars = raw.length > BOX_MAX_CHARS * 8 ? raw.length : raw.replace(/\s+/g, ' ').trim().length;
      boxes.chars.set(e, chars);
    }
    if (chars > BOX_MAX_CHARS) break;
    return CONTROL_KINDS.filter((k) => kinds.has(k)).join(' ');
  }
  return '';
}

/** The deepest element that holds most of the matched text: where the article lives. */
function findContainer(blocks: readonly RawBlock[], matched: readonly boolean[]): Element | null {
  let total = 0;
  const weight = new Map<Element, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (!matched[i]) continue;
    const b = blocks[i] as RawBlock;
    total += b.text.length;
    for (let el: Element | null = b.element; el; el = el.parentElement) {
      weight.set(el, (weight.get(el) ?? 0) + b.text.length);
    }
  }
  if (total === 0) return null;
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, w] of weight) {
    if (w < total * CONTAINER_SHARE) continue;
    let depth = 0;
    for (let p = el.parentElement; p; p = p.parentElement) depth++;
    if (depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  // Never treat the whole body as the container: that would mark every menu as "dropped".
  if (best && (best.tagName === 'BODY' || best.tagName === 'HTML')) return null;
  return best;
}
