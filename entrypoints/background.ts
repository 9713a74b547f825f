import { browser } from 'wxt/browser';
import type { BadgeState } from '../src/messages/schema.ts';
import { createRouter } from '../src/background/router.ts';
import { badgeFor } from '../src/messages/badge.ts';
import { serveAnalyzerPort } from '../src/pipeline/serve.ts';
import { keepDiagnostic } from '../src/diagnostics/keeper.ts';
import { runMigrations } from '../src/settings/migrate.ts';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`: same badge API.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  // A promise of ours that failed with nobody listening is a bug: it goes to the diagnostics log.
  self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    void keepDiagnostic({ context: 'background', where: 'unhandled-rejection', error: event.reason });
  });

  // Settings migrations run once, here, on install and update (never in a page).
  browser.runtime.onInstalled.addListener(() => {
    runMigrations().catch((err: unknown) => keepDiagnostic({ context: 'background', where: 'settings.migrate', error: err }));
  });

  // Firefox: this page has a DOM and is the analyzer. Chrome: the offscreen document is, and it is
  // made ready before the first article asks, so no reader waits for it to load (it runs in the
  // extension's own process and holds no page between requests).
  if (import.meta.env.FIREFOX) {
    serveAnalyzerPort(new DOMParser(), (where, error) => keepDiagnostic({ context: 'analyzer', where, error }));
  } else {
    // A page that finds no analyzer asks for one again (`sl/prepare-analyzer`): a failure here is logged, not fatal.
    const prepare = (): void => {
      ensureOffscreen().catch((err: unknown) => keepDiagnostic({ context: 'background', where: 'offscreen.create', error: err }));
    };
    browser.runtime.onStartup.addListener(prepare);
    prepare();
  }

  browser.runtime.onMessage.addListener(createRouter({ setBadge, prepareAnalyzer }));

  // Keyboard shortcuts step through the findings of the active tab.
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    const direction = command === 'next-finding' ? 1 : command === 'previous-finding' ? -1 : 0;
    if (direction === 0) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      await browser.tabs.sendMessage(tabId, { type: 'sl/step', direction }).catch(() => {
        // Handled: a tab without our content script (a browser page, a store) has nothing to step through.
      });
    })().catch((err: unknown) => keepDiagnostic({ context: 'background', where: 'commands.step', error: err }));
  });

  async function setBadge(tabId: number, page: BadgeState): Promise<void> {
    const badge = badgeFor(page);
    try {
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await action.setTitle({ tabId, title: badge.title });
    } catch {
      // Handled: the tab closed between the message and the update, so there is no badge to set.
    }
  }
});

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
