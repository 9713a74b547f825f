/**
 * Pages whose HTML is larger than this are not analysed (a clear "too large" state instead). The
 * extension checks the page's decoded body size (bytes) and its light copy (characters); the CLI
 * checks the file's bytes: the same cap, and the same message (tooLargeMessage).
 */
export const MAX_HTML_CHARS = 8_000_000;

/** The one message for a page over MAX_HTML_CHARS, in the extension and the CLI alike. */
export function tooLargeMessage(size: number): string {
  const mb = (n: number): string => (n >= 10e6 ? String(Math.round(n / 1e6)) : (Math.round(n / 1e5) / 10).toFixed(1));
  return `This page is too large to analyse (${mb(size)} MB of HTML; the limit is ${mb(MAX_HTML_CHARS)} MB).`;
}
