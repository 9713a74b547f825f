// State-media descriptors and country words, as data: what stands for an outlet when no name is
// given ("the state news agency", "Iran's official newspaper", "state TV", "North Korean media")
// and which words place a sentence in a country. The detector (../detectors/state-media.ts)
// decides when a descriptor is a citation (the role constructions) and what it resolves to.
//
// Sources:
// - the descriptor forms follow the citation guideline of the evaluation set
//   (guidelines/state_media_citations.md, "Descriptors") and the reference registry's notes on
//   reader-facing wording (reference/state-media.md §5); the forms in other languages are the
//   ordinary dictionary renderings of "state media / state television / state news agency /
//   official newspaper" (Duden "Staatsfernsehen", Le Robert "médias d'État", DLE "estatal",
//   TDK "devlet televizyonu", Ожегов "государственный", СУМ "державний", Almaany "الرسمية",
//   Dehkhoda "دولتی", 现代汉语词典 "官方媒体");
// - a descriptor resolves to one outlet only where the country has one obvious state outlet of that
//   kind (DESCRIPTOR_DEFAULTS; guideline: "Iran's state TV → IRIB, Syria's state agency → SANA");
//   otherwise the finding is a generic state-media citation of that country (details.country);
// - "<country> media" counts as state media only where every domestic outlet is state-run:
//   ALL_STATE_MEDIA, from Reporters Without Borders' country profiles (rsf.org/en/country/…),
//   which describe North Korea, Eritrea and Turkmenistan as having no independent domestic media.

/** Words that place a sentence in a country, for `country` aliases ("Channel One" only for Russia). */
export const COUNTRY_WORDS: Partial<Record<string, RegExp>> = {
  RU: /russia|russian|moscow|kremlin|росі|російськ|кремл|روسي|روسیه|俄罗斯|俄羅斯|rusya|россия|российск|москв|kreml|russland|russisch|russie|russe|rusia|ruso|rusa|rosyjsk|rosji|russa|rússia/iu,
  BY: /belarus|minsk|lukashenk|беларус|белорус|минск|białoru/iu,
  VN: /vietnam|viet nam|hanoi|việt/iu,
  AE: /emirat|\bUAE\b|abu dhabi|dubai/iu,
  EG: /egypt|cairo|مصر/iu,
  SY: /syria|damascus|سوري/iu,
  IQ: /iraq|baghdad|عراق/iu,
  ZW: /zimbabwe|harare|bulawayo/iu,
  AU: /australia|sydney|melbourne|canberra/iu,
  TW: /taiwan|taipei/iu,
  VE: /venezuel|caracas|maduro|chávez|chavez/iu,
  NI: /nicaragua|managua|ortega/iu,
};

// ---- Descriptors standing for an outlet.
export const COUNTRY_ADJ: Readonly<Record<string, string>> = {
  russia: 'RU', russian: 'RU', kremlin: 'RU', china: 'CN', chinese: 'CN', beijing: 'CN', iran: 'IR', iranian: 'IR',
  tehran: 'IR', 'north korea': 'KP', 'north korean': 'KP', pyongyang: 'KP', syria: 'SY', syrian: 'SY', turkey: 'TR',
  turkish: 'TR', türkiye: 'TR', belarus: 'BY', belarusian: 'BY', venezuela: 'VE', venezuelan: 'VE', cuba: 'CU',
  cuban: 'CU', emirati: 'AE', uae: 'AE', saudi: 'SA', 'saudi arabia': 'SA', egypt: 'EG', egyptian: 'EG', qatar: 'QA',
  qatari: 'QA', vietnam: 'VN', vietnamese: 'VN', azerbaijan: 'AZ', azerbaijani: 'AZ', hungary: 'HU', hungarian: 'HU',
  serbia: 'RS', serbian: 'RS', nicaragua: 'NI', nicaraguan: 'NI', eritrea: 'ER', eritrean: 'ER', ethiopia: 'ET',
  ethiopian: 'ET', rwanda: 'RW', rwandan: 'RW', zimbabwe: 'ZW', zimbabwean: 'ZW', laos: 'LA', lao: 'LA',
  cambodia: 'KH', cambodian: 'KH', myanmar: 'MM', burmese: 'MM', turkmen: 'TM', turkmenistan: 'TM', uzbek: 'UZ',
  tajik: 'TJ', kazakh: 'KZ', bahrain: 'BH', bahraini: 'BH', kuwait: 'KW', kuwaiti: 'KW', oman: 'OM', omani: 'OM',
  jordan: 'JO', jordanian: 'JO', iraq: 'IQ', iraqi: 'IQ', algeria: 'DZ', algerian: 'DZ', morocco: 'MA',
  moroccan: 'MA', tunisia: 'TN', tunisian: 'TN', malaysia: 'MY', malaysian: 'MY',
  // Countries whose public broadcasters are independent: a descriptor there is not flagged.
  british: 'GB', britain: 'GB', uk: 'GB', american: 'US', us: 'US', german: 'DE', germany: 'DE', french: 'FR',
  france: 'FR', canadian: 'CA', canada: 'CA', australian: 'AU', australia: 'AU', japanese: 'JP', japan: 'JP',
  korean: 'KR', 'south korean': 'KR', israeli: 'IL', israel: 'IL', swiss: 'CH', dutch: 'NL', swedish: 'SE',
  norwegian: 'NO', danish: 'DK', finnish: 'FI', irish: 'IE', austrian: 'AT', czech: 'CZ', taiwanese: 'TW',
  ukrainian: 'UA', ukraine: 'UA', spanish: 'ES', spain: 'ES', italian: 'IT', italy: 'IT', polish: 'PL', poland: 'PL',
  indian: 'IN', india: 'IN', singapore: 'SG', singaporean: 'SG', georgian: 'GE', brazilian: 'BR',
};
/** Default outlet for "<country>'s state TV / news agency" when no outlet was named before it. */
export const DESCRIPTOR_DEFAULTS: Readonly<Record<string, { tv?: string; agency?: string }>> = {
  IR: { tv: 'ir-irib', agency: 'ir-irna' },
  CN: { tv: 'cn-cctv', agency: 'cn-xinhua' },
  KP: { tv: 'kp-kctv', agency: 'kp-kcna' },
  TR: { tv: 'tr-trt', agency: 'tr-anadolu' },
  BY: { tv: 'by-btrc', agency: 'by-belta' },
  VE: { tv: 've-vtv', agency: 've-avn' },
  CU: { agency: 'cu-prensa-latina' },
  SY: { tv: 'sy-ortas', agency: 'sy-sana' },
  EG: { agency: 'eg-mena' },
  SA: { agency: 'sa-spa' },
  AE: { agency: 'ae-wam' },
  QA: { agency: 'qa-qna' },
  AZ: { agency: 'az-azertac' },
};
export const COUNTRY_PHRASE = Object.keys(COUNTRY_ADJ)
  .sort((a, b) => b.length - a.length)
  .join('|');
const STATE_WORD =
  'state|state-run|state-owned|state-controlled|state-backed|state-affiliated|state-sponsored|state-funded|' +
  'government-run|government-controlled|government-owned|kremlin-controlled|kremlin-backed|kremlin-run';
export const DESCRIPTOR = new RegExp(
  `(?<![\\p{L}])(?:(?:the|a|an)\\s+)?(?:(${COUNTRY_PHRASE})(?:['’]s)?\\s+)?(?:main\\s+|official\\s+|national\\s+)?` +
    `(?:${STATE_WORD})\\s+` +
    `(?:(${COUNTRY_PHRASE})\\s+)?(?:(?:news|television|tv|run|radio)\\s+)?` +
    `(media|tv|television|broadcaster|broadcasting|news agency|agency|news outlet|outlet|newspaper|tabloid|paper|` +
    `daily|channel|network|radio|press|news bureau|bureau|news service|news)(?![\\p{L}])`,
  'giu',
);

/**
 * A text DESCRIPTOR can match contains one of its state words (the one part every match has), so a
 * text without one is not scanned. Same flags as DESCRIPTOR: the same letters compare equal.
 */
export const DESCRIPTOR_NEEDLE = new RegExp(`(?:${STATE_WORD})`, 'iu');

/** "Iran's official news agency", "the official Syrian news agency": `official` needs a country. */
export const OFFICIAL_DESCRIPTOR = new RegExp(
  `(?<![\\p{L}])(?:(?:the|a|an)\\s+)?(?:(${COUNTRY_PHRASE})(?:['’]s)?\\s+(?:main\\s+|national\\s+)?official|official\\s+(${COUNTRY_PHRASE}))\\s+` +
    `(?:(?:news|television|tv|radio)\\s+)?` +
    `(news agency|press agency|agency|newspaper|daily|paper|gazette|tv|television|broadcaster|media|press|news service|radio|channel|news outlet|outlet|mouthpiece)(?![\\p{L}])`,
  'giu',
);
/** Both forms of OFFICIAL_DESCRIPTOR spell out "official": a text without it is not scanned. */
export const OFFICIAL_DESCRIPTOR_NEEDLE = /official/iu;

/** Countries whose domestic media are all state-run (RSF country profiles; see the header). */
export const ALL_STATE_MEDIA: Readonly<Record<string, { source: string }>> = {
  KP: { source: 'https://rsf.org/en/country/north-korea' },
  ER: { source: 'https://rsf.org/en/country/eritrea' },
  TM: { source: 'https://rsf.org/en/country/turkmenistan' },
};

/** "North Korean media", "nordkoreanische Medien", "朝鲜媒体": the country's media as a whole. */
/**
 * `needle` (optional, in the lists below): a part every match of `re` spells out, copied from `re`
 * with the same flags, so a text without it is not scanned (the detector then skips `re`). Keep it
 * in step when `re` changes; leave it out and `re` always runs.
 */
export interface DescriptorRule {
  re: RegExp;
  lang: string;
  needle?: RegExp;
}

export const ALL_STATE_MEDIA_PHRASES: readonly (DescriptorRule & { country: string })[] = [
  { lang: 'en', country: 'KP', re: /(?<![\p{L}])(?:north korean|north korea['’]s|pyongyang['’]s|dprk)\s+(?:official\s+|state\s+)?(?:media|press|news media|news outlets|outlets|newspapers|television|tv|radio)(?![\p{L}])/giu, needle: /north korea|pyongyang|dprk/iu },
  { lang: 'en', country: 'ER', re: /(?<![\p{L}])(?:eritrean|eritrea['’]s)\s+(?:official\s+|state\s+)?(?:media|press|news media|television|tv|radio)(?![\p{L}])/giu, needle: /eritrea/iu },
  { lang: 'en', country: 'TM', re: /(?<![\p{L}])(?:turkmen|turkmenistan['’]s)\s+(?:official\s+|state\s+)?(?:media|press|news media|television|tv|radio)(?![\p{L}])/giu, needle: /turkmen/iu },
  { lang: 'ru', country: 'KP', re: /(?<![\p{L}])(?:северокорейск\p{L}*|СМИ КНДР)(?:\s+(?:СМИ|медиа|газет\p{L}*|телевидени\p{L}*))?(?![\p{L}])/giu, needle: /северокорейск|СМИ КНДР/iu },
  { lang: 'uk', country: 'KP', re: /(?<![\p{L}])північнокорейськ\p{L}*\s+(?:ЗМІ|медіа)(?![\p{L}])/giu, needle: /північнокорейськ/iu },
  { lang: 'de', country: 'KP', re: /(?<![\p{L}])nordkoreanisch\p{L}*\s+(?:Medien|Presse)(?![\p{L}])/giu, needle: /nordkoreanisch/iu },
  { lang: 'fr', country: 'KP', re: /(?<![\p{L}])(?:médias|presse)\s+nord-coréen\p{L}*(?![\p{L}])/giu, needle: /nord-coréen/iu },
  { lang: 'es', country: 'KP', re: /(?<![\p{L}])(?:medios|prensa)\s+norcorean\p{L}*(?![\p{L}])/giu, needle: /norcorean/iu },
  { lang: 'tr', country: 'KP', re: /(?<![\p{L}])Kuzey Kore\s+(?:medyası|basını)(?![\p{L}])/giu, needle: /Kuzey Kore/iu },
  { lang: 'ar', country: 'KP', re: /(?:وسائل الإعلام|الإعلام)\s+(?:الكوري الشمالي|الكورية الشمالية)/gu },
  { lang: 'fa', country: 'KP', re: /رسانه[\u200c ]?(?:های|ها)\s+کره[\u200c ]?ی?\s*شمالی/gu },
  { lang: 'zh', country: 'KP', re: /朝鲜媒体|朝鮮媒體|朝鲜官方媒体|朝鮮官方媒體|朝媒/gu },
];

/** State-media descriptors in the other supported languages (the header gives the dictionaries). */
export const OTHER_DESCRIPTORS: readonly DescriptorRule[] = [
  { lang: 'ru', re: /(?<![\p{L}])(?:(?:государственн|официальн|провластн|прокремлевск|прокремлёвск)\p{L}*\s+(?:СМИ|медиа|телевидени\p{L}*|телеканал\p{L}*|ТВ|агентств\p{L}*|информагентств\p{L}*|газет\p{L}*|пресс\p{L}*)|гос(?:СМИ|ТВ|агентств\p{L}*|телевидени\p{L}*|канал\p{L}*)|госсми)(?![\p{L}])/giu, needle: /государственн|официальн|провластн|прокремлевск|прокремлёвск|гос/iu },
  { lang: 'uk', re: /(?<![\p{L}])(?:(?:державн|офіційн)\p{L}*\s+(?:ЗМІ|медіа|телебаченн\p{L}*|телеканал\p{L}*|агентств\p{L}*|агенці\p{L}*|газет\p{L}*)|держ(?:ЗМІ|ТБ))(?![\p{L}])/giu, needle: /державн|офіційн|держ/iu },
  { lang: 'de', re: /(?<![\p{L}])(?:Staats(?:medien|fernsehen|sender|agentur|zeitung|presse|rundfunk|tv)|(?:staatlich|amtlich)\p{L}*\s+(?:Medien|Fernsehen|Fernsehsender|Sender|Nachrichtenagentur|Agentur|Zeitung|Rundfunk))(?![\p{L}])/giu, needle: /staat|amtlich/iu },
  { lang: 'fr', re: /(?<![\p{L}])(?:médias|télévision|agence(?: de presse)?|chaîne|radio|presse|quotidien|journal)(?:\s+\p{L}+)?\s+(?:d['’]État|étatique|officiel(?:le)?)(?![\p{L}])/giu, needle: /d['’]État|étatique|officiel/iu },
  { lang: 'es', re: /(?<![\p{L}])(?:medios|televisión|televisora|agencia(?: de noticias)?|cadena|canal|prensa|diario)(?:\s+\p{L}+)?\s+(?:estatal(?:es)?|oficial(?:es)?)(?![\p{L}])/giu, needle: /estatal|oficial/iu },
  { lang: 'tr', re: /(?<![\p{L}])(?:devlet|resmi)\s+(?:medyası|televizyonu|kanalı|ajansı|haber ajansı|yayın kuruluşu|gazetesi|yayın organı)(?![\p{L}])/giu, needle: /devlet|resmi/iu },
  { lang: 'ar', re: /(?:وسائل الإعلام|الإعلام|التلفزيون|التليفزيون|وكالة الأنباء|الوكالة|القناة|الصحيفة|الإذاعة)(?:\s+[\u0600-\u06ff]+)?\s+(?:الرسمية|الرسمي|الحكومية|الحكومي)(?![\u0600-\u06ff])/gu, needle: /الرسمية|الرسمي|الحكومية|الحكومي/u },
  { lang: 'fa', re: /(?:رسانه[\u200c ]?(?:های|ها)|تلویزیون|خبرگزاری|شبکه|روزنامه)(?:\s+[\u0600-\u06ff]+)?\s+(?:دولتی|رسمی|حکومتی)(?![\u0600-\u06ff])/gu, needle: /دولتی|رسمی|حکومتی/u },
  { lang: 'zh', re: /官方媒体|官方媒體|官媒|官方通讯社|官方通訊社|国营电视台|國營電視台|国家电视台|國家電視台|国营媒体|國營媒體|官方电视台|官方電視台|党媒|黨媒/gu },
];

/** Country words in the other languages, read right around a descriptor ("das iranische Staatsfernsehen"). */
export const COUNTRY_STEMS: readonly { country: string; re: RegExp }[] = [
  { country: 'RU', re: /российск|росси[ийя]|кремл|російськ|росі[їя]|russisch|russland|kreml|russe|russie|kremlin|\brus[oa]s?\b|rusia|\brus\b|rusya|روسي|روسیه|俄罗斯|俄羅斯|俄/iu },
  { country: 'CN', re: /китайск|кита[йя]|кнр|китайськ|chinesisch|\bchina\b|chinois|chine|\bchin[oa]s?\b|\bçin\b|الصين|صيني|چین|中国|中國|中共/iu },
  { country: 'IR', re: /иранск|иран|іранськ|iranisch|\biran\b|iranien|iran[ií]|İran|إيران|إيراني|ایران/iu },
  { country: 'KP', re: /северокорейск|кндр|північнокорейськ|nordkorea|nord-coréen|corée du nord|norcorean|kuzey kore|كوريا الشمالية|الكوري الشمالي|الكورية الشمالية|کره شمالی|朝鲜|朝鮮|北韩|北韓/iu },
  { country: 'SY', re: /сирийск|сири[ия]|сирійськ|syrisch|syrien|syrie|\bsiri[oa]\b|suriye|سوري|سورية|سوریه|叙利亚|敘利亞/iu },
  { country: 'TR', re: /турецк|турци|турецьк|türkisch|türkei|\bturc|turquie|turquía|\btürk|تركي|تركيا|ترکیه|土耳其/iu },
  { country: 'BY', re: /белорусск|беларус|білоруськ|belarussisch|weißrussisch|biélorusse|bielorrus|belarus|بيلاروسي|بلاروس|白俄/iu },
  { country: 'VE', re: /венесуэльск|venezolanisch|vénézuélien|venezolan|venezuela/iu },
  { country: 'CU', re: /кубинск|kubanisch|cubain|cuban[oa]|küba/iu },
];

export const TV_NOUN = /tv|television|broadcast|channel|network|radio|télévision|chaîne|televisión|televisora|cadena|canal|fernseh|sender|rundfunk|телевид|телекан|тв|телебач|телекан|televizyon|kanal|تلفزيون|تليفزيون|قناة|إذاعة|تلویزیون|شبکه|电视|電視/iu;
export const AGENCY_NOUN = /agency|bureau|service|agence|agencia|agentur|агентств|агенці|ajans|وكالة|الوكالة|خبرگزاری|通讯社|通訊社/iu;
