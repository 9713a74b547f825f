// @vitest-environment node
// The CLI's behaviour through main(): reports, folders on worker threads, input errors, analyze-text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Report } from '../../src/analyze/types.ts';

function page(title: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Valley Gazette"></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article>
<h1>${title}</h1>
<p class="byline">By Jo Marsh</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer><p>Contact us · Terms · Privacy</p></footer>
</body></html>`;
}

const BRIDGE = page('Council delays vote on the river bridge', [
  'The council postponed its vote on the new river bridge on Tuesday after a long and heated debate in the town hall, leaving the project without a start date for another season.',
  'Critics say the cost of the bridge will double within five years and that nobody consulted the residents who live beside the planned approach road.',
  '"We need more time to look at the figures before we commit the town to a loan of this size," said Maria Lindqvist, the council leader, after the meeting.',
  'Sources familiar with the talks said the contractor had already raised its price twice since the spring, and that a third increase was likely.',
  'The bridge would replace a crossing built in 1958 that has been closed to lorries since last winter, forcing a detour of eleven kilometres through the villages.',
  'A new vote is expected in the autumn, once the regional authority has said how much of the cost it is willing to cover.',
]);

const MARKET = page('Farmers market moves to the old station yard', [
  'The weekly farmers market will move to the old station yard from next month, the town announced on Monday, ending a long search for a site with room for more stalls.',
  'Traders said the square had become too small for the forty stalls that now come every Saturday, and that parking had been a problem for years.',
  'It is believed that the move could double the number of visitors, although the town has not published any estimate of its own.',
  'The station yard has toilets, covered space for twelve stalls and a car park that is empty at weekends, according to the town planning office.',
  'Stallholders will pay the same fees for the first year, after which the council will review the charges with the traders association.',
]);

let dir = '';
let stderr: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-test-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  const code = await main(argv, (s) => out.push(s));
  return { code, out, err: stderr.join('') };
}

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function folder(name: string, files: Record<string, string | Buffer>): string {
  const made = mkdtempSync(join(dir, `${name}-`));
  for (const [f, content] of Object.entries(files)) writeFileSync(join(made, f), content);
  return made;
}

/** A report without its timings (which differ from run to run). */
function stable(line: string): unknown {
  const parsed = JSON.parse(line) as { file: string; report: Report };
  const { timings: _timings, ...report } = parsed.report;
  return { file: parsed.file, report };
}

/** No stack trace: no "    at fn (file:line)" frames, no Error class names. */
function expectNoStack(err: string): void {
  expect(err).not.toMatch(/^\s+at /m);
  expect(err).not.toMatch(/\b\w*Error\b:/);
}

describe('sourcelight analyze <file>', () => {
  test('prints one Report as JSON', async () => {
    const file = write('bridge.html', BRIDGE);
    const { code, out, err } = await run(['analyze', file, '--url', 'https://gazette.example/bridge']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const report = JSON.parse(out[0] as string) as Report;
    expect(report.version).toBe(1);
    expect(report.article.url).toBe('https://gazette.example/bridge');
    expect(report.article.title).toBe('Council delays vote on the river bridge');
    expect(report.article.blocks).toBeGreaterThanOrEqual(6);
    expect(Array.isArray(report.findings)).toBe(true);
    expect(typeof report.summary.verdict).toBe('string');
    expect(report.timings.analyzeMs).toBeGreaterThanOrEqual(0);
    for (const f of report.findings) expect(f.end).toBeGreaterThan(f.start);
  });

  test('--format text prints a readable summary', async () => {
    const file = write('bridge-text.html', BRIDGE);
    const { code, out } = await run(['analyze', file, '--format', 'text']);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^bridge-text\.html: Council delays vote on the river bridge/);
  });

  test.each([
    ['a missing file', (): string => join(dir, 'nope.html'), /no such file or folder/],
    ['a binary file', (): string => write('binary.html', Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0xff, 0x00, 0x12])), /binary data/],
    ['an empty file', (): string => write('empty.html', ''), /empty/],
  ])('%s: one line on stderr, a non-zero exit code, no stack trace', async (_name, make, message) => {
    const { code, out, err } = await run(['analyze', make()]);
    expect(code).not.toBe(0);
    expect(out).toEqual([]);
    expect(err).toMatch(message);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^sourcelight: /);
    expectNoStack(err);
  });

  test('a page saved as UTF-16 with a byte-order mark is analysed like its UTF-8 copy', async () => {
    const utf16 = write('bridge-utf16.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BRIDGE, 'utf16le')]));
    const utf8 = write('bridge-utf8.html', BRIDGE);
    const a = await run(['analyze', utf16, '--url', 'https://gazette.example/bridge']);
    const b = await run(['analyze', utf8, '--url', 'https://gazette.example/bridge']);
    expect(a.code).toBe(0);
    expect(a.err).toBe('');
    const strip = (line: string): unknown => ({ ...(JSON.parse(line) as Report), timings: null });
    expect(strip(a.out[0] as string)).toEqual(strip(b.out[0] as string));
  });

  test('--format text says when the findings list was cut', async () => {
    const lines = Array.from({ length: 2_100 }, (_, i) => `Critics say the plan number ${i + 1} was rushed through the committee.`);
    const file = write('many.html', page('A very long list of complaints', lines));
    const { code, out } = await run(['analyze', file, '--format', 'text']);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/cut: the first 2,000 of 2,1\d\d findings are listed/);
    // A page with nothing cut says nothing about cutting.
    expect((await run(['analyze', write('short.html', BRIDGE), '--format', 'text'])).out.join('\n')).not.toMatch(/cut:/);
  });

  test('a bad --jobs value is a usage error', async () => {
    const { code, err } = await run(['analyze', dir, '--jobs', '0']);
    expect(code).toBe(2);
    expect(err).toMatch(/--jobs needs a whole number/);
  });
});

describe('sourcelight analyze <folder>', () => {
  test('two pages: two results in sorted file order, the same with --jobs 1 and --jobs 2', async () => {
    // Written in reverse order, so the output order comes from sorting, not from the disk.
    const d = folder('two', { 'b-market.html': MARKET, 'a-bridge.html': BRIDGE, 'notes.txt': 'not a page' });
    const one = await run(['analyze', d, '--jobs', '1']);
    expect(one.err).toBe('');
    expect(one.code).toBe(0);
    expect(one.out).toHaveLength(2);
    const files = one.out.map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files).toEqual([join(d, 'a-bridge.html'), join(d, 'b-market.html')]);
    const first = JSON.parse(one.out[0] as string) as { report: Report };
    expect(first.report.article.title).toBe('Council delays vote on the river bridge');

    stderr = [];
    const two = await run(['analyze', d, '--jobs', '2']);
    expect(two.err).toBe('');
    expect(two.code).toBe(0);
    expect(two.out.map(stable)).toEqual(one.out.map(stable));
  });

  test('with more files than threads, the order and the results do not depend on --jobs', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`p${i}.html`] = i % 2 ? MARKET : BRIDGE;
    const d = folder('five', files);
    const one = await run(['analyze', d, '--jobs', '1']);
    stderr = [];
    const three = await run(['analyze', d, '--jobs', '3']);
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(three.out).toHaveLength(5);
    expect(three.out.map(stable)).toEqual(one.out.map(stable));
    // Four worker starts in all; each loads the analyzer's language layer (compromise's ESM source,
    // ~0.3 s idle, 4-5 s measured on this shared 2-core VM under load), so 20 s was too tight.
  }, 60_000);

  test.each([1, 2])('a bad file among good ones (--jobs %i): one line for it, the rest analysed, exit 1', async (jobs) => {
    const d = folder(`mixed${jobs}`, { 'a.html': BRIDGE, 'b-empty.html': '', 'c.html': MARKET });
    const { code, out, err } = await run(['analyze', d, '--jobs', String(jobs)]);
    expect(code).toBe(1);
    expect(out.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([join(d, 'a.html'), join(d, 'c.html')]);
    expect(err).toBe(`sourcelight: ${join(d, 'b-empty.html')}: the file is empty\n`);
  });

  test('no progress bar when stderr is not a terminal', async () => {
    const d = folder('quiet', { 'a.html': BRIDGE, 'b.html': MARKET });
    const { err } = await run(['analyze', d, '--jobs', '2']);
    expect(err).toBe('');
  });
});

describe('sourcelight analyze-text', () => {
  test('one result line per input line, finding offsets inside the text', async () => {
    const inputs = [
      { id: 's1', text: 'Critics say the decision was rushed and that the figures do not add up.' },
      { id: 's2', text: 'The council approved the budget on Tuesday.', context_before: 'The meeting ran late.' },
      { id: 's3', text: 'Sources familiar with the talks said the price had been raised twice.' },
      { id: 's4', text: 'According to RT, the vote was planned months ago.' },
    ];
    const file = write('sentences.jsonl', `${inputs.map((i) => JSON.stringify(i)).join('\n')}\n`);
    const { code, out, err } = await run(['analyze-text', file]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toHaveLength(inputs.length);
    let findings = 0;
    out.forEach((line, i) => {
      const res = JSON.parse(line) as { id: string; findings: { start: number; end: number; text: string }[] };
      const input = inputs[i] as (typeof inputs)[number];
      expect(res.id).toBe(input.id);
      for (const f of res.findings) {
        findings++;
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(input.text.length);
      }
    });
    expect(findings).toBeGreaterThan(0);
  });

  test('a bad line is reported on stderr and the others still run', async () => {
    const file = write('mixed.jsonl', '{"id":"a","text":"The council met on Tuesday."}\nnot json\n{"id":"c","text":"Critics say it was rushed."}\n');
    const { code, out, err } = await run(['analyze-text', file]);
    expect(code).toBe(1);
    expect(out).toHaveLength(2);
    expect(err).toMatch(/^sourcelight: line 2: /);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  test('a missing input file is an error without a stack trace', async () => {
    const { code, err } = await run(['analyze-text', join(dir, 'missing.jsonl')]);
    expect(code).not.toBe(0);
    expect(err).toMatch(/no such file/);
    expectNoStack(err);
  });
});

describe('one default: what the extension highlights with its default settings', () => {
  const RUSSIAN_PAGE = page('Совет отложил голосование о мосте', [
    'Городской совет во вторник отложил голосование о новом мосте через реку после долгих споров в ратуше.',
    'Депутаты так и не договорились о том, кто заплатит за ремонт подъездной дороги, и проект остался без даты начала работ.',
    'Жители соседних улиц жалуются, что грузовики уже второй год ездят в объезд через деревни.',
  ]);

  test('analyze prints the default view; --sensitivity prints another level', async () => {
    const file = write('levels.html', BRIDGE);
    const ids = async (extra: string[]): Promise<Report> => {
      const { code, out, err } = await run(['analyze', file, '--url', 'https://gazette.example/bridge', ...extra]);
      expect(err).toBe('');
      expect(code).toBe(0);
      return JSON.parse(out.join('\n')) as Report;
    };
    const byDefault = await ids([]);
    const strict = await ids(['--sensitivity', 'strict']);
    const lenient = await ids(['--sensitivity', 'lenient']);
    // The default is the extension's default (strict), hedges hidden.
    expect(strict.findings.map((x) => x.id)).toEqual(byDefault.findings.map((x) => x.id));
    expect(byDefault.findings.some((x) => x.details?.hedge === true)).toBe(false);
    const fewer = lenient.findings.map((x) => x.id);
    expect(fewer.every((id) => byDefault.findings.some((x) => x.id === id))).toBe(true);
    expect(lenient.findings.every((x) => x.kind !== 'claim' || x.severity === 'high')).toBe(true);
    expect(lenient.findings.length).toBeLessThan(byDefault.findings.length);
    // Counts follow what is shown, as in the popup.
    expect(lenient.summary.counts.claim).toBe(lenient.findings.filter((x) => x.kind === 'claim').length);
    // --hedges adds hedges only: everything shown by default is still there.
    const hedges = await ids(['--hedges']);
    expect(byDefault.findings.every((x) => hedges.findings.some((y) => y.id === x.id))).toBe(true);
    expect(hedges.findings.filter((x) => !byDefault.findings.some((y) => y.id === x.id)).every((x) => x.details?.hedge === true)).toBe(true);
  });

  test('a bad --sensitivity is a one-line usage error', async () => {
    const { code, err } = await run(['analyze', write('bad-level.html', BRIDGE), '--sensitivity', 'paranoid']);
    expect(code).toBe(2);
    expect(err).toBe('sourcelight: --sensitivity is strict, balanced, lenient\n');
  });

  test('the report says what was analysed, in JSON and in text', async () => {
    const file = write('ru.html', RUSSIAN_PAGE);
    const json = JSON.parse((await run(['analyze', file])).out.join('\n')) as Report;
    expect(json.coverage).toEqual({ lang: 'ru', claim: false, 'state-media': true, promotion: false });
    const text = (await run(['analyze', file, '--format', 'text'])).out.join('\n');
    expect(text).toContain('language: Russian (ru) · claims not analysed · state media analysed · promotion in part (structure only)');
    expect(text).toContain('Claims were not checked, and promotion only in part (the article is in Russian).');
    const en = (await run(['analyze', write('en.html', BRIDGE), '--format', 'text'])).out.join('\n');
    expect(en).toContain('language: English (en) · claims analysed · state media analysed · promotion analysed');
  });

  test('analyze-text takes an optional lang and says what it analysed', async () => {
    const lines = [
      { id: 'en', text: 'Critics say the decision was rushed and that the figures do not add up.' },
      { id: 'ru', text: 'Критики говорят, что решение было принято в спешке и что цифры не сходятся.', lang: 'ru' },
      { id: 'es', text: 'Los críticos dicen que la decisión fue precipitada y que las cifras no cuadran.', lang: 'es' },
    ];
    const file = write('langs.jsonl', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const { code, out } = await run(['analyze-text', file]);
    expect(code).toBe(0);
    const res = out.map((l) => JSON.parse(l) as { id: string; findings: unknown[]; coverage: { lang: string; claim: boolean } });
    expect(res.map((r) => [r.id, r.coverage.lang, r.coverage.claim, r.findings.length > 0])).toEqual([
      ['en', 'en', true, true],
      ['ru', 'ru', false, false],
      ['es', 'es', false, false],
    ]);
    const bad = write('bad-lang.jsonl', '{"id":"x","text":"The council met.","lang":7}\n');
    const r = await run(['analyze-text', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('sourcelight: line 1: "lang" is not a string\n');
  });
});
