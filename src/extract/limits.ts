/** Caps on one article's extraction (a clear `truncated` flag when they apply). */
export const DEFAULT_MAX_CHARS = 400_000;
export const DEFAULT_MAX_BLOCKS = 4_000;
