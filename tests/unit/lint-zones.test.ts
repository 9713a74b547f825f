// @vitest-environment node
// The import zones in eslint.config.js refuse what the design forbids. Each probe is linted with
// ESLint's own API as if it were a file at that path (the same config `npm run lint` resolves).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The restricted-import messages ESLint gives `code` placed at `filePath`. */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const use = (spec: string): string => `import * as probe from '${spec}';\nexport const used = probe;\n`;

describe('the analyzer zone (src/analyze/**)', () => {
  test.each([
    ['node:fs'],
    ['node:path'],
    ['fs'],
    ['wxt/browser'],
    ['wxt'],
    ['#imports'],
    ['@mozilla/readability'],
    ['jsdom'],
    ['preact'],
    ['../settings/store.ts'],
    ['../messages/schema.ts'],
    ['../pipeline/serialized.ts'],
    ['../extract/extract.ts'],
    ['../diagnostics/log.ts'],
    ['../../entrypoints/background.ts'],
  ])('refuses %s', async (spec) => {
    expect(await refusals('src/analyze/probe.ts', use(spec))).toHaveLength(1);
    expect(await refusals('src/analyze/detectors/probe.ts', use(spec.startsWith('.') ? `../${spec}` : spec))).toHaveLength(1);
  });

  test('lets the analyzer import its own rooms', async () => {
    expect(await refusals('src/analyze/probe.ts', use('./types.ts'))).toEqual([]);
    expect(await refusals('src/analyze/detectors/probe.ts', use('../rules/claims-lexicon.ts'))).toEqual([]);
    expect(await refusals('src/analyze/detectors/probe.ts', use('../registry/index.ts'))).toEqual([]);
  });

  test('names every other folder of src/', async () => {
    const { OTHER_ROOMS } = (await import(pathToFileURL(join(ROOT, 'eslint.config.js')).href)) as { OTHER_ROOMS: string[] };
    const rooms = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'analyze')
      .map((d) => d.name)
      .sort();
    expect([...OTHER_ROOMS].sort()).toEqual(rooms);
  });
});

describe('the popup and options zone', () => {
  test.each([
    ['entrypoints/popup/probe.ts', '../../src/extract/extract.ts'],
    ['entrypoints/popup/probe.ts', '@mozilla/readability'],
    ['entrypoints/popup/components/probe.tsx', '../../../src/pipeline/serialized.ts'],
    ['entrypoints/popup/probe.ts', '../../src/highlight/paint.ts'],
    ['entrypoints/popup/probe.ts', '../../src/page/session.ts'],
    ['entrypoints/options/probe.tsx', '../../src/settings/writer.ts'],
    ['entrypoints/options/probe.tsx', '../../src/diagnostics/keeper.ts'],
  ])('%s may not import %s', async (file, spec) => {
    expect(await refusals(file, use(spec))).toHaveLength(1);
  });

  test('may import what it renders and the way to ask the background', async () => {
    expect(await refusals('entrypoints/options/probe.tsx', use('../../src/settings/client.ts'))).toEqual([]);
    expect(await refusals('entrypoints/popup/probe.ts', use('../../src/messages/report-schema.ts'))).toEqual([]);
  });
});

describe('outside the background, settings are read, never written', () => {
  test.each([
    ['entrypoints/content.ts', '../src/settings/writer.ts'],
    ['src/page/probe.ts', '../settings/service.ts'],
    ['src/highlight/probe.ts', '../settings/migrate.ts'],
    ['src/settings/client.ts', './writer.ts'],
    ['src/pipeline/probe.ts', '../diagnostics/keeper.ts'],
  ])('%s may not import %s', async (file, spec) => {
    expect(await refusals(file, use(spec))).toHaveLength(1);
  });

  test('the background may', async () => {
    expect(await refusals('src/background/probe.ts', use('../settings/writer.ts'))).toEqual([]);
    expect(await refusals('entrypoints/background.ts', use('../src/settings/writer.ts'))).toEqual([]);
  });
});
