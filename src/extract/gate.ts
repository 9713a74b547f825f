// The cheap "does this look like an article" check (Readability's own heuristic, a few ms on a
// large page). Imported from its own module so the content script does not carry Readability.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

export function looksLikeArticle(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    // Handled: a page whose DOM makes the heuristic throw (hostile or broken markup) is not one
    // we can read as an article, and the reader is told so ("not an article").
    return false;
  }
}
