import type { ComponentChildren } from 'preact';
import { t } from '../../../src/ui/strings.ts';
import type { PopupBridge } from '../bridge.ts';

/** A link that opens in a new tab only when clicked, through `browser.tabs.create`. */
export function ExternalLink(props: {
  url: string;
  bridge: PopupBridge;
  label?: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <a
      class={props.class}
      href={props.url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={props.label}
      onClick={(event) => {
        event.preventDefault();
        void props.bridge.openTab(props.url);
      }}
    >
      {props.children}
      {props.label ? null : <span class="sr-only"> {t.lateral.newTab}</span>}
    </a>
  );
}

export function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.children}
    </section>
  );
}
