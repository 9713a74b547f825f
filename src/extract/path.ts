// Where an element stands under <body>, as the index among its parent's element children at every
// level. A page serialised and parsed again elsewhere has the same element tree (the HTML parser
// rebuilds what the serialiser wrote), so a path found in the copy leads to the same element in
// the live page without walking it. Where the live tree cannot round-trip (a script built markup
// the parser would never make) or changed in between, the caller checks the text it finds there.

/** Element-child indices from `root` down to `el`; null when `el` is not under `root`. */
export function elementPath(root: Element, el: Element): number[] | null {
  const path: number[] = [];
  let node: Element | null = el;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    if (!parent) return null;
    let index = 0;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) index++;
    path.push(index);
    node = parent;
  }
  return node === root ? path.reverse() : null;
}

/** The element a path leads to from `root`, or null when the tree has no such place. */
export function elementAt(root: Element, path: readonly number[]): Element | null {
  let node: Element | null = root;
  for (const index of path) {
    if (!node) return null;
    const children: HTMLCollection = node.children;
    node = index < children.length ? (children[index] ?? null) : null;
  }
  return node;
}

/**
 * Resolves many paths that come in document order, reusing the previous path's ancestors: a
 * block's path shares all but its last steps with the block before it, and the next paragraph is
 * usually the previous one's next sibling. Same answers as `elementAt`, with far fewer steps.
 */
export class PathResolver {
  private readonly root: Element;
  private prev: readonly number[] = [];
  /** at[i] is the element the first i steps of `prev` lead to (at[0] is the root). */
  private at: Element[];

  constructor(root: Element) {
    this.root = root;
    this.at = [root];
  }

  resolve(path: readonly number[]): Element | null {
    let k = 0;
    const max = Math.min(path.length, this.prev.length);
    while (k < max && path[k] === this.prev[k]) k++;
    const at = this.at.slice(0, k + 1);
    let node: Element | null = at[k] ?? null;
    for (let depth = k; depth < path.length && node; depth++) {
      const index = path[depth] as number;
      const before = depth < this.prev.length ? (this.prev[depth] as number) : -1;
      const sibling = this.at[depth + 1];
      // The same parent as last time, further along: step on from the previous child.
      if (depth === k && before >= 0 && before < index && sibling && sibling.parentElement === node) {
        let c: Element | null = sibling;
        for (let i = before; i < index && c; i++) c = c.nextElementSibling;
        node = c;
      } else {
        const children: HTMLCollection = node.children;
        node = index < children.length ? (children[index] ?? null) : null;
      }
      if (node) at.push(node);
    }
    if (!node) {
      this.prev = [];
      this.at = [this.root];
      return null;
    }
    this.prev = path;
    this.at = at;
    return node;
  }
}
