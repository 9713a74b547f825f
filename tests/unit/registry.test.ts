import { describe, expect, test } from 'vitest';
import { OUTLETS, findAliases, outletForHost, siteOutlet } from '../../src/analyze/registry/index.ts';
import { aliasKey, validateRegistry } from '../../src/analyze/registry/schema.ts';
import { EXCLUSIONS, EXCLUSION_REASONS } from '../../scripts/registry/exclusions.ts';
import { OTHER_NAMES, checkNames } from '../../scripts/registry/names.ts';

describe('registry data', () => {
  test('passes the schema and the cross-record checks', () => {
    expect(validateRegistry(OUTLETS)).toEqual([]);
  });

  test('ids are unique', () => {
    const ids = OUTLETS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(OUTLETS.flatMap((o) => o.domains.map((d) => [o.id, d] as const)))('%s: domain %s is normalised', (_id, d) => {
    expect(d).toBe(d.toLowerCase());
    expect(d).not.toMatch(/^[a-z]+:\/\/|\/|^www\.|\s|\.$|:/);
  });

  test.each(OUTLETS.map((o) => [o.id, o] as const))('%s has evidence, a reference, a why and a date', (_id, o) => {
    expect(o.evidence.length).toBeGreaterThan(0);
    expect(o.references.length).toBeGreaterThan(0);
    expect(o.why).toMatch(/^[A-Z].*\.$/);
    expect(o.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('no alias is shared by two outlets unless marked ambiguous', () => {
    const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
    for (const o of OUTLETS) {
      for (const a of new Set(o.aliases.map(aliasKey))) {
        const ambiguous = o.ambiguous.some((x) => aliasKey(x.alias) === a);
        owners.set(a, [...(owners.get(a) ?? []), { id: o.id, ambiguous }]);
      }
    }
    const bad = [...owners].filter(([, list]) => list.length > 1 && list.every((x) => !x.ambiguous));
    expect(bad).toEqual([]);
  });

  test('disputed rows are the ones with [DISPUTED] evidence', () => {
    for (const o of OUTLETS) expect(o.disputed).toBe(o.evidence.some((e) => e.startsWith('[DISPUTED]')));
    expect(OUTLETS.filter((o) => o.disputed).length).toBe(14);
  });

  test('the validator reports broken rows', () => {
    const good = OUTLETS[0];
    const broken = { ...good, id: 'ru-rt-copy', domains: ['https://RT.com/news'], references: [] };
    const problems = validateRegistry([good, broken]);
    expect(problems.some((p) => p.includes('domains'))).toBe(true);
    expect(problems.some((p) => p.includes('references'))).toBe(true);
  });

  test('every exclusion has a known reason and no host is excluded twice', () => {
    const hosts = EXCLUSIONS.map((e) => e.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const e of EXCLUSIONS) {
      expect(EXCLUSION_REASONS[e.reason]).toBeTruthy();
      expect(outletForHost(e.host)).toBeUndefined();
    }
  });
});

describe('lookups by host', () => {
  test.each([
    ['rt.com', 'ru-rt'],
    ['www.rt.com', 'ru-rt'],
    ['m.rt.com', 'ru-rt'],
    ['arabic.rt.com', 'ru-rt-arabic'],
    ['de.rt.com', 'ru-rt-de'],
    ['english.news.cn', 'cn-xinhua'],
    ['en.people.cn', 'cn-peoples-daily'],
    ['bbc.co.uk', 'gb-bbc'],
  ])('%s is %s', (host, id) => {
    expect(outletForHost(host)?.id).toBe(id);
  });

  test.each(['notrt.com', 'rt.com.example.org', 'sport.example', 'xrt.com', 'people.com', 'cn', ''])('%s is no outlet', (host) => {
    expect(outletForHost(host)).toBeUndefined();
  });

  test('site notice: state outlet yes, public-service outlet no', () => {
    expect(siteOutlet('rt.com')).toMatchObject({ notice: true, text: 'This site is RT, a government-controlled outlet (Russia).' });
    expect(siteOutlet('www.bbc.com')?.notice).toBe(false);
    expect(siteOutlet('example.org')).toBeNull();
  });
});

describe('names in text', () => {
  const ids = (text: string): (string | null)[] =>
    findAliases(text).map((h) => h.entries[0]?.outlet?.id ?? null);

  test.each([
    ['The broadcaster Russia-1 aired it.', ['ru-russia1']],
    ['She spoke to Rossiya 1 and to TASS.', ['ru-russia1', 'ru-tass']],
    ['A reader of People’s Daily wrote in.', ['cn-peoples-daily']],
    ['Notes from ITAR-TASS followed.', ['ru-tass']],
    ['据新华社报道，会议结束。', ['cn-xinhua']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test.each([
    'Our nurse ordered an RT-PCR test.',
    'His notrt.com blog is private.',
    'It affects people’s daily lives.',
    'Russia today faces a choice.',
    'The Xinhua Bookstore in town is open late.',
    'Startass and TASSEL are not names.',
  ])('no outlet in: %s', (text) => {
    expect(ids(text).filter((x) => x !== null)).toEqual([]);
  });
});

describe('other names of outlets (scripts/registry/names.ts)', () => {
  // The CSV's aliases are the registry's aliases minus the names that names.ts adds.
  const added = new Map<string, Set<string>>();
  for (const e of OTHER_NAMES) added.set(e.outlet, (added.get(e.outlet) ?? new Set()).add(e.name));
  const csv = new Map(OUTLETS.map((o) => [o.id, o.aliases.filter((a) => !added.get(o.id)?.has(a))]));

  test('every name is in the registry and passes the check', () => {
    for (const e of OTHER_NAMES) expect(OUTLETS.find((o) => o.id === e.outlet)?.aliases).toContain(e.name);
    expect(checkNames(csv, OUTLETS)).toEqual([]);
  });

  test('the check finds a name in the wrong script, a missing source, a former name without a note and a clash', () => {
    const bad = [
      { outlet: 'ru-tass', name: 'TASS Agentstvo', kind: 'native', lang: 'ru', source: 'wp:ru:ТАСС' },
      { outlet: 'ru-tass', name: 'Тасс-Агентство', kind: 'native', lang: 'ru', source: 'a friend' },
      { outlet: 'ru-tass', name: 'ТАСС СССР', kind: 'former', lang: 'ru', source: 'wp:ru:ТАСС' },
      { outlet: 'ru-tass', name: 'РИА Новости', kind: 'exonym', lang: 'ru', source: 'wp:ru:ТАСС' },
    ] as const;
    const problems = checkNames(csv, OUTLETS, bad);
    expect(problems.some((p) => p.includes('not written in the script'))).toBe(true);
    expect(problems.some((p) => p.includes('source "a friend"'))).toBe(true);
    expect(problems.some((p) => p.includes('former name needs a note'))).toBe(true);
    expect(problems.some((p) => p.includes('also an alias of ru-ria'))).toBe(true);
  });

  test.each([
    ['Об этом сообщили в эфире Первого канала.', 'ru-channel-one'],
    ['据塔斯社报道，谈判已经结束。', 'ru-tass'],
    ['قال الوزير لوكالة شينخوا إن المحادثات انتهت.', 'cn-xinhua'],
    ['Агентство ЦТАК сообщило об испытании.', 'kp-kcna'],
    ['Kanala göre Voice of Russia yayınları 2014 yılında sona erdi.', 'ru-sputnik'],
  ])('finds %s', (text, id) => {
    expect(findAliases(text).flatMap((h) => h.entries.map((e) => e.outlet?.id))).toContain(id);
  });
});
