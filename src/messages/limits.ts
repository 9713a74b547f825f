// Size limits of what crosses a message, shared by the zod schemas (schema.ts) and the hand-written
// check of the analyzer's answer (paintable.ts), so the two cannot drift apart.
import { DEFAULT_MAX_CHARS } from '../extract/limits.ts';
import { MAX_STRING } from '../analyze/bounds.ts';

/** Any one string of a report (the analyzer bounds its own strings well inside this). */
export const MAX_MESSAGE_STRING = Math.max(20_000, MAX_STRING);
/** A block's text travels whole with its anchor: it may be as long as extraction allows. */
export const MAX_BLOCK_TEXT = DEFAULT_MAX_CHARS;
/** Element-child steps from <body> to a block (Chrome's parser never nests deeper than 512). */
export const MAX_ANCHOR_PATH = 1024;
export const MAX_ANCHORS = 10_000;
