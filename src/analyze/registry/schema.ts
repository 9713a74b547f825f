// The registry's shape, checked by zod (functional `zod/mini` API for bundle size). The extension
// does not validate at run time: the registry ships as generated, typed data, and the build script
// and the unit tests run `validateRegistry` over it. Types here are erased from the bundle.
import * as z from 'zod/mini';

export const OUTLET_TYPES = ['state-controlled', 'state-affiliated', 'public-service-independent'] as const;

/**
 * How an ambiguous alias may match in article text (see detectors/state-media.ts):
 * - `exact`: only with its exact capitalisation ("Russia Today", not "Russia today");
 * - `cue`: only with a media cue (a citation pattern, or "agency"/"channel"/"newspaper"… beside it);
 * - `country`: only when the sentence or paragraph names the outlet's country;
 * - `credit`: only as a dateline or credit ("RABAT (MAP) –", "Photo: …/AA");
 * - `never`: never in text (domain matching only);
 * - `rt`, `sputnik`, `mir`: `cue`, and never in a sentence about tweets / satellites and vaccines /
 *   the space station.
 */
export const ALIAS_RULES = ['exact', 'cue', 'country', 'credit', 'never', 'rt', 'sputnik', 'mir'] as const;

// Lower-case host names, no scheme, path, port or trailing dot. Runs on registry data only.
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const nonEmpty = () => z.string().check(z.minLength(1));

export const AmbiguousAliasSchema = z.object({
  alias: nonEmpty(),
  rule: z.enum(ALIAS_RULES),
  /** Why the alias is ambiguous (what it collides with). */
  note: nonEmpty(),
});

export const OutletSchema = z.object({
  id: z.string().check(z.regex(/^[a-z]{2}-[a-z0-9-]+$/)),
  name: nonEmpty(),
  aliases: z.array(nonEmpty()),
  domains: z.array(z.string().check(z.regex(DOMAIN))),
  country: z.string().check(z.regex(COUNTRY)),
  parent: nonEmpty(),
  type: z.enum(OUTLET_TYPES),
  /** One neutral sentence a reader can check. */
  why: nonEmpty(),
  evidence: z.array(nonEmpty()).check(z.minLength(1)),
  references: z.array(nonEmpty()).check(z.minLength(1)),
  asOf: z.string().check(z.regex(ISO_DATE)),
  disputed: z.boolean(),
  ambiguous: z.array(AmbiguousAliasSchema),
});

export type AliasRule = (typeof ALIAS_RULES)[number];
export type AmbiguousAlias = z.infer<typeof AmbiguousAliasSchema>;
export type OutletRecord = z.infer<typeof OutletSchema>;

/** Alias comparison key: case, apostrophe and hyphen/space variants collapse. */
export function aliasKey(alias: string): string {
  return alias
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[\s\u00a0\-‐‑‒–—«»]+/g, ' ')
    .trim();
}

/** Every problem found in the registry, as readable strings; empty when it is valid. */
export function validateRegistry(outlets: readonly unknown[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const aliasOwners = new Map<string, { id: string; ambiguous: boolean }[]>();
  const domainOwners = new Map<string, string>();
  outlets.forEach((raw, i) => {
    const parsed = OutletSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`outlet #${i}: ${issue.path.join('.')}: ${issue.message}`);
      }
      return;
    }
    const o = parsed.data;
    if (ids.has(o.id)) problems.push(`${o.id}: duplicate id`);
    ids.add(o.id);
    if (o.disputed !== o.evidence.some((e) => e.startsWith('[DISPUTED]'))) {
      problems.push(`${o.id}: disputed flag and [DISPUTED] evidence disagree`);
    }
    const own = new Set<string>();
    const exact = new Set<string>();
    for (const a of o.aliases) {
      const key = aliasKey(a);
      // Case variants ("TASS", "Tass") may both be listed: short aliases match case-sensitively.
      if (exact.has(a)) problems.push(`${o.id}: alias "${a}" listed twice`);
      exact.add(a);
      if (own.has(key)) continue;
      own.add(key);
      const ambiguous = o.ambiguous.some((x) => aliasKey(x.alias) === key);
      const list = aliasOwners.get(key) ?? [];
      list.push({ id: o.id, ambiguous });
      aliasOwners.set(key, list);
    }
    for (const x of o.ambiguous) {
      if (!own.has(aliasKey(x.alias))) problems.push(`${o.id}: ambiguous alias "${x.alias}" is not an alias`);
    }
    for (const d of o.domains) {
      const other = domainOwners.get(d);
      if (other !== undefined) problems.push(`${o.id}: domain ${d} also belongs to ${other}`);
      domainOwners.set(d, o.id);
    }
  });
  for (const [key, owners] of aliasOwners) {
    if (owners.length > 1 && owners.every((x) => !x.ambiguous)) {
      problems.push(`alias "${key}" is shared by ${owners.map((x) => x.id).join(', ')} and marked ambiguous in none`);
    }
  }
  return problems;
}
