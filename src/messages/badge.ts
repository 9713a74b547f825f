import type { BadgeState, PageState } from './schema.ts';
import { isCounted, isPainted } from '../analyze/findings.ts';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const NEUTRAL = '#6e7781';
const FOUND = '#9a3412';

/**
 * What the content script tells the background about a page state (see `pageStateMessage`).
 * The own-voice view (hedges, statements with no source), even when the reader chose to see it, is not counted on the badge.
 */
export function badgeStateOf(page: PageState): BadgeState {
  const highlighted = page.state === 'ready' ? page.report.findings.filter((f) => isPainted(f) && isCounted(f)).length : 0;
  return { state: page.state, highlighted, ...('message' in page ? { message: page.message } : {}) };
}

/** The toolbar badge for a tab: the number of highlighted findings; empty when there is no article. */
export function badgeFor(page: BadgeState): Badge {
  switch (page.state) {
    case 'ready': {
      const n = page.highlighted;
      return {
        text: String(n),
        color: n > 0 ? FOUND : NEUTRAL,
        title: n > 0 ? `Sourcelight: ${n} highlighted on this page` : 'Sourcelight: nothing flagged on this page',
      };
    }
    case 'analyzing':
      return { text: '…', color: NEUTRAL, title: 'Sourcelight: reading the article' };
    case 'error':
      return { text: '!', color: NEUTRAL, title: `Sourcelight could not read this page: ${page.message ?? 'unknown error'}` };
    case 'off':
      return { text: '', color: NEUTRAL, title: 'Sourcelight is off on this site' };
    case 'waiting':
      return { text: '', color: NEUTRAL, title: 'Sourcelight: click to analyse this page' };
    default:
      return { text: '', color: NEUTRAL, title: 'Sourcelight: not an article' };
  }
}
