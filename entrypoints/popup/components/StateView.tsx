import { t } from '../../../src/ui/strings.ts';

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

/** The page's own detail adds nothing when nearly all its words are already in our text. */
function redundant(detail: string, shown: string): boolean {
  const have = new Set(words(shown));
  const own = words(detail);
  return own.length === 0 || own.filter((w) => have.has(w)).length / own.length >= 0.8;
}

export type Tone = 'neutral' | 'busy' | 'problem';

/** One of the popup's non-report states: a title, what it means, and the page's own detail. */
export function StateView(props: { kind: string; title: string; body: string; detail?: string; tone: Tone }) {
  const detail = props.detail?.trim();
  return (
    <div
      class={`state state-${props.tone}`}
      data-state={props.kind}
      role={props.tone === 'problem' ? 'alert' : 'status'}
      aria-busy={props.tone === 'busy' ? 'true' : undefined}
    >
      <p class="state-title">
        {props.tone === 'busy' ? <span class="spinner" aria-hidden="true" /> : null}
        {props.title}
      </p>
      {props.body ? <p class="state-body">{props.body}</p> : null}
      {detail && !redundant(detail, `${props.title} ${props.body}`) ? (
        <p class="state-detail">
          <span class="muted">{t.states.detailLabel}</span> {detail}
        </p>
      ) : null}
    </div>
  );
}
