// The background's settings service: every change a page asks for (messages/settings.ts) runs
// through the one writer (writer.ts), and the answer says whether it was stored. A failure is
// logged (diagnostics) and told to the asking page, never dropped.
import { clearDiagnostics, keepDiagnostic } from '../diagnostics/keeper.ts';
import { parseSettingsMessage, type SettingsOp, type SettingsReply } from '../messages/settings.ts';
import { parseSettingsFile, type ImportResult } from './io.ts';
import { s } from './strings.ts';
import { replaceAll, resetSite, setGlobal, setSiteHedges, setSiteKinds, setSiteMode, setSiteSensitivity, unsuppress } from './writer.ts';

/** Validates, then replaces all settings at once; on any problem nothing changes. */
export async function importSettings(text: string): Promise<ImportResult> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  try {
    await replaceAll(parsed.file.global, parsed.file.sites);
  } catch (err) {
    void keepDiagnostic({ context: 'background', where: 'settings.import', error: err });
    return { ok: false, code: 'write-failed', message: s.import.writeFailed(err instanceof Error ? err.message : String(err)) };
  }
  const n = Object.keys(parsed.file.sites).length;
  return { ok: true, sites: n, message: s.import.done(n) };
}

async function run(op: SettingsOp): Promise<string | undefined> {
  switch (op.op) {
    case 'global':
      await setGlobal(op.patch);
      return undefined;
    case 'site-mode':
      await setSiteMode(op.site, op.mode);
      return undefined;
    case 'site-kinds':
      await setSiteKinds(op.site, op.kinds);
      return undefined;
    case 'site-sensitivity':
      await setSiteSensitivity(op.site, op.sensitivity);
      return undefined;
    case 'site-hedges':
      await setSiteHedges(op.site, op.hedges);
      return undefined;
    case 'unsuppress':
      await unsuppress(op.site, op.rule, op.phrase);
      return undefined;
    case 'reset-site':
      await resetSite(op.site);
      return undefined;
    case 'clear-diagnostics':
      await clearDiagnostics();
      return undefined;
    case 'import': {
      const r = await importSettings(op.text);
      if (!r.ok) throw new Error(r.message);
      return r.message;
    }
  }
}

/** Runs one change; the reply says whether it was stored. Never rejects. */
export async function runSettingsOp(op: SettingsOp): Promise<SettingsReply> {
  try {
    const message = await run(op);
    return message === undefined ? { ok: true } : { ok: true, message };
  } catch (err) {
    if (op.op !== 'import') void keepDiagnostic({ context: 'background', where: `settings.${op.op}`, error: err });
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The background's answer to a `sl/settings` message; undefined when the message is not one. */
export function answerSettingsMessage(message: unknown): Promise<SettingsReply> | undefined {
  const msg = parseSettingsMessage(message);
  return msg ? runSettingsOp(msg.op) : undefined;
}
