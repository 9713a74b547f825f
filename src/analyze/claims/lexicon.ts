// Rules as data for the claims detector (src/analyze/detectors/claims.ts). Every entry carries a
// short provenance note, in our own words. Phrases are plain lower-case word sequences; the
// detector tokenises them with the same tokenizer it uses on page text and matches token by token
// (no regex over page text is built from these lists). Placeholders expand at load time:
//   {be}   → is, are, was, were, 's, be, been, being
//   {have} → has, have, had
//
// Sources the notes refer to:
//   WP-W2W  Wikipedia, Manual of Style "Words to watch" (unsupported attributions, expressions of
//           doubt, weasel words: "some people say", "it is believed", "reportedly").
//   AP      AP Stylebook guidance on anonymous sources: use only for information (not opinion or
//           speculation), only when the source is reliable and the information vital, and say in the
//           story why anonymity was granted.
//   SPJ     SPJ Code of Ethics: identify sources clearly; consider motives before promising
//           anonymity; reserve it for sources who may face danger or retribution.
//   NEWS    Observed reporting conventions of English-language wire and newspaper copy
//           (attribution verbs, inverted "said X", descriptive source phrases).
//   CONLL   CoNLL-2010 / Szeged uncertainty guidelines: weasel (unspecified source) and hedge
//           (epistemic) cues in Wikipedia text.

export interface PhraseEntry {
  /** Lower-case words; placeholders {be} and {have} allowed. */
  phrase: string;
  note: string;
}

export interface WordFamily {
  /** Lower-case single words (all inflected forms spelled out). */
  words: string[];
  note: string;
}

export interface HearsayEntry extends PhraseEntry {
  /** Rule id suffix: claim/hearsay-<id>. */
  id: string;
}

// ── Hearsay: the text relays something without saying who said it ─────────────────────────────

export const HEARSAY: readonly HearsayEntry[] = [
  { id: 'reportedly', phrase: 'reportedly', note: 'WP-W2W: "reportedly" relays a claim while hiding who reported it.' },
  { id: 'allegedly', phrase: 'allegedly', note: 'WP-W2W: "allegedly" without the accuser named; court/police context is exempted in code.' },
  { id: 'purportedly', phrase: 'purportedly', note: 'WP-W2W: expression of doubt with no source.' },
  { id: 'supposedly', phrase: 'supposedly', note: 'WP-W2W: expression of doubt with no source.' },
  { id: 'supposedly', phrase: 'reputedly', note: 'WP-W2W (expressions of doubt): "by reputation", a claim with no one behind it.' },
  { id: 'said-to', phrase: '{be} said to', note: 'WP-W2W: agentless "is said to" hides the speaker.' },
  { id: 'rumoured', phrase: '{be} rumoured to', note: 'WP-W2W: rumour relayed as information.' },
  { id: 'rumoured', phrase: '{be} rumored to', note: 'WP-W2W: rumour relayed as information (US spelling).' },
  { id: 'it-is-believed', phrase: 'it {be} believed', note: 'WP-W2W: "it is believed" has no believer.' },
  { id: 'it-is-believed', phrase: 'it {be} widely believed', note: 'WP-W2W: unspecified consensus.' },
  { id: 'it-is-believed', phrase: 'it {be} thought', note: 'WP-W2W: agentless belief.' },
  { id: 'it-is-claimed', phrase: 'it {be} claimed', note: 'WP-W2W: agentless claim.' },
  { id: 'it-is-claimed', phrase: 'it {be} alleged', note: 'WP-W2W: agentless allegation.' },
  { id: 'it-is-claimed', phrase: 'it {be} said', note: 'WP-W2W: agentless speech.' },
  { id: 'it-is-claimed', phrase: 'it {be} rumoured', note: 'WP-W2W: agentless rumour.' },
  { id: 'it-is-claimed', phrase: 'it {be} rumored', note: 'WP-W2W: agentless rumour (US spelling).' },
  { id: 'it-is-understood', phrase: 'it {be} understood', note: 'British press formula for unattributed briefings.' },
  { id: 'it-is-reported', phrase: 'it {be} reported', note: 'WP-W2W: report with no reporter.' },
  { id: 'it-is-reported', phrase: 'it {have} been reported', note: 'WP-W2W: report with no reporter.' },
  { id: 'reports', phrase: 'according to reports', note: 'WP-W2W: unnamed reports as the source.' },
  { id: 'reports', phrase: 'according to media reports', note: 'Unnamed media as the source.' },
  { id: 'reports', phrase: 'according to some reports', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'according to unconfirmed reports', note: 'Unverified, unnamed reports.' },
  { id: 'reports', phrase: 'according to local reports', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'according to press reports', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'according to news reports', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'reports suggest', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'reports say', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'reports said', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'reports indicate', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'reports claim', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'on reports that', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'amid reports that', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'following reports that', note: 'Unnamed reports as the source.' },
  { id: 'reports', phrase: 'media reports', note: 'Unnamed media reports as the source.' },
  { id: 'reports', phrase: 'unconfirmed reports', note: 'Unverified, unnamed reports.' },
  { id: 'reports', phrase: 'there {be} reports', note: 'Unnamed reports as the source.' },
  { id: 'rumours', phrase: 'rumours suggest', note: 'Rumour as the source.' },
  { id: 'rumours', phrase: 'rumors suggest', note: 'Rumour as the source.' },
  { id: 'rumours', phrase: 'rumours say', note: 'Rumour as the source.' },
  { id: 'rumours', phrase: 'rumors say', note: 'Rumour as the source.' },
  { id: 'rumours', phrase: 'according to rumours', note: 'Rumour as the source.' },
  { id: 'rumours', phrase: 'according to rumors', note: 'Rumour as the source.' },
  { id: 'rumours', phrase: '{rumours|rumors|rumour|rumor|speculation|gossip} {swirled|swirls|swirling|circulated|circulates|circulating|spread|spreads|persist|persists|persisted|abound|abounded|mounted|grew|has|have} {that|about|around|of|it}', note: 'WP-W2W: a rumour that moves by itself has no one behind it.' },
  { id: 'rumours', phrase: 'word {has|had} it', note: 'Idiom of hearsay: the claim comes from no one in particular.' },
  { id: 'rumours', phrase: 'word on the street {is|was}', note: 'Idiom of hearsay: the claim comes from no one in particular.' },
  { id: 'rumours', phrase: '{speculation|rumours|rumors} {is|are|was|were} {mounting|growing|rife|swirling}', note: 'WP-W2W: a rumour that moves by itself has no one behind it.' },
  { id: 'agentless', phrase: '{be} expected to', note: 'Agentless expectation: who expects it? (guideline: flagged, low stakes).' },
  { id: 'agentless', phrase: '{be} widely expected', note: 'Unspecified consensus.' },
  { id: 'agentless', phrase: '{be} widely seen as', note: 'WP-W2W: "widely seen as" hides who sees it.' },
  { id: 'agentless', phrase: '{be} seen as', note: 'Agentless perception.' },
  { id: 'agentless', phrase: '{be} widely regarded as', note: 'WP-W2W: unspecified consensus.' },
  { id: 'agentless', phrase: '{be} widely considered', note: 'WP-W2W: unspecified consensus.' },
  { id: 'agentless', phrase: '{be} widely believed', note: 'WP-W2W: unspecified consensus.' },
  { id: 'agentless', phrase: '{be} believed to', note: 'WP-W2W: agentless belief.' },
  { id: 'agentless', phrase: '{be} thought to', note: 'WP-W2W: agentless belief.' },
  { id: 'agentless', phrase: '{be} understood to', note: 'Unattributed briefing formula.' },
  { id: 'agentless', phrase: 'widely known', note: 'Agentless reputation claim.' },
  { id: 'agentless', phrase: '{have} been called', note: 'WP-W2W: "has been called" hides who called it so.' },
  { id: 'agentless', phrase: '{have} been described as', note: 'WP-W2W: "has been described as" hides who described it.' },
  { id: 'agentless', phrase: '{have} been criticized', note: 'Criticism with no critic named (unless "by X" follows).' },
  { id: 'agentless', phrase: '{have} been criticised', note: 'Criticism with no critic named (unless "by X" follows).' },
  { id: 'agentless', phrase: 'there {be} widespread agreement', note: 'Unspecified consensus.' },
  { id: 'agentless', phrase: 'there {be} growing concern', note: 'Unspecified consensus.' },
  { id: 'agentless', phrase: 'there {be} speculation', note: 'Speculation with no speculator.' },
  { id: 'agentless', phrase: 'there {be} evidence that', note: 'WP-W2W ("there is evidence that"): evidence no one cites.' },
  { id: 'agentless', phrase: '{be} widely {criticised|criticized|condemned|praised|derided|panned|mocked}', note: 'WP-W2W: "widely" with a passive of judging hides who judged (unless "by X" follows).' },
  // Corpus guideline 3.3 lists these agentless constructions as vague: "is known for", "all signs
  // pointed", "being portrayed as", "there is widespread agreement". The entries below are the same
  // constructions in their other tenses and with the other nouns of feeling a crowd can hold.
  // "is known for" is not among them any more: outside political news it is the notability
  // statement of a biography or a place ("is known for her novels"), which guideline 8 does not
  // flag. The tune halves lean the same way, if weakly (Szeged WikiWeasel, whose cues are
  // uncertainty cues: 0 of 8 sentences where it fired carry one; source_vagueness: 1 flagged).
  { id: 'agentless', phrase: 'what {be} known', note: 'Guideline 3.3 (agentless): knowledge with no knower.' },
  { id: 'agentless', phrase: 'all signs {point|pointed|points|pointing}', note: 'Guideline 3.3: "all signs pointed" has no observer.' },
  { id: 'agentless', phrase: '{be} portrayed as', note: 'Guideline 3.3: "being portrayed as" hides who portrays.' },
  { id: 'agentless', phrase: 'there {be} {fear|fears|concern|concerns|worry|worries|suspicion|suspicions|talk|hope|hopes|whispers|rumblings} that', note: 'Guideline 3.3 ("there is widespread agreement"): a feeling with no one who holds it.' },
  { id: 'agentless', phrase: 'there {be} {growing|widespread|mounting|increasing} {fear|fears|concern|concerns|worry|worries|suspicion|talk|belief|doubt|doubts}', note: 'Guideline 3.3: unspecified consensus.' },
  // Speculation is hearsay even when a named person acts in the same sentence ("Fuelling speculation
  // that the deal is dead, the chairman flew home"): the actor is not the speculator.
  { id: 'speculation', phrase: '{amid|fuelling|fueling|fuelled|fueled} speculation', note: 'WP-W2W / guideline 3.3: speculation with no speculator.' },
  { id: 'speculation', phrase: 'adding to speculation', note: 'WP-W2W / guideline 3.3: speculation with no speculator.' },
];

// ── Fixed phrases that are a vague source wherever they occur ───────────────────────────────────

export const VAGUE_PHRASES: readonly PhraseEntry[] = [
  { phrase: 'people familiar with', note: 'NEWS: stock anonymous-source formula; guideline counts it as vague.' },
  { phrase: 'person familiar with', note: 'NEWS: stock anonymous-source formula; guideline counts it as vague.' },
  { phrase: 'those familiar with', note: 'NEWS: stock anonymous-source formula.' },
  { phrase: 'sources familiar with', note: 'NEWS: stock anonymous-source formula.' },
  { phrase: 'sources close to', note: 'Brief: "sources close to X" is vague.' },
  { phrase: 'source close to', note: 'Brief: "sources close to X" is vague.' },
  { phrase: 'people close to', note: 'NEWS: proximity instead of identity.' },
  { phrase: 'those close to', note: 'NEWS: proximity instead of identity.' },
  { phrase: 'insiders say', note: 'WP-W2W: unnamed insiders.' },
  { phrase: 'some say', note: 'WP-W2W: the canonical weasel "some say".' },
  { phrase: 'some argue', note: 'WP-W2W: weasel attribution.' },
  { phrase: 'some believe', note: 'WP-W2W: weasel attribution.' },
  { phrase: 'many say', note: 'WP-W2W: weasel attribution.' },
  { phrase: 'many argue', note: 'WP-W2W: weasel attribution.' },
  { phrase: 'critics say', note: 'WP-W2W: unnamed critics.' },
  { phrase: 'experts say', note: 'WP-W2W: unnamed experts.' },
  { phrase: 'experts warn', note: 'WP-W2W: unnamed experts.' },
  { phrase: 'studies show', note: 'WP-W2W: research with no study named.' },
  { phrase: 'studies have shown', note: 'WP-W2W: research with no study named.' },
  { phrase: 'research shows', note: 'WP-W2W: research with no study named.' },
  { phrase: 'research has shown', note: 'WP-W2W: research with no study named.' },
  { phrase: 'research has found', note: 'Brief: research with no study named.' },
  { phrase: 'polls show', note: 'Unnamed polls (guideline: vague).' },
  { phrase: 'polls showing', note: 'Unnamed polls (guideline: vague).' },
  { phrase: 'polls suggest', note: 'Unnamed polls (guideline: vague).' },
  { phrase: 'polls have shown', note: 'Unnamed polls (guideline: vague).' },
  { phrase: '{people|person|sources|source|those} with knowledge of', note: 'Guideline 3.3: the same formula as "people familiar with", which it counts as vague.' },
  { phrase: '{people|person|sources|source|those} with {direct|firsthand|first-hand|inside|intimate|detailed} knowledge of', note: 'Guideline 3.3: the same formula as "people familiar with", which it counts as vague.' },
];

// ── Heads of a source noun phrase ───────────────────────────────────────────────────────────────

/**
 * Groups defined by what they know or claim to know (opinion, expertise, inside access) and unnamed
 * evidence: a vague source in any register.
 */
export const INFORMED_GROUPS: readonly WordFamily[] = [
  { words: ['critics', 'detractors', 'opponents', 'skeptics', 'sceptics', 'naysayers'], note: 'WP-W2W: opinion-defined groups as a source.' },
  { words: ['experts', 'analysts', 'observers', 'commentators', 'pundits', 'economists', 'strategists', 'scholars', 'historians', 'scientists', 'researchers', 'watchers', 'forecasters', 'pollsters', 'specialists', 'columnists', 'bloggers'], note: 'WP-W2W ("experts say", "researchers say") and guideline 3.3: expertise claimed for an unnamed group.' },
  { words: ['insiders', 'sources', 'associates', 'confidants', 'allies', 'loyalists'], note: 'NEWS/guideline: unnamed insiders and "sources" with no role.' },
  { words: ['polls', 'surveys', 'studies', 'reports', 'rumours', 'rumors', 'speculation'], note: 'Unnamed evidence as a source.' },
];

/** Generic crowds and indefinite groups: a vague source in reporting; the writer's own generalisation in chatter (guideline 8). */
export const GENERIC_CROWDS: readonly WordFamily[] = [
  { words: ['supporters', 'fans', 'backers', 'admirers', 'conservatives', 'liberals', 'progressives', 'activists', 'campaigners'], note: 'Guideline: generic groups as a source are vague.' },
  { words: ['leaders', 'figures', 'insiders', 'members', 'people', 'many', 'some', 'others', 'several', 'few', 'everyone', 'everybody', 'nobody'], note: 'Guideline: an indefinite or generic group as a source.' },
];

/** Opinion- or expertise-defined groups and generic crowds: a vague source. */
export const VAGUE_HEADS: readonly WordFamily[] = [...INFORMED_GROUPS, ...GENERIC_CROWDS];

/** Described but unnamed individuals or bodies: an anonymous source. */
export const ANON_HEADS: readonly WordFamily[] = [
  { words: ['official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers', 'insider', 'source', 'strategist', 'analyst', 'expert', 'observer', 'consultant', 'operative', 'donor', 'ally', 'confidant', 'associate', 'friend', 'owner', 'activist'], note: 'AP: described-but-unnamed officials and insiders are anonymous sources.' },
  { words: ['diplomat', 'diplomats', 'investigator', 'investigators', 'agent', 'agents', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'operative', 'operatives', 'employee', 'employees', 'executive', 'executives', 'negotiator', 'negotiators', 'officer', 'officers'], note: 'AP: a role without a name is an anonymous source.' },
  { words: ['person', 'people', 'individual', 'individuals', 'witness', 'witnesses', 'resident', 'residents', 'member', 'members', 'friends', 'pals', 'relatives', 'colleagues', 'coworkers', 'co-workers', 'neighbours', 'neighbors'], note: 'NEWS: "three people who saw it", "a person briefed on the plan" — described, not named.' },
  { words: ['spokesman', 'spokeswoman', 'spokesperson'], note: 'An unnamed spokesperson; on-record when tied to a named principal (handled in code).' },
];

/** Whole countries, governments, campaigns: a collective source. */
export const COLLECTIVE_HEADS: readonly WordFamily[] = [
  { words: ['russia', 'ukraine', 'china', 'iran', 'israel', 'syria', 'turkey', 'america', 'britain', 'france', 'germany', 'india', 'pakistan', 'belarus', 'georgia', 'poland', 'japan', 'venezuela', 'cuba', 'egypt', 'iraq', 'afghanistan', 'qatar', 'hamas', 'hezbollah', 'taiwan'], note: 'A country (or movement) as a whole speaking: who in it?' },
  { words: ['moscow', 'kyiv', 'kiev', 'beijing', 'tehran', 'pyongyang', 'damascus', 'ankara', 'minsk', 'caracas', 'kremlin', 'washington', 'tokyo', 'riyadh', 'jerusalem'], note: 'NEWS: capital or seat of power as metonym for a government.' },
  { words: ['administration', 'government', 'regime', 'campaign', 'team', 'authorities', 'police', 'army', 'military', 'junta', 'camp'], note: 'Brief: a government, campaign or institution as a whole, no spokesperson named.' },
];

/** Definite role nouns that refer back to someone named earlier ("the minister", "the senator"). */
export const BACKREF_HEADS: readonly WordFamily[] = [
  { words: ['minister', 'president', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'secretary', 'chairman', 'chairwoman', 'chair', 'candidate', 'nominee', 'judge', 'justice', 'court', 'jury', 'prosecutor', 'prosecutors', 'lawyer', 'attorney', 'businessman', 'mogul', 'billionaire', 'leader', 'ambassador', 'general', 'director', 'ceo', 'founder', 'chief', 'speaker', 'author', 'researcher', 'researchers', 'professor', 'study', 'report', 'poll', 'survey', 'statement', 'letter', 'memo', 'document', 'lawsuit', 'complaint', 'indictment', 'filing', 'agency', 'ministry', 'department', 'company', 'firm', 'organization', 'organisation', 'group', 'outlet', 'newspaper', 'network', 'channel', 'paper', 'magazine', 'broadcaster', 'website', 'committee', 'commission', 'bureau', 'office', 'foundation', 'institute', 'center', 'centre', 'union', 'party', 'man', 'woman', 'democrat', 'republican', 'former', 'latter', 'star', 'actor', 'actress', 'host', 'anchor', 'reporter', 'journalist', 'columnist', 'analysis', 'review', 'audit', 'data', 'figures', 'results', 'records', 'documents', 'emails'], note: 'NEWS: a definite description that points back to a named person, body or document.' },
];

/** Words that make a group indefinite: "some officials", "many experts", "other senators". */
export const VAGUE_QUANTIFIERS: readonly WordFamily[] = [
  { words: ['some', 'many', 'several', 'few', 'other', 'others', 'various', 'numerous', 'most', 'countless', 'multiple', 'certain', 'lots', 'plenty'], note: 'Guideline: any indefinite quantifier makes a group vague; WP-W2W "some people".' },
];

/** Verbs that attach a claim, belief or stance to a source (all forms spelled out). */
export const REPORTING_VERBS: readonly WordFamily[] = [
  { words: ['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding', 'write', 'writes', 'wrote', 'writing', 'stated', 'stating'], note: 'NEWS: the core speech verbs ("state"/"states" left out: far more often the noun).' },
  { words: ['claim', 'claims', 'claimed', 'claiming', 'argue', 'argues', 'argued', 'arguing', 'insist', 'insists', 'insisted', 'insisting', 'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained', 'assert', 'asserts', 'asserted', 'allege', 'alleges', 'alleged', 'alleging'], note: 'NEWS: assertive speech verbs (WP-W2W warns they can editorialise).' },
  { words: ['note', 'notes', 'noted', 'explain', 'explains', 'explained', 'warn', 'warns', 'warned', 'warning', 'announce', 'announces', 'announced', 'acknowledge', 'acknowledges', 'acknowledged', 'admit', 'admits', 'admitted', 'confirm', 'confirms', 'confirmed', 'deny', 'denies', 'denied', 'suggest', 'suggests', 'suggested', 'report', 'reports', 'reported', 'reporting'], note: 'NEWS: informational speech verbs.' },
  { words: ['tweeted', 'posted', 'testify', 'testifies', 'testified', 'recall', 'recalls', 'recalled', 'complain', 'complains', 'complained', 'accuse', 'accuses', 'accused', 'counter', 'counters', 'countered', 'reply', 'replies', 'replied', 'respond', 'responds', 'responded', 'observe', 'observes', 'observed', 'estimate', 'estimates', 'estimated', 'conclude', 'concludes', 'concluded'], note: 'NEWS: further speech and finding verbs.' },
  { words: ['find', 'finds', 'found', 'show', 'shows', 'showed', 'shown', 'showing', 'indicate', 'indicates', 'indicated', 'agree', 'agrees', 'agreed', 'caution', 'cautions', 'cautioned', 'stress', 'stresses', 'stressed', 'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised', 'echo', 'echoes', 'echoed', 'reiterate', 'reiterates', 'reiterated', 'remark', 'remarked', 'declare', 'declares', 'declared', 'describe', 'describes', 'described', 'called', 'continued', 'discovered', 'learned', 'reveal', 'reveals', 'revealed', 'disclose', 'disclosed', 'concede', 'concedes', 'conceded', 'predict', 'predicts', 'predicted', 'speculate', 'speculates', 'speculated', 'question', 'questions', 'questioned', 'questioning', 'blame', 'blames', 'blamed', 'praise', 'praises', 'praised', 'criticize', 'criticizes', 'criticized', 'criticise', 'criticised', 'denounce', 'denounced', 'denounces', 'demand', 'demands', 'demanded', 'ruled', 'affirm', 'affirms', 'affirmed', 'mull', 'mulling'], note: 'NEWS: finding, stance and evaluation verbs.' },
  { words: ['express', 'expresses', 'expressed', 'voice', 'voices', 'voiced'], note: 'Wiebe et al. 2005 (MPQA): "expressed concern", "voiced doubts": speech events that carry a private state.' },
];

/**
 * Attitudes: the "private states" of the MPQA opinion annotation (Wiebe, Wilson & Cardie 2005,
 * "Annotating expressions of opinions and emotions in language": sentiments, emotions, stances).
 * Pinned on an open-ended group, they are the guideline's vague source ("Party leaders hope…",
 * 3.2; motives and private mental states, 3.4 d). Present-tense verbs only: "opposed" and
 * "supported" are as often votes, which are public results.
 */
export const ATTITUDE_VERBS: readonly WordFamily[] = [
  { words: ['support', 'supports', 'oppose', 'opposes', 'favor', 'favors', 'favour', 'favours', 'applaud', 'applauds', 'welcome', 'welcomes', 'hate', 'hates', 'resent', 'resents', 'distrust', 'distrusts', 'mistrust', 'mistrusts', 'dislike', 'dislikes', 'crave', 'craving'], note: 'Wiebe et al. 2005 (MPQA): attitude verbs express a private state of their subject.' },
];

/** Emotion adjectives: after "be" a private state of the subject; "frustrated by X" names a cause, not a source. */
export const EMOTION_ADJECTIVES: readonly WordFamily[] = [
  { words: ['upset', 'angry', 'furious', 'frustrated', 'optimistic', 'pessimistic', 'wary', 'fond', 'eager', 'anxious', 'nervous', 'afraid', 'alarmed', 'uneasy', 'hopeful', 'enthusiastic', 'reluctant', 'outraged', 'disappointed', 'excited'], note: 'Wiebe et al. 2005 (MPQA): emotion adjectives after "be" express a private state of the subject.' },
];

export const ATTITUDES: readonly WordFamily[] = [...ATTITUDE_VERBS, ...EMOTION_ADJECTIVES];

/** Private mental states pinned on a source: worse when the source is unnamed (AP: opinion). */
export const MENTAL_VERBS: readonly WordFamily[] = [
  { words: ['know', 'knows'], note: 'MOS:WEASEL: an appeal to common knowledge ("everyone knows", "anyone who has tried it knows") puts a claim in an open-ended group\'s mouth.' },
  { words: ['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'hope', 'hopes', 'hoped', 'hoping', 'expect', 'expects', 'expected', 'suspect', 'suspects', 'suspected', 'doubt', 'doubts', 'doubted', 'feel', 'feels', 'felt', 'want', 'wants', 'wanted', 'see', 'sees', 'view', 'views', 'consider', 'considers', 'considered', 'wonder', 'wonders', 'wondered', 'saw', 'sought', 'mulling', 'mull', 'plan', 'plans', 'planning', 'expecting', 'anticipate', 'anticipates', 'anticipated', 'anticipating', 'intend', 'intends', 'surprised', 'dismayed', 'unhappy', 'convinced', 'concerned', 'skeptical', 'sceptical', 'privately'], note: 'AP: anonymity is for information, not opinion or speculation; a mental state needs a named holder.' },
  ...ATTITUDES,
];

/** Words that say why a source was not named: lowers an anonymous finding's severity (AP, SPJ). */
export const ANONYMITY_REASONS: readonly PhraseEntry[] = [
  { phrase: 'condition of anonymity', note: 'AP: the story says anonymity was granted.' },
  { phrase: 'not authorized to', note: 'AP: the reason (not authorised to speak) is given.' },
  { phrase: 'not authorised to', note: 'AP: the reason is given (British spelling).' },
  { phrase: 'declined to be named', note: 'SPJ: the source asked not to be named; reason may follow.' },
  { phrase: 'asked not to be named', note: 'SPJ: the source asked not to be named.' },
  { phrase: 'asked not to be identified', note: 'SPJ: the source asked not to be identified.' },
  { phrase: 'requested anonymity', note: 'AP: anonymity requested and noted.' },
  { phrase: 'spoke anonymously', note: 'AP: anonymity noted.' },
  { phrase: 'speaking anonymously', note: 'AP: anonymity noted.' },
  { phrase: 'for fear of', note: 'SPJ: danger or retribution as the reason.' },
  { phrase: 'to speak publicly', note: 'AP: not cleared to speak publicly.' },
  { phrase: 'to discuss', note: 'AP: "not authorised to discuss…" names the reason.' },
];

/** Hedged or speculative wording in the claim: makes an anonymous source worse (AP). */
export const SPECULATION_WORDS: readonly WordFamily[] = [
  { words: ['could', 'might', 'may', 'likely', 'probably', 'possibly', 'perhaps', 'believe', 'believes', 'think', 'thinks', 'fear', 'fears', 'suspect', 'suspects', 'wrongdoing', 'should', 'would'], note: 'AP: speculation and opinion should not rest on anonymous sources.' },
];

/** Court or police context: "allegedly" and "accused" are the legal register, not hearsay. */
export const LEGAL_CONTEXT: readonly WordFamily[] = [
  { words: ['charged', 'charges', 'charge', 'indicted', 'indictment', 'court', 'trial', 'prosecutors', 'prosecutor', 'police', 'arrested', 'arrest', 'suspect', 'suspects', 'defendant', 'jury', 'judge', 'lawsuit', 'sued', 'complaint', 'convicted', 'pleaded', 'plea', 'investigation', 'investigators', 'detectives', 'officers', 'affidavit', 'warrant', 'crime', 'criminal', 'custody', 'battery', 'assault', 'murder', 'fraud', 'theft', 'officer', 'shot', 'shooting', 'stabbed', 'stabbing', 'robbed', 'robbery', 'kidnapped', 'raped', 'embezzled', 'smuggled', 'smuggling'], note: 'AP: "allegedly" is proper for charges not yet proven; not a sourcing failure.' },
];

/** Pronouns that refer back to an earlier source. */
export const PRONOUNS: readonly WordFamily[] = [
  { words: ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'who', 'this', 'that', 'these', 'those', 'both', 'each', 'one', 'the', 'former', 'latter'], note: 'NEWS: back-reference to the last source mentioned.' },
];

// ── Unsourced assertions in the article's own voice (precision first) ───────────────────────────

/** Accusation words: a charge of lying, fraud or plotting stated as fact. */
export const ACCUSATION_WORDS: readonly PhraseEntry[] = [
  { phrase: 'lies', note: 'Guideline (b): accusation of lying stated as fact.' },
  { phrase: 'lied about', note: 'Guideline (b): accusation of lying stated as fact.' },
  { phrase: 'liar', note: 'Guideline (b): accusation of lying stated as fact.' },
  { phrase: 'witch hunt', note: 'Guideline (b): loaded negative characterisation.' },
  { phrase: 'hoax', note: 'Loaded dismissal stated as fact.' },
  { phrase: 'cover-up', note: 'Accusation of concealment stated as fact.' },
  { phrase: 'covered up', note: 'Accusation of concealment stated as fact.' },
  { phrase: 'rigged', note: 'Accusation of fraud stated as fact.' },
  { phrase: 'liberal bias', note: 'Negative characterisation stated as fact.' },
];

/** Sweeping, certainty-asserting formulas. */
export const SWEEPING_PHRASES: readonly PhraseEntry[] = [
  { phrase: 'everyone knows', note: 'WP-W2W: unsupported appeal to common knowledge.' },
  { phrase: 'everybody knows', note: 'WP-W2W: unsupported appeal to common knowledge.' },
  { phrase: 'it is clear that', note: 'WP-W2W: asserted certainty.' },
  { phrase: 'there is no doubt', note: 'WP-W2W: asserted certainty.' },
  { phrase: 'no one can deny', note: 'WP-W2W: asserted certainty.' },
  { phrase: 'undeniably', note: 'WP-W2W: asserted certainty.' },
  { phrase: 'make no mistake', note: 'Asserted certainty.' },
  { phrase: 'the truth is', note: 'Asserted certainty.' },
];

/** Words that mark a figure as an official or electoral result (not a statistic to source). */
export const RESULT_WORDS: readonly WordFamily[] = [
  { words: ['delegates', 'delegate', 'superdelegates', 'precincts', 'precinct', 'vote', 'votes', 'voted', 'ballots', 'won', 'wins', 'win', 'primary', 'caucus', 'caucuses', 'electoral', 'seats', 'turnout', 'killed', 'wounded', 'injured', 'dead', 'died', 'aged', 'age', 'old', 'born', 'founded', 'tickets', 'price', 'priced', 'costs', 'salary', 'budget', 'fine', 'fined', 'raised', 'raise', 'donated', 'paid', 'propose', 'proposes', 'proposed', 'plan', 'plans', 'will', 'would'], note: 'Guideline: official results, schedules and announced sums are not statistics needing a source.' },
];

/** A figure is a statistic (measured, estimated) when it moves or measures something. */
export const STATISTIC_WORDS: readonly WordFamily[] = [
  { words: ['rose', 'risen', 'rising', 'fell', 'fallen', 'falling', 'grew', 'grown', 'growing', 'increased', 'increase', 'decreased', 'decrease', 'dropped', 'dropping', 'declined', 'decline', 'jumped', 'surged', 'plunged', 'soared', 'doubled', 'tripled', 'shrank', 'climbed', 'peaked', 'averaged', 'average', 'unemployment', 'inflation', 'gdp', 'population', 'rate', 'rates', 'earnings', 'revenue', 'revenues', 'deficit', 'debt', 'wages', 'income', 'growth', 'registered', 'share', 'majority', 'poverty', 'worth', 'fortune', 'profits', 'losses'], note: 'Guideline (a): economic data, financial figures and research counts need a source.' },
];

/** Consensus with no holder: "is widely considered", "is generally regarded" (Wikipedia weasel). */
export const HEDGE_CONSENSUS: readonly PhraseEntry[] = [
  { phrase: 'widely', note: 'WP-W2W: "widely" implies an unnamed crowd.' },
  { phrase: 'generally considered', note: 'WP-W2W: considered by whom?' },
  { phrase: 'generally regarded', note: 'WP-W2W: regarded by whom?' },
  { phrase: 'generally accepted', note: 'WP-W2W: accepted by whom?' },
  { phrase: 'generally believed', note: 'WP-W2W: believed by whom?' },
  { phrase: 'commonly', note: 'CONLL: weasel generalisation.' },
  { phrase: '{be} considered', note: 'WP-W2W: considered by whom?' },
  { phrase: '{be} regarded', note: 'WP-W2W: regarded by whom?' },
  { phrase: '{be} believed', note: 'WP-W2W: believed by whom?' },
  { phrase: '{be} thought', note: 'WP-W2W: thought by whom?' },
  { phrase: '{be} often', note: 'CONLL: weasel generalisation.' },
  { phrase: 'arguably', note: 'WP-W2W: hedge that smuggles in an opinion.' },
];

/**
 * The writer's own epistemic hedges ("probably", "appears to", "may have"). Honest in news analysis,
 * a weasel in reference text: the detector reads them only in the article's own voice (no source in
 * or before the sentence, no quotation, no first or second person).
 */
export const HEDGE_EPISTEMIC: readonly PhraseEntry[] = [
  { phrase: 'probably', note: 'CONLL: epistemic hedge.' },
  { phrase: 'possibly', note: 'CONLL: epistemic hedge.' },
  { phrase: 'perhaps', note: 'CONLL: epistemic hedge.' },
  { phrase: 'presumably', note: 'CONLL: epistemic hedge.' },
  { phrase: 'apparently', note: 'CONLL: epistemic hedge (an appearance with no observer named).' },
  { phrase: 'seemingly', note: 'CONLL: epistemic hedge.' },
  { phrase: 'most likely', note: 'CONLL: epistemic hedge.' },
  { phrase: 'in all likelihood', note: 'CONLL: epistemic hedge.' },
  { phrase: '{be} likely', note: 'CONLL: epistemic hedge.' },
  { phrase: '{be} unlikely', note: 'CONLL: epistemic hedge.' },
  { phrase: 'it {be} possible', note: 'CONLL: epistemic hedge on a whole clause.' },
  { phrase: 'it {be} also possible', note: 'CONLL: epistemic hedge on a whole clause.' },
  { phrase: 'may have', note: 'CONLL: speculation about the past ("may have influenced").' },
  { phrase: 'may also have', note: 'CONLL: speculation about the past.' },
  { phrase: 'might have', note: 'CONLL: speculation about the past.' },
  { phrase: 'seems to', note: 'CONLL: epistemic hedge.' },
  { phrase: 'seem to', note: 'CONLL: epistemic hedge.' },
  { phrase: 'appears to', note: 'CONLL: epistemic hedge.' },
  { phrase: 'appear to', note: 'CONLL: epistemic hedge.' },
];

/** Generalisations with no count or source: "generally", "usually", "often". */
export const HEDGE_GENERAL: readonly PhraseEntry[] = [
  { phrase: 'generally', note: 'WP-W2W: a generalisation with no measure.' },
  { phrase: 'typically', note: 'CONLL: a generalisation with no measure.' },
];

/** Reputation words: "well-known", "best known", "notable" — a standing nobody measured. */
export const HEDGE_REPUTATION: readonly PhraseEntry[] = [
  { phrase: 'well-known', note: 'WP-W2W (puffery): known to whom?' },
  { phrase: 'well known', note: 'WP-W2W (puffery): known to whom?' },
  { phrase: 'best-known', note: 'WP-W2W (puffery): known to whom?' },
  { phrase: 'best known', note: 'WP-W2W (puffery): known to whom?' },
  { phrase: 'best-selling', note: 'WP-W2W (puffery): a ranking with no figure.' },
  { phrase: 'notable', note: 'WP-W2W (puffery): notable to whom?' },
  { phrase: 'notably', note: 'WP-W2W (puffery): notable to whom?' },
  { phrase: 'famous', note: 'WP-W2W (puffery): famous to whom?' },
  { phrase: 'popular', note: 'WP-W2W (puffery): popular with whom, by what measure?' },
  { phrase: 'highly regarded', note: 'WP-W2W (puffery): regarded by whom?' },
  { phrase: 'acclaimed', note: 'WP-W2W (puffery): acclaimed by whom?' },
];

/** Peacock superlatives with no measure or source. */
export const HEDGE_PEACOCK: readonly PhraseEntry[] = [
  { phrase: 'one of the most', note: 'WP-W2W: peacock superlative with no measure.' },
  { phrase: 'one of the best', note: 'WP-W2W: peacock superlative with no measure.' },
  { phrase: 'one of the largest', note: 'WP-W2W: peacock superlative with no measure.' },
  { phrase: 'one of the greatest', note: 'WP-W2W: peacock superlative with no measure.' },
  { phrase: 'one of the leading', note: 'WP-W2W: peacock superlative with no measure.' },
  { phrase: 'one of the finest', note: 'WP-W2W: peacock superlative with no measure.' },
  { phrase: 'one of the few', note: 'CONLL: unquantified rarity claim.' },
  { phrase: 'one of many', note: 'CONLL: unquantified claim.' },
  { phrase: 'one of several', note: 'CONLL: unquantified claim.' },
];

/** Weasel quantifiers ("some", "many", "several") on any noun: CoNLL weasel sense. */
export const HEDGE_QUANTIFIERS: readonly WordFamily[] = [
  { words: ['some', 'many', 'several', 'various', 'numerous', 'others', 'few'], note: 'CONLL/WP-W2W: unquantified "some/many" is the commonest Wikipedia weasel cue.' },
  { words: ['most'], note: 'WP-W2W: "most historians" — only on a group of people (the code checks the noun).' },
];

/** Multi-word quantifiers that stand in for a number. */
export const HEDGE_QUANTIFIER_PHRASES: readonly PhraseEntry[] = [
  { phrase: 'a number of', note: 'CONLL: "a number of" gives no number.' },
  { phrase: 'a large number of', note: 'CONLL: "a large number of" gives no number.' },
];

/**
 * Nouns of time, manner and degree after a quantifier: "several times", "for many years", "in some
 * fashion", "to some extent" measure a duration or a manner; they hide no source and no count that
 * matters to the claim.
 */
export const MEASURE_NOUNS: readonly WordFamily[] = [
  { words: ['time', 'times', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'centuries', 'occasions', 'moments', 'point', 'stage', 'fashion', 'way', 'ways', 'respects', 'respect', 'extent', 'degree', 'sort', 'kind', 'measure'], note: 'Grammar: measure phrases of time and manner, not a weasel.' },
];

/** Human groups: "some scholars", "many critics" — a weasel that hides a source. */
export const HUMAN_GROUPS: readonly WordFamily[] = [
  { words: ['people', 'scholars', 'historians', 'researchers', 'scientists', 'critics', 'experts', 'authors', 'writers', 'commentators', 'observers', 'analysts', 'theorists', 'theologians', 'philosophers', 'economists', 'linguists', 'biologists', 'physicians', 'doctors', 'sources', 'members', 'fans', 'users', 'residents', 'americans', 'believers', 'readers', 'viewers', 'listeners', 'musicians', 'artists', 'players', 'students', 'teachers', 'politicians', 'academics', 'archaeologists', 'editors', 'reviewers', 'supporters', 'opponents', 'proponents', 'advocates', 'skeptics', 'individuals', 'persons', 'men', 'women', 'christians', 'muslims', 'jews', 'buddhists', 'hindus'], note: 'WP-W2W: "some people", "many scholars" — unnamed holders of a view.' },
];
