// Settings: the defaults are the schema (DESIGN.md habit 11). Every type here is inferred from a
// zod/mini schema, and `DEFAULTS` is what that schema makes of an empty object, so a default lives
// in exactly one place.
//
// Storage layout (see store.ts): only what differs is stored.
//   settings:version  → number (SETTINGS_VERSION once migrations ran)
//   settings:global   → GlobalDiff: the global fields that differ from DEFAULTS (absent when none)
//   site:<domain>     → SiteOverride: one key per site the reader changed (absent when none)
// A site is its registrable domain ("bbc.co.uk" for news.bbc.co.uk), or the host for IP
// addresses and single-label hosts such as localhost (see site.ts).
//
// Sensitivity maps to the least severe finding shown, per kind (SENSITIVITY_FLOOR below):
//   strict (default)  every finding, including low-severity claim cues: vague quantifiers ("some say",
//                     "many experts"), agentless passives, collective sources, anonymous sources
//                     whose anonymity is explained.
//   balanced          claims of medium severity and up: the low-severity cues above are hidden.
//   lenient           only high-severity claims (unnamed sources offering opinion or speculation).
// State-media and promotion findings are not graded by how doubtful they are (a block is
// promotion or not; every promotion finding is 'low'), so sensitivity leaves them alone: the
// reader turns those kinds on or off instead. `strict` is the default so that the built-in
// behaviour (show everything the detectors find) is unchanged until the reader narrows it.
//
// Own-voice hedging ("probably", "it seems": findings with `details.hedge`) is not a claim resting
// on a weak source (issue 15), so it is its own opt-in view, `hedges`, off by default, globally and
// per site; it never counts in the verdict, the counts or the badge. Stores written before the
// setting existed read as "off", so no migration is needed (SETTINGS_VERSION stays 1).
// The same view holds the article's own statements given with no source at all (a figure, a
// sweeping claim, an accusation: `details.ownVoice`): on sentences the rules were not tuned on,
// too few of those highlights were fair to show by default (README, accuracy). The stored name
// stays `hedges` so that what readers saved keeps its meaning.
import * as z from 'zod/mini';
import type { FindingKind, Severity } from '../analyze/types.ts';

export const SETTINGS_VERSION = 1;

export const MODES = ['automatic', 'on-click', 'off'] as const;
export const SENSITIVITIES = ['strict', 'balanced', 'lenient'] as const;
export const KINDS = ['claim', 'state-media', 'promotion'] as const satisfies readonly FindingKind[];

export type Mode = (typeof MODES)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const SENSITIVITY_FLOOR: Record<Sensitivity, Record<FindingKind, Severity>> = {
  strict: { claim: 'low', 'state-media': 'low', promotion: 'low' },
  balanced: { claim: 'medium', 'state-media': 'low', promotion: 'low' },
  lenient: { claim: 'high', 'state-media': 'low', promotion: 'low' },
};

/** Limits that keep one site's key and an import file bounded. */
export const LIMITS = {
  ruleLength: 120,
  phraseLength: 300,
  suppressionsPerSite: 500,
  /** sync's MAX_ITEMS is 512: the global key, the version and 500 sites fit. */
  sites: 500,
  importBytes: 200 * 1024,
} as const;

export const modeSchema = z.enum(MODES);
export const sensitivitySchema = z.enum(SENSITIVITIES);

export const kindsSchema = z.object({
  claim: z._default(z.boolean(), true),
  'state-media': z._default(z.boolean(), true),
  promotion: z._default(z.boolean(), true),
});

export const globalSettingsSchema = z.object({
  mode: z._default(modeSchema, 'automatic'),
  kinds: z.prefault(kindsSchema, {}),
  sensitivity: z._default(sensitivitySchema, 'strict'),
  hedges: z._default(z.boolean(), false),
});

export type Kinds = z.output<typeof kindsSchema>;
export type GlobalSettings = z.output<typeof globalSettingsSchema>;

/** The built-in defaults: what the schema makes of nothing. */
export const DEFAULTS: GlobalSettings = Object.freeze(globalSettingsSchema.parse({}));

export function defaults(): GlobalSettings {
  return globalSettingsSchema.parse({});
}

/** A finding's rule id as the detectors write it: `claim/hearsay-reportedly`. */
export const ruleSchema = z.string().check(z.maxLength(LIMITS.ruleLength), z.regex(/^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/));
export const phraseSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.phraseLength));

/** "Not a problem here": a whole rule on a site, or one rule on one exact phrase. */
export const suppressionSchema = z.strictObject({ rule: ruleSchema, phrase: z.optional(phraseSchema) });
export type Suppression = z.output<typeof suppressionSchema>;

export const partialKindsSchema = z.strictObject({
  claim: z.optional(z.boolean()),
  'state-media': z.optional(z.boolean()),
  promotion: z.optional(z.boolean()),
});
export type PartialKinds = z.output<typeof partialKindsSchema>;

/** What is stored under `settings:global`: only the fields that differ from DEFAULTS. */
export const globalDiffSchema = z.strictObject({
  mode: z.optional(modeSchema),
  kinds: z.optional(partialKindsSchema),
  sensitivity: z.optional(sensitivitySchema),
  hedges: z.optional(z.boolean()),
});
export type GlobalDiff = z.output<typeof globalDiffSchema>;

/** What is stored under `site:<domain>`: the fields a reader changed for that site. */
export const siteOverrideSchema = z.strictObject({
  mode: z.optional(modeSchema),
  kinds: z.optional(partialKindsSchema),
  sensitivity: z.optional(sensitivitySchema),
  hedges: z.optional(z.boolean()),
  suppress: z.optional(z.array(suppressionSchema).check(z.maxLength(LIMITS.suppressionsPerSite))),
});
export type SiteOverride = z.output<typeof siteOverrideSchema>;

const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_RE = new RegExp(`^(?:${HOST_LABEL}\\.)*${HOST_LABEL}$`);
const IPV6_RE = /^[0-9a-f:.]+$/;

/** A lower-case host name (punycode for IDNs) or IP address, as `URL.hostname` gives it. */
export function isHostName(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  return HOST_RE.test(value) || (value.includes(':') && IPV6_RE.test(value));
}

/** Lower-case host of an http(s) URL, or of a bare host name ("bbc.co.uk", "localhost:3000"); null otherwise. */
export function hostFrom(input: string): string | null {
  const raw = input.trim();
  if (raw === '') return null;
  // A scheme ("https://…", "about:blank") makes it a URL; "localhost:3000" is a host and a port.
  const isUrl = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(raw);
  try {
    const url = new URL(isUrl ? raw : `http://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const host = url.hostname.toLowerCase().replace(/\.$/, '').replace(/^\[(.*)\]$/, '$1');
    return isHostName(host) ? host : null;
  } catch {
    return null; // handled: not an address, so no host
  }
}

/** True for an IPv4 or IPv6 address (as `hostFrom` returns them). */
export function isIpAddress(host: string): boolean {
  return host.includes(':') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

export const siteNameSchema = z.string().check(z.refine(isHostName, 'not a site name'));

/** The effective settings for one page: the global ones with the site's override applied. */
export interface EffectiveSettings {
  /** The site whose override applied, or the page's site when it has none; null when unknown. */
  site: string | null;
  mode: Mode;
  kinds: Kinds;
  sensitivity: Sensitivity;
  /** Show own-voice hedging (off by default). */
  hedges: boolean;
  suppressions: Suppression[];
  /** Which fields come from the site's override (the popup can say "this site" vs "default"). */
  fromSite: { mode: boolean; kinds: boolean; sensitivity: boolean };
}

// ── Lenient reading of stored values ─────────────────────────────────────────────────────────────
// Storage may hold a value written by another build (sync spans devices). A field that does not
// parse is ignored, never allowed to break the whole settings object.

function pick<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function readPartialKinds(value: unknown): PartialKinds | undefined {
  const v = record(value);
  const out: PartialKinds = {};
  for (const k of KINDS) {
    const b = v[k];
    if (typeof b === 'boolean') out[k] = b;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function readGlobalDiff(value: unknown): GlobalDiff {
  const v = record(value);
  return compact({
    mode: pick(modeSchema, v.mode),
    kinds: readPartialKinds(v.kinds),
    sensitivity: pick(sensitivitySchema, v.sensitivity),
    hedges: typeof v.hedges === 'boolean' ? v.hedges : undefined,
  });
}

export function readSiteOverride(value: unknown): SiteOverride {
  const v = record(value);
  const suppress = Array.isArray(v.suppress)
    ? v.suppress.flatMap((s) => {
        const r = suppressionSchema.safeParse(s);
        return r.success ? [r.data] : [];
      })
    : [];
  return compact({
    mode: pick(modeSchema, v.mode),
    kinds: readPartialKinds(v.kinds),
    sensitivity: pick(sensitivitySchema, v.sensitivity),
    hedges: typeof v.hedges === 'boolean' ? v.hedges : undefined,
    suppress: suppress.length > 0 ? dedupeSuppressions(suppress).slice(0, LIMITS.suppressionsPerSite) : undefined,
  });
}

/** Drops undefined fields, so stored objects hold only what is set. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

export function isEmptyObject(value: object): boolean {
  return Object.keys(value).length === 0;
}

export function sameSuppression(a: Suppression, b: Suppression): boolean {
  return a.rule === b.rule && (a.phrase ?? null) === (b.phrase ?? null);
}

export function dedupeSuppressions(list: Suppression[]): Suppression[] {
  const out: Suppression[] = [];
  for (const s of list) if (!out.some((o) => sameSuppression(o, s))) out.push(s);
  return out;
}

/** The full global settings from a stored diff. */
export function globalFromDiff(diff: GlobalDiff): GlobalSettings {
  return {
    mode: diff.mode ?? DEFAULTS.mode,
    kinds: { ...DEFAULTS.kinds, ...diff.kinds },
    sensitivity: diff.sensitivity ?? DEFAULTS.sensitivity,
    hedges: diff.hedges ?? DEFAULTS.hedges,
  };
}

/** The diff to store for full global settings: only what differs from DEFAULTS. */
export function diffFromGlobal(settings: GlobalSettings): GlobalDiff {
  const kinds: PartialKinds = {};
  for (const k of KINDS) if (settings.kinds[k] !== DEFAULTS.kinds[k]) kinds[k] = settings.kinds[k];
  return compact({
    mode: settings.mode !== DEFAULTS.mode ? settings.mode : undefined,
    kinds: isEmptyObject(kinds) ? undefined : kinds,
    sensitivity: settings.sensitivity !== DEFAULTS.sensitivity ? settings.sensitivity : undefined,
    hedges: settings.hedges !== DEFAULTS.hedges ? settings.hedges : undefined,
  });
}

/**
 * A site override reduced to what differs from the global settings it applies over: choosing the
 * global value for a site removes the override, so the site follows the global setting again.
 */
export function normalizeSite(override: SiteOverride, global: GlobalSettings): SiteOverride {
  const kinds: PartialKinds = {};
  for (const k of KINDS) {
    const v = override.kinds?.[k];
    if (v !== undefined && v !== global.kinds[k]) kinds[k] = v;
  }
  const suppress = dedupeSuppressions(override.suppress ?? []);
  return compact({
    mode: override.mode !== undefined && override.mode !== global.mode ? override.mode : undefined,
    kinds: isEmptyObject(kinds) ? undefined : kinds,
    sensitivity: override.sensitivity !== undefined && override.sensitivity !== global.sensitivity ? override.sensitivity : undefined,
    hedges: override.hedges !== undefined && override.hedges !== global.hedges ? override.hedges : undefined,
    suppress: suppress.length > 0 ? suppress : undefined,
  });
}

/** Global settings with a site's override applied. Pure. */
export function effectiveSettings(global: GlobalSettings, site: string | null, override?: SiteOverride): EffectiveSettings {
  return {
    site,
    mode: override?.mode ?? global.mode,
    kinds: { ...global.kinds, ...override?.kinds },
    sensitivity: override?.sensitivity ?? global.sensitivity,
    hedges: override?.hedges ?? global.hedges,
    suppressions: [...(override?.suppress ?? [])],
    fromSite: {
      mode: override?.mode !== undefined,
      kinds: override?.kinds !== undefined && !isEmptyObject(override.kinds),
      sensitivity: override?.sensitivity !== undefined,
    },
  };
}
