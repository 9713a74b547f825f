// The content script: the start-event guard, then one PageSession per top document
// (src/page/session.ts). Everything the session starts is tied to WXT's context.
import { browser } from 'wxt/browser';
import { claimSession, guardStartEvent, startedUp } from '../src/page/guard.ts';
import { PageSession } from '../src/page/session.ts';

// Before WXT builds this copy's context (it runs at module load): see src/page/guard.ts.
guardStartEvent(window, browser.runtime.id);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // WXT would otherwise announce the extension's id to every page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startedUp();
    // Only the top document is read: articles inside frames are left alone.
    if (window.top !== window) return;
    const session = claimSession();
    if (!session) return;
    ctx.onInvalidated(session.release);
    new PageSession(ctx).start();
  },
});
