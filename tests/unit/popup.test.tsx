// @vitest-environment jsdom
// The popup, rendered for real with Preact into jsdom. The only thing faked is the browser
// boundary: WXT's fake browser, with `tabs.sendMessage` answering as a content script would.
import { render } from 'preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App.tsx';
import { createBrowserBridge, resolveTabId, type PopupBridge } from '../../entrypoints/popup/bridge.ts';
import type { Finding, OutletRef, Report } from '../../src/analyze/types.ts';
import type { PageState } from '../../src/messages/schema.ts';
import { t } from '../../src/ui/strings.ts';

const XSS = '<img src=x onerror=alert(1)>';

const RUSSIA1: OutletRef = {
  id: 'ru-russia-1',
  name: 'Russia-1',
  country: 'RU',
  type: 'state-controlled',
  why: 'Owned by VGTRK, a federal state company.',
  references: ['https://example.org/vgtrk', 'javascript:alert(1)'],
  disputed: false,
};
const RT: OutletRef = {
  id: 'ru-rt',
  name: 'RT',
  country: 'RU',
  type: 'state-controlled',
  why: 'Funded from the Russian federal budget through ANO TV-Novosti.',
  references: ['https://example.org/rt'],
  disputed: false,
};

function finding(id: string, kind: Finding['kind'], blockId: number, text: string, details?: Finding['details']): Finding {
  return {
    id,
    kind,
    rule: `${kind}/test`,
    blockId,
    start: 0,
    end: text.length,
    text,
    reason: `Why ${id} was flagged.`,
    severity: 'medium',
    ...(details ? { details } : {}),
  };
}

function seedReport(findings?: Finding[]): Report {
  const list = findings ?? [
    finding('sm1', 'state-media', 1, 'in a Russia-1 broadcast', { outlet: RUSSIA1, role: 'venue' }),
    finding('sm2', 'state-media', 5, 'Russia Today noted', { outlet: RT, role: 'source' }),
    finding('sm3', 'state-media', 9, 'RT', { outlet: RT, role: 'mention' }),
    finding('c1', 'claim', 2, 'who reportedly advised the council to', {
      attribution: 'hearsay',
      sentence: 'Avery, who reportedly advised the council to delay the vote, left office.',
    }),
    finding('c2', 'claim', 3, 'aides close to the governor have confirmed', { attribution: 'anonymous' }),
    finding('p1', 'promotion', 20, 'Listen to our weekly harbour podcast', { subtype: 'video-podcast-plug' }),
  ];
  const counts = { claim: 0, 'state-media': 0, promotion: 0 };
  for (const f of list) counts[f.kind]++;
  return {
    version: 1,
    article: {
      url: 'https://news.example.com/harbour-talks',
      title: 'Harbour talks resume as the governor urges calm',
      byline: 'Newsroom',
      siteName: 'Harbour Ledger',
      lang: 'en',
      publishedTime: '2024-08-20',
      type: 'article',
      truncated: false,
      blocks: 24,
    },
    coverage: { lang: 'en', claim: true, 'state-media': true, promotion: true },
    findings: list,
    sources: {
      outlets: [
        { outlet: RUSSIA1, citations: 2, mentions: 0 },
        { outlet: RT, citations: 1, mentions: 1 },
      ],
      attribution: { named: 9, anonymous: 1, vague: 0, collective: 1, hearsay: 1, none: 3 },
      linksOut: ['rt.com', 'harbourledger.example'],
      sourceList: true,
      named: ['Governor Avery', 'Mayor Ruiz', 'the port authority'],
    },
    summary: {
      counts,
      grade: 'weak',
      verdict: 'Weak sourcing: relies on state-controlled media (Russia-1 and RT); 2 claims rest on no named source; 1 promotional block.',
      sentences: 37,
      words: 630,
      promotionShare: 0.18,
    },
    timings: { analyzeMs: 14, extractMs: 20 },
  };
}

let root: HTMLElement;
let sendMessage: ReturnType<typeof vi.fn>;

/** Wires `tabs.sendMessage` to answer get-state with the given states in turn (the last repeats). */
function contentScriptAnswers(...states: unknown[]) {
  let i = 0;
  sendMessage = vi.fn(async (_tabId: number, msg: { type: string }) => {
    if (msg.type === 'sl/get-state') return states[Math.min(i++, states.length - 1)];
    return undefined;
  });
  (fakeBrowser.tabs as unknown as { sendMessage: typeof sendMessage }).sendMessage = sendMessage;
}

function mount(bridge: PopupBridge = createBrowserBridge('?tabId=7'), pollMs = 10) {
  render(<App bridge={bridge} pollMs={pollMs} />, root);
}

async function waitFor(check: () => void, timeout = 2000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() - start > timeout) throw err;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

function text(): string {
  return root.textContent ?? '';
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

// Preact's hooks schedule their after-paint work with a 100 ms timer fallback beside
// requestAnimationFrame; let it run while jsdom is still up, or it fires after the environment is torn
// down and throws "cancelAnimationFrame is not defined" into the run.
afterAll(() => new Promise((done) => setTimeout(done, 150)));

describe('popup states', () => {
  const cases: Array<[string, PageState, string, string?]> = [
    ['not-article', { state: 'not-article', message: 'Too little text to be an article.' }, t.states.notArticle.title, 'Too little text'],
    ['error', { state: 'error', message: 'Readability threw.' }, t.states.error.title, 'Readability threw.'],
    ['off', { state: 'off', message: 'Turned off for news.example.com.' }, t.states.off.title, 'news.example.com'],
  ];
  for (const [name, page, title, detail] of cases) {
    it(`shows the ${name} state`, async () => {
      contentScriptAnswers(page);
      mount();
      await waitFor(() => expect(root.querySelector(`[data-state="${name}"]`)).not.toBeNull());
      expect(text()).toContain(title);
      if (detail) expect(text()).toContain(detail);
      expect(sendMessage).toHaveBeenCalledWith(7, { type: 'sl/get-state' });
    });
  }

  it('leaves out a page detail that repeats the state message', async () => {
    contentScriptAnswers({ state: 'not-article', message: 'This page does not look like an article.' });
    mount();
    await waitFor(() => expect(root.querySelector('[data-state="not-article"]')).not.toBeNull());
    expect(root.querySelector('.state-detail')).toBeNull();
  });

  it('says an error is not a clean bill of health', async () => {
    contentScriptAnswers({ state: 'error', message: 'x' });
    mount();
    await waitFor(() => expect(text()).toContain('not a clean bill of health'));
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('says it cannot read the page when no content script answers', async () => {
    sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    (fakeBrowser.tabs as unknown as { sendMessage: typeof sendMessage }).sendMessage = sendMessage;
    mount();
    await waitFor(() => expect(root.querySelector('[data-state="unreachable"]')).not.toBeNull());
    expect(text()).toContain(t.states.unreachable.title);
  });

  it('rejects an answer that is not a valid page state', async () => {
    contentScriptAnswers({ state: 'ready', report: { version: 2 } });
    mount();
    await waitFor(() => expect(root.querySelector('[data-state="invalid"]')).not.toBeNull());
    expect(text()).toContain(t.states.invalid.title);
  });

  it('shows analyzing, polls, then shows the report', async () => {
    contentScriptAnswers({ state: 'analyzing' }, { state: 'analyzing' }, { state: 'ready', report: seedReport() });
    mount();
    await waitFor(() => expect(root.querySelector('[data-state="analyzing"]')).not.toBeNull());
    expect(text()).toContain(t.states.analyzing.title);
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
    await waitFor(() => expect(root.querySelector('[data-testid="verdict"]')).not.toBeNull());
    const polls = sendMessage.mock.calls.length;
    expect(polls).toBe(3);
    await new Promise((r) => setTimeout(r, 50));
    expect(sendMessage.mock.calls.length).toBe(polls); // no polling once ready
  });

  it('stops polling when the popup closes', async () => {
    contentScriptAnswers({ state: 'analyzing' });
    mount();
    await waitFor(() => expect(sendMessage.mock.calls.length).toBeGreaterThanOrEqual(2));
    render(null, root);
    // Preact runs effect cleanups after the next frame; after that, no more polls.
    await new Promise((r) => setTimeout(r, 150));
    const calls = sendMessage.mock.calls.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(sendMessage.mock.calls.length).toBe(calls);
  });

  it('says nothing found neutrally, without praise', async () => {
    const report = seedReport([]);
    report.summary.grade = 'good';
    report.summary.verdict = 'Nothing flagged: every claim we checked has a named source. Read on with your own judgement.';
    contentScriptAnswers({ state: 'ready', report });
    mount();
    await waitFor(() => expect(root.querySelector('[data-testid="verdict"]')).not.toBeNull());
    expect(text()).toContain(t.states.nothingFound.title);
    expect(text()).toContain('not a rating');
    expect(text()).not.toContain('every claim we checked');
    expect(root.querySelector('.badge')?.className).toContain('grade-none');
    expect(root.querySelector('#findings-h')).toBeNull();
  });
});

describe('popup report', () => {
  async function mountReport(report: Report = seedReport()) {
    contentScriptAnswers({ state: 'ready', report });
    mount();
    await waitFor(() => expect(root.querySelector('[data-testid="verdict"]')).not.toBeNull());
  }

  it('named-source sentences with no name of their own are explained (an earlier source, a reference, the publication), not "none detected"', async () => {
    const report = seedReport();
    report.sources.named = [];
    report.sources.attribution.named = 4;
    await mountReport(report);
    expect(text()).toContain(t.sources.namedByReference(4));
    expect(text()).not.toContain(t.sources.noNamed);
  });

  it('no named-source sentence at all: none detected', async () => {
    const report = seedReport();
    report.sources.named = [];
    report.sources.attribution.named = 0;
    await mountReport(report);
    expect(text()).toContain(t.sources.noNamed);
  });

  it('shows the verdict with its grade and breakdown', async () => {
    await mountReport();
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toContain('Relies on state-controlled media (Russia-1 and RT)');
    expect(root.querySelector('.badge')?.textContent).toBe(`${t.gradePrefix}${t.grade.weak}`);
    const counts = Object.fromEntries([...root.querySelectorAll('.breakdown [data-kind]')].map((li) => [li.getAttribute('data-kind'), li.getAttribute('data-count')]));
    expect(counts).toEqual({ 'state-media': '3', claim: '2', promotion: '1' });
    // the verdict doesn't repeat the grade words; the state-media tile says a mention is listed apart
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toMatch(/^Relies on/);
    expect(root.querySelector('[data-kind="state-media"]')?.textContent).toContain('incl. 1 mention');
  });

  it('shows the outlets with country, type and why, and the attribution mix', async () => {
    await mountReport();
    const outlets = [...root.querySelectorAll('[data-outlet]')];
    expect(outlets.map((o) => o.querySelector('.outlet-name')?.textContent)).toEqual(['Russia-1', 'RT']);
    expect(outlets[0]?.textContent).toContain('Russia · State-controlled');
    expect(outlets[0]?.textContent).toContain('Owned by VGTRK');
    expect(outlets[1]?.textContent).toContain('relied on 1 time, mentioned 1 time');
    // the classification's references, named as such; only http(s) references become links
    expect(outlets[0]?.textContent).toContain('Why we call it state-controlled:');
    expect(outlets[0]?.textContent).not.toContain('Evidence');
    const hrefs = [...(outlets[0]?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.startsWith('javascript:'))).toBe(false);
    expect(root.querySelector('[data-attribution="named"]')?.textContent).toContain('9');
    expect(root.querySelector('[data-attribution="hearsay"]')?.textContent).toContain('1');
  });

  it('shows the signals from the article metadata', async () => {
    await mountReport();
    expect(root.querySelector('[data-signal="byline"]')?.textContent).toContain('Newsroom');
    expect(root.querySelector('[data-signal="date"]')?.textContent).toContain('2024');
    expect(root.querySelector('[data-signal="type"]')?.textContent).toContain('News');
    expect(root.querySelector('[data-signal="links-out"]')?.textContent).toContain('2 sites');
    expect(root.querySelector('[data-signal="source-list"]')?.textContent).toContain(t.signals.yes);
    expect(root.querySelector('[data-signal="anonymity"]')?.textContent).toContain('2 sentences');
    expect(root.querySelector('[data-signal="promotion"]')?.textContent).toContain('18%');
  });

  it('says plainly what was not checked on an article in another language, and says it once', async () => {
    const findings = [finding('sm2', 'state-media', 5, 'Russia Today noted', { outlet: RT, role: 'source' })];
    const ru: Report = {
      ...seedReport(findings),
      coverage: { lang: 'ru', claim: false, 'state-media': true, promotion: false },
      summary: { ...seedReport(findings).summary, grade: 'weak', verdict: 'Weak sourcing: relies on state-controlled media (RT). Claims were not checked, and promotion only in part (the article is in Russian).' },
    };
    await mountReport(ru);
    const note = root.querySelector('[data-testid="coverage"]');
    expect(note?.getAttribute('data-lang')).toBe('ru');
    expect(note?.querySelector('[data-kind="claim"]')?.textContent).toBe(
      'Claims were not checked: this article is in Russian, and Sourcelight reads claims in English only.',
    );
    expect(note?.querySelector('[data-kind="promotion"]')?.textContent).toContain('calls to action and plugs in English only');
    expect(note?.querySelector('[data-kind="state-media"]')).toBeNull();
    // No zero that looks like a clean result: the claims tile says it was not checked.
    expect(root.querySelector('.breakdown [data-kind="claim"]')?.textContent).toBe(`– ${t.kind.claim}${t.coverage.tileNotChecked}`);
    expect(root.querySelector('.breakdown [data-kind="promotion"]')?.textContent).toContain(t.coverage.tileInPart);
    // The verdict does not repeat what the notice says.
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe('Relies on state-controlled media (RT).');
    expect(text().match(/Claims were not checked/g)).toHaveLength(1);
    // No attribution figures pretend the sentences were read.
    expect(root.querySelector('[data-signal="anonymity"]')?.textContent).toContain(t.coverage.anonymityNotChecked);
    expect(root.querySelector('[data-attribution]')).toBeNull();
  });

  it('shows no coverage notice on an English article', async () => {
    await mountReport();
    expect(root.querySelector('[data-testid="coverage"]')).toBeNull();
  });

  it('with nothing found on a partly checked article, does not claim every check ran', async () => {
    const ru: Report = { ...seedReport([]), coverage: { lang: 'ru', claim: false, 'state-media': true, promotion: false } };
    ru.summary = { ...ru.summary, grade: 'good', verdict: 'Nothing flagged in what Sourcelight could read. Claims were not checked, and promotion only in part (the article is in Russian).' };
    await mountReport(ru);
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe(t.coverage.nothingFound);
    expect(text()).not.toContain('no unattributed claims');
  });

  it('groups findings by kind and lists mentions apart, not as jump targets', async () => {
    await mountReport();
    const groups = [...root.querySelectorAll('[data-group]')].map((g) => g.getAttribute('data-group'));
    expect(groups).toEqual(['state-media', 'claim', 'promotion', 'mentions']);
    const ids = (sel: string) => [...root.querySelectorAll(`${sel} [data-finding]`)].map((li) => li.getAttribute('data-finding'));
    expect(ids('[data-group="state-media"]')).toEqual(['sm1', 'sm2']);
    expect(ids('[data-group="claim"]')).toEqual(['c1', 'c2']);
    expect(ids('[data-group="mentions"]')).toEqual(['sm3']);
    expect(text()).toContain(t.findings.mentionsHeading);
    expect(root.querySelector('[data-group="mentions"] button')).toBeNull();
  });

  it('sends a focus message to the tab when a finding is clicked', async () => {
    await mountReport();
    const button = root.querySelector<HTMLButtonElement>('[data-finding="c2"] button');
    expect(button).not.toBeNull();
    button?.click();
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith(7, { type: 'sl/focus-finding', findingId: 'c2' }));
  });

  it('says so when the page can no longer show a finding', async () => {
    await mountReport();
    sendMessage.mockImplementation(async () => ({ ok: false }));
    root.querySelector<HTMLButtonElement>('[data-finding="sm1"] button')?.click();
    await waitFor(() => expect(text()).toContain(t.findings.focusFailed));
  });

  it('opens lateral-reading searches in a new tab only on click', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await mountReport();
    expect(create).not.toHaveBeenCalled();
    const link = root.querySelector<HTMLAnchorElement>('[data-finding="c1"] a');
    link?.click();
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const url = new URL(String(create.mock.calls[0]?.[0].url));
    expect(url.origin).toBe('https://duckduckgo.com');
    expect(url.searchParams.get('q')).toBe('"Avery, who reportedly advised the council to delay the vote, left office"');

    root.querySelector<HTMLAnchorElement>('[data-outlet="ru-rt"] a')?.click();
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    expect(new URL(String(create.mock.calls[1]?.[0].url)).searchParams.get('q')).toBe('"RT" state media');
  });

  it('shows the site notice when the page itself is a registry outlet', async () => {
    const report = seedReport([finding('s1', 'state-media', 0, 'RT', { outlet: RT, role: 'site' })]);
    await mountReport(report);
    expect(root.querySelector('[data-testid="site-notice"]')?.textContent).toContain(
      'This site is RT, a government-controlled outlet (Russia).',
    );
    expect(root.querySelector('[data-finding="s1"]')).toBeNull();
  });

  it('copies the summary as Markdown', async () => {
    const writeText = vi.fn(async (_s: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mountReport();
    root.querySelector<HTMLButtonElement>('[data-action="copy"]')?.click();
    await waitFor(() => expect(text()).toContain(t.export.copied));
    expect(writeText.mock.calls[0]?.[0]).toContain('# Sourcelight summary: Harbour talks resume');
  });

  it('downloads the report as JSON through a Blob URL', async () => {
    const { createObjectURL, revokeObjectURL } = URL;
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:sourcelight/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const report = seedReport();
    await mountReport(report);
    root.querySelector<HTMLButtonElement>('[data-action="download"]')?.click();
    expect(clicks[0]).toMatch(/^sourcelight-news\.example\.com-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await created[0]!.text())).toEqual(report);
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });

  it('renders untrusted text as text, never as markup', async () => {
    const report = seedReport([finding('x1', 'claim', 0, XSS), finding('x2', 'state-media', 1, 'x', { outlet: { ...RT, name: XSS, why: XSS }, role: 'source' })]);
    report.article.title = XSS;
    report.article.byline = XSS;
    report.summary.verdict = XSS;
    report.sources.named = [XSS];
    report.sources.outlets = [{ outlet: { ...RT, name: XSS, why: XSS }, citations: 1, mentions: 0 }];
    await mountReport(report);
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(text()).toContain(XSS);
    expect(root.querySelector('[data-finding="x1"] .quote')?.textContent).toBe(`“${XSS}”`);
  });

  it('is operable with the keyboard: every action is a button or a link', async () => {
    await mountReport();
    const actions = [...root.querySelectorAll('[onclick], .jump, a, button')];
    expect(actions.length).toBeGreaterThan(5);
    for (const el of actions) expect(['A', 'BUTTON']).toContain(el.tagName);
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https:\/\/|#group-)/);
    // the count tiles lead to their group of findings
    const tile = root.querySelector<HTMLAnchorElement>('[data-kind="claim"] a');
    expect(tile?.getAttribute('href')).toBe('#group-claim');
    expect(root.querySelector('#group-claim')?.tagName).toBe('DETAILS');
  });
});

describe('tab id', () => {
  it('reads ?tabId=N', async () => {
    expect(await resolveTabId('?tabId=42')).toBe(42);
    expect(await resolveTabId('?tabId=nope')).toBeNull();
  });
  it('falls back to the active tab of the current window', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://other.example/', windowId: win?.id });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/', windowId: win?.id, active: true });
    expect(await resolveTabId('')).toBe(tab.id);
  });
});
