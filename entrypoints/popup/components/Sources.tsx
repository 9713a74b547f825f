import type { AttributionKind, CitedOutlet, Report } from '../../../src/analyze/types.ts';
import { ATTRIBUTION_ORDER, countryName, safeHttpUrl } from '../../../src/ui/markdown.ts';
import { t } from '../../../src/ui/strings.ts';
import type { PopupBridge } from '../bridge.ts';
import { lookUpOutletUrl } from '../lateral.ts';
import { ExternalLink, Section } from './common.tsx';

const NAMED_SHOWN = 12;

function OutletRow(props: { row: CitedOutlet; bridge: PopupBridge }) {
  const { outlet, citations, mentions } = props.row;
  const references = outlet.references.map(safeHttpUrl).filter((u): u is string => u !== null).slice(0, 3);
  return (
    <li class="outlet" data-outlet={outlet.id}>
      <div class="outlet-head">
        <span class="outlet-name">{outlet.name}</span>
        <span class="outlet-usage">{t.sources.citedMentioned(citations, mentions)}</span>
      </div>
      <div class="outlet-meta">
        {t.sources.outletMeta(countryName(outlet.country), t.outletType[outlet.type])}
        {outlet.disputed ? <span class="tag">{t.sources.disputed}</span> : null}
      </div>
      <p class="outlet-why">{outlet.why}</p>
      <p class="actions">
        <ExternalLink url={lookUpOutletUrl(outlet.name)} bridge={props.bridge} label={t.lateral.lookUpOutletLabel(outlet.name)}>
          {t.lateral.lookUpOutlet}
        </ExternalLink>
        {references.length > 0 ? <span class="muted">{t.sources.classificationRefs(t.outletType[outlet.type])}:</span> : null}
        {references.map((url, i) => (
          <ExternalLink key={url} url={url} bridge={props.bridge} label={t.sources.classificationRefLink(i + 1)}>
            {String(i + 1)}
          </ExternalLink>
        ))}
      </p>
    </li>
  );
}

/** The attribution mix as a bar (for the eye) and a list of counts (for everyone). */
function AttributionMix(props: { mix: Record<AttributionKind, number> }) {
  const total = ATTRIBUTION_ORDER.reduce((sum, k) => sum + props.mix[k], 0);
  return (
    <div class="mix">
      <h3>{t.sources.mixHeading}</h3>
      <p class="muted small">{t.sources.mixNote(total)}</p>
      {total > 0 ? (
        <div class="bar" aria-hidden="true">
          {ATTRIBUTION_ORDER.filter((k) => props.mix[k] > 0).map((k) => (
            <span key={k} class={`seg att-${k}`} style={{ width: `${(props.mix[k] / total) * 100}%` }} />
          ))}
        </div>
      ) : null}
      <ul class="legend">
        {ATTRIBUTION_ORDER.map((k) => (
          <li key={k} data-attribution={k}>
            <span class={`swatch att-${k}`} aria-hidden="true" />
            {t.attribution[k]} <strong>{props.mix[k]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Sources(props: { report: Report; bridge: PopupBridge }) {
  const { sources } = props.report;
  const relied = sources.outlets;
  const named = sources.named.slice(0, NAMED_SHOWN);
  const moreNamed = sources.named.length - named.length;
  return (
    <Section id="sources" title={t.sources.heading}>
      <h3>{t.sources.outletsHeading}</h3>
      {relied.length > 0 ? (
        <ul class="outlets">
          {relied.map((row) => (
            <OutletRow key={row.outlet.id} row={row} bridge={props.bridge} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t.sources.noOutlets}</p>
      )}
      {props.report.coverage.claim ? (
        <AttributionMix mix={sources.attribution} />
      ) : (
        <div class="mix">
          <h3>{t.sources.mixHeading}</h3>
          <p class="muted">{t.coverage.anonymityNotChecked}</p>
        </div>
      )}
      <h3>{t.sources.namedHeading}</h3>
      {!props.report.coverage.claim ? (
        <p class="muted">{t.coverage.anonymityNotChecked}</p>
      ) : named.length > 0 ? (
        <p class="names">
          {named.join(' · ')}
          {moreNamed > 0 ? ` ${t.sources.more(moreNamed)}` : ''}
        </p>
      ) : sources.attribution.named > 0 ? (
        <p class="muted">{t.sources.namedByReference(sources.attribution.named)}</p>
      ) : (
        <p class="muted">{t.sources.noNamed}</p>
      )}
      <h3>{t.sources.linksOutHeading}</h3>
      {sources.linksOut.length > 0 ? <p class="names">{sources.linksOut.join(' · ')}</p> : <p class="muted">{t.sources.noLinksOut}</p>}
    </Section>
  );
}
