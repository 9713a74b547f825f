// The building blocks every message schema shares (split out so that each bundle builds only the
// schemas it uses: zod schemas are values made at start-up, and a page's content script should not
// build the popup's whole report schema on every page it starts on).
import * as z from 'zod/mini';
import { MAX_FINDINGS } from '../analyze/bounds.ts';
import { MAX_ANCHOR_PATH, MAX_BLOCK_TEXT, MAX_MESSAGE_STRING } from './limits.ts';

export const kind = z.enum(['claim', 'state-media', 'promotion']);
export const severity = z.enum(['low', 'medium', 'high']);
export const outletType = z.enum(['state-controlled', 'state-affiliated', 'public-service-independent']);
export const attributionKind = z.enum(['named', 'anonymous', 'vague', 'collective', 'hearsay', 'none']);
export const str = z.string().check(z.maxLength(MAX_MESSAGE_STRING));
export const blockText = z.string().check(z.maxLength(MAX_BLOCK_TEXT));
// The analyzer bounds its reports (src/analyze/bounds.ts) well inside these limits.
export const MAX_FINDINGS_IN_MESSAGE = Math.max(5_000, MAX_FINDINGS);
export const nullableStr = z.nullable(str);

export const mode = z.enum(['automatic', 'on-click', 'off']);

/** Where a block of the analysed copy stands in the live page (see pipeline/serialized.ts). */
export const anchor = z.object({
  id: z.number(),
  path: z.array(z.number()).check(z.maxLength(MAX_ANCHOR_PATH)),
  run: z.number(),
  pageIndex: z.number(),
  text: blockText,
});

/** A value parsed by `schema`, or null when it is not one (every message parser is this). */
export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> | null {
  const r = schema.safeParse(value);
  return r.success ? r.data : null;
}
