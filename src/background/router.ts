// The background's message router: who may ask what, and which room answers. The settings writer,
// the diagnostics keeper and the badge all live in the background, so every change to settings
// and every problem report comes through here, one context, in order.
import { browser } from 'wxt/browser';
import { keepDiagnostic } from '../diagnostics/keeper.ts';
import { hostOnly } from '../diagnostics/log.ts';
import { parseToBackground, type BadgeState, type DoneReply, type SiteRequest, type SiteSettings } from '../messages/schema.ts';
import { resolveSettings } from '../settings/read.ts';
import { answerSettingsMessage } from '../settings/service.ts';
import { siteOf } from '../settings/site.ts';
import { setSiteKinds, setSiteMode, suppress } from '../settings/writer.ts';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface RouterDeps {
  setBadge(tabId: number, page: BadgeState): Promise<void>;
  prepareAnalyzer(): Promise<void>;
}

function failure(err: unknown): DoneReply {
  return { ok: false, message: err instanceof Error ? err.message : String(err) };
}

/** Sites are registrable domains (Public Suffix List via tldts): that lookup lives here, not in pages. */
async function siteRequest(msg: SiteRequest): Promise<SiteSettings> {
  const site = siteOf(msg.url);
  if (msg.type === 'sl/site-set' && site) {
    if (msg.mode !== undefined) await setSiteMode(site, msg.mode);
    if (msg.kinds) await setSiteKinds(site, msg.kinds);
  }
  const s = await resolveSettings(msg.url);
  return { site: s.site ?? site, mode: s.mode, kinds: s.kinds, fromSite: s.fromSite };
}

/** A `runtime.onMessage` listener: true when it will answer through `sendResponse`. */
export function createRouter(deps: RouterDeps) {
  return (message: unknown, sender: Sender, sendResponse: (r: unknown) => void): true | undefined => {
    // Only our own content scripts and pages talk to us; anything else is dropped unread.
    if (sender.id !== browser.runtime.id) return undefined;
    // Settings changes come from the extension's own pages (the options page), never from a tab's content script.
    if (typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'))) {
      const settings = answerSettingsMessage(message);
      if (settings) {
        void settings.then(sendResponse);
        return true;
      }
    }
    const msg = parseToBackground(message);
    if (!msg) return undefined;
    if (msg.type === 'sl/diagnostic') {
      const site = msg.site ?? (sender.tab?.url ? hostOnly(sender.tab.url) : undefined);
      void keepDiagnostic({ context: msg.context, where: msg.where, error: msg.message, ...(site ? { site } : {}) });
      return undefined;
    }
    // The popup's requests (it has no tab).
    if (msg.type === 'sl/site-get' || msg.type === 'sl/site-set') {
      siteRequest(msg).then(sendResponse, (err: unknown) => {
        void keepDiagnostic({ context: 'background', where: `settings.${msg.type.slice(3)}`, error: err });
        sendResponse(failure(err));
      });
      return true;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (msg.type === 'sl/suppress') {
      const site = siteOf(msg.url);
      if (!site) {
        sendResponse(failure(new Error('This page has no site name to remember the choice for.')));
        return undefined;
      }
      suppress(site, msg.rule, msg.phrase).then(
        () => sendResponse({ ok: true } satisfies DoneReply),
        (err: unknown) => {
          void keepDiagnostic({ context: 'background', where: 'settings.suppress', error: err, site: hostOnly(msg.url) ?? site });
          sendResponse(failure(err));
        },
      );
      return true;
    }
    if (msg.type === 'sl/page-state') {
      deps.setBadge(tabId, msg).catch((err: unknown) => keepDiagnostic({ context: 'background', where: 'badge.set', error: err }));
      return undefined;
    }
    if (msg.type === 'sl/prepare-analyzer') {
      deps.prepareAnalyzer().then(
        () => sendResponse({ ok: true }),
        (err: unknown) => {
          void keepDiagnostic({ context: 'background', where: 'offscreen.prepare', error: err });
          sendResponse(failure(err));
        },
      );
      return true;
    }
    return undefined;
  };
}
