// The options page: global defaults, the sites with their own settings (edit, reset, undo
// suppressions), export / import, and the note when some settings could not be synced. Every
// control is a native form control with a label, so it works from the keyboard and with a screen
// reader; the page follows settings changed elsewhere (popup, another device) as they happen.
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FindingKind } from '../../src/analyze/types.ts';
import { exportSettings, serializeSettings, settingsFileName } from '../../src/settings/io.ts';
import { importSettings, resetSite, setGlobal, setSiteKinds, setSiteMode, setSiteSensitivity, unsuppress } from '../../src/settings/client.ts';
import { reportProblem } from '../../src/diagnostics/report.ts';
import { Diagnostics, download } from './Diagnostics.tsx';
import { KINDS, LIMITS, MODES, SENSITIVITIES, type GlobalSettings, type Mode, type Sensitivity, type SiteOverride, type Suppression } from '../../src/settings/schema.ts';
import { siteOf } from '../../src/settings/site.ts';
import {
  KEYS,
  SITE_PREFIX,
  getStorageNote,
  loadSettings,
  watchSettings,
  type SettingsSnapshot,
  type StorageNote,
} from '../../src/settings/store.ts';
import { s } from '../../src/settings/strings.ts';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function App(): JSX.Element {
  const [snap, setSnap] = useState<SettingsSnapshot | null>(null);
  const [note, setNote] = useState<StorageNote | null>(null);
  const [status, setStatus] = useState<Message>(null);
  const [readError, setReadError] = useState<string | null>(null);

  /** Reads the settings again; a read that fails is shown, never replaced by the defaults. */
  const reload = useCallback(async () => {
    try {
      const [next, n] = await Promise.all([loadSettings(), getStorageNote()]);
      setSnap(next);
      setNote(n);
      setReadError(null);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      reportProblem('options', 'settings.read', err);
      setReadError(s.readFailed(why));
    }
  }, []);

  useEffect(() => {
    void reload();
    return watchSettings(() => void reload());
  }, [reload]);

  /** Sends a change to the background (the one writer); storage.onChanged reloads the page's view. */
  const save = useCallback(async (write: () => Promise<unknown>, done?: string) => {
    try {
      await write();
      setStatus({ kind: 'ok', text: done ?? s.saved });
    } catch (err) {
      // The background already logged it; the reader is told here.
      setStatus({ kind: 'error', text: s.saveFailed(err instanceof Error ? err.message : String(err)) });
    }
    await reload();
  }, [reload]);

  return (
    <main class="options">
      <header>
        <h1>{s.title}</h1>
        <p class="muted">{s.intro}</p>
      </header>
      {note ? <StorageNoteView note={note} /> : null}
      {readError ? (
        <p class="status error" role="alert">
          {readError}
        </p>
      ) : null}
      {snap === null ? (
        readError ? null : <p role="status">{s.loading}</p>
      ) : (
        <>
          <Defaults global={snap.global} save={save} />
          <Sites snap={snap} save={save} />
          <Backup onImported={reload} />
        </>
      )}
      <Diagnostics />
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </main>
  );
}

type Save = (write: () => Promise<unknown>, done?: string) => Promise<void>;

function StorageNoteView({ note }: { note: StorageNote }): JSX.Element {
  const entries = Object.entries(note.entries).filter(([k]) => k !== KEYS.version);
  return (
    <section class="notice" aria-labelledby="note-h">
      <h2 id="note-h">{s.note.heading}</h2>
      <p>{s.note.body}</p>
      <ul>
        {entries.map(([key, e]) => (
          <li key={key}>
            {key === KEYS.global ? s.note.global : key.startsWith(SITE_PREFIX) ? key.slice(SITE_PREFIX.length) : key}: {s.note.reasons[e.reason] ?? e.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Defaults({ global, save }: { global: GlobalSettings; save: Save }): JSX.Element {
  return (
    <section aria-labelledby="defaults-h">
      <h2 id="defaults-h">{s.defaults.heading}</h2>
      <fieldset>
        <legend>{s.mode.legend}</legend>
        {MODES.map((m) => (
          <div class="choice" key={m}>
            <input
              type="radio"
              id={`g-mode-${m}`}
              name="g-mode"
              value={m}
              checked={global.mode === m}
              aria-describedby={`g-mode-${m}-help`}
              onChange={() => void save(() => setGlobal({ mode: m }))}
            />
            <label for={`g-mode-${m}`}>{s.mode.names[m]}</label>
            <p class="help" id={`g-mode-${m}-help`}>{s.mode.help[m]}</p>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.kinds.legend}</legend>
        {KINDS.map((k) => (
          <div class="choice" key={k}>
            <input
              type="checkbox"
              id={`g-kind-${k}`}
              checked={global.kinds[k]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                void save(() => setGlobal({ kinds: { [k]: on } }));
              }}
            />
            <label for={`g-kind-${k}`} class={`kind kind-${k}`}>{s.kinds.names[k]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset aria-describedby="g-sens-note">
        <legend>{s.sensitivity.legend}</legend>
        {SENSITIVITIES.map((v) => (
          <div class="choice" key={v}>
            <input
              type="radio"
              id={`g-sens-${v}`}
              name="g-sens"
              value={v}
              checked={global.sensitivity === v}
              aria-describedby={`g-sens-${v}-help`}
              onChange={() => void save(() => setGlobal({ sensitivity: v }))}
            />
            <label for={`g-sens-${v}`}>{s.sensitivity.names[v]}</label>
            <p class="help" id={`g-sens-${v}-help`}>{s.sensitivity.help[v]}</p>
          </div>
        ))}
        <p class="help" id="g-sens-note">{s.sensitivity.note}</p>
      </fieldset>
    </section>
  );
}

function Sites({ snap, save }: { snap: SettingsSnapshot; save: Save }): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  const sites = Object.keys(snap.sites).sort();
  const local = new Set(snap.localOnly);
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h" ref={heading} tabIndex={-1}>{s.sites.heading}</h2>
      <p class="muted">{s.sites.intro}</p>
      {sites.length === 0 ? <p>{s.sites.none}</p> : null}
      <ul class="sites">
        {sites.map((site) => (
          <SiteRow
            key={site}
            site={site}
            override={snap.sites[site] ?? {}}
            global={snap.global}
            localOnly={local.has(`${SITE_PREFIX}${site}`)}
            save={save}
            onReset={() => {
              void save(() => resetSite(site), s.sites.resetDone(site)).then(() => heading.current?.focus());
            }}
          />
        ))}
      </ul>
      <AddSite global={snap.global} save={save} />
    </section>
  );
}

function onOff(v: boolean): string {
  return v ? s.sites.on : s.sites.off;
}

function SiteRow(props: {
  site: string;
  override: SiteOverride;
  global: GlobalSettings;
  localOnly: boolean;
  save: Save;
  onReset: () => void;
}): JSX.Element {
  const { site, override, global, save } = props;
  const id = `site-${site.replace(/[^a-z0-9]/g, '-')}`;
  const suppress = override.suppress ?? [];
  return (
    <li class="site" aria-labelledby={`${id}-h`}>
      <div class="site-head">
        <h3 id={`${id}-h`}>{site}</h3>
        {props.localOnly ? <span class="badge">{s.sites.localOnly}</span> : null}
        <button type="button" class="secondary" aria-label={s.sites.resetLabel(site)} onClick={props.onReset}>
          {s.sites.reset}
        </button>
      </div>
      <div class="site-grid">
        <label for={`${id}-mode`}>{s.mode.label}</label>
        <select
          id={`${id}-mode`}
          aria-label={s.sites.modeLabel(site)}
          value={override.mode ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            void save(() => setSiteMode(site, v === '' ? null : (v as Mode)));
          }}
        >
          <option value="">{s.sites.useDefault(s.mode.names[global.mode])}</option>
          {MODES.map((m) => (
            <option key={m} value={m}>{s.mode.names[m]}</option>
          ))}
        </select>
        {KINDS.map((k: FindingKind) => {
          const v = override.kinds?.[k];
          return (
            <KindSelect
              key={k}
              id={`${id}-kind-${k}`}
              label={s.kinds.names[k]}
              aria={s.sites.kindLabel(s.kinds.names[k], site)}
              value={v === undefined ? '' : v ? 'on' : 'off'}
              fallback={global.kinds[k]}
              onChange={(next) => void save(() => setSiteKinds(site, { [k]: next }))}
            />
          );
        })}
        <label for={`${id}-sens`}>{s.sensitivity.legend}</label>
        <select
          id={`${id}-sens`}
          aria-label={s.sites.sensitivityLabel(site)}
          value={override.sensitivity ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            void save(() => setSiteSensitivity(site, v === '' ? null : (v as Sensitivity)));
          }}
        >
          <option value="">{s.sites.useDefault(s.sensitivity.names[global.sensitivity])}</option>
          {SENSITIVITIES.map((v) => (
            <option key={v} value={v}>{s.sensitivity.names[v]}</option>
          ))}
        </select>
      </div>
      <h4>{s.suppressions.heading}</h4>
      {suppress.length === 0 ? (
        <p class="muted small">{s.suppressions.none}</p>
      ) : (
        <ul class="suppressions">
          {suppress.map((x: Suppression) => {
            const what = x.phrase === undefined ? s.suppressions.wholeRule(x.rule) : s.suppressions.phrase(x.rule, x.phrase);
            return (
              <li key={`${x.rule}\u0000${x.phrase ?? ''}`}>
                <span>{what}</span>
                <button type="button" class="secondary" aria-label={s.suppressions.undoLabel(what, site)} onClick={() => void save(() => unsuppress(site, x.rule, x.phrase))}>
                  {s.suppressions.undo}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

function KindSelect(props: { id: string; label: string; aria: string; value: '' | 'on' | 'off'; fallback: boolean; onChange: (v: boolean | null) => void }): JSX.Element {
  return (
    <>
      <label for={props.id} class="kind-label">{props.label}</label>
      <select
        id={props.id}
        aria-label={props.aria}
        value={props.value}
        onChange={(e) => {
          const v = e.currentTarget.value;
          props.onChange(v === '' ? null : v === 'on');
        }}
      >
        <option value="">{s.sites.useDefault(onOff(props.fallback))}</option>
        <option value="on">{s.sites.on}</option>
        <option value="off">{s.sites.off}</option>
      </select>
    </>
  );
}

function AddSite({ global, save }: { global: GlobalSettings; save: Save }): JSX.Element {
  const [input, setInput] = useState('');
  const firstOther = MODES.find((m) => m !== global.mode) ?? 'off';
  const [mode, setMode] = useState<Mode>(firstOther);
  const [error, setError] = useState('');
  return (
    <form
      class="add-site"
      onSubmit={(e) => {
        e.preventDefault();
        const site = siteOf(input);
        if (!site) {
          setError(s.sites.add.invalid(input));
          return;
        }
        setError('');
        if (mode === global.mode) {
          setError(s.sites.add.same(site));
          return;
        }
        void save(() => setSiteMode(site, mode), s.sites.add.added(site, s.mode.names[mode])).then(() => setInput(''));
      }}
    >
      <fieldset>
        <legend>{s.sites.add.legend}</legend>
        <div class="add-row">
          <div>
            <label for="add-site">{s.sites.add.label}</label>
            <input
              id="add-site"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder={s.sites.add.placeholder}
              value={input}
              aria-invalid={error !== ''}
              aria-describedby="add-site-error"
              onInput={(e) => setInput(e.currentTarget.value)}
            />
          </div>
          <div>
            <label for="add-mode">{s.sites.add.modeLabel}</label>
            <select id="add-mode" value={mode} onChange={(e) => setMode(e.currentTarget.value as Mode)}>
              {MODES.map((m) => (
                <option key={m} value={m}>{s.mode.names[m]}</option>
              ))}
            </select>
          </div>
          <button type="submit">{s.sites.add.button}</button>
        </div>
        <p id="add-site-error" class="error-text" role="alert">{error}</p>
      </fieldset>
    </form>
  );
}

function Backup({ onImported }: { onImported: () => Promise<void> }): JSX.Element {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const doExport = async (): Promise<void> => {
    const now = new Date();
    try {
      const name = settingsFileName(now);
      download(serializeSettings(await exportSettings(now)), name);
      setMessage({ kind: 'ok', text: s.backup.exported(name) });
    } catch (err) {
      reportProblem('options', 'settings.export', err);
      setMessage({ kind: 'error', text: s.backup.exportFailed(err instanceof Error ? err.message : String(err)) });
    }
  };

  const doImport = async (f: File): Promise<void> => {
    setBusy(true);
    setMessage({ kind: 'ok', text: s.backup.importing });
    try {
      // Refuse a huge file before reading it into memory.
      if (f.size > LIMITS.importBytes) {
        setMessage({ kind: 'error', text: s.import.tooLarge(f.size, LIMITS.importBytes) });
        return;
      }
      const result = await importSettings(await f.text());
      setMessage({ kind: result.ok ? 'ok' : 'error', text: result.message });
      if (result.ok) await onImported();
    } finally {
      setBusy(false);
      if (file.current) file.current.value = '';
    }
  };

  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">{s.backup.heading}</h2>
      <p class="muted">{s.backup.intro}</p>
      <div class="backup-row">
        <button type="button" onClick={() => void doExport()}>{s.backup.export}</button>
        <div>
          <label for="import-file">{s.backup.importLabel}</label>
          <input
            id="import-file"
            ref={file}
            type="file"
            accept="application/json,.json"
            disabled={busy}
            aria-describedby="import-message"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void doImport(f);
            }}
          />
        </div>
      </div>
      <p id="import-message" class={`import-message ${message?.kind ?? ''}`} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
