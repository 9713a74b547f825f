// The page as the off-thread reader needs it, serialised on the page's thread: the <html> start tag
// (its lang and dir), the parts of <head> that Readability reads (title, meta tags, JSON-LD, the
// canonical link) and the whole <body>. Head scripts and styles are left out: they are often most
// of a page's bytes (1 MB of a 1.1 MB page in the evaluation set), and every byte is paid three
// times, to serialise here, to send, and to parse again off-thread.

const HEAD_PARTS = 'title, meta, link[rel="canonical"], script[type="application/ld+json"]';
const END_TAG = '</html>';

export function serializePage(doc: Document): string {
  const root = doc.documentElement;
  // A shallow copy serialises as `<html …attributes…></html>`: the start tag is all of it but the end.
  const shell = (root.cloneNode(false) as Element).outerHTML;
  const open = shell.endsWith(END_TAG) ? shell.slice(0, -END_TAG.length) : '<html>';
  let head = '';
  if (doc.head) for (const el of doc.head.querySelectorAll(HEAD_PARTS)) head += el.outerHTML;
  const body = doc.body ? doc.body.outerHTML : '<body></body>';
  return `${open}<head>${head}</head>${body}${END_TAG}`;
}
