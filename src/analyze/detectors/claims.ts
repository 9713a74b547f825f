// Claims detector: who speaks in each sentence, and where the article leans on hearsay, vague,
// anonymous or collective sources, or asserts a contestable claim with no source at all.
//
// Two passes per block. First an attribution pass (reporting verbs and their subjects, inverted
// "…, said X", "according to X", quotes carried across sentences, pronoun and "the minister"
// back-references), which fills ctx.attributions. Then the flagging rules read that record.
// Everything works on a token array built by one linear regex; lexicon phrases are matched token by
// token, so no pattern built from data ever runs over page text (a hostile page cannot make it
// backtrack).
import type { AnalysisContext, AttributionKind, AttributionRecord, Block, Detector, Finding, Severity } from '../types.ts';
import { IS_DIGIT, type Tok, findAll, hasPhrase, markQuotes, tokenize, isQuoteTok } from '../claims/tokens.ts';
import { BE_FORMS, CONTRACTED_AUX, COLLECTIVE_HEAD, MENTAL, INFORMED_HEAD, RESEARCH_NOUNS, citesReference, ACCUSATION_INDEX, FINAL_STOP, LOCATIVE_AFTER_LIES, CLAUSE_STOP, COLLECTIVE_FLAG_VERBS, DATA_NOUNS, DATA_VERBS, DEFINITE, FEELING_WORDS, THIRD_PERSON_SUBJECT, FOOTNOTE_MARK, GENERIC_FLAG_VERBS, HEARSAY_INDEX, HEDGE_CONSENSUS_INDEX, HEDGE_PEACOCK_INDEX, INDEFINITE, INSERT_OPENERS, LEGAL, OBSERVED_VERBS, QUANTIFIER, QUESTION_END, REASON_INDEX, REPORTING, RESULT, ROUTINE_VERBS, SELF_OPENERS, SPECULATION, STATISTIC, SWEEPING_INDEX, VAGUE_PHRASE_INDEX } from '../claims/words.ts';
import { type Mention, type SentenceInfo, analyseSentence, joinTokens, looksLikeHeadline, relayRange } from '../claims/attribution.ts';
import { type Draft, strongestKind } from '../claims/draft.ts';
import { agentlessItThat, reducedAgentless, claimExtent, clauseSpan, findStatistic, mentionedNotUsed, quoteCue, unnamedEvidence } from '../claims/constructions.ts';
import { PERSONAL, flagHedges, ownVoice } from '../claims/hedges.ts';
import { entityKinds } from '../language/index.ts';
import { firedFeatures, gatePasses } from '../claims/gate.ts';
import { pointsBackToNamed, recordNamedRoles, recordUnnamedRoles } from '../claims/coreference.ts';

// Sequence of tenses (Cambridge Grammar of the English Language, ch. 3 §7, backshift): after a past
// verb of saying, "would" is the reported "will". A reported plan on the calendar ("said the
// minister would visit the port on Friday") is as routine as the same plan said in the present.
const SCHEDULE_VERBS = new Set(['meet', 'visit', 'travel', 'attend', 'hold', 'host', 'sign', 'open', 'reopen', 'launch', 'unveil', 'announce', 'begin', 'start', 'resume', 'return', 'arrive', 'speak', 'address', 'testify', 'appear', 'join', 'tour', 'release', 'publish', 'present', 'introduce', 'submit', 'convene', 'sit', 'fly', 'deliver']);
function backshiftedSchedule(toks: readonly Tok[], verb: number): boolean {
  if (verb < 0) return false;
  for (let k = verb + 1; k + 1 < toks.length; k++) {
    if (toks[k]?.l !== 'would') continue;
    let v = k + 1;
    while (toks[v]?.l === 'also' || toks[v]?.l === 'then' || toks[v]?.l === 'formally') v++;
    return SCHEDULE_VERBS.has(toks[v]?.l ?? '');
  }
  return false;
}

// "The agency plans to spend…", "the line is scheduled to open…", "the board intends to…": a plan
// announced is a programme announcement, routine information the guideline does not flag for a
// described source (corpus guideline 3.4), like "will".
const PLAN_WORDS = new Set(['plans', 'planned', 'planning', 'scheduled', 'intends', 'intended']);
function announcedPlan(toks: readonly Tok[]): boolean {
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k] as Tok;
    if (t.q || toks[k + 1]?.l !== 'to') continue;
    if (PLAN_WORDS.has(t.l) || (t.l === 'set' && BE_FORMS.has(toks[k - 1]?.l ?? ''))) return true;
  }
  return false;
}

// Contractions ("they're", "don't"): the informal register (hoisted: a literal is a new object per token).
const INFORMAL_ENDING = /['’](?:re|m|ve|ll|d)$|n['’]t$/;

/**
 * "I" or "you", alone or with a contracted auxiliary ("I've", "you'll"). Not "we": it is as often a
 * nation or humankind ("we went from 10% to 60%") as the writer.
 */
function speakerPronoun(t: Tok): boolean {
  const base = t.l.replace(CONTRACTED_AUX, '');
  return base === 'i' || base === 'you';
}

function flagSentence(info: SentenceInfo, prev: SentenceInfo | null, block: Block, paragraphAttributed: boolean): Draft[] {
  const prevAttributed = prev !== null && (prev.attributed || prev.mentions.length > 0);
  // The previous sentence gave a source for figures: "a poll found…", "…, the audit found".
  const prevSourced = prev !== null && (prev.mentions.some((m) => m.verb === -1 || DATA_VERBS.has(prev.toks[m.verb]?.l ?? '')) || prev.toks.some((t) => DATA_NOUNS.has(t.l)));
  const { toks, mentions, sentence } = info;
  const text = block.text;
  const drafts: Draft[] = [];
  const span = (from: number, to: number): [number, number] => [(toks[from] as Tok).s, (toks[to] as Tok).e];
  const covered: Array<[number, number]> = [];
  const push = (d: Draft): void => {
    // The highlight is the claim, not its reference: a trailing "(12" of a cut citation goes.
    // (Only the last few characters are searched: a regex anchored at the end still tries every
    // start position, which is quadratic on a hostile run of white space.)
    const tailFrom = Math.max(d.start, d.end - 32);
    const refTail = text.slice(tailFrom, d.end).match(/\s*\(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\)?$/);
    if (refTail && refTail.index !== undefined && tailFrom + refTail.index > d.start) d = { ...d, end: tailFrom + refTail.index };
    // A later draft that starts before an earlier one and runs into it ("Officials said X, and
    // the archive was reportedly Y" after the hearsay clause Y) keeps its own part, up to the
    // clause boundary before the earlier one, as long as that part still holds its cue.
    for (const [a, b] of covered) {
      if (!(d.start < b && a < d.end)) continue;
      if (d.start >= a) return;
      let end = a;
      const trim = (): void => {
        while (end > d.start && /[\s,;:—–]/.test(text[end - 1] ?? '')) end--;
      };
      trim();
      const tail = text.slice(d.start, end).match(/\s+(?:and|but|or|while|as)$/);
      if (tail) end -= tail[0].length;
      trim();
      const cueAt = d.cue === '' ? d.start : text.indexOf(d.cue, d.start);
      if (end <= d.start || cueAt < 0 || cueAt + d.cue.length > end) return;
      d = { ...d, end };
    }
    covered.push([d.start, d.end]);
    drafts.push(d);
  };
  // Questions assert nothing (corpus guideline 3.4: questions are not flagged), whatever words
  // they carry: "Which stars have reportedly turned the offer down?" asks, it does not relay.
  if (looksLikeHeadline(toks) || SELF_OPENERS.test(sentence.text) || INSERT_OPENERS.test(sentence.text) || QUESTION_END.test(sentence.text)) return [];
  if (speakerLabel(toks)) return [];
  const hasNamed = mentions.some((m) => m.kind === 'named' && !toks[m.from]?.q);
  const namedAccordingTo = mentions.some((m) => m.kind === 'named' && m.verb === -1);
  const [relayFrom, relayTo] = relayRange(toks, mentions);
  // (Perf: the three below are read only on the paths that need them, at most once each.)
  let reasonMemo: boolean | undefined;
  const reasonGiven = (): boolean => (reasonMemo ??= hasPhrase(toks, REASON_INDEX));
  const { cited, prose } = info;
  // A sentence that is all link text is the title of another page (a related headline), not a
  // claim this article makes (guideline 3.4: boilerplate is not flagged).
  const linkText = block.links.reduce((n, l) => n + Math.max(0, Math.min(l.end, sentence.end) - Math.max(l.start, sentence.start)), 0);
  if (linkText >= 0.9 * (sentence.end - sentence.start)) return drafts;
  let legalMemo: boolean | undefined;
  const legal = (): boolean => (legalMemo ??= toks.some((t) => LEGAL.has(t.l)));
  // ("May" capitalised is the month.)
  let speculativeMemo: boolean | undefined;
  // "“I was terrified,” said one resident", "“It felt like the end,” a survivor recalled": an unnamed
  // interviewee describing their own feelings is colour, not a hidden source of information (corpus
  // guideline 3.4). The quoted words speak in the first person or of the feeling itself, name a
  // feeling, and neither speak of a third person as a subject ("she wants to…" is a claim about her)
  // nor accuse anyone. In reported speech the same holds when the clause after the verb opens with
  // the speaker's pronoun and names a feeling within a few words ("one resident said she was
  // terrified"); "said the manager was furious" is a claim about someone else and stays.
  const ownFeelings = (verb: number): boolean => {
    if (verb >= 0 && !toks.some((t) => t.q)) {
      let k = verb + 1;
      if (toks[k]?.l === 'that') k++;
      if (!SPEAKER_SUBJECT.has(toks[k]?.l ?? '')) return false;
      if (!toks.slice(k + 1, k + 5).some((t) => FEELING_WORDS.has(t.l))) return false;
      return findAll(toks, ACCUSATION_INDEX).length === 0;
    }
    const quoted = toks.filter((t) => t.q);
    if (!quoted.some((t) => FEELING_WORDS.has(t.l))) return false;
    if (quoted.some((t) => THIRD_PERSON_SUBJECT.has(t.l))) return false;
    if (!quoted.some((t) => PERSONAL.has(t.l) || t.l === 'felt' || t.l === 'feel')) return false;
    return !findAll(toks, ACCUSATION_INDEX).some((h) => toks[h.from]?.q);
  };
  const speculative = (): boolean => (speculativeMemo ??= toks.some((t) => !t.q && SPECULATION.has(t.l) && !(t.cap && t.l === 'may')) || toks.some((t) => t.q));

  // Fixed vague phrases ("people familiar with", "polls show") wherever they sit.
  for (const hit of findAll(toks, VAGUE_PHRASE_INDEX)) {
    if (toks[hit.from]?.q || (hit.from >= relayFrom && hit.from <= relayTo)) continue;
    // "the latest surveys showing…" points back to polls already named.
    const p1 = toks[hit.from - 1]?.l ?? '';
    const p2 = toks[hit.from - 2]?.l ?? '';
    if (DEFINITE.has(p1) || (DEFINITE.has(p2) && !toks[hit.from - 1]?.cap)) continue;
    // Extend "aides close to X" / "people familiar with the matter" to the full phrase.
    let from = hit.from;
    while (from > 0 && toks[from - 1]?.word && !CLAUSE_STOP.has(toks[from - 1]?.l ?? '') && from > hit.from - 3 && !REPORTING.has(toks[from - 1]?.l ?? '')) from--;
    let to = hit.to;
    const m = mentions.find((x) => x.from <= hit.to && x.to >= hit.from);
    if (m) {
      from = Math.min(from, m.from);
      to = Math.max(to, m.to);
      if (m.verb > to && m.verb - to <= 4) to = m.verb;
    }
    const cue = text.slice(...span(from, to));
    // The phrase may end in its own verb ("critics say"): the claim follows it.
    const ownVerb = REPORTING.has(toks[hit.to]?.l ?? '') || MENTAL.has(toks[hit.to]?.l ?? '') ? hit.to : -1;
    const verb = m && m.verb > to ? m.verb : ownVerb;
    // With no verb of its own the phrase qualifies the clause it sits in ("anyone who has tried it
    // knows…"): that clause is the claim.
    const [ca, cb] = verb >= 0 ? claimExtent(toks, from, Math.min(to, verb - 1), verb) : m ? claimExtent(toks, from, to, m.verb) : clauseSpan(toks, from);
    const [s, e] = span(ca, cb);
    push({
      rule: 'claim/vague-source',
      start: s,
      end: e,
      severity: 'medium',
      reason: `"${quoteCue(cue)}" does not say who exactly is speaking, so the claim cannot be checked.`,
      attribution: 'vague',
      cue,
    });
  }

  // Unnamed evidence as a source: "polls show", "studies suggest", "according to surveys"
  // (Wikipedia MOS:WEASEL: "studies show", "research has shown"; corpus guideline 3.3: unnamed polls).
  for (const i of unnamedEvidence(toks)) {
    if (toks[i]?.q || (i >= relayFrom && i <= relayTo)) continue;
    const cue = text.slice(...span(i, i));
    // "…, according to reports": the claim is the clause the phrase is attached to, not the phrase.
    const [s, e] = span(...(toks[i - 1]?.l === 'to' && toks[i - 2]?.l === 'according' ? claimExtent(toks, i - 2, i, -1) : clauseSpan(toks, i)));
    push({
      features: ['src:unnamed-evidence'],
      rule: 'claim/vague-source',
      start: s,
      end: e,
      severity: 'medium',
      reason: `"${quoteCue(cue)}" are cited without saying which, so the claim cannot be checked.`,
      attribution: 'vague',
      cue,
    });
  }

  // Hearsay first: "The chief executive reportedly told staff…" is hearsay about a known person,
  // not an anonymous source, and the overlap rule keeps the first draft.
  for (const hit of [...findAll(toks, HEARSAY_INDEX), ...agentlessItThat(toks), ...reducedAgentless(toks)]) {
    const first = toks[hit.from] as Tok;
    if (first.q) continue;
    const id = hit.entry.id;
    if (id === 'allegedly' && legal()) continue;
    // "A knot tied this way is said to be 'dressed'", "such a chord is said to be “borrowed”": a term
    // in quotation marks after "said to be/have" is named, not reported (the use–mention distinction:
    // the sentence defines what the word means; Chicago Manual of Style 7.58, words used as words).
    if (id === 'said-to' && (toks[hit.to + 1]?.l === 'be' || toks[hit.to + 1]?.l === 'have') && toks[hit.to + 2] && (isQuoteTok(toks[hit.to + 2] as Tok) || toks[hit.to + 2]?.t === "'")) continue;
    // "…, according to the Gazette": the report is attributed, so "reportedly" hides no one (MOS:WEASEL
    // asks for the source, which is there).
    if (id !== 'agentless' && namedAccordingTo) continue;
    // "…allegedly sent the files, the Gazette reported": a named speaker whose verb comes after
    // the cue reports the whole sentence, hedge included.
    // (Only the clause right before ", the Gazette reported": an opening phrase set off by its own
    // comma, "Fuelling speculation that…, X returned home, his aide said", is the writer's framing.)
    const speakerAfter = mentions.some((m) => {
      if (m.kind !== 'named' || m.from <= hit.to || m.verb <= hit.to || toks[m.from]?.q) return false;
      let commas = 0;
      for (let k = hit.to + 1; k < m.from && commas < 2; k++) if (toks[k]?.t === ',') commas++;
      return commas <= 1;
    });
    if (id !== 'agentless' && speakerAfter) continue;
    if (id === 'agentless') {
      // "what is known as Mill Lane": "known as" gives a name (Merriam-Webster, known as: "called"),
      // not a piece of knowledge with no knower.
      if (toks[hit.to]?.l === 'known' && toks[hit.to + 1]?.l === 'as') continue;
      if (hasNamed || mentions.some((x) => x.kind !== 'pronoun' && x.kind !== 'none')) continue;
      // "has been criticized by Senator X" names the critic.
      if (toks[hit.to + 1]?.l === 'by') continue;
    }
    const [s, e] = span(hit.from, hit.to);
    const cue = text.slice(s, e);
    // The highlight is the clause the hearsay qualifies; the cue itself stays in details.
    const [ws, we] = span(...(first.l === 'according' ? claimExtent(toks, hit.from, hit.to, -1) : clauseSpan(toks, hit.from)));
    push({
      rule: `claim/hearsay-${id}`,
      start: ws,
      end: we,
      severity: id === 'agentless' ? 'low' : 'medium',
      reason: `"${cue}" passes on a claim without saying who made it.`,
      attribution: 'hearsay',
      cue,
    });
  }

  for (const m of mentions) {
    if (toks[m.from]?.q || m.relayed) continue;
    const cue = text.slice(...span(m.from, m.to));
    const [s, e] = span(...claimExtent(toks, m.from, m.to, m.verb));
    const verbL = toks[m.verb]?.l ?? '';
    if (m.kind === 'vague') {
      // "Voters say, 49 percent to 42, that…" after a sentence naming a poll: the poll's figures
      // continued (corpus guideline 3.2, backward context), not an unnamed group speaking.
      if (!m.strong && prevSourced && findStatistic(toks) >= 0) continue;
      // Strong heads (critics, sources, some/many) are candidates as before; generic groups
      // (voters, fans) now too, and the gate weighs them by what they do (verb:stance).
      push({
        features: [...mentionFeatures(m, verbL), GENERIC_FLAG_VERBS.has(verbL) ? 'verb:stance' : 'verb:no-stance'],
        rule: 'claim/vague-source',
        start: s,
        end: e,
        severity: 'medium',
        reason: `"${quoteCue(cue)}" does not say who exactly is speaking, so the claim cannot be checked.`,
        attribution: 'vague',
        cue,
      });
    } else if (m.kind === 'anonymous' && !m.onRecord) {
      // "One study of 40 adults found … (12)." A described study with its reference is cited.
      if (cited && toks.slice(m.from, m.to + 1).some((t) => RESEARCH_NOUNS.has(t.l))) continue;
      // "…, a former aide told the inquiry.[7]": a footnote marker cites the claim (guideline 8:
      // named, unless the sentence itself uses weasel wording, which is the vague rule's business).
      if (FOOTNOTE_MARK.test(sentence.text)) continue;
      const opinion = m.mental || speculative();
      // Observed public utterances (a tweet) are colour, not sourcing; routine announcements of
      // plans ("will be expanded, officials said") need no named source (guideline; AP).
      if (OBSERVED_VERBS.has(verbL)) continue;
      // "Forty delegates have publicly said…", "a second official said on the record": what was said in
      // public is on the record (AP: anonymity is granted for information given on condition of it;
      // guideline 3.4: on-record positions and announcements are not flagged).
      if (m.verb >= 0 && saidOnRecord(toks, m.verb)) continue;
      if (ownFeelings(m.verb)) continue;
      if (!opinion && (ROUTINE_VERBS.has(verbL) || toks.some((t) => t.l === 'will'))) continue;
      if (!m.mental && backshiftedSchedule(toks, m.verb)) continue;
      if (!opinion && announcedPlan(toks)) continue;
      const severity: Severity = reasonGiven() ? (opinion ? 'medium' : 'low') : opinion ? 'high' : 'medium';
      const why = reasonGiven()
        ? 'the text says why the source was not named'
        : opinion
          ? 'and it carries opinion or speculation, which anonymity should not cover'
          : 'and the text does not say why';
      push({
        features: mentionFeatures(m, verbL),
        rule: 'claim/anonymous-source',
        start: s,
        end: e,
        severity,
        reason: `The source "${quoteCue(cue)}" is described but not named, ${why}.`,
        attribution: 'anonymous',
        cue,
      });
    } else if (m.kind === 'collective') {
      const verb = toks[m.verb];
      if (!verb) continue;
      // A direct quotation given to a government or campaign is its statement on the record
      // (guideline 3.4: collective entities are flagged for pinned mental states, not statements).
      // The same holds for any plain verb of saying ("China told the council", "the campaign
      // said"); only assertive verbs that stake a contested claim ("claimed", "insisted") stay.
      if (!m.mental && (toks.some((t) => t.q) || !COLLECTIVE_FLAG_VERBS.has(verb.l))) continue;
      const end = e;
      push({
        features: [...mentionFeatures(m, verbL), COLLECTIVE_FLAG_VERBS.has(verb.l) ? 'verb:stance' : 'verb:no-stance'],
        rule: 'claim/collective-source',
        start: s,
        end,
        severity: 'low',
        reason: `A whole country, government or campaign ("${quoteCue(cue)}") is given as the source of a claim or belief, with no person or document named.`,
        attribution: 'collective',
        cue,
      });
    }
  }

  const ownAttribution = mentions.length > 0 || drafts.length > 0;
  const linked = block.links.some((l) => l.start < sentence.end && sentence.start < l.end);
  const eligible = !ownAttribution && !linked && !info.quoteContinuation && !QUESTION_END.test(sentence.text) && !toks.some((t) => t.q);
  // A fragment of one or two words (a label, a caption, a tag) has no predicate to assert anything.
  const statement = toks.reduce((n, t) => n + (t.word ? 1 : 0), 0) >= 3;
  if (!cited && statement && (eligible || (!ownAttribution && !info.quoteContinuation && !toks.some((t) => t.q)))) {
    for (const [index, label, needsFresh] of [
      [ACCUSATION_INDEX, 'An accusation', false],
      [SWEEPING_INDEX, 'A sweeping claim', true],
    ] as const) {
      if (needsFresh && prevAttributed) continue;
      {
        for (const hit of findAll(toks, index)) {
          // "lies close to the surface", "the answer lies in…": the verb of position, not of lying.
          if (toks[hit.to]?.l === 'lies' && LOCATIVE_AFTER_LIES.has(toks[hit.to + 1]?.l ?? '')) continue;
          if (mentionedNotUsed(toks, hit.from, hit.to)) continue;
          const [a, b] = clauseSpan(toks, hit.from);
          const [s, e] = span(a, b);
          push({
            rule: 'claim/unsourced-assertion',
            start: s,
            end: e,
            severity: 'medium',
            reason: `${label} is stated as fact in the article's own voice, with no source.`,
            attribution: 'none',
            cue: text.slice((toks[hit.from] as Tok).s, (toks[hit.to] as Tok).e),
            ownVoice: true,
          });
        }
      }
    }
    if (!prevSourced) {
      const stat = findStatistic(toks);
      // Guideline rule (a): a measured figure needs a source; official results do not. Every
      // own-voice figure is a candidate; the gate weighs what the words around it say.
      // Only in prose: a line with no closing stop is a headline, a link or a caption (the
      // guideline's boilerplate), not a claim the article makes.
      // "I got 7 in 10 cuttings to root", "you can pick one up for $40": the writer's own experience or
      // an aside to the reader (guideline 3.3: the author's first-person experience is `self`;
      // guideline 8: a product's price and how-tos are not flagged), not a figure from a hidden source.
      const ownVoice = (): boolean => toks.slice(0, stat).some((t) => !t.q && speakerPronoun(t));
      if (stat >= 0 && !paragraphAttributed && prose && !ownVoice()) {
        const [a, b] = clauseSpan(toks, stat);
        const [s, e] = span(a, b);
        push({
          features: [
            'stat:figure',
            toks.some((t) => STATISTIC.has(t.l)) ? 'stat:measure-word' : 'stat:no-measure-word',
            toks.some((t) => RESULT.has(t.l)) ? 'stat:result-word' : '',
            legal() ? 'stat:legal' : '',
          ].filter((f) => f !== ''),
          rule: 'claim/unsourced-assertion',
          start: s,
          end: e,
          severity: 'low',
          reason: 'A figure is given with no source for where it comes from.',
          attribution: 'none',
          cue: text.slice((toks[stat] as Tok).s, (toks[Math.min(toks.length - 1, stat + 2)] as Tok).e),
          ownVoice: true,
        });
      }
    }
  }

  if (!hasNamed && !info.quoteContinuation && !prevAttributed) {
    for (const [index, id, what] of [
      [HEDGE_CONSENSUS_INDEX, 'consensus', 'claims a consensus without saying whose'],
      [HEDGE_PEACOCK_INDEX, 'peacock', 'ranks something with no measure or source'],
    ] as const) {
      for (const hit of findAll(toks, index)) {
        if (toks[hit.from]?.q) continue;
        const [s, e] = span(hit.from, hit.to);
        const cue = text.slice(s, e);
        push({ rule: `claim/hedge-${id}`, start: s, end: e, severity: 'low', reason: `"${cue}" ${what}.`, attribution: 'vague', cue, hedge: true });
      }
    }
  }
  // (Read only when the sentence has a draft to carry them.)
  const sentenceFeatures = drafts.length === 0 ? [] : [
    hasNamed ? 'sent:named-source' : '',
    prevAttributed ? 'sent:prev-attributed' : '',
    prevSourced ? 'ctx:prev-data' : '',
    reasonGiven() ? 'sent:anonymity-reason' : '',
    legal() ? 'sent:legal' : '',
    speculative() ? 'sent:speculative' : '',
    cited ? 'sent:footnote' : '',
    QUESTION_END.test(sentence.text) ? 'sent:question' : '',
    toks.some((t) => t.q) ? 'sent:quotation' : '',
    info.quoteContinuation ? 'sent:quote-continues' : '',
    info.personal ? 'sent:first-second-person' : '',
    // Register: a writer who says "I" or "you" in the sentence before, or writes with contractions
    // and exclamations, is telling or chatting (blogs, forums, reviews), where the guideline reads
    // a generalisation about people as the writer's own view, not a hidden source.
    prev?.personal ? 'ctx:first-second-person' : '',
    toks.some((t) => !t.q && (t.t === '!' || INFORMAL_ENDING.test(t.l))) ? 'sent:informal' : '',
    toks.some((t) => IS_DIGIT.test(t.t)) ? 'sent:number' : '',
    linked ? 'sent:link' : '',
    // Headlines, link texts and captions end without a full stop; prose sentences end with one.
    prose ? '' : 'sent:no-final-stop',
    // A proper name opens the sentence and acts ("The Central Bank raised…"): an on-record act.
    toks[0]?.cap && toks[1]?.cap && toks[1]?.word ? 'sent:name-opens' : '',
    toks.length < 14 ? 'sent:short' : toks.length > 40 ? 'sent:long' : '',
  ].filter((f) => f !== '');
  for (const d of drafts) d.features = [...candidateFeatures(d, text), ...(d.features ?? []), ...sentenceFeatures];
  if (ownVoice(info, prev)) for (const d of flagHedges(toks, text)) push(d);
  return drafts;
}

/** What the rule saw in the source phrase: its kind, strength and the verb that ties it to the claim. */
function mentionFeatures(m: Mention, verb: string): string[] {
  return [
    m.strong ? 'src:strong-head' : 'src:weak-head',
    m.mental ? 'verb:mental' : m.verb < 0 ? 'verb:according-to' : REPORTING.has(verb) ? 'verb:reporting' : 'verb:other',
    m.modified ? 'src:modified-group' : '',
    m.verb >= 0 && m.verb < m.from ? 'src:after-verb' : '',
  ].filter((f) => f !== '');
}

/** A reported clause that opens with one of these is about the speaker ("said she was…"). */
const SPEAKER_SUBJECT: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we']);

/** "publicly said", "said publicly", "said on the record", "said in public": the verb's own adverbial puts it on the record. */
function saidOnRecord(toks: readonly Tok[], verb: number): boolean {
  for (let k = Math.max(0, verb - 2); k <= Math.min(toks.length - 1, verb + 4); k++) {
    const t = toks[k] as Tok;
    if (t.q) continue;
    if (t.l === 'publicly' && Math.abs(k - verb) === 1) return true;
    if (k > verb && t.l === 'on' && toks[k + 1]?.l === 'the' && toks[k + 2]?.l === 'record') return toks[k - 1]?.l !== 'not';
    if (k > verb && k <= verb + 2 && t.l === 'in' && toks[k + 1]?.l === 'public') return true;
  }
  return false;
}

/** The rule, the attribution kind, and what the language layer finds in the cue. */
function candidateFeatures(d: Draft, _text: string): string[] {
  const out = [`rule:${d.rule.slice(6)}`, `attr:${d.attribution}`];
  const cueToks = tokenize(d.cue, 0, 24).filter((t) => t.word);
  const first = cueToks[0];
  if (first && QUANTIFIER.has(first.l)) out.push('cue:quantifier');
  if (first && DEFINITE.has(first.l)) out.push('cue:definite');
  if (first && INDEFINITE.has(first.l)) out.push('cue:indefinite');
  out.push(cueToks.length <= 1 ? 'cue:one-word' : cueToks.length <= 3 ? 'cue:2-3-words' : 'cue:4+-words');
  if (d.attribution !== 'hearsay' && d.attribution !== 'none') {
    for (const kind of entityKinds(d.cue)) out.push(`cue:entity-${kind}`);
  }
  return out;
}

const SKIP_KINDS = new Set<Block['kind']>(['heading', 'caption']);

export const claimsDetector: Detector = {
  id: 'claim',
  run(ctx: AnalysisContext): Finding[] {
    return collect(ctx, true);
  },
};

/**
 * Every candidate the rules propose, before the learned gate, each with all its features in
 * `details.features` (for scripts/train-claims.ts). Hedges included (`details.hedge`).
 */
export function claimCandidates(ctx: AnalysisContext): Finding[] {
  return collect(ctx, false);
}

function collect(ctx: AnalysisContext, gated: boolean): Finding[] {
  {
    const findings: Finding[] = [];
    let last: SentenceInfo | null = null;
    let lastSpeaker: AttributionRecord | null = null;
    let openQuote = false;
    let prevBlockId = -1;
    let prose = 0;
    let personal = 0;
    // Roles the article has tied to a name so far ("Mara Lind, the executive"): a later "the
    // executive said" is that person again, not an unnamed source (claims/coreference.ts).
    const namedRoles = new Set<string>();
    const unnamedRoles = new Set<string>();
    for (const block of ctx.article.blocks) {
      const skipped = block.dropped || ctx.promotionBlocks.has(block.id) || ctx.sourceListBlocks.has(block.id);
      const sentences = ctx.sentencesByBlock.get(block.id) ?? [];
      if (skipped || SKIP_KINDS.has(block.kind)) {
        last = null;
        lastSpeaker = null;
        openQuote = false;
        continue;
      }
      const adjacent = prevBlockId === block.id - 1;
      prevBlockId = block.id;
      if (!adjacent) {
        last = null;
        lastSpeaker = null;
      }
      // A quotation running into a new paragraph reopens with its own mark.
      openQuote = false;
      const infos: SentenceInfo[] = [];
      for (const sentence of sentences) {
        const toks = tokenize(sentence.text, sentence.start);
        const startsInQuote = openQuote;
        openQuote = markQuotes(toks, openQuote);
        const mentions = analyseSentence(toks);
        for (const m of mentions) if (pointsBackToNamed(toks, m, namedRoles, unnamedRoles)) m.kind = 'named';
        recordNamedRoles(toks, namedRoles);
        recordUnnamedRoles(toks, mentions, unnamedRoles);
        const allQuoted = toks.length > 0 && toks.every((t) => t.q || !t.word);
        const quoteContinuation = (startsInQuote || allQuoted) && mentions.every((m) => toks[m.from]?.q);
        let record: AttributionRecord = { blockId: block.id, sentenceIndex: sentence.index, kind: 'none' };
        const own = mentions.filter((m) => !toks[m.from]?.q);
        const resolved: Array<{ kind: AttributionKind; source?: string }> = own.map((m) => {
          const source = joinTokens(toks, m.from, m.to, block.text, 0);
          if (m.kind === 'pronoun') {
            // A pronoun with no earlier speaker ("What I always found…") is someone on the record,
            // but its words ("I always") are no source to list.
            return lastSpeaker ? { kind: lastSpeaker.kind, ...(lastSpeaker.source ? { source: lastSpeaker.source } : {}) } : { kind: 'named' as const };
          }
          return { kind: m.kind, source };
        });
        if (resolved.length > 0) {
          const kind = strongestKind(resolved.map((r) => r.kind));
          const pick = resolved.find((r) => r.kind === kind);
          record = { blockId: block.id, sentenceIndex: sentence.index, kind, ...(pick?.source ? { source: pick.source } : {}) };
        } else if (quoteContinuation && lastSpeaker) {
          record = { ...lastSpeaker, blockId: block.id, sentenceIndex: sentence.index };
        } else if (hasPhrase(toks, HEARSAY_INDEX)) {
          record = { blockId: block.id, sentenceIndex: sentence.index, kind: 'hearsay' };
        }
        // A sentence with its reference (a footnote marker, "(12)", "(Okafor, 2019)") is cited: the
        // guideline counts it as named, unless its own wording is a weasel (vague stays vague).
        const cited = FOOTNOTE_MARK.test(sentence.text) || citesReference(sentence.text);
        if (cited && (record.kind === 'anonymous' || record.kind === 'none')) {
          record = { blockId: block.id, sentenceIndex: sentence.index, kind: 'named' };
        }
        const isProse = FINAL_STOP.test(sentence.text.trim());
        const isPersonal = toks.some((t) => !t.q && PERSONAL.has(t.l));
        if (isProse) {
          prose++;
          if (isPersonal) personal++;
        }
        const info: SentenceInfo = { sentence, toks, mentions, record, quoteContinuation, attributed: record.kind !== 'none', cited, prose: isProse, personal: isPersonal };
        infos.push(info);
        ctx.attributions.push(record);
        if (record.kind !== 'none' && record.kind !== 'hearsay') lastSpeaker = record;
      }
      const paragraphAttributed = infos.some((i) => i.mentions.length > 0);
      for (const info of infos) {
        for (const d of flagSentence(info, last, block, paragraphAttributed)) {
          const features = d.features ?? [];
          if (gated && !d.hedge && !gatePasses(features)) continue;
          findings.push({
            id: `claim-${block.id}-${d.start}-${d.rule.slice(6)}`,
            kind: 'claim',
            rule: d.rule,
            blockId: block.id,
            start: d.start,
            end: d.end,
            text: block.text.slice(d.start, d.end),
            reason: d.reason,
            severity: d.severity,
            details: {
              attribution: d.attribution,
              cue: d.cue,
              sentence: info.sentence.text,
              ...(d.hedge ? { hedge: true } : {}),
              ...(d.ownVoice ? { ownVoice: true } : {}),
              ...(d.hedge ? {} : { features: gated ? firedFeatures(features) : features }),
            },
          });
        }
        last = info;
      }
    }
    return personalRegister(prose, personal) ? findings.filter((f) => !writersOwnGeneralisation(f)) : findings;
  }
}

/**
 * A transcript or interview line opens with its speaker's name and a colon ("LOPEZ: …", "Ana
 * Lopez: …", "Q: …"): the speaker is named, and what follows is that person's own words.
 */
export function speakerLabel(toks: readonly Tok[]): boolean {
  let k = 0;
  while (k < 3 && toks[k]?.word && toks[k]?.cap) k++;
  if (k === 0 || toks[k]?.t !== ':') return false;
  const label = toks.slice(0, k).map((t) => t.t).join(' ');
  if (k === 1 && (label === 'Q' || label === 'A')) return true;
  // A dateline ("BEIJING:", "NEW DELHI:") opens a news story the same way: a place, not a speaker.
  const titled = label.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  const kinds = entityKinds(titled);
  if (kinds.has('place') || toks.slice(0, k).some((t) => COLLECTIVE_HEAD.has(t.l))) return false;
  if (label.length > 1 && label === label.toUpperCase() && /\p{Lu}{2}/u.test(label)) return true;
  return kinds.has('person');
}

/**
 * Whether the page is written in a personal register: at least a quarter of its prose sentences
 * speak as "I", "we" or to "you" outside quotation marks. First- and second-person pronouns are the
 * strongest markers of Biber's (1988) "involved" dimension of register (conversation, personal
 * letters, forums, advice and essays, against informational reporting); on the dev split's news
 * pages the share is under a fifth. Measured only on pages with enough prose to tell.
 */
export function personalRegister(proseSentences: number, personalSentences: number): boolean {
  return proseSentences >= 12 && personalSentences >= 0.25 * proseSentences;
}

/**
 * In a personal register a generalisation about a generic crowd ("people say", "everyone knows",
 * "a lot of users want") or an impersonal construction ("it is perceived that") is the writer's
 * own voice, not a hidden source (corpus guideline 8: forum chatter, how-tos, reviews and essays
 * are the author's own voice), and so is a generic person in an example ("an older employee is
 * hoping…"). Groups defined by what they know (critics, experts, insiders), unnamed officials and
 * aides, unnamed evidence (studies, polls) and hearsay ("reportedly", "is said to") still count.
 */
function writersOwnGeneralisation(f: Finding): boolean {
  if (f.details?.hedge) return false;
  if (f.rule === 'claim/hearsay-agentless' || f.rule === 'claim/hearsay-it-is-said') return true;
  if (f.rule !== 'claim/vague-source' && f.rule !== 'claim/anonymous-source') return false;
  const words = (f.details?.cue ?? '').toLowerCase().split(/[^\p{L}'’-]+/u);
  return !words.some((w) => INFORMED_HEAD.has(w) || w === 'familiar' || w === 'close' || w === 'knowledge');
}
