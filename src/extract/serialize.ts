// The page as the off-thread reader needs it, serialised on the page's thread: the <html> start tag
// (its lang and dir), the parts of <head> that Readability reads (title, meta tags, JSON-LD, the
// canonical link) and the <body>, lightened. Scripts, styles and drawings are left out: they are
// often most of a page's bytes (1 MB of a 1.1 MB page in the evaluation set; 45% of the bodies of
// the aeb sample), and every byte is paid three times: copied into the message on this thread,
// carried, and parsed again off-thread.

const HEAD_PARTS = 'title, meta, link[rel="canonical"], script[type="application/ld+json"]';
const END_TAG = '</html>';

// What the body's serialisation carries that no reader reads: comments, and the contents of
// scripts, style sheets and inline SVG drawings. One pass, left to right: a `<script` inside a
// comment or a `<!--` inside a script is consumed with its container. The elements themselves stay
// (emptied), so every element keeps its place among its siblings and the block paths found in the
// copy still lead to the same elements in the live page (comments are not elements). Nested <svg>
// elements are counted, so a sprite sheet of drawings is emptied whole. JSON-LD stays: Readability
// reads the article's metadata from it.
const NEXT = /<!--|<(script|style|svg)\b[^>]*>/gi;
const SVG_TAG = /<(\/?)svg\b[^>]*>/gi;
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;

/** Where the element opened at `from` ends (after its end tag), and where its end tag starts. */
function closeOf(html: string, tag: string, from: number): { start: number; end: number } | null {
  if (tag === 'svg') {
    let depth = 1;
    SVG_TAG.lastIndex = from;
    for (let m = SVG_TAG.exec(html); m; m = SVG_TAG.exec(html)) {
      if (m[1]) depth--;
      else if (!m[0].endsWith('/>')) depth++;
      if (depth === 0) return { start: m.index, end: SVG_TAG.lastIndex };
    }
    return null;
  }
  // Script and style contents are raw text: they end at the first end tag of their kind.
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  return m ? { start: m.index, end: close.lastIndex } : null;
}

/** The body's markup without comments and with scripts (not JSON-LD), styles and SVG emptied. */
export function lighten(html: string): string {
  let out = '';
  let kept = 0; // html[kept…] is still to be copied
  NEXT.lastIndex = 0;
  for (let m = NEXT.exec(html); m; m = NEXT.exec(html)) {
    const at = m.index;
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', at + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(kept, at);
      kept = stop;
      NEXT.lastIndex = stop;
      continue;
    }
    const tag = (m[1] as string).toLowerCase();
    const afterOpen = at + m[0].length;
    const close = closeOf(html, tag, afterOpen);
    if (!close) break; // unterminated: the rest is copied as it is
    if (!(tag === 'script' && JSON_LD.test(m[0]))) {
      out += html.slice(kept, afterOpen) + html.slice(close.start, close.end);
      kept = close.end;
    }
    NEXT.lastIndex = close.end;
  }
  return out + html.slice(kept);
}

export function serializePage(doc: Document): string {
  const root = doc.documentElement;
  // A shallow copy serialises as `<html …attributes…></html>`: the start tag is all of it but the end.
  const shell = (root.cloneNode(false) as Element).outerHTML;
  const open = shell.endsWith(END_TAG) ? shell.slice(0, -END_TAG.length) : '<html>';
  let head = '';
  if (doc.head) for (const el of doc.head.querySelectorAll(HEAD_PARTS)) head += el.outerHTML;
  const body = doc.body ? lighten(doc.body.outerHTML) : '<body></body>';
  return `${open}<head>${head}</head>${body}${END_TAG}`;
}
