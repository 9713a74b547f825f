import { browser } from 'wxt/browser';
import { parseToBackground, type PageState } from '../src/messages/schema.ts';
import { badgeFor } from '../src/messages/badge.ts';
import { analyzeSerializedPage, type SerializedResult } from '../src/pipeline/serialized.ts';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`: same badge API.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    // Only our own content scripts talk to us; anything else is dropped unread.
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseToBackground(message);
    const tabId = sender.tab?.id;
    if (!msg || tabId === undefined) return undefined;
    if (msg.type === 'sl/page-state') {
      void setBadge(tabId, msg.page);
      return undefined;
    }
    if (msg.type === 'sl/analyze-page') {
      analyzeOffThread(msg.html, msg.url).then(sendResponse, (err: unknown) =>
        sendResponse({ ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) }),
      );
      return true; // the answer comes asynchronously
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

  async function setBadge(tabId: number, page: PageState): Promise<void> {
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

// Firefox's background page has a DOM: the work runs right here. Chrome's service worker has
// none, so the work goes to the offscreen document (created once, kept while it is used).
let parser: DOMParser | null = null;
let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
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

async function analyzeOffThread(html: string, url: string): Promise<SerializedResult | unknown> {
  // Compile-time branch: Chrome's bundle carries no analyzer (its worker has no DOM anyway).
  if (import.meta.env.FIREFOX && typeof DOMParser === 'function') {
    parser ??= new DOMParser();
    return analyzeSerializedPage(html, url, parser);
  }
  await ensureOffscreen();
  return browser.runtime.sendMessage({ type: 'sl/offscreen-analyze', html, url });
}
