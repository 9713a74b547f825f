// @vitest-environment node
// Hostile and odd input for the Node side of the pipeline (issue 11): the analyzer's cost grows
// linearly on adversarial text, huge and malformed pages are capped or refused with a reason and
// never throw, text in other languages and scripts raises no English false alarm, and whatever a
// page holds, the report that leaves the analyzer still fits the message schema.
//
// Timing: these are growth ratios (1 MB against 100 KB), never wall-clock thresholds. Each size is
// run once to warm up, then RUNS times alternately; the median of the process's CPU time is used
// (the machine that runs CI is busy: CPU time ignores waiting for a core).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { analyze, createContext } from '../../src/analyze/index.ts';
import { MAX_FINDINGS } from '../../src/analyze/bounds.ts';
import { claimsDetector } from '../../src/analyze/detectors/claims.ts';
import { promotionDetector } from '../../src/analyze/detectors/promotion.ts';
import { stateMediaDetector } from '../../src/analyze/detectors/state-media.ts';
import { buildSummary } from '../../src/analyze/summary.ts';
import type { Article, Finding } from '../../src/analyze/types.ts';
import { analyzeHtml, analyzeText, parseHtml } from '../../src/cli/pipeline.ts';
import { extractArticle, MAX_DEPTH } from '../../src/extract/extract.ts';
import { reportToMarkdown } from '../../src/ui/markdown.ts';
import { parseToBackground, parseToContent, parseToAnalyzer } from '../../src/messages/schema.ts';
import { parsePageState } from '../../src/messages/report-schema.ts';
import { checkPaintable } from '../../src/messages/paintable.ts';
import { analyzeSerializedPage } from '../../src/pipeline/serialized.ts';
import { testArticle } from '../helpers/article.ts';

const SMALL = 100_000;
const LARGE = 1_000_000;
const RUNS = 5;
// The issue's bound, on the whole analyzer and on analyzeText.
const MAX_RATIO = 15;
// Each stage on its own: under a few milliseconds at 100 KB a stage is at the mercy of caches and
// of the garbage collector (Intl.Segmenter alone: 0.4 ms at 100 KB, 8 ms at 1 MB, 1.9 ms at 200 KB),
// so a stage gets a looser bound on its fastest runs (×50; CI runs other suites beside it), still
// half of quadratic (×100), over a
// floor of FLOOR_MS at 100 KB. The superlinear code this suite found grew ×50 to ×1000 (registry foldText, segment.ts
// abbreviation merging).
const MAX_STAGE_RATIO = 50;
const FLOOR_MS = 5;

function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Pseudo-random letters and digits without spaces or punctuation (a seeded LCG: the same every run). */
function noiseText(n: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let seed = 12345;
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    chunk.push(alphabet[seed % alphabet.length] as string);
    if (chunk.length === 4096) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

/** Adversarial block texts, generated to an exact length. */
const ADVERSARIAL: ReadonlyArray<[string, (n: number) => string]> = [
  ['one character repeated', (n) => 'a'.repeat(n)],
  ['one letter and a space repeated', (n) => repeatTo('a ', n)],
  ['white space only between two words', (n) => `Officials${' '.repeat(n - 16)}said it`],
  ['"reportedly" repeated', (n) => repeatTo('reportedly ', n)],
  ['"according to" repeated', (n) => repeatTo('according to ', n)],
  ['"RT" repeated', (n) => repeatTo('RT ', n)],
  ['"state-owned" repeated', (n) => repeatTo('state-owned ', n)],
  ['"the state-owned Russian news agency said" repeated', (n) => repeatTo('the state-owned Russian news agency said ', n)],
  ['"officials said" repeated', (n) => repeatTo('officials said ', n)],
  ['"Xinhua" repeated', (n) => repeatTo('Xinhua ', n)],
  ['"РИА Новости" repeated', (n) => repeatTo('РИА Новости ', n)],
  ['"新华社报道" repeated (no spaces)', (n) => repeatTo('据新华社报道', n)],
  ['letters and digits without spaces or punctuation', (n) => noiseText(n)],
  ['initials "A. " repeated (abbreviation merging)', (n) => repeatTo('A. ', n)],
  ['"Sen. " repeated', (n) => repeatTo('Sen. ', n)],
  ['"U.S. " repeated', (n) => repeatTo('U.S. ', n)],
  ['full stops and spaces', (n) => repeatTo('. ', n)],
  ['dashes and spaces', (n) => repeatTo('- ', n)],
  ['nested parentheses', (n) => repeatTo('(', n / 2) + repeatTo(')', n / 2)],
  ['nested curly quotes', (n) => repeatTo('“«„', n / 2) + repeatTo('”»', n / 2)],
  ['straight double quotes', (n) => repeatTo('"', n)],
  ['apostrophes', (n) => repeatTo("'s ", n)],
  [
    'a real sentence repeated',
    (n) => repeatTo('Officials said the plan, reportedly backed by Xinhua (TASS), would fail, sources told RT. ', n),
  ],
];

function oneBlock(text: string): Article {
  return testArticle([text]);
}

// A collection before each timed run, so a run pays for its own garbage, not the previous one's
// (the one place where a 1 MB run and a 100 KB run would otherwise differ by more than their work).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const STAGES = ['segment', 'promotion', 'state-media', 'claims', 'summary'] as const;
type Stage = (typeof STAGES)[number] | 'total';

/** The analyzer's work, stage by stage (the same order analyze() runs them). */
function stagedRun(article: Article): Record<Stage, number> {
  let ctx = createContext(article);
  let found: Finding[] = [];
  const t: Partial<Record<Stage, number>> = {};
  t.segment = cpuMs(() => {
    ctx = createContext(article);
  });
  t.promotion = cpuMs(() => {
    found = promotionDetector.run(ctx);
  });
  t['state-media'] = cpuMs(() => {
    found = found.concat(stateMediaDetector.run(ctx));
  });
  t.claims = cpuMs(() => {
    found = found.concat(claimsDetector.run(ctx));
  });
  t.summary = cpuMs(() => {
    buildSummary(ctx, found);
  });
  t.total = STAGES.reduce((n, s) => n + (t[s] ?? 0), 0);
  return t as Record<Stage, number>;
}

/** Median CPU time per stage at both sizes, after one warm-up run of each. */
function growth(run: (text: string) => Partial<Record<Stage, number>>, make: (n: number) => string) {
  const texts = [make(SMALL), make(LARGE)] as const;
  expect(texts[0].length).toBe(SMALL);
  expect(texts[1].length).toBe(LARGE);
  run(texts[0]);
  run(texts[1]);
  const samples: [Partial<Record<Stage, number[]>>, Partial<Record<Stage, number[]>>] = [{}, {}];
  for (let r = 0; r < RUNS; r++) {
    for (const i of [0, 1] as const) {
      collect?.();
      for (const [stage, ms] of Object.entries(run(texts[i]))) (samples[i][stage as Stage] ??= []).push(ms);
    }
  }
  const out: Partial<Record<Stage, { small: number; large: number; ratio: number; best: number }>> = {};
  for (const stage of Object.keys(samples[0]) as Stage[]) {
    const small = median(samples[0][stage] ?? []);
    const large = median(samples[1][stage] ?? []);
    // A floor under the small run: a stage that takes no measurable time at 100 KB has no ratio.
    const ratio = large / Math.max(small, FLOOR_MS);
    // Fastest runs: noise only ever adds time, so this is the steadiest view of one stage's growth.
    const best = Math.min(...(samples[1][stage] ?? [])) / Math.max(Math.min(...(samples[0][stage] ?? [])), FLOOR_MS);
    out[stage] = { small, large, ratio, best };
  }
  return out;
}

const fmt = (x: number): string => x.toFixed(1);

describe('regex safety: the analyzer is linear on adversarial text (100 KB → 1 MB)', () => {
  const table: string[] = [];

  test.each(ADVERSARIAL)('%s', (_label, make) => {
    const g = growth((text) => stagedRun(oneBlock(text)), make);
    const line = [...STAGES, 'total' as const].map((s) => `${s} ${fmt(g[s]?.small ?? 0)}→${fmt(g[s]?.large ?? 0)} ms ×${fmt(g[s]?.ratio ?? 0)}`);
    table.push(`${_label}: ${line.join(', ')}`);
    const total = g.total;
    expect(total, 'total measured').toBeDefined();
    if (!total) return;
    expect(total.ratio, `whole analyzer: ${line.join(', ')}`).toBeLessThanOrEqual(MAX_RATIO);
    for (const s of STAGES) {
      const m = g[s];
      if (!m) continue;
      expect(m.best, `${s}: ${fmt(m.small)} ms at 100 KB, ${fmt(m.large)} ms at 1 MB (medians)`).toBeLessThanOrEqual(MAX_STAGE_RATIO);
    }
  }, 180_000);

  test.each([
    ['"reportedly" repeated', (n: number) => repeatTo('reportedly ', n)],
    ['"according to" repeated', (n: number) => repeatTo('according to ', n)],
    ['initials "A. " repeated', (n: number) => repeatTo('A. ', n)],
    ['a real sentence repeated', (n: number) => repeatTo('Reportedly, officials said RIA Novosti (TASS) was right. ', n)],
  ])('analyzeText (the CLI and evaluation entry): %s', (_label, make) => {
    const g = growth((text) => ({ total: cpuMs(() => analyzeText({ id: 'x', text, context_before: 'The minister spoke.' })) }), make);
    const total = g.total;
    expect(total).toBeDefined();
    if (total) expect(total.ratio, `${fmt(total.small)} ms → ${fmt(total.large)} ms`).toBeLessThanOrEqual(MAX_RATIO);
  }, 180_000);

  test('every input was measured (the growth table is printed for the issue note)', () => {
    // One row per adversarial input: a run that skipped one would otherwise pass unseen.
    expect(table).toHaveLength(ADVERSARIAL.length);
    console.log(`# CPU ms per stage, 100 KB → 1 MB (ratio):\n${table.join('\n')}`);
  });
});

describe('what leaves the analyzer fits the message schema, whatever the page holds', () => {
  test.each(ADVERSARIAL)('%s (1 MB, one block)', (_label, make) => {
    const report = analyze(oneBlock(make(LARGE)));
    expect(parsePageState({ state: 'ready', report })).not.toBeNull();
  });

  test('thousands of findings are capped, and the report says the page was cut short', () => {
    const para = 'Reportedly, sources said the minister may have quit. '.repeat(30);
    // Declared English: one sentence repeated is too uniform for the language detector to tell
    // English from its neighbours on its own, and claims are read in English only.
    const html = `<html lang="en"><body><article><h1>Rumours</h1>${`<p>${para}</p>`.repeat(150)}</article></body></html>`;
    const result = analyzeHtml(html, 'https://news.example/rumours');
    if (!result.ok) throw new Error(result.message);
    expect(result.report.summary.counts.claim).toBeGreaterThan(MAX_FINDINGS);
    expect(result.report.findings).toHaveLength(MAX_FINDINGS);
    expect(result.report.article.truncated).toBe(true);
    expect(parsePageState({ state: 'ready', report: result.report })).not.toBeNull();
  });

  test('a 30,000-character sentence citing Xinhua: the sentence in the finding is clipped, the report is valid', () => {
    const text = `Officials said, according to Xinhua, that ${'the plan and '.repeat(2500)}the budget would fail.`;
    const report = analyze(oneBlock(text));
    const xinhua = report.findings.find((f) => f.kind === 'state-media' && f.details?.outlet?.id === 'cn-xinhua');
    expect(xinhua?.text).toBe('Xinhua');
    expect(xinhua?.details?.sentence?.length).toBeLessThanOrEqual(4_000);
    expect(parsePageState({ state: 'ready', report })).not.toBeNull();
  });

  test('a 30,000-character <title> and byline are clipped', () => {
    const big = 'T'.repeat(30_000);
    const p = '<p>' + 'The council met on Tuesday and approved the budget for the coming year after a debate. '.repeat(6) + '</p>';
    const html = `<html><head><title>${big}</title><meta name="author" content="${big}"></head><body><article><h1>${big}</h1>${p.repeat(4)}</article></body></html>`;
    const result = analyzeHtml(html, 'https://news.example/long-title');
    if (!result.ok) throw new Error(result.message);
    expect(result.report.article.title.length).toBeLessThanOrEqual(4_000);
    expect(parsePageState({ state: 'ready', report: result.report })).not.toBeNull();
  });

  // An anchor's text may be as long as extraction keeps a block (400,000 characters): one long
  // paragraph must not make the whole answer invalid.
  test('one 29,000-character paragraph: the serialised answer still fits the schema', () => {
    const P = 'The regional council met on Thursday and approved the new transport budget after a long debate. ';
    const html = `<html><body><article><h1>T</h1><p>${P.repeat(6)}</p><p>${P.repeat(300)}</p><p>${P.repeat(6)}</p></article></body></html>`;
    const parser = new new JSDOM('').window.DOMParser();
    const answer = analyzeSerializedPage(html, 'https://news.example/long', parser);
    expect(answer.ok).toBe(true);
    expect(checkPaintable(JSON.parse(JSON.stringify(answer)))).not.toBeNull();
    if (answer.ok) expect(parsePageState({ state: 'ready', report: answer.report })).not.toBeNull();
  });
});

// ── Size and shape (extraction on jsdom) ─────────────────────────────────────────────────────────

const SENTENCE = 'The regional council met on Thursday and approved the new transport budget after a long debate. ';

describe('huge pages are capped, deep pages refused with a reason, nothing throws', () => {
  test('a 5 MB page: the Article is capped and says so', () => {
    const para = `<p>${SENTENCE.repeat(5)}</p>`;
    const html = `<html><head><title>Big</title></head><body><article><h1>Big</h1>${para.repeat(Math.ceil(5e6 / para.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5e6);
    const out = extractArticle(parseHtml(html, 'https://news.example/big'), { force: true });
    if (!out.ok) throw new Error(out.message);
    expect(out.article.truncated).toBe(true);
    expect(out.article.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(400_000);
    const report = analyze(out.article);
    expect(report.article.truncated).toBe(true);
    expect(parsePageState({ state: 'ready', report })).not.toBeNull();
  }, 120_000);

  test('a 50,000-element DOM: capped at the block limit, nothing throws', () => {
    const html =
      `<html><body><article><h1>Many</h1><p>${SENTENCE.repeat(8)}</p>` +
      `${'<div><span>x</span></div>'.repeat(25_000)}<p>${SENTENCE.repeat(8)}</p></article></body></html>`;
    const doc = parseHtml(html, 'https://news.example/many');
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    const out = extractArticle(doc, { force: true });
    if (!out.ok) throw new Error(out.message);
    expect(out.article.truncated).toBe(true);
    expect(out.article.blocks.length).toBeLessThanOrEqual(4_000);
    expect(() => analyze(out.article)).not.toThrow();
  }, 120_000);

  test(`5,000 levels of nesting: refused with a reason (more than ${MAX_DEPTH} levels), fast`, () => {
    const html =
      `<html><body><article><h1>Deep</h1><p>${SENTENCE.repeat(6)}</p>${'<div>'.repeat(5_000)}` +
      `<p>${SENTENCE.repeat(4)}</p>${'</div>'.repeat(5_000)}<p>${SENTENCE.repeat(6)}</p></article></body></html>`;
    const out = extractArticle(parseHtml(html, 'https://news.example/deep'), { force: true });
    // Before the depth check: jsdom's recursive cloneNode overflowed the stack, and Readability on
    // a deep tree ran for minutes (800 levels: 3.5 s; 5,000 levels: not done after 5 minutes).
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.reason).toBe('too-large');
      expect(out.message).toMatch(/nested too deeply/);
    }
  }, 60_000);

  test('400 levels of nesting (deeper than real pages, under the cap) are still read', () => {
    const html =
      `<html><body><article><h1>Deep</h1><p>${SENTENCE.repeat(6)}</p>${'<div>'.repeat(400)}` +
      `<p>${SENTENCE.repeat(4)}</p>${'</div>'.repeat(400)}<p>${SENTENCE.repeat(6)}</p></article></body></html>`;
    const out = extractArticle(parseHtml(html, 'https://news.example/deepish'), { force: true });
    expect(out.ok).toBe(true);
  }, 60_000);

  test('a single 1 MB paragraph: capped (the Article says truncated), nothing throws', () => {
    const html = `<html><body><article><h1>One</h1><p>${SENTENCE.repeat(8)}</p><p>${SENTENCE.repeat(Math.ceil(1e6 / SENTENCE.length))}</p></article></body></html>`;
    const out = extractArticle(parseHtml(html, 'https://news.example/one'), { force: true });
    if (!out.ok) throw new Error(out.message);
    expect(out.article.truncated).toBe(true);
    expect(parsePageState({ state: 'ready', report: analyze(out.article) })).not.toBeNull();
  }, 60_000);
});

describe('malformed pages: a clear outcome, never an exception', () => {
  const P = `<p>${SENTENCE.repeat(4)}</p>`;
  test.each([
    ['broken HTML (unclosed tags, stray end tags)', `<html><body><article><h1>Broken<p>${SENTENCE.repeat(4)}<p><b><i>${SENTENCE.repeat(4)}</b></i></div></span><p>${SENTENCE.repeat(4)}`],
    ['a wrong charset declaration', `<html><head><meta charset="x-bogus-charset-42"></head><body><article>${P}${P}${P}</article></body></html>`],
    ['no <body>', `<!doctype html><title>No body</title>${P}${P}${P}`],
    ['a frameset', '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['an SVG document', '<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="20">Officials said it, reportedly.</text></svg>'],
    ['an XML document', '<?xml version="1.0"?><feed><entry><title>Officials said</title></entry></feed>'],
    ['an empty string', ''],
    ['only a comment', '<!-- nothing -->'],
    ['NUL and lone surrogates in text', `<html><body><article><p>${'\u0000\ud800 Officials said it. \udfff '.repeat(40)}</p>${P}${P}</article></body></html>`],
    ['a script that would run if executed', `<html><body><article>${P}<script>globalThis.__pwned = true</script>${P}${P}</article></body></html>`],
  ])('%s', (_label, html) => {
    const result = analyzeHtml(html, 'https://news.example/odd');
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
    else expect(parsePageState({ state: 'ready', report: result.report })).not.toBeNull();
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  test('an XML document parsed as XML (no HTML body) is "empty", not an exception', () => {
    const doc = new JSDOM('<?xml version="1.0"?><feed><entry>Officials said</entry></feed>', { contentType: 'application/xml' }).window.document;
    const out = extractArticle(doc, { force: true });
    expect(out.ok).toBe(false);
  });

  test('an SVG document parsed as SVG is a clear failure', () => {
    const doc = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Officials said</text></svg>', { contentType: 'image/svg+xml' }).window.document;
    const out = extractArticle(doc, { force: true });
    expect(out.ok).toBe(false);
  });
});

// ── Other languages and scripts ─────────────────────────────────────────────────────────────────

function article(lang: string, paras: readonly string[]): Article {
  return testArticle(paras, { url: 'https://journal.example/article', title: 'Article', lang });
}

// Written for this test (people and figures invented); no cue word of ours in any language.
const LOCAL_NEWS: ReadonlyArray<[string, string, string[]]> = [
  ['French', 'fr', [
    'Le conseil municipal de Lyon a voté mardi soir un budget de 2,4 milliards d’euros pour les transports publics.',
    'La maire, Claire Dubois, a déclaré que les travaux du tramway commenceront au printemps prochain.',
    'Selon le rapport annuel de la régie, la fréquentation a progressé de 6 % en 2025, surtout le week-end.',
    'Les associations de cyclistes demandent davantage de pistes protégées sur les quais du Rhône.',
  ]],
  ['German', 'de', [
    'Der Stadtrat von Leipzig hat am Dienstag einen neuen Haushalt für den Nahverkehr beschlossen.',
    'Bürgermeister Jonas Keller sagte, die neue Straßenbahnlinie solle im Herbst 2027 in Betrieb gehen.',
    'Laut dem Jahresbericht der Verkehrsbetriebe stiegen die Fahrgastzahlen im vergangenen Jahr um sechs Prozent.',
    'Viele Pendler hoffen auf dichtere Takte am Wochenende und in den Abendstunden.',
  ]],
  ['Arabic (right to left)', 'ar', [
    'وافق المجلس البلدي في مدينة صفاقس يوم الثلاثاء على ميزانية جديدة للنقل العام.',
    'وقالت رئيسة البلدية سلمى العياري إن أعمال الترامواي ستبدأ في الربيع المقبل.',
    'وبحسب التقرير السنوي لشركة النقل، ارتفع عدد الركاب بنسبة ستة في المئة خلال العام الماضي.',
    'ويطالب السكان بمزيد من الحافلات في المساء وفي عطلة نهاية الأسبوع.',
  ]],
  ['Russian', 'ru', [
    'Городской совет Казани во вторник утвердил новый бюджет на общественный транспорт.',
    'Мэр города Ирина Соколова заявила, что строительство трамвайной линии начнётся весной.',
    'Согласно годовому отчёту транспортной компании, пассажиропоток вырос на шесть процентов.',
    'Жители просят пустить больше автобусов по вечерам и в выходные дни.',
  ]],
  ['Hebrew with bidi controls', 'he', [
    'מועצת העיר חיפה אישרה ביום שלישי תקציב חדש לתחבורה הציבורית.',
    '\u202bראש העיר, נועה לוי, אמרה כי העבודות על הקו החדש יתחילו באביב.\u202c',
    'לפי הדוח השנתי של חברת התחבורה, מספר הנוסעים עלה בשישה אחוזים.',
  ]],
];

describe('text that is not English: no false highlights, native-script outlet names still found', () => {
  test.each(LOCAL_NEWS)('%s local news: no findings', (_label, lang, paras) => {
    const report = analyze(article(lang, paras));
    expect(report.findings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });

  test.each([
    ['Russian: "Как сообщает РИА Новости"', 'ru', ['Городской совет утвердил бюджет.', 'Как сообщает РИА Новости, переговоры продолжатся в четверг.'], 'РИА Новости', 'ru-ria', true],
    ['Russian: "По данным ТАСС"', 'ru', ['По данным ТАСС, делегации прибудут утром.'], 'ТАСС', 'ru-tass', true],
    ['Chinese: "据新华社报道" (no spaces)', 'zh', ['据新华社报道，两国代表团将于周四在北京举行会谈。', '会谈将持续两天。'], '新华社', 'cn-xinhua', true],
    // Arabic puts the verb first ("said RT channel that…"): found and listed, not painted as a citation.
    ['Arabic: "وقالت قناة روسيا اليوم"', 'ar', ['وقالت قناة روسيا اليوم إن المحادثات ستستمر يوم الخميس.'], 'روسيا اليوم', 'ru-rt-arabic', false],
  ])('%s', (_label, lang, paras, text, outletId, cited) => {
    const report = analyze(article(lang, paras));
    const f = report.findings.find((x) => x.kind === 'state-media' && x.text === text);
    expect(f, report.findings.map((x) => `${x.rule}: ${x.text}`).join('; ')).toBeDefined();
    expect(f?.details?.outlet?.id).toBe(outletId);
    if (cited) expect(f?.details?.role).toBe('source');
    expect(report.findings.filter((x) => x.kind === 'claim')).toEqual([]);
  });
});

// ── Untrusted strings stay data ─────────────────────────────────────────────────────────────────

describe('untrusted strings are carried as text, never interpreted', () => {
  test('markup in the title and text, javascript: links: kept verbatim as strings, not parsed', () => {
    const payload = '<img src=x onerror="globalThis.__pwned=1">';
    const p = `<p>${SENTENCE.repeat(3)} Officials said &lt;img src=x onerror=alert(1)&gt; was posted, reportedly by staff. ${SENTENCE}</p>`;
    const html =
      `<html><head><title>&lt;b&gt;Bold&lt;/b&gt; ${payload.replace(/</g, '&lt;')}</title></head><body><article><h1>&lt;script&gt;x()&lt;/script&gt;</h1>` +
      `${p}<p>${SENTENCE.repeat(3)} See <a href="javascript:globalThis.__pwned=2">this link</a> and <a href="JaVaScRiPt:void(0)">that</a>.</p>${p}</article></body></html>`;
    const result = analyzeHtml(html, 'https://news.example/xss');
    if (!result.ok) throw new Error(result.message);
    expect(result.article.title).toContain('<');
    expect(result.article.blocks.some((b) => b.text.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    const hrefs = result.article.blocks.flatMap((b) => b.links.map((l) => l.href));
    // Links are data: a javascript: href is carried as a string, and no host is made of it.
    expect(result.report.sources.linksOut.some((h) => /javascript/i.test(h))).toBe(false);
    expect(hrefs.every((h) => typeof h === 'string')).toBe(true);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    // The Markdown export escapes it: no unescaped tag or autolink, no link syntax survives.
    const md = reportToMarkdown(result.report);
    const lines = md.split('\n').filter((l) => !/^<https:\/\/news\.example\//.test(l)); // the page's own address
    expect(lines.filter((l) => /(?<!\\)[<>]|(?<!\\)\]\(/.test(l))).toEqual([]);
    expect(md).toContain('\\<img');
  });
});

// ── Messages (beyond tests/unit/messages.test.ts) ───────────────────────────────────────────────

describe('bad messages are rejected by every receiver', () => {
  const bad: ReadonlyArray<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [{ type: 'sl/get-state' }]],
    ['type with different case', { type: 'SL/GET-STATE' }],
    ['type with a trailing space', { type: 'sl/get-state ' }],
    ['step direction out of range', { type: 'sl/step', direction: 2 }],
    ['step direction as a string', { type: 'sl/step', direction: '1' }],
    ['focus with an object id', { type: 'sl/focus-finding', findingId: { toString: 'x' } }],
    ['focus with a huge id', { type: 'sl/focus-finding', findingId: 'x'.repeat(20_001) }],
    ['analyze with no html', { type: 'sl/analyze-page', url: 'https://x.example/' }],
    ['analyze with html over the cap', { type: 'sl/analyze-page', html: 'x'.repeat(8_000_001), url: 'https://x.example/' }],
    ['analyze with a number as html', { type: 'sl/analyze-page', html: 1, url: 'https://x.example/' }],
    ['page-state with a forged report', { type: 'sl/page-state', page: { state: 'ready', report: { version: 2 } } }],
    ['page-state with a script in an unknown state', { type: 'sl/page-state', page: { state: '<img src=x onerror=alert(1)>' } }],
    ['an analysis request sent to the background (it goes to the analyzer port)', { type: 'sl/analyze-page', html: '<p>x</p>', url: 'https://x.example/' }],
  ];

  test.each(bad)('content script: %s', (_label, value) => {
    expect(parseToContent(value)).toBeNull();
  });

  test.each(bad)('background: %s', (_label, value) => {
    expect(parseToBackground(value)).toBeNull();
  });

  test.each(bad.filter(([label]) => !label.startsWith('an analysis request')))('analyzer port: %s', (_label, value) => {
    expect(parseToAnalyzer(value)).toBeNull();
  });

  test('a getter on a message cannot answer two different things (refused), and parsed data is a copy', () => {
    let reads = 0;
    const tricky = {
      get type() {
        reads++;
        return reads === 1 ? 'sl/get-state' : 'sl/evil';
      },
    };
    const parsed = parseToContent(tricky);
    // zod reads `type` once to pick the schema and once to check it: the two answers differ, so
    // the message is refused; a receiver never acts on a value that changes under it.
    expect(parsed).toBeNull();
    expect(reads).toBeGreaterThan(1);
    // A getter that answers the same each time goes through as plain data (a copy).
    const steady = { get type() { return 'sl/get-state'; } };
    const copy = parseToContent(steady);
    expect(copy).toEqual({ type: 'sl/get-state' });
    expect(copy).not.toBe(steady);
    expect(Object.getOwnPropertyDescriptor(copy, 'type')?.get).toBeUndefined();
  });
});
