import { useState } from 'preact/hooks';
import type { Finding, FindingKind } from '../../../src/analyze/types.ts';
import { clip, KIND_ORDER, type FindingGroups } from '../../../src/ui/markdown.ts';
import { t } from '../../../src/ui/strings.ts';
import type { PopupBridge } from '../bridge.ts';
import { searchClaimUrl } from '../lateral.ts';
import { ExternalLink, Section } from './common.tsx';

/** Long lists stay quick to render and to tab through; the rest is one click away. */
const FIRST_SHOWN = 50;

function FindingItem(props: { finding: Finding; bridge: PopupBridge; onJump: (f: Finding) => void }) {
  const f = props.finding;
  const text = clip(f.text, 160);
  const outlet = f.details?.outlet?.name;
  return (
    <li class={`finding kind-${f.kind}`} data-finding={f.id}>
      <button type="button" class="jump" onClick={() => props.onJump(f)}>
        <span class="quote">“{text}”</span>
        <span class="reason">
          {outlet ? <strong>{outlet}: </strong> : null}
          {f.reason}
        </span>
        <span class={`sev sev-${f.severity}`}>{t.severityLabel(t.severity[f.severity])}</span>
        <span class="sr-only">{t.findings.jumpSuffix}</span>
      </button>
      {f.kind === 'claim' ? (
        <ExternalLink
          class="side-action"
          url={searchClaimUrl(f.details?.sentence ?? f.text)}
          bridge={props.bridge}
          label={t.lateral.searchClaimLabel(clip(f.details?.sentence ?? f.text, 80))}
        >
          {t.lateral.searchClaim}
        </ExternalLink>
      ) : null}
    </li>
  );
}

function Group(props: { kind: FindingKind; list: Finding[]; bridge: PopupBridge; onJump: (f: Finding) => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? props.list : props.list.slice(0, FIRST_SHOWN);
  return (
    <details id={`group-${props.kind}`} class={`group kind-${props.kind}`} data-group={props.kind} open>
      <summary>
        <span class="group-title">{t.kind[props.kind]}</span> <span class="group-count">{props.list.length}</span>
      </summary>
      <ul class="findings">
        {shown.map((f) => (
          <FindingItem key={f.id} finding={f} bridge={props.bridge} onJump={props.onJump} />
        ))}
      </ul>
      {shown.length < props.list.length ? (
        <button type="button" class="link-button" onClick={() => setAll(true)}>
          {t.findings.showAll(props.list.length)}
        </button>
      ) : null}
    </details>
  );
}

/** Findings grouped by kind; selecting one scrolls the page to it and opens its card. */
export function Findings(props: { groups: FindingGroups; bridge: PopupBridge }) {
  const [status, setStatus] = useState('');
  const { byKind, mentions } = props.groups;
  const onJump = (f: Finding) => {
    setStatus('');
    void props.bridge.focusFinding(f.id).then((ok) => setStatus(ok ? '' : t.findings.focusFailed));
  };
  const any = KIND_ORDER.some((k) => byKind[k].length > 0);
  if (!any && mentions.length === 0) return null;
  return (
    <Section id="findings" title={t.findings.heading}>
      {any ? <p class="muted small">{t.findings.jumpHint}</p> : null}
      <p class="status small" role="status">
        {status}
      </p>
      {KIND_ORDER.filter((k) => byKind[k].length > 0).map((k) => (
        <Group key={k} kind={k} list={byKind[k]} bridge={props.bridge} onJump={onJump} />
      ))}
      {mentions.length > 0 ? (
        <div class="mentions" data-group="mentions">
          <h3>{t.findings.mentionsHeading}</h3>
          <p class="muted small">{t.findings.mentionsNote}</p>
          <ul class="findings">
            {mentions.map((f) => (
              <li key={f.id} class="finding mention" data-finding={f.id}>
                <span class="quote">“{clip(f.text, 160)}”</span>
                <span class="reason">
                  {f.details?.outlet ? <strong>{f.details.outlet.name}: </strong> : null}
                  {f.reason}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
