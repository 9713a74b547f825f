// @vitest-environment jsdom
// The options page, rendered for real with Preact into jsdom over WXT's fake browser.
import { render } from 'preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App.tsx';
import { KEYS, loadSettings } from '../../src/settings/store.ts';
import { setSiteMode, suppress } from '../../src/settings/writer.ts';
import { listenAsBackground } from '../helpers/background.ts';
import { keepDiagnostic } from '../../src/diagnostics/keeper.ts';

let root: HTMLDivElement;

beforeEach(() => {
  fakeBrowser.reset();
  listenAsBackground();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

// Preact's hooks schedule their after-paint work with a 100 ms timer fallback beside
// requestAnimationFrame; let it run while jsdom is still up, or it fires after the environment is torn
// down and throws "cancelAnimationFrame is not defined" into the run.
afterAll(() => new Promise((done) => setTimeout(done, 150)));

async function mount(): Promise<void> {
  render(<App />, root);
  await vi.waitFor(() => expect(root.querySelector('#defaults-h')).not.toBeNull());
}

function byLabel<T extends HTMLElement>(text: string): T {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent === text) {
      const el = root.querySelector<T>(`#${CSS.escape(label.htmlFor)}`);
      if (el) return el;
    }
  }
  throw new Error(`no control labelled ${text}`);
}

async function chooseFile(text: string, name = 'settings.json'): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('#import-file')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options page', () => {
  it('shows the defaults and saves a change as a diff', async () => {
    await mount();
    const automatic = byLabel<HTMLInputElement>('Automatic');
    expect(automatic.checked).toBe(true);
    expect(byLabel<HTMLInputElement>('Promotion').checked).toBe(true);
    byLabel<HTMLInputElement>('On click').click();
    await vi.waitFor(async () => expect((await loadSettings()).globalDiff).toEqual({ mode: 'on-click' }));
    byLabel<HTMLInputElement>('Promotion').click();
    await vi.waitFor(async () => expect((await loadSettings()).globalDiff).toEqual({ mode: 'on-click', kinds: { promotion: false } }));
  });

  it('has "Show the article’s own voice", off by default, globally and per site', async () => {
    await setSiteMode('bbc.co.uk', 'off');
    await mount();
    const hedges = byLabel<HTMLInputElement>('Show the article’s own voice');
    expect(hedges.checked).toBe(false);
    hedges.click();
    await vi.waitFor(async () => expect((await loadSettings()).globalDiff).toEqual({ hedges: true }));
    await vi.waitFor(() => expect(root.textContent).toContain('bbc.co.uk'));
    const site = root.querySelector<HTMLSelectElement>('[aria-label="The article’s own voice on bbc.co.uk"]')!;
    expect(site.value).toBe('');
    site.value = 'off';
    site.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await loadSettings()).sites['bbc.co.uk']).toEqual({ mode: 'off', hedges: false }));
  });

  it('lists sites with their suppressions, undoes one, and resets a site', async () => {
    await setSiteMode('bbc.co.uk', 'off');
    await suppress('bbc.co.uk', 'claim/hedge-wording', 'many experts');
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('bbc.co.uk'));
    expect(root.querySelector<HTMLSelectElement>('[aria-label="Mode on bbc.co.uk"]')?.value).toBe('off');
    const undo = root.querySelector<HTMLButtonElement>('[aria-label^="Show again on bbc.co.uk"]')!;
    expect(undo.getAttribute('aria-label')).toContain('“many experts”');
    undo.click();
    await vi.waitFor(async () => expect((await loadSettings()).sites['bbc.co.uk']).toEqual({ mode: 'off' }));
    await vi.waitFor(() => expect(root.textContent).toContain('Nothing hidden.'));
    root.querySelector<HTMLButtonElement>('[aria-label="Reset all settings for bbc.co.uk"]')!.click();
    await vi.waitFor(async () => expect((await loadSettings()).sites).toEqual({}));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('sites-h'));
  });

  it('follows changes made elsewhere (the popup) at once', async () => {
    await mount();
    await setSiteMode('example.com', 'on-click');
    await vi.waitFor(() => expect(root.querySelector('[aria-label="Mode on example.com"]')).not.toBeNull());
  });

  it('adds a site from an address, as its registrable domain', async () => {
    await mount();
    const input = byLabel<HTMLInputElement>('Site or address');
    input.value = 'https://news.bbc.co.uk/news/world';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20)); // Preact re-renders with the typed value
    root.querySelector<HTMLFormElement>('form.add-site')!.requestSubmit();
    await vi.waitFor(async () => expect((await loadSettings()).sites).toEqual({ 'bbc.co.uk': { mode: 'on-click' } }));
  });

  it('shows a bad import’s message and changes nothing', async () => {
    await setSiteMode('bbc.co.uk', 'off');
    await mount();
    const before = await fakeBrowser.storage.sync.get(null);
    await chooseFile('this is not json');
    await vi.waitFor(() => expect(root.querySelector('#import-message')?.textContent).toMatch(/not JSON.*Nothing was changed/));
    expect(root.querySelector('#import-message')?.getAttribute('role')).toBe('alert');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('imports a good file', async () => {
    await mount();
    await chooseFile(JSON.stringify({ format: 'sourcelight-settings', version: 1, global: { mode: 'off' }, sites: { 'example.com': { mode: 'automatic' } } }));
    await vi.waitFor(() => expect(root.querySelector('#import-message')?.textContent).toBe('Settings imported (1 site).'));
    expect((await loadSettings()).global.mode).toBe('off');
    await vi.waitFor(() => expect(byLabel<HTMLInputElement>('Off').checked).toBe(true));
  });

  it('shows the note when some settings are kept on this device only', async () => {
    await fakeBrowser.storage.local.set({
      'site:big.com': { mode: 'off' },
      [KEYS.note]: { entries: { 'site:big.com': { reason: 'item-too-large', at: '2026-01-01T00:00:00Z' } } },
    });
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('Some settings are kept on this device only'));
    expect(root.textContent).toContain('big.com: too large to sync');
    expect(root.textContent).toContain('Kept on this device only');
  });

  it('tells the reader when a change could not be stored, and leaves the control as stored', async () => {
    await mount();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync down'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    byLabel<HTMLInputElement>('Off').click();
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('Could not save: disk full'));
    vi.restoreAllMocks();
    expect((await loadSettings()).global.mode).toBe('automatic');
    await vi.waitFor(() => expect(byLabel<HTMLInputElement>('Automatic').checked).toBe(true));
  });

  it('says so when the settings cannot be read, instead of showing the defaults', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync unreadable'));
    render(<App />, root);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Could not read your settings.*sync unreadable/));
    expect(root.querySelector('#defaults-h')).toBeNull();
    vi.restoreAllMocks();
  });

  it('shows the diagnostics log, newest first, and clears it', async () => {
    await keepDiagnostic({ context: 'content', where: 'page.run', error: new Error('first problem'), site: 'news.example.com' }, () => new Date('2026-01-01T10:00:00Z'));
    await keepDiagnostic({ context: 'background', where: 'settings.sync-set', error: new Error('second problem') }, () => new Date('2026-01-01T11:00:00Z'));
    await mount();
    await vi.waitFor(() => expect(root.querySelectorAll('.diagnostics-log tbody tr')).toHaveLength(2));
    const rows = [...root.querySelectorAll('.diagnostics-log tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('second problem');
    expect(rows[1]).toMatch(/page.*page\.run.*news\.example\.com.*first problem/);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Clear')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('No problems recorded.'));
  });

  it('never injects page-controlled text as HTML', async () => {
    await suppress('example.com', 'claim/x', '<img src=x onerror=alert(1)>');
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('<img src=x onerror=alert(1)>'));
    expect(root.querySelector('img')).toBeNull();
  });
});
