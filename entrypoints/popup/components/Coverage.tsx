import { ANALYSED_LANGS, isPartial, languageName } from '../../../src/analyze/coverage-text.ts';
import type { Coverage } from '../../../src/analyze/types.ts';
import { t } from '../../../src/ui/strings.ts';

/** The languages a kind is read in, named in the popup's language ("English, Russian and Turkish"). */
function languageList(langs: readonly string[]): string {
  const names = langs.map((l) => languageName(l, t.lang) ?? l);
  try {
    return new Intl.ListFormat(t.lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/**
 * What was not analysed in the article's language, said plainly (issue 15): a reader must not take
 * an empty list of claims on a Russian article for a clean one.
 */
export function CoverageNotice(props: { coverage: Coverage }) {
  const c = props.coverage;
  if (!isPartial(c)) return null;
  const lang = languageName(c.lang, t.lang);
  // The language is named once: in the first line that needs it.
  const later = c.claim ? lang : null;
  return (
    <div class="coverage-notice" role="note" aria-labelledby="coverage-h" data-testid="coverage" data-lang={c.lang}>
      <p id="coverage-h" class="coverage-head">{t.coverage.heading}</p>
      <ul>
        {!c.claim ? <li data-kind="claim">{t.coverage.claim(lang)}</li> : null}
        {!c['state-media'] ? <li data-kind="state-media">{t.coverage['state-media'](later, languageList(ANALYSED_LANGS['state-media']))}</li> : null}
        {!c.promotion ? <li data-kind="promotion">{t.coverage.promotion(c['state-media'] ? later : null)}</li> : null}
      </ul>
      <p class="muted small">{t.coverage.notGraded}</p>
    </div>
  );
}
