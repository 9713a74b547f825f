// Settings changes from the options page, sent to the background, the one writer of settings
// (src/settings/writer.ts). One schema per message; the types are inferred from it.
import * as z from 'zod/mini';
import { LIMITS, modeSchema, partialKindsSchema, sensitivitySchema, siteNameSchema } from '../settings/schema.ts';
import { str, parseWith } from './primitives.ts';

const nullableBool = z.optional(z.nullable(z.boolean()));
const site = siteNameSchema;

export const settingsOpSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('global'),
    patch: z.object({ mode: z.optional(modeSchema), kinds: z.optional(partialKindsSchema), sensitivity: z.optional(sensitivitySchema), hedges: z.optional(z.boolean()) }),
  }),
  z.object({ op: z.literal('site-mode'), site, mode: z.nullable(modeSchema) }),
  z.object({ op: z.literal('site-kinds'), site, kinds: z.object({ claim: nullableBool, 'state-media': nullableBool, promotion: nullableBool }) }),
  z.object({ op: z.literal('site-sensitivity'), site, sensitivity: z.nullable(sensitivitySchema) }),
  z.object({ op: z.literal('site-hedges'), site, hedges: z.nullable(z.boolean()) }),
  z.object({ op: z.literal('unsuppress'), site, rule: z.string().check(z.maxLength(LIMITS.ruleLength)), phrase: z.optional(z.string().check(z.maxLength(LIMITS.phraseLength))) }),
  z.object({ op: z.literal('reset-site'), site }),
  /** An import file's text; the background validates it completely before writing anything. */
  z.object({ op: z.literal('import'), text: z.string().check(z.maxLength(LIMITS.importBytes)) }),
  /** Empties the diagnostics log (kept by the background too). */
  z.object({ op: z.literal('clear-diagnostics') }),
]);
export type SettingsOp = z.infer<typeof settingsOpSchema>;

export const settingsMessage = z.object({ type: z.literal('sl/settings'), op: settingsOpSchema });
export type SettingsMessage = z.infer<typeof settingsMessage>;

/** The background's answer: done (with a message for the reader), or why not. */
export const settingsReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), message: z.optional(str) }),
  z.object({ ok: z.literal(false), message: str }),
]);
export type SettingsReply = z.infer<typeof settingsReply>;

export function parseSettingsMessage(value: unknown): SettingsMessage | null {
  return parseWith(settingsMessage, value);
}

export function parseSettingsReply(value: unknown): SettingsReply | null {
  return parseWith(settingsReply, value);
}
