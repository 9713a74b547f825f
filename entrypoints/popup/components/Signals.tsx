import type { Report } from '../../../src/analyze/types.ts';
import { anonymousCount, formatDate, workType } from '../../../src/ui/markdown.ts';
import { t } from '../../../src/ui/strings.ts';
import { Section } from './common.tsx';

type Mark = 'ok' | 'missing' | 'warn' | 'info';

const MARK_GLYPH: Record<Mark, string> = { ok: '✓', missing: '–', warn: '!', info: '·' };

function Signal(props: { id: string; label: string; value: string; means: string; mark: Mark }) {
  return (
    <li class={`signal mark-${props.mark}`} data-signal={props.id}>
      <span class="glyph" aria-hidden="true">
        {MARK_GLYPH[props.mark]}
      </span>
      <div>
        <div>
          <span class="signal-label">{props.label}:</span> <span class="signal-value">{props.value}</span>
        </div>
        <div class="signal-means">{props.means}</div>
      </div>
    </li>
  );
}

/** One line per indicator (Trust Project, Credibility Coalition, AP/SPJ), each with what it means. */
export function Signals(props: { report: Report }) {
  const { article, sources, summary } = props.report;
  const s = t.signals;
  const byline = article.byline?.trim() ?? '';
  const date = formatDate(article.publishedTime);
  const type = workType(article.type);
  const anon = anonymousCount(props.report);
  const share = summary.promotionShare;
  const typeMark: Mark = !type ? 'missing' : /sponsor|advert|opinion/i.test(type) ? 'warn' : 'ok';
  return (
    <Section id="signals" title={s.heading}>
      {article.truncated ? <p class="notice small">{s.truncated}</p> : null}
      <ul class="signals">
        <Signal id="byline" label={s.byline} value={byline || s.bylineMissing} means={s.bylineMeans} mark={byline ? 'ok' : 'missing'} />
        <Signal id="date" label={s.date} value={date ?? s.dateMissing} means={s.dateMeans} mark={date ? 'ok' : 'missing'} />
        <Signal id="type" label={s.type} value={type ?? s.typeMissing} means={s.typeMeans} mark={typeMark} />
        <Signal
          id="links-out"
          label={s.linksOut}
          value={s.linksOutValue(sources.linksOut.length)}
          means={s.linksOutMeans}
          mark={sources.linksOut.length > 0 ? 'ok' : 'missing'}
        />
        <Signal
          id="source-list"
          label={s.sourceList}
          value={sources.sourceList ? s.yes : s.no}
          means={s.sourceListMeans}
          mark={sources.sourceList ? 'ok' : 'missing'}
        />
        {props.report.coverage.claim ? (
          <Signal id="anonymity" label={s.anonymity} value={s.anonymityValue(anon)} means={s.anonymityMeans} mark={anon > 0 ? 'warn' : 'ok'} />
        ) : (
          <Signal id="anonymity" label={s.anonymity} value={t.coverage.anonymityNotChecked} means={s.anonymityMeans} mark="missing" />
        )}
        <Signal
          id="promotion"
          label={s.promotion}
          value={s.promotionValue(share)}
          means={s.promotionMeans}
          mark={share >= 0.05 ? 'warn' : 'info'}
        />
      </ul>
    </Section>
  );
}
