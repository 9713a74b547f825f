// Pages' end of the diagnostics log (content script, popup, options page): a problem goes to the
// background, which keeps the log. Reporting never throws into the caller.
import { browser } from 'wxt/browser';
import { cleanMessage, type DiagnosticContext } from './log.ts';

export function reportProblem(context: DiagnosticContext, where: string, error: unknown, site?: string): void {
  const message = { type: 'sl/diagnostic', context, where, message: cleanMessage(error), ...(site ? { site } : {}) };
  let sent: Promise<unknown>;
  try {
    sent = browser.runtime.sendMessage(message);
  } catch (err) {
    sent = Promise.reject(err);
  }
  sent.catch((err: unknown) => {
    // The background is unreachable (the extension was reloaded under this page): the console is
    // the only place left, and the problem itself is already handled by the caller.
    console.warn('Sourcelight:', where, cleanMessage(error), `(not logged: ${cleanMessage(err)})`);
  });
}
