import { useEffect, useState } from 'preact/hooks';
import type { SiteSettings } from '../../../src/messages/report-schema.ts';
import { t } from '../../../src/ui/strings.ts';
import type { PopupBridge } from '../bridge.ts';

const MODES = ['automatic', 'on-click', 'off'] as const;
const KINDS = ['claim', 'state-media', 'promotion'] as const;

function optimistic(cur: SiteSettings, patch: Parameters<PopupBridge['setSite']>[1]): SiteSettings {
  const kinds = { ...cur.kinds };
  for (const k of KINDS) {
    const v = patch.kinds?.[k];
    if (typeof v === 'boolean') kinds[k] = v;
  }
  return { ...cur, mode: patch.mode ?? cur.mode, kinds };
}

/** Mode and kinds for the current site, applied to the open tab at once (through storage). */
export function SiteControls(props: { url: string; bridge: PopupBridge; onChange?: () => void }) {
  const { url, bridge } = props;
  const [site, setSite] = useState<SiteSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void bridge.getSite(url).then((a) => {
      if (!alive) return;
      if (a.ok) setSite(a.settings);
      else setProblem(t.site.readFailed(a.message));
    });
    return () => {
      alive = false;
    };
  }, [bridge, url]);
  const s = t.site;
  if (!site?.site) {
    return problem ? (
      <p class="small site-problem" role="alert">
        {problem}
      </p>
    ) : null;
  }
  const update = async (patch: Parameters<PopupBridge['setSite']>[1]) => {
    // Show the choice at once; the background's answer (the settings as stored) follows.
    const before = site;
    setSite((cur) => (cur ? optimistic(cur, patch) : cur));
    const next = await bridge.setSite(url, patch);
    if (next.ok) {
      setSite(next.settings);
      setProblem(null);
    } else {
      // Not stored: the controls go back to what is stored, and the reader is told why.
      setSite(before);
      setProblem(s.saveFailed(next.message));
      return;
    }
    // The tab applies the change through storage; read its state again a moment later.
    if (props.onChange) setTimeout(props.onChange, 300);
  };
  return (
    <section class="section site-controls" aria-labelledby="site-heading">
      <h2 id="site-heading" class="section-title">
        {s.heading}
      </h2>
      <p class="muted small">{s.siteLabel(site.site)}</p>
      <fieldset class="field">
        <legend>{s.modeLabel}</legend>
        <div class="segmented">
          {MODES.map((m) => (
            <label key={m} class={site.mode === m ? 'seg seg-on' : 'seg'}>
              <input
                type="radio"
                name="sl-mode"
                value={m}
                checked={site.mode === m}
                onChange={() => void update({ mode: m })}
              />
              {s.modes[m]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>{s.kindsLabel}</legend>
        {KINDS.map((k) => (
          <label key={k} class="check">
            <input type="checkbox" checked={site.kinds[k]} onChange={(e) => void update({ kinds: { [k]: e.currentTarget.checked } })} />
            <span class={`swatch swatch-${k}`} aria-hidden="true" />
            {s.kinds[k]}
          </label>
        ))}
      </fieldset>
      {problem ? (
        <p class="small site-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="button" class="linkish small" onClick={() => void bridge.openOptions()}>
        {s.options}
      </button>
    </section>
  );
}
