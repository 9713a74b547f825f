// Word classes of the claims detector: the rule data (lexicon.ts, every entry with its source)
// compiled once, and the small closed grammatical classes the phrase scanner needs.
import { ACCUSATION_WORDS, ANONYMITY_REASONS, ATTITUDES, EMOTION_ADJECTIVES, ANON_HEADS, BACKREF_HEADS, COLLECTIVE_HEADS, HEARSAY, HEDGE_CONSENSUS, HEDGE_EPISTEMIC, HEDGE_GENERAL, HEDGE_PEACOCK, HEDGE_QUANTIFIERS, HEDGE_QUANTIFIER_PHRASES, HEDGE_REPUTATION, HUMAN_GROUPS, INFORMED_GROUPS, LEGAL_CONTEXT, MEASURE_NOUNS, MENTAL_VERBS, PRONOUNS, REPORTING_VERBS, RESULT_WORDS, SPECULATION_WORDS, STATISTIC_WORDS, SWEEPING_PHRASES, VAGUE_HEADS, VAGUE_PHRASES, VAGUE_QUANTIFIERS } from './lexicon.ts';
import { compile, wordSet } from './tokens.ts';

export const HEARSAY_INDEX = compile(HEARSAY);
export const VAGUE_PHRASE_INDEX = compile(VAGUE_PHRASES);
export const REASON_INDEX = compile(ANONYMITY_REASONS);
export const ACCUSATION_INDEX = compile(ACCUSATION_WORDS);
export const SWEEPING_INDEX = compile(SWEEPING_PHRASES);
export const HEDGE_CONSENSUS_INDEX = compile(HEDGE_CONSENSUS);
export const HEDGE_EPISTEMIC_INDEX = compile(HEDGE_EPISTEMIC);
export const HEDGE_GENERAL_INDEX = compile(HEDGE_GENERAL);
export const HEDGE_REPUTATION_INDEX = compile(HEDGE_REPUTATION);
export const HEDGE_PEACOCK_INDEX = compile(HEDGE_PEACOCK);
export const HUMAN_GROUP = wordSet(HUMAN_GROUPS);

export const VAGUE_HEAD = wordSet(VAGUE_HEADS);
export const ANON_HEAD = wordSet(ANON_HEADS);
export const COLLECTIVE_HEAD = wordSet(COLLECTIVE_HEADS);
export const BACKREF_HEAD = wordSet(BACKREF_HEADS);
export const QUANTIFIER = wordSet(VAGUE_QUANTIFIERS);
export const REPORTING = wordSet(REPORTING_VERBS);
export const MENTAL = wordSet(MENTAL_VERBS);
export const SPECULATION = wordSet(SPECULATION_WORDS);
export const LEGAL = wordSet(LEGAL_CONTEXT);
export const PRONOUN = wordSet(PRONOUNS);
export const RESULT = wordSet(RESULT_WORDS);
export const HEDGE_QUANT = wordSet(HEDGE_QUANTIFIERS);
export const HEDGE_QUANT_PHRASE_INDEX = compile(HEDGE_QUANTIFIER_PHRASES);
export const MEASURE_NOUN = wordSet(MEASURE_NOUNS);
export const STATISTIC = wordSet(STATISTIC_WORDS);
export const EMOTION = wordSet(EMOTION_ADJECTIVES);

// Small closed classes used by the noun-phrase scanner (grammar, not rules: kept here).
export const AUX = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'not', "n't", 'also', 'still', 'now', 'often',
  'already', 'even', 'just', 'reportedly', 'publicly', 'privately', 'repeatedly', 'openly', 'long', 'never',
  'all', 'too', 'later', 'then', 'again', 'quickly', 'first', 'had', 'once', 'further', 'both', 'themselves',
  'himself', 'herself', 'itself', 'continue', 'continues', 'continued', 'to', 'seem', 'seems', 'appear',
  'appears', 'generally', 'widely', 'mostly', 'largely', 'increasingly', 'simply', 'clearly', 'immediately',
  'flatly', 'frequently', 'separately', 'earlier', 'yesterday', 'today', 'tonight', 'meanwhile',
  'always', 'usually', 'sometimes', 'ever',
]);
// Inside a subject phrase these mean we walked into a verb phrase: stop there.
export const NP_STOP = new Set([...AUX].filter((w) => !['all', 'both', 'first', 'long', 'earlier', 'to', 'now', 'also', 'still', 'even', 'just', 'then', 'once', 'further', 'too', 'again', 'later', 'yesterday', 'today', 'tonight'].includes(w)));
/**
 * Verbs of giving and future having (Levin 1993, English Verb Classes and Alternations, 13.1 and
 * 13.3) take two objects: in "giving commuters hope that…" the group is who receives, and "hope" is a
 * noun. A phrase right after one of them is an object, never the subject of the word that follows.
 */
export const GIVE_VERBS = new Set(['give', 'gives', 'gave', 'given', 'giving', 'offer', 'offers', 'offered', 'offering', 'lend', 'lends', 'lent', 'lending', 'grant', 'grants', 'granted', 'granting', 'promise', 'promises', 'promised', 'promising', 'hand', 'hands', 'handed', 'handing', 'bring', 'brings', 'brought', 'bringing', 'send', 'sends', 'sent', 'sending', 'leave', 'leaves', 'left', 'leaving', 'deny', 'denies', 'denied', 'denying', 'owe', 'owes', 'owed', 'owing']);
/** Causatives with a bare infinitive ("make voters feel", "let fans hope"; Quirk et al. 1985, 16.52): the phrase after them is their object. */
export const CAUSATIVE_VERBS = new Set(['make', 'makes', 'made', 'making', 'let', 'lets', 'letting', 'help', 'helps', 'helped', 'helping']);
/** Focusing adverbs (Quirk et al. 1985, 8.116): they sit before the phrase they focus, not inside it. */
export const FOCUS_ADVERBS = new Set(['even', 'only', 'just', 'also', 'especially', 'particularly']);
/** "be of the opinion/view/belief that": a mental state in a noun (MOS:WEASEL, "many are of the opinion"). */
export const OPINION_NOUNS = new Set(['opinion', 'view', 'belief']);
export const HAVE_FORMS = new Set(['has', 'have', 'had']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'gets', 'got', 'getting']);
export const PARTICIPLES = new Set(['told', 'said', 'thought', 'known', 'shown', 'seen', 'found', 'believed', 'expected', 'considered', 'hoped', 'feared', 'held', 'described', 'called', 'asked', 'accused', 'charged', 'criticized', 'criticised', 'praised', 'questioned', 'blamed', 'warned', 'reported', 'alleged', 'denied', 'confirmed', 'urged']);
// Before a noun, not a verb: "his claim", "a rather odd view", "the reports".
export const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'some', 'every', 'each', 'of', 'very', 'different', 'same', 'other', 'own', 'new', 'such', 'first', 'last', 'whose', 'what', 'in', 'on', 'for', 'with', 'to', 'by', 'from', 'and', 'or']);
export const ADJ_SUFFIX = /(?:ent|al|ive|ous|ic|ful|less|able|ible|ant|ary|ern|ish)$/;
// Forms that are as often nouns as verbs: after an adjective they are nouns ("a different view").
export const NOUN_OR_VERB = new Set([
  'view', 'views', 'plan', 'plans', 'fear', 'fears', 'hope', 'hopes', 'doubt', 'doubts', 'worry', 'worries',
  'claim', 'claims', 'report', 'reports', 'note', 'notes', 'estimate', 'estimates', 'question', 'questions',
  'demand', 'demands', 'counter', 'echo', 'echoes', 'remark', 'caution', 'stress', 'praise', 'blame', 'call', 'calls', 'concern', 'concerns',
  'find', 'finds',
]);
// …and they are verbs when a complement follows ("fear that", "plan to", "claim the", "hope Smith").
export const VERB_FOLLOW = new Set([
  'to', 'that', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its',
  'this', 'these', 'those', 'no', 'any', 'some', 'him', 'them', 'us', 'me', 'more', 'there', 'what', 'how',
  'why', 'whether', 'if', 'otherwise', 'so', 'nothing', 'little', 'much', 'many', 'all', 'both', 'our', 'my',
]);
export const PRONOUN_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);
/** An auxiliary contracted onto the word before it ("you'll", "we'd", "they've", "it's"). */
export const CONTRACTED_AUX = /['’](?:ll|d|ve|re|m|s)$/;
/**
 * Participles of perceiving and acclaiming whose passive with "as" judges ("is seen as", "hailed as";
 * Wikipedia MOS:WEASEL, corpus guideline 3.3 "being portrayed as"), and of labelling ("dubbed",
 * "billed as"), which name their judges only with "by".
 */
export const PERCEIVED_AS = new Set(['seen', 'viewed', 'regarded', 'perceived', 'portrayed', 'touted', 'hailed']);
export const LABELLED = new Set(['branded', 'labelled', 'labeled', 'billed', 'dubbed']);
/** Degree and question words before a quantifier ("how many", "too many", "so many"): a measure, not a group. */
export const DEGREE_BEFORE = new Set(['how', 'too', 'so', 'as', 'however', 'that', 'this', 'thus']);
/** Wh-words after a bare "tell": the verb of discerning ("can tell whether"), not of speech. */
export const DISCERN_FOLLOW = new Set(['when', 'whether', 'if', 'how', 'what', 'which', 'why', 'who', 'apart']);
/** Relative pronouns that open a clause describing a person ("people who…"). */
export const RELATIVE = new Set(['who', 'whom']);
/** Open-ended pronouns that stand in for a source when a relative clause or "familiar with" follows. */
export const OPEN_PRONOUN = new Set(['those', 'someone', 'somebody', 'anyone', 'anybody']);
/** "A number of", "a handful of": quantity nouns that make the group after "of" indefinite. */
export const QUANTITY_NOUNS = new Set(['number', 'handful', 'couple', 'group', 'host', 'lot', 'majority', 'minority', 'range', 'variety', 'chorus', 'array', 'slew', 'raft', 'legion']);
/** Size adjectives between "a" and a quantity noun ("a growing number of"). */
export const QUANTITY_ADJECTIVES = new Set(['growing', 'large', 'small', 'increasing', 'rising', 'significant', 'substantial', 'good', 'fair', 'broad', 'wide', 'vocal', 'tiny', 'sizable', 'sizeable']);
/** Words after "lies" that make it the verb of position ("lies in", "lies close to", "lies with"). */
/**
 * Shell nouns of saying (Schmid 2000, English Abstract Nouns as Conceptual Shells): "talk about",
 * "claims of", "his contention that" wrap a proposition that someone else put forward; a loaded word
 * inside one is reported, not asserted by the writer.
 */
export const REPORT_NOUNS = new Set(['talk', 'claim', 'claims', 'contention', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'remarks', 'statement', 'statements', 'warning', 'warnings', 'complaint', 'complaints', 'rhetoric', 'comments', 'assertion', 'assertions', 'insistence', 'argument', 'arguments', 'suggestion', 'suggestions', 'theory', 'theories', 'rumours', 'rumors', 'cries', 'chants', 'slogan']);
export const SHELL_LINKS = new Set(['about', 'of', 'that', 'over']);

export const LOCATIVE_AFTER_LIES = new Set(['in', 'on', 'at', 'close', 'near', 'beneath', 'below', 'under', 'within', 'between', 'behind', 'ahead', 'along', 'across', 'just', 'outside', 'inside', 'with', 'above', 'off', 'dormant', 'still', 'somewhere', 'there', 'here', 'largely', 'mostly', 'partly', 'primarily', 'elsewhere', 'beyond', 'atop', 'next', 'among', 'around', 'deep', 'far', 'north', 'south', 'east', 'west']);
/** A sentence of prose ends with a stop; headlines, link texts and captions do not. */
export const FINAL_STOP = /[.!?…]["”'’)\]]*$/;
export const NOT_A_SOURCE = new Set(['any', 'no', 'every', 'each', 'nobody', 'whoever']);
/** Words that open a conditional clause: what is said or thought inside it is supposed, not reported. */
export const CONDITIONAL = new Set(['if', 'unless']);
/** Modals of ability before a perception verb ("fans can see the films"): seeing, not believing. */
export const ABILITY_MODALS = new Set(['can', 'could', 'cannot', "can't", 'couldn’t', "couldn't", 'can’t']);
export const PARTITIVE_BACKREF = new Set(['them', 'those', 'these', 'whom', 'which', 'us']);
// Generic groups with a definite determiner point back ("these supporters", "the reports").
export const BACKREF_GROUPS = new Set(['reports', 'polls', 'surveys', 'studies', 'supporters', 'members', 'backers', 'fans', 'leaders', 'people', 'figures', 'sources', 'allies', 'associates', 'activists', 'campaigners', 'scientists', 'historians', 'scholars', 'researchers', 'experts', 'analysts']);
// Verbs by which a generic group ("rugby fans", "union leaders") becomes a source of a claim.
export const GENERIC_FLAG_VERBS = new Set([
  'say', 'says', 'said', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'claim', 'claims', 'claimed',
  'believe', 'believes', 'believed', 'think', 'thinks', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried',
  'hope', 'hopes', 'hoped', 'want', 'wants', 'predict', 'predicts', 'predicted', 'expect', 'expects', 'suspect',
  'suspects', 'suspected', 'question', 'questioned', 'questioning', 'warn', 'warns', 'warned', 'accuse', 'accused',
  'accuses', 'praise', 'praises', 'praised', 'suggest', 'suggests', 'suggested', 'complain', 'complained',
  'surprised', 'dismayed', 'concerned', 'convinced', 'doubt', 'doubts', 'contend', 'contends', 'agree', 'agreed',
  'see', 'sees', 'saw',
  ...wordSet(ATTITUDES),
]);
export const HEADLINE_WORD = /^[\p{L}]{4,}$/u;
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const CLAUSE_STOP = new Set([
  'that', 'which', 'because', 'while', 'when', 'if', 'and', 'but', 'or', 'as', 'than', 'after', 'before',
  'since', 'although', 'though', 'so', 'where', 'whether', 'what', 'how', 'why', 'until', 'unless', 'nor',
  'yet', 'however', 'meanwhile', 'instead', 'also', 'even', 'said', 'says', 'say', 'told', 'tells', 'whereas', 'whilst',
]);
export const PP_BREAK = new Set(['of', 'by', 'with', 'at', 'from', 'in', 'for', 'on', 'about', 'who', 'whom', 'whose', 'to', 'under', 'inside', 'within', 'among', 'across', 'speaking', 'familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'granted', 'privy', 'like', 'including', 'that']);
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands', 'multiple']);
// Past and present tense: features and magazine copy invert in the present ("…, adds Dr Ruiz").
export const SPEECH_INVERSION = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'explained', 'explains',
  'noted', 'notes', 'warned', 'warns', 'continued', 'continues', 'argued', 'argues', 'insisted', 'insists',
  'recalled', 'recalls', 'tweeted', 'claimed', 'claims', 'replied', 'replies', 'responded', 'responds',
  'countered', 'counters', 'stated', 'states', 'cautioned', 'cautions', 'stressed', 'stresses',
  // Plural present, inverted mid-sentence: "The plan, say economists, will fail."
  'say', 'argue', 'warn', 'contend',
]);
// Of those, the ones that open imperatives ("Say you …", "Argue with …"): never inverted at the start.
export const IMPERATIVE_FORMS = new Set(['say', 'argue', 'warn', 'contend', 'tell', 'ask', 'note', 'explain', 'write', 'add']);
export const COLLECTIVE_FLAG_VERBS = new Set([
  'claim', 'claims', 'claimed', 'claiming', 'believe', 'believes', 'believed', 'hope', 'hopes', 'hoping', 'hoped',
  'mull', 'mulling', 'want', 'wants', 'wanted', 'see', 'sees', 'think', 'thinks', 'fear', 'fears', 'feared',
  'allege', 'alleges', 'alleged', 'insist', 'insists', 'insisted', 'expect', 'expects', 'suspect', 'suspects',
  'privately', 'view', 'views', 'wonder', 'wonders', 'doubt', 'doubts', 'worry', 'worries', 'worried',
]);
export const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'lawyer', 'lawyers', 'attorney', 'attorneys']);
export const GENERIC_GROUP = new Set([
  'voters', 'americans', 'democrats', 'republicans', 'residents', 'students', 'parents', 'workers', 'women',
  'men', 'citizens', 'users', 'viewers', 'readers', 'fans', 'members', 'people', 'leaders', 'figures',
  'millennials', 'donors', 'delegates', 'superdelegates', 'senators', 'lawmakers', 'republicans', 'liberals',
]);
export const STRONG_ANON = new Set([
  'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers',
  'insider', 'source', 'sources', 'diplomat', 'diplomats', 'investigator', 'investigators', 'agent', 'agents',
  'operative', 'operatives', 'person', 'people', 'individual', 'individuals', 'negotiator', 'negotiators',
  'strategist', 'analyst', 'expert', 'observer', 'consultant', 'insiders',
]);
/** Heads that name a group by what it knows (critics, experts, insiders), an unnamed official or insider, or unnamed evidence (polls, studies). */
export const INFORMED_HEAD = new Set([...wordSet(INFORMED_GROUPS), ...[...STRONG_ANON].filter((w) => !['person', 'people', 'individual', 'individuals'].includes(w))]);
export const PUBLIC_RECORD = new Set(['judge', 'court', 'jury', 'justice', 'justices', 'coroner', 'prosecutors']);
export const OBSERVED_VERBS = new Set(['tweeted', 'posted', 'wrote', 'writes']);
/**
 * Words that name a feeling, for the guideline's "interviewees describing their own feelings" (corpus
 * guideline 3.4: not flagged). Grouped by Ekman's six basic emotions (Ekman 1992, "An argument for
 * basic emotions") plus pride, relief and gratitude (Tracy and Robins 2004; Fredrickson 1998); the
 * words are each emotion's common English adjectives and verbs, and the verb of feeling itself.
 */
export const FEELING_WORDS = new Set([
  'afraid', 'scared', 'terrified', 'frightened', 'fear', 'feared', 'worried', 'anxious', 'nervous', // fear
  'sad', 'heartbroken', 'devastated', 'miss', 'missed', 'upset', 'lonely', // sadness
  'angry', 'furious', 'annoyed', 'frustrated', // anger
  'disgusted', // disgust
  'surprised', 'shocked', 'stunned', 'amazed', // surprise
  'happy', 'glad', 'delighted', 'thrilled', 'excited', 'love', 'loved', 'enjoy', 'enjoyed', // joy
  'proud', 'relieved', 'grateful', 'thankful', // pride, relief, gratitude
  'feel', 'feels', 'felt', 'feeling',
]);
/** Third-person subject pronouns (with their contracted forms): a clause about someone else. */
export const THIRD_PERSON_SUBJECT = new Set(['he', 'she', 'they', "he's", "she's", "they're", "they've"]);
export const ROUTINE_VERBS = new Set(['announced', 'announces', 'emphasized', 'emphasised', 'stressed']);
export const DATA_VERBS = new Set(['say', 'says', 'said', 'told', 'found', 'finds', 'show', 'shows', 'showed', 'shown', 'reported', 'reports', 'estimated', 'estimates', 'indicated', 'wrote', 'added', 'noted', 'released', 'published']);
export const DATA_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'data', 'report', 'analysis', 'census', 'figures', 'statistics', 'estimates', 'according']);
export const SELF_OPENERS = /^(?:editor['’]s\snote|correction|clarification|disclosure)\b/i;
// Inline inserts that point elsewhere ("(Related: …)", "Read more: …") are promotion, not claims.
export const INSERT_OPENERS = /^[([]?\s?(?:related|read\smore|see\salso|watch|listen|more)\s?:/i;
export const QUESTION_END = /\?["”'’)\s]*$/;
// Reference citations in the two families of style guides: numbered references in parentheses
// (Vancouver / ICMJE: "… binge eating (2)." or "(3, 5)" or "(4–7)", ranges ascending, so a
// tally such as "(52–48)" is not one) and author–date citations (APA 7 § 8.11, Harvard:
// "(Okafor et al., 2019)"). Either cites the claim beside it, like a footnote marker.
const NUMBERED_CITATION = /\((\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)\)(?=\s*(?:[.,;:!?"”’]|$))/gu;
const AUTHOR_DATE_CITATION = /\((?:see\s|e\.g\.,?\s)?\p{Lu}[\p{L}'’-]+(?:\s(?:et\sal\.?|(?:and|&)\s\p{Lu}[\p{L}'’-]+))?,?\s(?:1[89]|20)\d{2}[a-z]?(?:[;,][^()]{0,80})?\)/u;
/** Research reports a reference can cite ("one trial of 40 adults", "a review of 14 studies"). */
export const RESEARCH_NOUNS = new Set(['study', 'studies', 'trial', 'trials', 'review', 'meta-analysis', 'analysis', 'survey', 'report', 'paper', 'experiment', 'research']);
export function citesReference(text: string): boolean {
  if (!text.includes('(')) return false;
  if (AUTHOR_DATE_CITATION.test(text)) return true;
  for (const m of text.matchAll(NUMBERED_CITATION)) {
    const ascending = (m[1] ?? '').split(/\s?,\s?/).every((part) => {
      const [a, b] = part.split(/\s?[–-]\s?/).map(Number);
      return b === undefined || (a !== undefined && a < b);
    });
    if (ascending) return true;
  }
  return false;
}
// A footnote marker ("[12]", "[a]", superscript digits, or the stray "12]" / "[" a splitter leaves)
// cites the claim beside it (corpus guideline, "Other genres": Wikipedia). "[citation needed]" is
// the opposite and is not matched.
export const FOOTNOTE_MARK = /\[(?:\d{1,3}|[a-z]|note \d{1,3})\]|[\u00b9\u00b2\u00b3\u2070-\u2079]|^\d{1,3}\]|\[\s*$/u;
