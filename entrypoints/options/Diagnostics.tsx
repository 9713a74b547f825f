// The diagnostics log (src/diagnostics/), shown in the options page and exportable as a file.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readDiagnostics, serializeDiagnostics, watchDiagnostics, type Diagnostic } from '../../src/diagnostics/log.ts';
import { reportProblem } from '../../src/diagnostics/report.ts';
import { clearDiagnostics } from '../../src/settings/client.ts';
import { s } from '../../src/settings/strings.ts';

/** Saves a text file through a download link (no permission needed). */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Diagnostics(): JSX.Element {
  const [log, setLog] = useState<Diagnostic[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    const load = (): void => {
      readDiagnostics().then(setLog, (err: unknown) => {
        reportProblem('options', 'diagnostics.read', err);
        setMessage({ kind: 'error', text: s.diagnostics.failed(err instanceof Error ? err.message : String(err)) });
      });
    };
    load();
    return watchDiagnostics(load);
  }, []);

  const d = s.diagnostics;
  const doExport = (): void => {
    const now = new Date();
    const name = `sourcelight-diagnostics-${now.toISOString().slice(0, 10)}.json`;
    download(serializeDiagnostics(log ?? [], browser.runtime.getManifest().version, now), name);
    setMessage({ kind: 'ok', text: d.exported(name) });
  };
  const doClear = (): void => {
    clearDiagnostics().then(
      () => setMessage({ kind: 'ok', text: d.cleared }),
      (err: unknown) => setMessage({ kind: 'error', text: d.failed(err instanceof Error ? err.message : String(err)) }),
    );
  };

  const entries = [...(log ?? [])].reverse();
  return (
    <section aria-labelledby="diagnostics-h" class="diagnostics">
      <h2 id="diagnostics-h">{d.heading}</h2>
      <p class="muted">{d.intro}</p>
      {log !== null && entries.length === 0 ? <p>{d.none}</p> : null}
      {entries.length > 0 ? (
        <table class="diagnostics-log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Where</th>
              <th scope="col">Site</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>
                  <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time> {d.times(e.count)}
                </td>
                <td>
                  {d.contexts[e.context]} <code>{e.where}</code>
                </td>
                <td>{e.site ?? ''}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div class="backup-row">
        <button type="button" onClick={doExport} disabled={log === null}>
          {d.export}
        </button>
        <button type="button" class="secondary" onClick={doClear} disabled={entries.length === 0}>
          {d.clear}
        </button>
      </div>
      <p class={`import-message ${message?.kind ?? ''}`} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
