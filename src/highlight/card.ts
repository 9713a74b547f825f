import type { Finding } from '../analyze/types.ts';
import { FALLBACK_TAG, type PaintedFinding } from './paint.ts';
import { cardText, lateralLinks } from './explain.ts';

const KIND_LABEL: Record<Finding['kind'], string> = {
  claim: 'Unattributed claim',
  'state-media': 'State-media citation',
  promotion: 'Promotional block',
};

// The card lives in a closed shadow root: page CSS can't restyle it and ours can't leak out.
const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: min(360px, calc(100vw - 16px)); box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #ffffff;
  border: 1px solid #d0d7de; border-left: 4px solid var(--accent); border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.card[hidden] { display: none; }
.kind { font-weight: 600; font-size: 12px; letter-spacing: .02em; text-transform: uppercase; color: var(--accent); }
.reason { margin: 4px 0 6px; }
.quote { margin: 4px 0; padding-left: 8px; border-left: 2px solid #d0d7de; color: #57606a; font-style: italic; }
.why { margin: 0 0 6px; color: #424a53; font-size: 13px; }
.quote[hidden], .why[hidden] { display: none; }
.rule { font: 11px/1.3 ui-monospace, SFMono-Regular, Menlo, monospace; color: #57606a; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.actions a, .actions button { font: 12px/1.2 system-ui, sans-serif; color: #0b57d0; background: #eef4ff; border: 1px solid #c6d8fb;
  border-radius: 999px; padding: 4px 9px; text-decoration: none; cursor: pointer; }
.actions a:focus-visible, .actions button:focus-visible, .close:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.notice { margin: 6px 0 0; color: #b91c1c; font-size: 12px; }
.notice:empty { display: none; }
.close { position: absolute; top: 4px; right: 6px; border: 0; background: none; font-size: 16px; cursor: pointer; color: #57606a; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .rule, .close, .quote { color: #8b949e; }
  .why { color: #c9d1d9; }
  .actions a, .actions button { color: #9ecbff; background: #10243e; border-color: #1f4b7a; }
}
@media print { .card { display: none !important; } }
`;

const ACCENT: Record<Finding['kind'], string> = {
  claim: '#b45309',
  'state-media': '#b91c1c',
  promotion: '#6d28d9',
};

/** A small explanation card that follows the pointer or keyboard focus onto a highlight. */
export class Card {
  private readonly host: HTMLElement;
  private readonly card: HTMLElement;
  private readonly kindEl: HTMLElement;
  private readonly reasonEl: HTMLElement;
  private readonly ruleEl: HTMLElement;
  private readonly quoteEl: HTMLElement;
  private readonly whyEl: HTMLElement;
  private readonly actionsEl: HTMLElement;
  /**
   * Set by the content script: "not a problem here" for this finding's rule on this site. Resolves
   * with null once stored, or with the reason it was not, which the card then shows.
   */
  onSuppress: ((f: Finding) => Promise<string | null>) | null = null;
  private readonly noticeEl: HTMLElement;
  private current: Finding | null = null;
  private readonly doc: Document;

  constructor(doc: Document) {
    this.doc = doc;
    this.host = doc.createElement('sourcelight-root');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.hidden = true;
    this.card.setAttribute('role', 'tooltip');
    this.card.tabIndex = -1;
    const el = (tag: string, className: string): HTMLElement => Object.assign(doc.createElement(tag), { className });
    this.kindEl = el('div', 'kind');
    this.reasonEl = el('p', 'reason');
    this.ruleEl = el('div', 'rule');
    this.quoteEl = el('blockquote', 'quote');
    this.whyEl = el('p', 'why');
    this.actionsEl = el('div', 'actions');
    this.noticeEl = el('p', 'notice');
    this.noticeEl.setAttribute('role', 'alert');
    const close = doc.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide());
    this.card.append(close, this.kindEl, this.quoteEl, this.reasonEl, this.whyEl, this.ruleEl, this.actionsEl, this.noticeEl);
    this.card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
    });
    shadow.append(style, this.card);
  }

  mount(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  unmount(): void {
    this.host.remove();
  }

  get shown(): Finding | null {
    return this.current;
  }

  /** Text only: finding text and reasons come from a page and are never parsed as HTML. */
  show(finding: Finding, rect: DOMRect, opts: { focus?: boolean } = {}): void {
    this.mount();
    this.current = finding;
    this.card.style.setProperty('--accent', ACCENT[finding.kind]);
    this.kindEl.textContent = KIND_LABEL[finding.kind];
    // Each thing once: the words (unless the reason quotes them), what was found, why it matters.
    const text = cardText(finding);
    this.quoteEl.textContent = text.quote === null ? '' : `“${text.quote}”`;
    this.quoteEl.hidden = text.quote === null;
    this.reasonEl.textContent = text.what;
    this.whyEl.textContent = text.why ?? '';
    this.whyEl.hidden = text.why === null;
    this.ruleEl.textContent = `rule: ${text.rule}`;
    this.actionsEl.replaceChildren();
    this.noticeEl.textContent = '';
    for (const link of lateralLinks(finding)) {
      const a = this.doc.createElement('a');
      a.href = link.href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = link.label;
      this.actionsEl.append(a);
    }
    const suppress = this.onSuppress;
    if (suppress) {
      const b = this.doc.createElement('button');
      b.type = 'button';
      b.textContent = 'Not a problem here';
      b.title = 'Stop flagging this rule on this site (undo in the options page)';
      b.addEventListener('click', () => {
        b.disabled = true;
        void suppress(finding).then((problem) => {
          if (this.current !== finding) return;
          if (problem === null) {
            this.hide();
            return;
          }
          // Not stored: the highlight stays, and the reader is told why.
          b.disabled = false;
          this.noticeEl.textContent = `Could not save this choice: ${problem}`;
        });
      });
      this.actionsEl.append(b);
    }
    this.card.hidden = false;
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const width = Math.min(360, vw - 16);
    const left = Math.max(8, Math.min(rect.left, vw - width - 8));
    const below = rect.bottom + 8;
    const cardHeight = this.card.offsetHeight || 100;
    const top = below + cardHeight > vh && rect.top - cardHeight - 8 > 0 ? rect.top - cardHeight - 8 : below;
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
    if (opts.focus) this.card.focus();
  }

  /** True when a viewport point is over the card (moving onto the card keeps it open). */
  containsPoint(x: number, y: number): boolean {
    if (this.card.hidden) return false;
    const r = this.card.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 12 && y <= r.bottom + 4;
  }

  hide(): void {
    this.card.hidden = true;
    this.current = null;
  }
}

/** The painted finding under a viewport point, smallest first (nested findings win). */
export function findingAtPoint(doc: Document, painted: readonly PaintedFinding[], x: number, y: number): PaintedFinding | null {
  let node: Node | null = null;
  let offset = 0;
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    if (pos) {
      node = pos.offsetNode;
      offset = pos.offset;
    }
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    if (r) {
      node = r.startContainer;
      offset = r.startOffset;
    }
  }
  if (!node) return null;
  let best: PaintedFinding | null = null;
  for (const p of painted) {
    try {
      if (!p.range.isPointInRange(node, offset)) continue;
    } catch {
      continue; // handled: a range whose nodes left the document is under no pointer
    }
    // The caret sits between characters: make sure the pointer is really over the range's text.
    const rects = p.range.getClientRects();
    let inside = false;
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i];
      if (r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) inside = true;
    }
    if (!inside) continue;
    if (!best || p.range.toString().length < best.range.toString().length) best = p;
  }
  return best;
}

export function isFallbackMark(el: EventTarget | null): el is HTMLElement {
  return !!el && (el as Element).tagName?.toLowerCase() === FALLBACK_TAG;
}
