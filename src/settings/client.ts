// How the options page changes settings: it asks the background, the one writer (writer.ts), and
// hears back whether the change was stored. A refusal or a silent background is an error the page
// shows; nothing is written from here.
import { browser } from 'wxt/browser';
import { parseSettingsReply, type SettingsOp } from '../messages/settings.ts';
import type { Mode, PartialKinds, Sensitivity } from './schema.ts';

export const NO_ANSWER = 'Sourcelight’s background did not answer; reload the extension and try again.';

/** Sends one change; resolves with the background's message, rejects with the reason it failed. */
export async function ask(op: SettingsOp): Promise<string | undefined> {
  const reply = parseSettingsReply(await browser.runtime.sendMessage({ type: 'sl/settings', op }));
  if (!reply) throw new Error(NO_ANSWER);
  if (!reply.ok) throw new Error(reply.message);
  return reply.message;
}

type GlobalPatch = Extract<SettingsOp, { op: 'global' }>['patch'];

export const setGlobal = (patch: GlobalPatch): Promise<unknown> => ask({ op: 'global', patch });
export const setSiteMode = (site: string, mode: Mode | null): Promise<unknown> => ask({ op: 'site-mode', site, mode });
export const setSiteKinds = (site: string, kinds: Partial<Record<keyof PartialKinds, boolean | null>>): Promise<unknown> =>
  ask({ op: 'site-kinds', site, kinds });
export const setSiteSensitivity = (site: string, sensitivity: Sensitivity | null): Promise<unknown> => ask({ op: 'site-sensitivity', site, sensitivity });
export const setSiteHedges = (site: string, hedges: boolean | null): Promise<unknown> => ask({ op: 'site-hedges', site, hedges });
export const unsuppress = (site: string, rule: string, phrase?: string): Promise<unknown> =>
  ask(phrase === undefined ? { op: 'unsuppress', site, rule } : { op: 'unsuppress', site, rule, phrase });
export const resetSite = (site: string): Promise<unknown> => ask({ op: 'reset-site', site });
export const clearDiagnostics = (): Promise<unknown> => ask({ op: 'clear-diagnostics' });

/** Imports a settings file through the background; the message says what happened either way. */
export async function importSettings(text: string): Promise<{ ok: boolean; message: string }> {
  try {
    return { ok: true, message: (await ask({ op: 'import', text })) ?? '' };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
