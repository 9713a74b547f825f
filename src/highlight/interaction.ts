// How the reader meets the highlights: the card on hover or keyboard focus, Escape, stepping to
// the next or previous finding (keyboard shortcut), and scrolling to a finding (popup).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, findingAtPoint, isFallbackMark } from './card.ts';
import type { Painter, PaintedFinding } from './paint.ts';

export class Interaction {
  readonly card: Card;
  private readonly doc: Document;
  private readonly painter: Painter;
  private readonly ctx: ContentScriptContext;
  private frame = 0;
  private lastPoint: { x: number; y: number } | null = null;
  /** Index of the finding last stepped to, in reading order; -1 before the first step. */
  private current = -1;

  constructor(ctx: ContentScriptContext, doc: Document, painter: Painter) {
    this.ctx = ctx;
    this.doc = doc;
    this.painter = painter;
    this.card = new Card(doc);
  }

  /** Listens for the pointer, focus and Escape, all tied to the context's signal. */
  start(): void {
    const { ctx, doc } = this;
    ctx.addEventListener(doc, 'mousemove', (e) => this.onPointer(e), { passive: true });
    ctx.addEventListener(doc, 'focusin', (e) => this.onFocus(e));
    ctx.addEventListener(doc, 'keydown', (e) => {
      if (e.key === 'Escape' && this.card.shown) this.card.hide();
    });
    ctx.onInvalidated(() => this.card.unmount());
  }

  /** The highlights were painted again: the card and the step position start over. */
  reset(): void {
    this.card.hide();
    this.current = -1;
  }

  focusFinding(id: string): boolean {
    const index = this.painter.painted.findIndex((x) => x.finding.id === id);
    return index >= 0 && this.focusIndex(index);
  }

  /** Keyboard shortcut: the next or previous highlight, in reading order, wrapping around. */
  step(direction: 1 | -1): boolean {
    const n = this.painter.painted.length;
    if (n === 0) return false;
    const next = this.current < 0 ? (direction === 1 ? 0 : n - 1) : (this.current + direction + n) % n;
    return this.focusIndex(next);
  }

  private focusIndex(index: number): boolean {
    const p = this.painter.painted[index];
    if (!p) return false;
    this.current = index;
    const el = p.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.painter.setFocus(p);
    this.showCard(p, true);
    return true;
  }

  private showCard(p: PaintedFinding, focus: boolean): void {
    const rect = p.range.getBoundingClientRect();
    this.card.show(p.finding, rect, { focus });
  }

  private onPointer(e: MouseEvent): void {
    this.lastPoint = { x: e.clientX, y: e.clientY };
    if (this.frame || this.painter.painted.length === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const pt = this.lastPoint;
      if (!pt || this.ctx.isInvalid) return;
      const hit = findingAtPoint(this.doc, this.painter.painted, pt.x, pt.y);
      if (hit) {
        if (this.card.shown?.id !== hit.finding.id) this.showCard(hit, false);
      } else if (this.card.shown && !this.card.containsPoint(pt.x, pt.y)) {
        this.card.hide();
      }
    });
  }

  private onFocus(e: FocusEvent): void {
    if (!isFallbackMark(e.target)) return;
    const p = this.painter.painted.find((x) => x.range.intersectsNode(e.target as Node));
    if (p) this.showCard(p, false);
  }
}
