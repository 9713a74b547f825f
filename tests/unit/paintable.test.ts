// @vitest-environment node
// The hand-written check of the analyzer's answer (used on the page's thread, where zod's check
// was measured at 2–16 ms a page) against the one schema of the report (the popup's reportSchema)
// and of the anchors: on real answers, and on thousands of answers corrupted one field at a time.
// On the fields the page paints from, the two give the same verdict; elsewhere the hand check
// never refuses an answer the schema accepts (the popup checks the rest with reportSchema).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { checkPaintable, PAINTED_FINDING_FIELDS } from '../../src/messages/paintable.ts';
import { reportSchema } from '../../src/messages/report-schema.ts';
import { anchor, str } from '../../src/messages/primitives.ts';
import { MAX_ANCHOR_PATH, MAX_ANCHORS, MAX_MESSAGE_STRING } from '../../src/messages/limits.ts';
import { analyzeSerializedPage } from '../../src/pipeline/serialized.ts';

const ROOT = join(import.meta.dirname, '../..');
const pages = readdirSync(join(ROOT, 'tests/fixtures/pages'))
  .map((slug) => join(ROOT, 'tests/fixtures/pages', slug, 'page.html'))
  .filter((p) => existsSync(p) && !p.includes('hostile-huge'));
pages.push(join(ROOT, 'assets/demo/article.html'));

const parser = new (new JSDOM('').window.DOMParser)();
const answers = pages.map((p) => JSON.parse(JSON.stringify(analyzeSerializedPage(readFileSync(p, 'utf8'), 'https://news.example/a', parser))) as unknown);

/** The full answer, built from the real schemas (not a copy of them). */
const fullAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: reportSchema, anchors: z.array(anchor).check(z.maxLength(MAX_ANCHORS)), steps: z.optional(z.unknown()) }),
  z.object({ ok: z.literal(false), reason: z.enum(['not-article', 'empty', 'error', 'too-large']), message: str }),
]);

/** A path the page paints from: the answer's kind, the report's version, a finding's painted field, an anchor. */
function painted(path: (string | number)[]): boolean {
  const [a, b, , d] = path;
  if (path.length === 1) return true;
  if (a === 'anchors') return true;
  if (a === 'report' && (b === 'version' || (b === 'findings' && (path.length <= 3 || (PAINTED_FINDING_FIELDS as readonly unknown[]).includes(d))))) return true;
  return false;
}

const agree = (v: unknown, path: (string | number)[] = []): void => {
  const schema = fullAnswer.safeParse(v).success;
  const hand = checkPaintable(v) !== null;
  const ok = painted(path) || path.length === 0 ? schema === hand : hand || !schema;
  if (!ok) throw new Error(`the schema says ${schema}, the hand check says ${hand}, for ${JSON.stringify(v).slice(0, 300)}`);
};

/** Every path to a value inside `v` (objects and arrays; the first 3 items of an array). */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(v)) {
    v.slice(0, 3).forEach((x, i) => {
      out.push([...at, i]);
      paths(x, [...at, i], out);
    });
  } else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      out.push([...at, k]);
      paths(x, [...at, k], out);
    }
  }
  return out;
}

const WRONG: Array<[string, () => unknown]> = [
  ['deleted', () => undefined],
  ['null', () => null],
  ['a number', () => 7],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['a string', () => 'x'],
  ['an over-long string', () => 'x'.repeat(MAX_MESSAGE_STRING + 1)],
  ['a string longer than any block', () => 'x'.repeat(400_001)],
  ['an empty object', () => ({})],
  ['an array', () => [1]],
  ['a long path', () => Array.from({ length: MAX_ANCHOR_PATH + 1 }, () => 0)],
  ['true', () => true],
  ['false', () => false],
  ['version 2', () => 2],
];

function corrupt(v: unknown, path: (string | number)[], make: () => unknown): unknown {
  const copy = JSON.parse(JSON.stringify(v)) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const value = make();
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('checkPaintable agrees with the report’s schema', () => {
  test('real answers pass both', () => {
    expect(answers.length).toBeGreaterThan(4);
    for (const a of answers) {
      expect(checkPaintable(a)).not.toBeNull();
      agree(a);
    }
  });

  test('answers corrupted one field at a time get the same verdict from both', () => {
    let checked = 0;
    let refused = 0;
    for (const a of answers) {
      for (const path of paths(a)) {
        for (const [label, make] of WRONG) {
          const bad = corrupt(a, path, make);
          try {
            agree(bad, path);
          } catch (err) {
            throw new Error(`${path.join('.')} set to ${label}: ${(err as Error).message}`);
          }
          checked++;
          if (checkPaintable(bad) === null) refused++;
        }
      }
    }
    // Enough corruptions, and a good share of them refused (not only harmless fields touched).
    expect(checked).toBeGreaterThan(5_000);
    expect(refused / checked).toBeGreaterThan(0.2);
  });

  test('top-level shapes that are not answers', () => {
    for (const v of [null, undefined, 0, '', 'ok', [], [{ ok: true }], { ok: 'true' }, { ok: false }, { ok: false, reason: 'nope', message: 'x' }]) {
      agree(v);
      expect(checkPaintable(v)).toBeNull();
    }
  });
});
