import { browser } from 'wxt/browser';
import { parseToBackground, type BadgeState } from '../src/messages/schema.ts';
import { badgeFor } from '../src/messages/badge.ts';
import { serveAnalyzerPort } from '../src/pipeline/serve.ts';
import { runMigrations } from '../src/settings/migrate.ts';
import { siteOf } from '../src/settings/site.ts';
import { resolveSettings, setSiteKinds, setSiteMode, suppress } from '../src/settings/store.ts';
import type { SiteSettings } from '../src/messages/schema.ts';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`: same badge API.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  // Settings migrations run once, here, on install and update (never in a page).
  browser.runtime.onInstalled.addListener(() => {
    void runMigrations();
  });

  // Firefox: this page has a DOM and is the analyzer. Chrome: the offscreen document is, and it is
  // made ready before the first article asks, so no reader waits for it to load (it runs in the
  // extension's own process and holds no page between requests).
  if (import.meta.env.FIREFOX) {
    serveAnalyzerPort(new DOMParser());
  } else {
    browser.runtime.onStartup.addListener(() => void ensureOffscreen().catch(() => undefined));
    void ensureOffscreen().catch(() => undefined);
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    // Only our own content scripts and pages talk to us; anything else is dropped unread.
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseToBackground(message);
    if (!msg) return undefined;
    // The popup's requests (it has no tab).
    if (msg.type === 'sl/site-get' || msg.type === 'sl/site-set') {
      siteRequest(msg).then(sendResponse, () => sendResponse(null));
      return true;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (msg.type === 'sl/suppress') {
      const site = siteOf(msg.url);
      if (site) void suppress(site, msg.rule, msg.phrase);
      return undefined;
    }
    if (msg.type === 'sl/page-state') {
      void setBadge(tabId, msg);
      return undefined;
    }
    if (msg.type === 'sl/prepare-analyzer') {
      prepareAnalyzer().then(
        () => sendResponse({ ok: true }),
        (err: unknown) => sendResponse({ ok: false, message: err instanceof Error ? err.message : String(err) }),
      );
      return true;
    }
    return undefined;
  });

  // Keyboard shortcuts step through the findings of the active tab.
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    const direction = command === 'next-finding' ? 1 : command === 'previous-finding' ? -1 : 0;
    if (direction === 0) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      await browser.tabs.sendMessage(tabId, { type: 'sl/step', direction }).catch(() => undefined);
    })();
  });

  async function setBadge(tabId: number, page: BadgeState): Promise<void> {
    const badge = badgeFor(page);
    try {
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await action.setTitle({ tabId, title: badge.title });
    } catch {
      // The tab closed between the message and the update: nothing to do.
    }
  }
});

type SiteRequest =
  | { type: 'sl/site-get'; url: string }
  | {
      type: 'sl/site-set';
      url: string;
      mode?: 'automatic' | 'on-click' | 'off' | null;
      kinds?: { claim?: boolean | null; 'state-media'?: boolean | null; promotion?: boolean | null };
    };

/** Sites are registrable domains (Public Suffix List via tldts): that lookup lives here, not in pages. */
async function siteRequest(msg: SiteRequest): Promise<SiteSettings | null> {
  const site = siteOf(msg.url);
  if (msg.type === 'sl/site-set' && site) {
    if (msg.mode !== undefined) await setSiteMode(site, msg.mode);
    if (msg.kinds) await setSiteKinds(site, msg.kinds);
  }
  const s = await resolveSettings(msg.url);
  return { site: s.site ?? site, mode: s.mode, kinds: s.kinds, fromSite: s.fromSite };
}

// Firefox's background page has a DOM: it is the analyzer itself. Chrome's service worker has none,
// so the work goes to the offscreen document (created once, kept open while the browser runs).
let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
  // A document being created already exists for hasDocument() before its script listens: wait
  // for the creation to finish (createDocument resolves once the document has loaded).
  if (creating) return creating;
  if (await offscreen.hasDocument()) return;
  creating ??= offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER'],
      justification: "Read the article's text off the page's main thread, so reading it never slows the page.",
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

async function prepareAnalyzer(): Promise<void> {
  // Compile-time branch: Chrome's bundle carries no analyzer (its worker has no DOM anyway).
  if (import.meta.env.FIREFOX) return;
  await ensureOffscreen();
}
