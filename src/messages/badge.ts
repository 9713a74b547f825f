import type { PageState } from './schema.ts';
import { isPainted } from '../analyze/findings.ts';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const NEUTRAL = '#6e7781';
const FOUND = '#9a3412';

/** The toolbar badge for a tab: the number of highlighted findings; empty when there is no article. */
export function badgeFor(page: PageState): Badge {
  switch (page.state) {
    case 'ready': {
      const n = page.report.findings.filter(isPainted).length;
      return {
        text: String(n),
        color: n > 0 ? FOUND : NEUTRAL,
        title: n > 0 ? `Sourcelight: ${n} highlighted on this page` : 'Sourcelight: nothing flagged on this page',
      };
    }
    case 'analyzing':
      return { text: '…', color: NEUTRAL, title: 'Sourcelight: reading the article' };
    case 'error':
      return { text: '!', color: NEUTRAL, title: `Sourcelight could not read this page: ${page.message}` };
    case 'off':
      return { text: '', color: NEUTRAL, title: 'Sourcelight is off on this site' };
    case 'waiting':
      return { text: '', color: NEUTRAL, title: 'Sourcelight: click to analyse this page' };
    default:
      return { text: '', color: NEUTRAL, title: 'Sourcelight: not an article' };
  }
}
