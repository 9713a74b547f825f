// The options page: global defaults, the sites with their own settings (edit, reset, undo
// suppressions), export / import, and the note when some settings could not be synced. Every
// control is a native form control with a label, so it works from the keyboard and with a screen
// reader; the page follows settings changed elsewhere (popup, another device) as they happen.
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FindingKind } from '../../src/analyze/types.ts';
import { exportSettings, serializeSettings, settingsFileName } from '../../src/settings/io.ts';
import { importSettings, resetSite, setGlobal, setSiteHedges, setSiteKinds, setSiteMode, setSiteSensitivity, unsuppress } from '../../src/settings/client.ts';
import { reportProblem } from '../../src/diagnostics/report.ts';
import { Diagnostics, download } from './Diagnostics.tsx';
import { KINDS, LIMITS, MODES, SENSITIVITIES, type GlobalSettings, type Mode, type SiteOverride, type Suppression } from '../../src/settings/schema.ts';
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
      <Radios
        legend={s.mode.legend}
        name="g-mode"
        values={MODES}
        checked={global.mode}
        names={s.mode.names}
        help={s.mode.help}
        onChoose={(m) => void save(() => setGlobal({ mode: m }))}
      />
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
      <Radios
        legend={s.sensitivity.legend}
        name="g-sens"
        values={SENSITIVITIES}
        checked={global.sensitivity}
        names={s.sensitivity.names}
        help={s.sensitivity.help}
        note={s.sensitivity.note}
        onChoose={(v) => void save(() => setGlobal({ sensitivity: v }))}
      />
      <fieldset>
        <legend>{s.hedges.legend}</legend>
        <div class="choice">
          <input
            type="checkbox"
            id="g-hedges"
            checked={global.hedges}
            aria-describedby="g-hedges-help"
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void save(() => setGlobal({ hedges: on }));
            }}
          />
          <label for="g-hedges">{s.hedges.label}</label>
          <p class="help" id="g-hedges-help">{s.hedges.help}</p>
        </div>
      </fieldset>
    </section>
  );
}

/** A group of radio buttons, each with its help text (the global mode and sensitivity). */
function Radios<V extends string>(props: {
  legend: string;
  name: string;
  values: readonly V[];
  checked: V;
  names: Record<V, string>;
  help: Record<V, string>;
  note?: string;
  onChoose: (v: V) => void;
}): JSX.Element {
  const { name } = props;
  return (
    <fieldset aria-describedby={props.note ? `${name}-note` : undefined}>
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <div class="choice" key={v}>
          <input
            type="radio"
            id={`${name}-${v}`}
            name={name}
            value={v}
            checked={props.checked === v}
            aria-describedby={`${name}-${v}-help`}
            onChange={() => props.onChoose(v)}
          />
          <label for={`${name}-${v}`}>{props.names[v]}</label>
          <p class="help" id={`${name}-${v}-help`}>{props.help[v]}</p>
        </div>
      ))}
      {props.note ? (
        <p class="help" id={`${name}-note`}>
          {props.note}
        </p>
      ) : null}
    </fieldset>
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
        <OverrideSelect
          id={`${id}-mode`}
          label={s.mode.label}
          aria={s.sites.modeLabel(site)}
          values={MODES}
          names={s.mode.names}
          value={override.mode}
          fallback={global.mode}
          onChange={(v) => void save(() => setSiteMode(site, v))}
        />
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
        <OverrideSelect
          id={`${id}-sens`}
          label={s.sensitivity.legend}
          aria={s.sites.sensitivityLabel(site)}
          values={SENSITIVITIES}
          names={s.sensitivity.names}
          value={override.sensitivity}
          fallback={global.sensitivity}
          onChange={(v) => void save(() => setSiteSensitivity(site, v))}
        />
        <KindSelect
          id={`${id}-hedges`}
          label={s.hedges.name}
          aria={s.hedges.siteLabel(site)}
          value={override.hedges === undefined ? '' : override.hedges ? 'on' : 'off'}
          fallback={global.hedges}
          onChange={(next) => void save(() => setSiteHedges(site, next))}
        />
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

/** A site's own value for a setting, or "Default (…)" to follow the global one (null). */
function OverrideSelect<V extends string>(props: {
  id: string;
  label: string;
  aria: string;
  values: readonly V[];
  names: Record<V, string>;
  value: V | undefined;
  fallback: V;
  onChange: (v: V | null) => void;
}): JSX.Element {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        aria-label={props.aria}
        value={props.value ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          props.onChange(v === '' ? null : (props.values.find((x) => x === v) ?? null));
        }}
      >
        <option value="">{s.sites.useDefault(props.names[props.fallback])}</option>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.names[v]}
          </option>
        ))}
      </select>
    </>
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
    } catch (err) {
      // The file could not be read (removed, unreadable): nothing was changed, and the reader is told.
      reportProblem('options', 'settings.import-read', err);
      setMessage({ kind: 'error', text: s.backup.readFailed(err instanceof Error ? err.message : String(err)) });
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
