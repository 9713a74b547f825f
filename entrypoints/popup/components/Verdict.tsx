import type { FindingKind, Report } from '../../../src/analyze/types.ts';
import { KIND_ORDER, shownVerdict, type FindingGroups } from '../../../src/ui/markdown.ts';
import { t } from '../../../src/ui/strings.ts';

function Count(props: { kind: FindingKind; count: number; groups: FindingGroups; checked: boolean }) {
  const { kind, count, groups } = props;
  const listed = groups.byKind[kind].length;
  // The analyzer counts every finding; mentions and the site notice are listed apart, so say so.
  // A kind not read in the article's language says so: claims were not read at all (no zero that
  // looks like a clean result), state media and promotion in part.
  const coverage = props.checked ? '' : kind === 'claim' ? t.coverage.tileNotChecked : t.coverage.tileInPart;
  const extra = [kind === 'state-media' ? t.notListed(groups.mentions.length, groups.site.length) : '', coverage].filter(Boolean).join(', ');
  const shown = !props.checked && kind === 'claim' ? '–' : count;
  const inner = (
    <>
      <span class="count-n">{shown}</span> <span class="count-label">{t.kind[kind]}</span>
      {extra ? <span class="count-extra">{extra}</span> : null}
    </>
  );
  return (
    <li class={`count kind-${kind}`} data-kind={kind} data-count={count}>
      {listed > 0 ? (
        <a class="count-link" href={`#group-${kind}`}>
          {inner}
        </a>
      ) : (
        inner
      )}
    </li>
  );
}

/**
 * The headline: the analyzer's verdict in plain words, a small grade, and always the breakdown it
 * rests on. With nothing flagged the popup says so neutrally (grey badge, no praise).
 */
export function Verdict(props: { report: Report; groups: FindingGroups }) {
  const { summary, findings } = props.report;
  const nothing = findings.length === 0;
  const grade = nothing ? 'none' : summary.grade;
  const empty = summary.grade === 'none' ? t.states.nothingToJudge : t.states.nothingFound;
  const badge = nothing ? empty.title : t.grade[summary.grade];
  // What was not checked is said once, by the coverage notice below the verdict.
  const text = shownVerdict(props.report, nothing);
  return (
    <section class="verdict" aria-labelledby="verdict-h" data-grade={grade}>
      <h2 id="verdict-h" class="verdict-head">
        <span class={`badge grade-${grade === 'good' ? 'none' : grade}`}>
          <span class="sr-only">{t.gradePrefix}</span>
          {badge}
        </span>
      </h2>
      <p class="verdict-text" data-testid="verdict">
        {text}
      </p>
      <ul class="breakdown" aria-label={t.breakdownLabel}>
        {KIND_ORDER.map((kind) => (
          <Count key={kind} kind={kind} count={summary.counts[kind]} groups={props.groups} checked={props.report.coverage[kind]} />
        ))}
      </ul>
    </section>
  );
}
