import type { OutletRef } from '../../../src/analyze/types.ts';
import { countryName } from '../../../src/ui/markdown.ts';
import { t } from '../../../src/ui/strings.ts';
import type { PopupBridge } from '../bridge.ts';
import { lookUpOutletUrl } from '../lateral.ts';
import { ExternalLink } from './common.tsx';

/** The page itself belongs to an outlet of the registry (findings with role 'site'). */
export function SiteNotice(props: { outlets: OutletRef[]; bridge: PopupBridge }) {
  if (props.outlets.length === 0) return null;
  return (
    <div class="site-notice" role="note" data-testid="site-notice">
      {props.outlets.map((o) => (
        <div key={o.id}>
          <p class="site-notice-text">{t.siteNotice(o.name, t.outletTypePhrase[o.type], countryName(o.country))}</p>
          <p class="muted small">{o.why}</p>
          <ExternalLink url={lookUpOutletUrl(o.name)} bridge={props.bridge} label={t.lateral.lookUpOutletLabel(o.name)}>
            {t.lateral.lookUpOutlet}
          </ExternalLink>
        </div>
      ))}
    </div>
  );
}
