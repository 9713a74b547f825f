// Definite descriptions that point back to someone the article has already named.
//
// "Mara Lind, the chief executive, joined in 2019. … The chief executive wanted to stay." The second
// "the chief executive" is not an unnamed source: it is the named person again. Poesio & Vieira
// (1998, "A corpus-based investigation of definite description use", Computational Linguistics 24:2)
// found that the commonest use of a definite description is direct anaphora, with the same head noun
// as its antecedent; the AP Stylebook's habit of a full name and title on first reference and the
// title alone later produces exactly that. An article names a role holder in one of three ways,
// and those are the antecedents recorded here:
//   title before the name      "chief executive Mara Lind", "Deputy Director Mara Lind"
//   name, then an appositive   "Mara Lind, the company's chief executive," / "Mara Lind, a spokeswoman for…"
//   role, then the name        "the chief executive, Mara Lind,"
// Only singular, definite descriptions ("the executive") are read as back-references; "an
// executive", "executives" and "the executive who…" (a restrictive relative clause describes a new
// person) are not. A definite description also points back (or across, "bridging": the director of
// athletics, then "the athletics executive") when no earlier sentence introduced its role as someone
// unnamed ("an executive at the club"); the roles of unnamed sourcing ("the official", "the source",
// STRONG_ANON) are left unnamed unless a name was tied to them, as AP's anonymity rules expect.
import type { Tok } from './tokens.ts';
import type { Mention } from './attribution.ts';
import { ANON_HEAD, COLLECTIVE_HEAD, DEFINITE, RELATIVE, STRONG_ANON } from './words.ts';

function isRole(t: Tok | undefined): boolean {
  return !!t && t.word && ANON_HEAD.has(t.l) && isSingular(t.l);
}

function isSingular(word: string): boolean {
  return !(word.endsWith('s') && !word.endsWith('ss')) && word !== 'people';
}

/** A capitalised word that can be part of a person's name (not a country or capital city). */
function nameWord(t: Tok | undefined): boolean {
  return !!t && t.word && t.cap && !t.q && !COLLECTIVE_HEAD.has(t.l);
}

/** Adds the role nouns this sentence ties to a proper name to `roles`. */
export function recordNamedRoles(toks: readonly Tok[], roles: Set<string>): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!isRole(t)) continue;
    // Title before the name: "executive Mara Lind".
    if (nameWord(toks[i + 1]) && nameWord(toks[i + 2])) {
      roles.add(t.l);
      continue;
    }
    // Role, then the name: "the executive, Mara Lind,".
    if (toks[i + 1]?.t === ',' && nameWord(toks[i + 2]) && nameWord(toks[i + 3])) {
      roles.add(t.l);
      continue;
    }
    // Name, then an appositive holding the role: "Mara Lind, the company's chief executive".
    let k = i - 1;
    let n = 0;
    while (k >= 0 && n < 6 && toks[k]?.t !== ',' && (toks[k]?.word || toks[k]?.t === "'" || toks[k]?.t === '’')) {
      k--;
      n++;
    }
    if (k >= 1 && toks[k]?.t === ',' && nameWord(toks[k - 1]) && nameWord(toks[k - 2])) roles.add(t.l);
  }
}

/**
 * Whether an anonymous mention is a definite description whose role the article has already tied to
 * a name: "the executive said", after "Mara Lind, the executive,".
 */
export function pointsBackToNamed(toks: readonly Tok[], m: Mention, roles: ReadonlySet<string>, introduced: ReadonlySet<string> = new Set()): boolean {
  if (m.kind !== 'anonymous' || toks[m.from]?.l !== 'the') return false;
  let head = m.from + 1;
  while (head <= m.to && toks[head]?.word && !isRole(toks[head])) head++;
  if (head > m.to || !isRole(toks[head])) return false;
  const role = (toks[head] as Tok).l;
  // Tied to a name earlier, or a plain role word ("the executive", not "the official" or "the
  // source") that no earlier sentence introduced as someone unnamed ("an executive at the firm").
  if (!roles.has(role) && (STRONG_ANON.has(role) || introduced.has(role))) return false;
  // Nothing but modifiers between "the" and the role, and no relative clause after it.
  if (head + 1 <= m.to && toks[head + 1]?.word) return false;
  return !RELATIVE.has(toks[head + 1]?.l ?? '');
}

/** Adds the role nouns this sentence introduces as someone unnamed ("an executive", "two employees"). */
export function recordUnnamedRoles(toks: readonly Tok[], mentions: readonly Mention[], introduced: Set<string>): void {
  for (const m of mentions) {
    if (m.kind !== 'anonymous' || DEFINITE.has(toks[m.from]?.l ?? '')) continue;
    for (let i = m.from; i <= m.to; i++) {
      const t = toks[i] as Tok;
      if (t.word && ANON_HEAD.has(t.l)) introduced.add(t.l.endsWith('s') && !t.l.endsWith('ss') ? t.l.slice(0, -1) : t.l);
    }
  }
}
