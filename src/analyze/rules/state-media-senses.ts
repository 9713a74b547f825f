// Other senses of outlet names, as data: when the words around a name show it means something else
// (a closed-circuit camera, a retweet, a satellite, a product), the name is not the outlet. Each
// rule says what the other sense is and where that sense is documented (a dictionary or a style
// book), never a sentence from any corpus. Tables of sentences for every rule are in
// tests/unit/state-media-senses.test.ts.
//
// A rule applies to the aliases it lists (compared case-insensitively, as written in the registry)
// and rejects the name when any of its cues matches: `before` on the text right before the name,
// `after` on the text right after it, `sentence` anywhere in the sentence. `mentionNeeds`, when set,
// is a condition on plain mentions: a name that is neither a source nor a venue is kept only when
// the paragraph matches it (a bare "CCTV" in a story with no China in it is a camera).

export interface SenseRule {
  id: string;
  aliases: readonly string[];
  before?: RegExp;
  after?: RegExp;
  sentence?: RegExp;
  mentionNeeds?: RegExp;
  /** The rule does not apply in a title-case line (a headline capitalises every word). */
  notInHeadlines?: boolean;
  /** The other sense. */
  note: string;
  /** Where the other sense is documented. */
  source: string;
}

const CCTV_NOUNS =
  'footage|camera|cameras|cam|cams|image|images|imagery|video|videos|clip|clips|still|stills|system|systems|network|' +
  'networks|operator|operators|monitor|monitors|monitoring|surveillance|coverage|recording|recordings|evidence|' +
  'installation|installations|installer|installers|control|room|signage|picture|pictures|feed|feeds|unit|units|' +
  'equipment|kit|kits|sign|signs|inquiries|enquiries|appeal|appeals|review|analysis|trawl|stills';
// Words before "CCTV" that only the camera sense takes ("caught on CCTV", "police CCTV"). Words
// both senses take ("on", "shown on", "covered by") are left to `mentionNeeds` and the roles.
const CCTV_BEFORE =
  'caught|captured|recorded|filmed|spotted|visible|pictured|installed|install|installing|fitted|review|reviewed|' +
  'reviewing|checked|checking|examined|examining|trawled|trawling|obtained|seized|monitored|police|security|home|' +
  'doorbell|shop|store|council|covert|hidden|tamper-proof';

export const SENSES: readonly SenseRule[] = [
  {
    id: 'closed-circuit-tv',
    aliases: ['CCTV'],
    after: new RegExp(`^\\s*(?:[-–]\\s*)?(?:${CCTV_NOUNS})\\b`, 'iu'),
    before: new RegExp(`(?:^|[^\\p{L}])(?:${CCTV_BEFORE})\\s+(?:on\\s+|by\\s+|from\\s+|the\\s+)?$`, 'iu'),
    sentence: /closed[- ]circuit|surveillance camera|security camera|\bCCTV camera|\bCCTV footage/iu,
    mentionNeeds: /china|chinese|beijing|xi jinping|\bCPC\b|communist party|中国|中國|央视|китай|chine|chino|china/iu,
    note: 'Closed-circuit television: video surveillance cameras and their footage (British and Commonwealth usage).',
    source: 'Oxford English Dictionary and Cambridge Dictionary, "CCTV" (abbreviation of closed-circuit television).',
  },
  {
    id: 'retweet',
    aliases: ['RT'],
    sentence: /re-?tweet|\btweet|twitter|\bRT\s*@|\bRT:|\bRT\s+(?:if|this|to)\b|\bMT\b|\bHT\b/iu,
    after: /^\s*[@#:]/u,
    note: 'Retweet: "RT @user" or "RT:" repeats someone else\'s post on X/Twitter.',
    source: 'Merriam-Webster, "retweet"; Twitter Help Center, "How to retweet" (the manual "RT @" convention).',
  },
  {
    id: 'satellite-vaccine',
    aliases: ['Sputnik', 'Спутник', 'اسپوتنیک'],
    sentence:
      /satellit|vaccin|vakzin|impfstoff|szczepion|orbit|launch|space|dose|\bjab|cosmonaut|вакцин|прививк|привив|доз|запуск|спутник v|гамалеи|gamaleya|واکسن|ماهواره/iu,
    note: 'The Soviet satellites (1957), the "Sputnik moment" idiom and the Gam-COVID-Vac "Sputnik V" vaccine.',
    source: 'Britannica, "Sputnik" (satellite); Merriam-Webster, "Sputnik moment"; WHO EUL list, "Sputnik V".',
  },
  {
    id: 'space-station-peace',
    aliases: ['Мир'],
    sentence: /station|cosmonaut|orbit|dock|станци|космо|во всем мире|во всём мире|в мире|мир во всем|мира и/iu,
    note: 'Russian "мир" means "world" and "peace"; also the Mir space station.',
    source: 'Ожегов & Шведова, Толковый словарь русского языка, "мир" (1, 2).',
  },
  {
    id: 'compound-proper-name',
    // Upper-case initials followed by another capitalised word form a different name: a company,
    // a product, a programme ("RIA Money Transfer", "CCTV Camera World", "KCNA Watch").
    aliases: ['RT', 'RIA', 'РИА', 'TASS', 'CCTV', 'CGTN', 'KCNA', 'IRNA', 'SANA', 'TRT', 'NTV', 'MTI', 'CRI', 'CNR', 'CMG', 'WAM', 'BNA', 'ONA', 'KUNA', 'QNA', 'VNA', 'ENA', 'EBC', 'RBA', 'ZBC', 'KPL', 'AKP', 'TVK', 'TDH', 'OTR', 'ONT', 'STV', 'TVC', 'RTR', 'VTV', 'AVN', 'RNV', 'ACN', 'FNA', 'INA', 'ERTU', 'MRTV', 'IRIB', 'KCTV', 'ICRT', 'CNTV', 'AJE'],
    after:
      /^[ \u00a0](?!(?:News|Agency|TV|Television|Channel|Radio|Online|World|International|Arabic|English|Español|Français|Deutsch|America|UK|Europe|Africa|Plus|Novosti|Nowosti|Haber|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|On|In|And|Or|But|As|At|For|With|Said|Says|Reported|Reports|Quoted|Cited|Commentary|Editorial|Report|Op-Ed|Dispatch|Statement|Article|Interview|Claims|Warns|Slams|Accuses|Denies|Reveals|Journalist|Reporter|Correspondent)\b)\p{Lu}\p{Ll}{2,}(?:[ \u00a0]\p{Lu}\p{Ll}+)*(?=[ \u00a0]+(?:\p{Ll}|\p{Lu}\p{Ll})|[.,;:!?]|$)/u,
    notInHeadlines: true,
    note: 'Initials that begin another proper name (company, product, programme) are not the outlet.',
    source: 'Chicago Manual of Style (17th ed.) §10.2–10.7 on initialisms; AP Stylebook, "abbreviations and acronyms".',
  },
];

const BY_ALIAS = new Map<string, SenseRule[]>();
for (const r of SENSES) {
  for (const a of r.aliases) {
    const key = a.toLowerCase();
    BY_ALIAS.set(key, [...(BY_ALIAS.get(key) ?? []), r]);
  }
}

/** The sense rules for an alias (case-insensitive), if any. */
export function sensesFor(alias: string): readonly SenseRule[] {
  return BY_ALIAS.get(alias.toLowerCase()) ?? [];
}
