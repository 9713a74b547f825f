// Reading the corpus (CORPUS_DIR): JSONL records checked with zod, pages decoded like a browser
// would. Nothing from the corpus is ever written into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { decodeHtml as decodeBytes } from '../src/cli/decode.ts';

export const SET_FILES = {
  source_vagueness: 'sentences/source_vagueness.dev.jsonl',
  wild_claims: 'sentences/wild_claims.dev.jsonl',
  polnear: 'sentences/polnear.dev.jsonl',
  conll2010_wiki: 'sentences/conll2010_wiki.dev.jsonl',
  szeged_wikiweasel: 'sentences/szeged_wikiweasel.dev.jsonl',
  state_media_citations: 'sentences/state_media_citations.dev.jsonl',
  aeb: 'pages/aeb.dev.jsonl',
  trafilatura_en: 'pages/trafilatura_en.dev.jsonl',
  promo_blocks: 'blocks/promo_blocks.dev.jsonl',
} as const;

export type SetName = keyof typeof SET_FILES;
export const SET_NAMES = Object.keys(SET_FILES) as SetName[];

const nullableString = z.string().nullable().optional();

export const SourceVaguenessRow = z.looseObject({
  id: z.string(),
  text: z.string(),
  context_before: nullableString,
  /** The document the sentence comes from: `article` (news sets) or `page` (wild_claims). */
  article: nullableString,
  page: nullableString,
  attribution: z.string(),
  flag: z.boolean().nullable(),
  cue: nullableString,
  cue_start: z.number().nullable().optional(),
  cue_end: z.number().nullable().optional(),
});
export type SourceVaguenessRow = z.infer<typeof SourceVaguenessRow>;

export const PolnearSpan = z.looseObject({
  role: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  inside_sentence: z.boolean(),
});
export type PolnearSpan = z.infer<typeof PolnearSpan>;

export const PolnearRow = z.looseObject({
  id: z.string(),
  text: z.string(),
  label: z.string(),
  article: z.string(),
  char_start: z.number(),
  spans: z.array(PolnearSpan),
});
export type PolnearRow = z.infer<typeof PolnearRow>;

export const ConllRow = z.looseObject({ id: z.string(), text: z.string(), label: z.string() });
export type ConllRow = z.infer<typeof ConllRow>;

export const SzegedRow = z.looseObject({
  id: z.string(),
  doc_id: nullableString,
  text: z.string(),
  is_title: z.boolean().optional(),
  cues: z.array(z.looseObject({ start: z.number(), end: z.number(), text: z.string(), type: z.string().optional() })),
});
export type SzegedRow = z.infer<typeof SzegedRow>;

export const StateMediaRow = z.looseObject({
  id: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  mention_text: z.string(),
  label: z.enum(['source', 'venue', 'mention', 'not_state']),
  outlet_id: z.string().nullable(),
  type: z.string(),
  note: nullableString,
  context_before: nullableString,
  origin_document: nullableString,
  origin: nullableString,
});
export type StateMediaRow = z.infer<typeof StateMediaRow>;

export const PageRow = z.looseObject({
  id: z.string(),
  url: z.string(),
  html_path: z.string(),
  html_gzip: z.boolean().optional(),
  html_encoding: z.string().nullable().optional(),
  ground_truth_text: z.string().nullable().optional(),
  must_include: z.array(z.string()).optional(),
  must_exclude: z.array(z.string()).optional(),
});
export type PageRow = z.infer<typeof PageRow>;

export const PromoBlockRow = z.looseObject({
  id: z.string(),
  page_id: z.string(),
  block_index: z.number(),
  text: z.string(),
  dropped: z.boolean(),
  label: z.enum(['promotion', 'boilerplate', 'article']),
  subtype: z.string().nullable().optional(),
  note: nullableString,
  dataset: z.string().optional(),
});
export type PromoBlockRow = z.infer<typeof PromoBlockRow>;

export function corpusFile(corpusDir: string, set: SetName): string {
  return join(corpusDir, SET_FILES[set]);
}

/** Reads a JSONL file and checks every line against the schema; a bad line stops the run. */
export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim()) continue;
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: unexpected record: ${parsed.error.message.slice(0, 300)}`);
    out.push(parsed.data);
  }
  return out;
}

export function setAvailable(corpusDir: string, set: SetName): boolean {
  return existsSync(corpusFile(corpusDir, set));
}

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

/** A page to analyse: where its HTML is and how to decode it. Plain data (crosses to workers). */
export interface PageJob {
  id: string;
  url: string;
  file: string;
  gzip: boolean;
  encoding: string | null;
}

export function pageJob(corpusDir: string, row: PageRow): PageJob {
  return {
    id: row.id,
    url: row.url,
    file: join(corpusDir, 'pages', row.html_path),
    gzip: row.html_gzip ?? row.html_path.endsWith('.gz'),
    encoding: row.html_encoding ?? null,
  };
}

/**
 * Bytes → text as a browser would decode them, by the CLI's own decoder (src/cli/decode.ts): a
 * byte-order mark; else the record's declared encoding; else `<meta charset>`; else valid UTF-8;
 * else chardet's guess (windows-1252 when it has none).
 */
export function decodeHtml(bytes: Uint8Array, declared: string | null): string {
  return decodeBytes(bytes, declared).text;
}

export function readPageHtml(job: PageJob): string {
  const raw = readFileSync(job.file);
  const bytes = job.gzip ? gunzipSync(raw) : raw;
  return decodeHtml(bytes, job.encoding);
}
