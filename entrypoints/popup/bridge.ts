// The popup's only boundary with the browser: which tab, what its content script says, and
// opening tabs. Components receive a `PopupBridge`, so tests can render real reports through it.
import { browser } from 'wxt/browser';
import { parsePageState, parseSiteSettings, type PageState, type SiteSettings } from '../../src/messages/report-schema.ts';

export type SitePatch = {
  mode?: SiteSettings['mode'] | null;
  kinds?: Partial<Record<keyof SiteSettings['kinds'], boolean | null>>;
};

export type Fetched = { ok: true; page: PageState } | { ok: false; reason: 'unreachable' | 'invalid' };

export interface PopupBridge {
  /** Asks the tab's content script for its state; never rejects. */
  getState(): Promise<Fetched>;
  /** Scrolls the page to a finding and opens its card; false when the page can't be reached. */
  focusFinding(findingId: string): Promise<boolean>;
  /** Opens a URL in a new tab (lateral reading, evidence). */
  openTab(url: string): Promise<void>;
  /** The settings of the site `url` belongs to (asked of the background); null if unavailable. */
  getSite(url: string): Promise<SiteSettings | null>;
  /** Changes this site's settings; the open tab applies them at once. */
  setSite(url: string, patch: SitePatch): Promise<SiteSettings | null>;
  /** Asks the tab to analyse now ("on click" mode). */
  runNow(): Promise<void>;
  /** Opens the options page. */
  openOptions(): Promise<void>;
  /**
   * Without site access (withheld by the browser or the reader), puts the content script into
   * the tab now, through the access the reader grants by opening the popup (activeTab).
   * Resolves false when the browser refuses (a browser page, a store).
   */
  injectAndRun(): Promise<boolean>;
}

/** `popup.html?tabId=N` (tests, the e2e suite) or the active tab of the current window. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

export function createBrowserBridge(search: string): PopupBridge {
  const tabId = resolveTabId(search);
  return {
    async getState() {
      const id = await tabId;
      if (id === null) return { ok: false, reason: 'unreachable' };
      let answer: unknown;
      try {
        // Rejects when no content script listens: browser-internal pages, stores, not loaded yet.
        answer = await browser.tabs.sendMessage(id, { type: 'sl/get-state' });
      } catch {
        return { ok: false, reason: 'unreachable' };
      }
      const page = parsePageState(answer);
      return page ? { ok: true, page } : { ok: false, reason: 'invalid' };
    },
    async focusFinding(findingId) {
      const id = await tabId;
      if (id === null) return false;
      try {
        const answer: unknown = await browser.tabs.sendMessage(id, { type: 'sl/focus-finding', findingId });
        // The content script answers {ok: false} when the finding is no longer painted.
        return !(typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false);
      } catch (err) {
        // Only "nobody listens" is a failure; a listener that sends no answer still did its job.
        return !/receiving end|establish connection|no tab with id/i.test(String(err));
      }
    },
    async openTab(url) {
      await browser.tabs.create({ url });
    },
    async getSite(url) {
      return parseSiteSettings(await browser.runtime.sendMessage({ type: 'sl/site-get', url }).catch(() => null));
    },
    async setSite(url, patch) {
      return parseSiteSettings(await browser.runtime.sendMessage({ type: 'sl/site-set', url, ...patch }).catch(() => null));
    },
    async runNow() {
      const id = await tabId;
      if (id !== null) await browser.tabs.sendMessage(id, { type: 'sl/run-now' }).catch(() => undefined);
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async injectAndRun() {
      const id = await tabId;
      if (id === null) return false;
      const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
      if (!file) return false;
      try {
        if (browser.scripting) await browser.scripting.executeScript({ target: { tabId: id }, files: [file as never] });
        else await (browser.tabs as unknown as { executeScript(id: number, d: { file: string }): Promise<unknown> }).executeScript(id, { file: `/${file}` });
      } catch {
        return false;
      }
      // The script reads the site's settings first; "on click" sites wait to be asked.
      await new Promise((r) => setTimeout(r, 300));
      await browser.tabs.sendMessage(id, { type: 'sl/run-now' }).catch(() => undefined);
      return true;
    },
  };
}
