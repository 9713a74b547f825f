// Every user-facing string of the popup and of its Markdown export, in one place, ready for
// translation: a translator copies `en`, keeps the keys and the function signatures, and rewrites
// the text (plurals are functions because languages plural differently).
import type { AttributionKind, FindingKind, OutletType, ReportSummary, Severity } from '../analyze/types.ts';

function n(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const en = {
  lang: 'en',
  appName: 'Sourcelight',
  tagline: 'How this article uses its sources',

  site: {
    heading: 'On this site',
    siteLabel: (site: string): string => `Settings for ${site}`,
    modeLabel: 'Run Sourcelight',
    modes: { automatic: 'Automatically', 'on-click': 'When I click', off: 'Off' },
    kindsLabel: 'Show',
    kinds: { claim: 'Unattributed claims', 'state-media': 'State media', promotion: 'Promotion' },
    fromDefault: '(default)',
    turnOn: 'Turn on for this site',
    analyzeNow: 'Analyze this page',
    noAccess: 'If this is an article on a site where Sourcelight has no access (your browser can limit extensions to “on click”), you can still analyze it now:',
    injectFailed: 'The browser didn’t let Sourcelight read this page.',
    hidden: (n: number): string =>
      n === 1 ? '1 finding is hidden by this site’s settings.' : `${n} findings are hidden by this site’s settings.`,
    options: 'All settings…',
    noAnswer: 'Sourcelight’s background did not answer. Try again, or reload the extension.',
    saveFailed: (why: string): string => `Could not save this change: ${why}`,
    readFailed: (why: string): string => `Could not read this site’s settings: ${why}`,
  },

  states: {
    loading: { title: 'Reading this tab…', body: '' },
    analyzing: {
      title: 'Analyzing this article…',
      body: 'Sourcelight reads the article on your device. Long pages take a moment.',
    },
    notArticle: {
      title: 'Not an article',
      body: 'This page doesn’t look like a news article, so Sourcelight didn’t analyze it.',
    },
    error: {
      title: 'Sourcelight couldn’t analyze this page',
      body: 'Something went wrong while reading the article, so nothing was checked. This is not a clean bill of health.',
    },
    off: {
      title: 'Sourcelight is off for this site',
      body: 'Highlights and analysis are turned off here.',
    },
    waiting: {
      title: 'Sourcelight runs here when you ask',
      body: 'This site is set to “on click”: nothing is read until you press the button.',
    },
    unreachable: {
      title: 'Sourcelight can’t read this page',
      body: 'Browser pages (chrome://, about:, settings), extension stores and pages opened before Sourcelight was installed can’t be read. If this is an article, reload the page and open Sourcelight again.',
    },
    invalid: {
      title: 'Sourcelight can’t read this page’s answer',
      body: 'The page answered in a form this popup doesn’t understand, perhaps during an update. Reload the page and try again.',
    },
    nothingFound: {
      title: 'Nothing found',
      body: 'None of Sourcelight’s checks fired on this article: no unattributed claims, state-media citations or promotional blocks were detected. This is not a rating of the article; read it with your own judgement.',
    },
    nothingToJudge: {
      title: 'Nothing to judge',
      body: 'Sourcelight found no article text to analyze on this page.',
    },
    detailLabel: 'Details:',
  },

  grade: {
    weak: 'Weak sourcing',
    mixed: 'Mixed sourcing',
    good: 'Nothing flagged',
    none: 'Nothing to judge',
  } satisfies Record<ReportSummary['grade'], string>,
  gradePrefix: 'Grade: ',

  /** What was not analysed in the article's language (Report.coverage); `lang` is its name or null. */
  coverage: {
    heading: 'Not fully checked',
    claim: (lang: string | null): string =>
      lang
        ? `Claims were not checked: this article is in ${lang}, and Sourcelight reads claims in English only.`
        : 'Claims were not checked: Sourcelight could not tell which language this article is in, and it reads claims in English only.',
    'state-media': (lang: string | null, langs: string): string =>
      `State-media citations were checked only by outlet names and links: ${lang ? `this article is in ${lang}, and ` : ''}Sourcelight reads how outlets are cited in ${langs}.`,
    promotion: (lang: string | null): string =>
      `Promotion was checked only in part: Sourcelight finds story lists and share bars in any language, but reads calls to action and plugs in English only${lang ? ` (this article is in ${lang})` : ''}.`,
    notGraded: 'The verdict does not grade what was not checked.',
    nothingFound: 'None of the checks that ran fired on this article. This is not a rating of the article; read it with your own judgement.',
    anonymityNotChecked: 'Not checked',
    tileNotChecked: 'not checked',
    tileInPart: 'checked in part',
  },
  breakdownLabel: 'What the verdict rests on',
  notListed: (mentions: number, site: number): string =>
    [mentions > 0 ? `incl. ${n(mentions, 'mention', 'mentions')}` : '', site > 0 ? 'incl. this site' : ''].filter(Boolean).join(', '),

  kind: {
    claim: 'Unattributed claims',
    'state-media': 'State-controlled media',
    promotion: 'Promotion',
  } satisfies Record<FindingKind, string>,
  kindCount: {
    claim: (c: number): string => n(c, 'unattributed claim', 'unattributed claims'),
    'state-media': (c: number): string => n(c, 'state-media citation', 'state-media citations'),
    promotion: (c: number): string => n(c, 'promotional block', 'promotional blocks'),
  } satisfies Record<FindingKind, (c: number) => string>,

  severity: { low: 'low', medium: 'medium', high: 'high' } satisfies Record<Severity, string>,
  severityLabel: (s: string): string => `Severity: ${s}`,

  sources: {
    heading: 'Sources',
    outletsHeading: 'State-controlled outlets',
    noOutlets: 'No state-controlled outlets found.',
    outletMeta: (country: string, type: string): string => `${country} · ${type}`,
    citedMentioned: (cited: number, mentioned: number): string =>
      [cited > 0 ? `relied on ${n(cited, 'time', 'times')}` : 'not relied on', mentioned > 0 ? `mentioned ${n(mentioned, 'time', 'times')}` : '']
        .filter(Boolean)
        .join(', '),
    disputed: 'Classification disputed',
    // The links are the references for the outlet's classification, not evidence that the
    // article relied on it (issue 16): the label says what they answer.
    classificationRefs: (type: string): string => `Why we call it ${type.toLowerCase()}`,
    classificationRefLink: (i: number): string => `Reference ${i} for the classification (opens in a new tab)`,
    mixHeading: 'Who the sentences rely on',
    mixNote: (total: number): string => `${n(total, 'sentence', 'sentences')}, by the kind of source each one gives`,
    mixLabel: (parts: string): string => `Attribution mix: ${parts}`,
    namedHeading: 'Named sources',
    noNamed: 'No named sources detected.',
    // Sentences counted as named with no name of their own to list: they carry on a source given
    // before (a quotation's second sentence, "he added"), cite a reference (a footnote marker), or
    // speak for the publication ("our reviewers found").
    namedByReference: (c: number): string => `None to list by name: ${n(c, 'sentence rests', 'sentences rest')} on a source named earlier, a cited reference or the publication itself.`,
    more: (c: number): string => `and ${c} more`,
    linksOutHeading: 'Links to other sites',
    noLinksOut: 'None.',
  },

  attribution: {
    named: 'Named',
    anonymous: 'Anonymous',
    vague: 'Vague',
    collective: 'Collective',
    hearsay: 'Hearsay',
    none: 'No source',
  } satisfies Record<AttributionKind, string>,

  outletType: {
    'state-controlled': 'State-controlled',
    'state-affiliated': 'State-affiliated',
    'public-service-independent': 'Public service, editorially independent',
  } satisfies Record<OutletType, string>,
  outletTypePhrase: {
    'state-controlled': 'a government-controlled outlet',
    'state-affiliated': 'a state-affiliated outlet',
    'public-service-independent': 'a public broadcaster with editorial independence',
  } satisfies Record<OutletType, string>,
  siteNotice: (name: string, typePhrase: string, country: string): string =>
    `This site is ${name}, ${typePhrase} (${country}).`,

  signals: {
    heading: 'Signals',
    yes: 'Yes',
    no: 'No',
    byline: 'Byline',
    bylineMissing: 'None given',
    bylineMeans: 'Who wrote it, so you can check their record.',
    date: 'Published',
    dateMissing: 'No date given',
    dateMeans: 'How current the story is.',
    type: 'Type of work',
    typeMissing: 'Not stated',
    typeMeans: 'Opinion and sponsored content should say so.',
    /** Page type hints (og:type, schema.org @type), most specific first; matched as substrings. */
    typeNames: [
      ['opinion', 'Opinion'],
      ['sponsor', 'Sponsored'],
      ['advert', 'Sponsored'],
      ['review', 'Review'],
      ['analysis', 'Analysis'],
      ['article', 'News'],
      ['news', 'News'],
    ] as ReadonlyArray<readonly [string, string]>,
    linksOut: 'Links to other sites',
    linksOutValue: (c: number): string => (c === 0 ? 'None' : n(c, 'site', 'sites')),
    linksOutMeans: 'Links let you check the primary sources.',
    sourceList: 'Source list',
    sourceListMeans: 'A list of where the story came from.',
    anonymity: 'Anonymous, vague or hearsay sources',
    anonymityValue: (c: number): string => (c === 0 ? 'None detected' : n(c, 'sentence', 'sentences')),
    anonymityMeans: 'AP and SPJ: use them only when necessary, and say why.',
    promotion: 'Share of text that is promotion',
    promotionValue: (share: number): string => `${Math.round(share * 100)}%`,
    promotionMeans: 'Calls to action, plugs and related-story lists inside the article.',
    truncated: 'This page is very long: only its first part was analyzed.',
  },

  findings: {
    heading: 'Findings',
    jumpHint: 'Select a finding to scroll the page to it.',
    jumpSuffix: '(show in the page)',
    mentionsHeading: 'Mentioned, not relied on',
    mentionsNote: 'The article names these outlets without using them as a source.',
    showAll: (c: number): string => `Show all ${c}`,
    focusFailed: 'Couldn’t show this finding in the page: it may have changed. Reload the page and try again.',
  },

  lateral: {
    heading: 'Read laterally',
    note: 'Each link opens a web search in a new tab. Nothing is sent until you click.',
    otherCoverage: 'Find other coverage of this story',
    aboutSite: (site: string): string => `Who runs ${site}?`,
    lookUpOutlet: 'Look up this outlet',
    lookUpOutletLabel: (name: string): string => `Look up this outlet: ${name} (opens a web search in a new tab)`,
    searchClaim: 'Search this claim',
    searchClaimLabel: (text: string): string => `Search this claim: “${text}” (opens a web search in a new tab)`,
    newTab: '(opens in a new tab)',
    stateMediaQuery: 'state media',
  },

  export: {
    heading: 'Export',
    copy: 'Copy summary (Markdown)',
    copied: 'Summary copied to the clipboard.',
    copyFailed: 'Couldn’t copy: the browser refused access to the clipboard.',
    download: 'Download report (JSON)',
    downloaded: 'Report saved as a JSON file.',
  },

  footer: (ms: number): string => `Analyzed on your device in ${Math.max(1, Math.round(ms))} ms. Nothing left your browser.`,

  markdown: {
    title: (title: string): string => `Sourcelight summary: ${title}`,
    untitled: 'Untitled page',
    counts: 'Counts',
    outlets: 'State-controlled outlets',
    outletLine: (name: string, country: string, type: string, usage: string): string => `${name} (${country}, ${type}): ${usage}`,
    attribution: 'Attribution mix',
    signals: 'Signals',
    findings: 'Findings',
    mentions: 'Mentioned, not relied on',
    footer: 'Generated on-device by Sourcelight. Flags are prompts to check the text, not verdicts on the outlet.',
  },
};

export type Strings = typeof en;

/** The strings in use. One language for now; a lookup by `navigator.language` goes here. */
export const t: Strings = en;
