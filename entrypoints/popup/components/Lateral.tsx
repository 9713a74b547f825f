import type { Report } from '../../../src/analyze/types.ts';
import { t } from '../../../src/ui/strings.ts';
import type { PopupBridge } from '../bridge.ts';
import { aboutSiteUrl, hostOf, otherCoverageUrl } from '../lateral.ts';
import { ExternalLink, Section } from './common.tsx';

/** SIFT's "investigate the source" and "find better coverage", for the story as a whole. */
export function Lateral(props: { report: Report; bridge: PopupBridge }) {
  const { article } = props.report;
  const host = hostOf(article.url);
  const site = article.siteName?.trim() || host;
  const title = article.title.trim();
  if (!site && !title) return null;
  return (
    <Section id="lateral" title={t.lateral.heading}>
      <p class="muted small">{t.lateral.note}</p>
      <ul class="lateral">
        {title ? (
          <li>
            <ExternalLink url={otherCoverageUrl(title, host)} bridge={props.bridge}>
              {t.lateral.otherCoverage}
            </ExternalLink>
          </li>
        ) : null}
        {site ? (
          <li>
            <ExternalLink url={aboutSiteUrl(site, host)} bridge={props.bridge}>
              {t.lateral.aboutSite(site)}
            </ExternalLink>
          </li>
        ) : null}
      </ul>
    </Section>
  );
}
