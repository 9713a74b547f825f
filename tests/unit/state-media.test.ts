import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.ts';
import type { Article, Block, Finding } from '../../src/analyze/types.ts';
import { siteOutlet, stateMediaDetector } from '../../src/analyze/detectors/state-media.ts';

function article(texts: string[], url = '', links: Block['links'][] = []): Article {
  return {
    url,
    title: '',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    type: null,
    truncated: false,
    blocks: texts.map((text, id) => ({ id, kind: 'paragraph', text, links: links[id] ?? [], dropped: false, tag: 'p' })),
  };
}

function stateFindings(texts: string[], url = '', links: Block['links'][] = []): Finding[] {
  return analyze(article(texts, url, links), { kinds: ['state-media'] }).findings;
}

/** Highlighted findings (source, venue, link), as "role:text". */
function flagged(text: string): string[] {
  return stateFindings([text])
    .filter((f) => f.details?.role !== 'mention')
    .map((f) => `${f.details?.role}:${f.text}`);
}

describe('detector identity', () => {
  test('id', () => expect(stateMediaDetector.id).toBe('state-media'));
});

describe('flags citations of state outlets', () => {
  test.each([
    ['The ministry is preparing a new law, Xinhua reported on Tuesday.', 'source:Xinhua'],
    ['According to the state-run Xinhua News Agency, the plant will reopen.', 'source:Xinhua News Agency'],
    ['The talks failed, TASS said, citing a diplomatic source.', 'source:TASS'],
    ['"We are ready," the governor told RIA Novosti.', 'venue:RIA Novosti'],
    ['In an interview with CGTN, the minister said trade would grow.', 'venue:CGTN'],
    ['The envoy spoke to Sputnik about the grain deal.', 'venue:Sputnik'],
    ['MOSCOW, May 3. /TASS/. The Kremlin denied the report.', 'source:TASS'],
    ['PYONGYANG, June 2 (KCNA) -- The army held a drill.', 'source:KCNA'],
    ['Photo: Li Wei/Xinhua', 'source:Xinhua'],
    ['The rally was peaceful, Iran’s official IRNA news agency reported.', 'source:IRNA'],
    ['Western aid is a trap: Global Times editorial', 'source:Global Times'],
    ['The Korean Central News Agency (KCNA) said the launch was a success.', 'source:Korean Central News Agency (KCNA)'],
    ['Laut TASS wurde der Flughafen am Montag geschlossen.', 'source:TASS'],
    ['По данным IRNA, пожар потушен.', 'source:IRNA'],
    ['The border was closed, Anadolu Agency reported.', 'source:Anadolu Agency'],
    ['The mayor gave a joint interview to RTR and Xinhua News Agency on Friday.', 'venue:RTR'],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toContain(expected);
  });

  test('a list after a venue cue shares the role', () => {
    expect(flagged('The mayor spoke in an interview to ITAR-TASS, a local daily and Xinhua News Agency.')).toEqual([
      'venue:ITAR-TASS',
      'venue:Xinhua News Agency',
    ]);
  });

  test('unnamed state media as a source', () => {
    expect(flagged('Two soldiers were wounded, state TV reported.')).toEqual(['source:state TV']);
    expect(flagged('Chinese state media said the factory would close.')).toEqual(['source:Chinese state media']);
  });
});

describe('does not flag', () => {
  test.each([
    // Not outlets at all.
    'RT @newsdesk: polls open at eight.',
    'When RT appears before a post, somebody shared it again.',
    'Travellers need a negative RT-PCR test on arrival.',
    'The launch of Sputnik 1 opened the space race.',
    'This is our Sputnik moment, the senator said.',
    'Doctors gave him a second dose of Sputnik V.',
    'Russia today faces a shortage of engineers.',
    'Prices weigh on people’s daily lives.',
    'The Fars Province is known for its gardens.',
    'The Granma landed in 1956 with eighty-two men.',
    'The crew docked with the Mir station.',
    'Kayhan London reported that the protest grew.',
    'Ukrainska Pravda reported the strike first.',
    'Channel One News reported on school lunches.',
    'Xinhua Bookstore opened a new branch.',
    'She works at Notrt.com, a small shop.',
    // Public-service broadcasters are never flagged.
    'The BBC reported that the bridge had collapsed.',
    'The minister told NPR that the plan was sound.',
    'In an interview with Deutsche Welle, the mayor was blunt.',
    'According to ABC Australia, the fires are contained.',
    'The strike ended, the ABC reported.',
    'She told CBC News the vote was fair.',
    'Britain’s state broadcaster said the documentary would air.',
    // Mentions: named, not relied on.
    'RT was banned in the EU in 2022.',
    'Xinhua is the official press agency of China.',
    'Simonyan, the editor-in-chief of RT, wrote on her channel.',
    'The head of IRNA resigned on Monday.',
    'Critics call Sputnik a propaganda outlet.',
    'Reuters said Turkey’s state broadcaster, TRT, had cut its evening news to half an hour.',
    '"We will never trust CCTV again," the protester said.',
    // Descriptors that are not outlets.
    'He watched porn on state-owned computers.',
    'Only state-run media were invited to the meeting.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  test('a mention is listed with role mention and low severity', () => {
    const f = stateFindings(['Russia Today was banned in the EU in 2022.']);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'state-media/mention', severity: 'low', details: { role: 'mention' } });
  });

  test('disputed outlets are listed, never highlighted', () => {
    const f = stateFindings(['The minister told Al Jazeera that talks would resume.']);
    expect(f.map((x) => x.details?.role)).toEqual(['mention']);
    expect(f[0]?.rule).toBe('state-media/disputed');
  });
});

describe('descriptors point back to the outlet last named', () => {
  test('the state-owned outlet, as a descriptor after the name → RT', () => {
    const f = stateFindings([
      '"Talks are possible," Russia Today noted.',
      'The state-owned news service added that a summit was planned.',
    ]);
    expect(f.map((x) => [x.rule, x.details?.outlet?.id, x.details?.role])).toEqual([
      ['state-media/source-name', 'ru-rt', 'source'],
      ['state-media/descriptor', 'ru-rt', 'source'],
    ]);
    expect(f[1]?.reason).toBe(
      'Cites RT, a government-controlled outlet (Russia), here called "The state-owned news service", as the source of this claim.',
    );
  });

  test('a descriptor after a public-service outlet stays unflagged', () => {
    expect(
      stateFindings(['The BBC aired the interview.', 'The state broadcaster said it would appeal.']).length,
    ).toBe(0);
  });
});

describe('links and the site itself', () => {
  test('links by label boundary', () => {
    const text = 'Sources: RT and a blog and a mirror.';
    const f = stateFindings([text], '', [
      [
        { start: 9, end: 11, href: 'https://arabic.rt.com/news/1' },
        { start: 18, end: 22, href: 'https://notrt.com/x' },
        { start: 29, end: 35, href: 'https://www.bbc.co.uk/news' },
      ],
    ]);
    // The credit line makes it a source; the link says which RT.
    expect(f.map((x) => [x.details?.role, x.details?.outlet?.id, x.text])).toEqual([['source', 'ru-rt-arabic', 'RT']]);
    const text2 = 'The remarks were reported widely.';
    const plain = stateFindings([text2], '', [[{ start: 17, end: 25, href: 'https://m.rt.com/a' }]]);
    expect(plain.map((x) => [x.details?.role, x.details?.outlet?.id, x.text])).toEqual([['link', 'ru-rt', 'reported']]);
  });

  test('a page on an outlet domain gets one site finding and no self-links', () => {
    const f = stateFindings(['Read more on our site.'], 'https://www.rt.com/news/1', [
      [{ start: 13, end: 21, href: 'https://www.rt.com/other' }],
    ]);
    expect(f.map((x) => [x.rule, x.details?.role, x.blockId])).toEqual([['state-media/site', 'site', 0]]);
    expect(siteOutlet('rt.com')?.text).toBe('This site is RT, a government-controlled outlet (Russia).');
  });

  test('no site finding on a public-service site', () => {
    expect(stateFindings(['News of the day.'], 'https://www.bbc.co.uk/news/1')).toEqual([]);
  });
});

describe('hostile input stays fast', () => {
  test.each([
    ['many names', 'Xinhua said the RT reported '.repeat(20000)],
    ['one long word', 'a'.repeat(300000)],
    ['open parentheses', '(((((TASS '.repeat(30000)],
    ['quotes', '"TASS" '.repeat(40000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    stateFindings([text]);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
