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
