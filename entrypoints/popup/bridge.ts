// The popup's only boundary with the browser: which tab, what its content script says, and
// opening tabs. Components receive a `PopupBridge`, so tests can render real reports through it.
import { browser } from 'wxt/browser';
import { parsePageState, parseSiteSettings, type PageState, type SiteSettings } from '../../src/messages/report-schema.ts';
import { reportProblem } from '../../src/diagnostics/report.ts';
import { t } from '../../src/ui/strings.ts';

export type SitePatch = {
  mode?: SiteSettings['mode'] | null;
  kinds?: Partial<Record<keyof SiteSettings['kinds'], boolean | null>>;
};

/** The background's answer about a site: its settings, or why there are none to show. */
export type SiteAnswer = { ok: true; settings: SiteSettings } | { ok: false; message: string };

export type Fetched = { ok: true; page: PageState } | { ok: false; reason: 'unreachable' | 'invalid' };

export interface PopupBridge {
  /** Asks the tab's content script for its state; never rejects. */
  getState(): Promise<Fetched>;
  /** Scrolls the page to a finding and opens its card; false when the page can't be reached. */
  focusFinding(findingId: string): Promise<boolean>;
  /** Opens a URL in a new tab (lateral reading, evidence). */
  openTab(url: string): Promise<void>;
  /** The settings of the site `url` belongs to (asked of the background); never rejects. */
  getSite(url: string): Promise<SiteAnswer>;
  /** Changes this site's settings (the open tab applies them at once); never rejects. */
  setSite(url: string, patch: SitePatch): Promise<SiteAnswer>;
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
  } catch (err) {
    // Handled: no tab to talk to, which the popup shows as "can't read this tab"; logged, as it should not happen.
    reportProblem('popup', 'tabs.query', err);
    return null;
  }
}

/** Reads the background's answer about a site (its settings, or `{ok: false, message}`). */
export function siteAnswer(reply: unknown): SiteAnswer {
  const settings = parseSiteSettings(reply);
  if (settings) return { ok: true, settings };
  const r = reply as { ok?: unknown; message?: unknown } | null;
  if (r && r.ok === false && typeof r.message === 'string') return { ok: false, message: r.message.slice(0, 500) };
  return { ok: false, message: t.site.noAnswer };
}

async function askBackground(message: unknown): Promise<SiteAnswer> {
  try {
    return siteAnswer(await browser.runtime.sendMessage(message));
  } catch (err) {
    reportProblem('popup', 'settings.site', err);
    return { ok: false, message: t.site.noAnswer };
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
        return { ok: false, reason: 'unreachable' }; // handled: the popup says it can't read this tab
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
      // A refusal (a blocked address) leaves the popup as it is; it is logged, not thrown at a click handler.
      await browser.tabs.create({ url }).catch((err: unknown) => reportProblem('popup', 'tabs.create', err));
    },
    getSite(url) {
      return askBackground({ type: 'sl/site-get', url });
    },
    setSite(url, patch) {
      return askBackground({ type: 'sl/site-set', url, ...patch });
    },
    async runNow() {
      const id = await tabId;
      if (id !== null) {
        await browser.tabs.sendMessage(id, { type: 'sl/run-now' }).catch((err: unknown) => {
          // The popup reads the tab's state again right after, which shows what happened.
          reportProblem('popup', 'tab.run-now', err);
        });
      }
    },
    async openOptions() {
      await browser.runtime.openOptionsPage().catch((err: unknown) => reportProblem('popup', 'options.open', err));
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
        return false; // handled: the popup says the browser did not let us read this page
      }
      // The script reads the site's settings first; "on click" sites wait to be asked.
      await new Promise((r) => setTimeout(r, 300));
      await browser.tabs.sendMessage(id, { type: 'sl/run-now' }).catch((err: unknown) => reportProblem('popup', 'tab.run-now', err));
      return true;
    },
  };
}
