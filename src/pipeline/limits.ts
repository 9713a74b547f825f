/** Pages whose HTML is larger than this are not analysed (a clear "too large" state instead). */
export const MAX_HTML_CHARS = 8_000_000;
