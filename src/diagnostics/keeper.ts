// The background's end of the diagnostics log: the one writer of it (appends run one after
// another, so two reports never overwrite each other).
import { browser } from 'wxt/browser';
import { DIAGNOSTICS_KEY, appendDiagnostic, cleanMessage, readLog, type DiagnosticContext } from './log.ts';

let queue: Promise<unknown> = Promise.resolve();

export interface Problem {
  context: DiagnosticContext;
  where: string;
  error: unknown;
  site?: string;
}

/** Appends a problem to the log. Never rejects: a log that cannot be written goes to the console. */
export function keepDiagnostic(p: Problem, now: () => Date = () => new Date()): Promise<void> {
  const run = queue.then(async () => {
    const got = await browser.storage.local.get(DIAGNOSTICS_KEY);
    const entry = { at: now().toISOString(), context: p.context, where: p.where, message: cleanMessage(p.error), ...(p.site ? { site: p.site } : {}) };
    await browser.storage.local.set({ [DIAGNOSTICS_KEY]: appendDiagnostic(readLog(got[DIAGNOSTICS_KEY]), entry) });
  });
  queue = run.catch((err: unknown) => {
    // The log itself could not be written (storage full or broken): the console is all that is left.
    console.error('Sourcelight could not keep a diagnostic:', cleanMessage(err), p.where, cleanMessage(p.error));
  });
  return queue as Promise<void>;
}

/** Empties the log (options page). Rejects when storage refuses, so the page can say so. */
export function clearDiagnostics(): Promise<void> {
  const run = queue.then(() => browser.storage.local.remove(DIAGNOSTICS_KEY));
  queue = run.catch(() => undefined); // the caller of `run` gets the error; the queue moves on
  return run;
}
