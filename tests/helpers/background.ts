// The background as the tests meet it: its real message router (src/background/router.ts) over
// WXT's fake browser, with the sender of each context spelled out (the fake browser sends `{}`).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type RouterDeps, type Sender } from '../../src/background/router.ts';

export const noDeps: RouterDeps = { setBadge: async () => undefined, prepareAnalyzer: async () => undefined };

/** The options page (or the popup): an extension page with no tab. */
export function extensionPage(path = '/options.html'): Sender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(path) };
}

/** A content script in tab `tabId` on `url`. */
export function contentScript(url: string, tabId = 1): Sender {
  return { id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } };
}

/** Sends one message to a fresh router as `sender`; resolves with its answer (undefined for none). */
export function sendAs(router: ReturnType<typeof createRouter>, sender: Sender, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    if (router(message, sender, resolve) !== true) resolve(undefined);
  });
}

/** Makes `browser.runtime.sendMessage` reach the background's router, as if sent from `sender`. */
export function listenAsBackground(sender: Sender = extensionPage(), deps: RouterDeps = noDeps): ReturnType<typeof createRouter> {
  const router = createRouter(deps);
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _s: unknown, sendResponse: (r: unknown) => void) => router(message, sender, sendResponse));
  return router;
}
