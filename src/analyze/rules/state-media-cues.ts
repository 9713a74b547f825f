// Lexicons of the state-media role constructions, per language, as data. Each class of each
// language says where its words come from: a grammar or style reference for the construction, not
// sentences from any corpus. The patterns that use these classes are in
// ./state-media-constructions.ts; the matcher is ../token-patterns.ts.
//
// Conventions (checked by tests/unit/state-media-cues.test.ts):
// - forms are written as a reader sees them; the matcher folds case, apostrophes and Arabic/Persian
//   letter variants; a trailing `*` makes the last word a stem;
// - no form is listed twice within a class; every class used by a construction exists.
//
// References, cited by key below:
// [LGSWE]  Biber et al., Longman Grammar of Spoken and Written English (1999), §6.2 and §10.2: verbs
//          of communication and speech-act verbs; reporting clauses and their inversion.
// [AP]     The Associated Press Stylebook, entries "said", "according to", "credit lines".
// [ROS]    Д. Э. Розенталь, Справочник по правописанию и стилистике, § вводные слова «указывающие на
//          источник сообщения» (по сообщению, по данным, по словам, как сообщает).
// [UKR]    Пономарів (ред.), Сучасна українська мова (2001), вставні слова джерела повідомлення
//          (за даними, за словами, як повідомляє); Український правопис (2019).
// [DUDEN]  Duden, Die Grammatik (9. Aufl.), redeeinleitende Verben; Präpositionen der Quelle
//          ("laut", "zufolge", "gemäß", "nach Angaben").
// [GREV]   Grevisse & Goosse, Le Bon Usage (16e éd.), discours rapporté: verbes introducteurs,
//          "selon", "d'après"; Lexique des règles typographiques de l'Imprimerie nationale (crédits).
// [NGLE]   RAE/ASALE, Nueva gramática de la lengua española (2009), §43 (discurso referido);
//          Libro de estilo de El País ("según", "informó", "en declaraciones a").
// [GK]     Göksel & Kerslake, Turkish: A Comprehensive Grammar (2005): postposition "göre" with the
//          dative; case suffixes after an apostrophe on proper names (TDK Yazım Kılavuzu).
// [RYD]    Ryding, A Reference Grammar of Modern Standard Arabic (2005): verb-initial order, verbs of
//          saying, inseparable prepositions (لـ، بـ، و); news phrases "وفقا لـ", "بحسب", "نقلا عن".
// [MAH]    Mahootian, Persian (Routledge Descriptive Grammars, 1997): verb-final order, compound verbs
//          (گزارش داد، اعلام کرد); source phrases "به گزارش", "به نقل از", "به گفته".
// [LT]     Li & Thompson, Mandarin Chinese: A Functional Reference Grammar (1981): coverbs 据/根据,
//          对…表示, 接受…采访; 新华社 house style datelines (据…报道).

export type CueLang = 'en' | 'ru' | 'uk' | 'de' | 'fr' | 'es' | 'tr' | 'ar' | 'fa' | 'zh';
export const CUE_LANGS: readonly CueLang[] = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'tr', 'ar', 'fa', 'zh'];

export interface CueClass {
  forms: readonly string[];
  /** Reference key(s) from the header, and what the class is. */
  source: string;
}

/** English verb forms: base, third person, past (participle = past unless given). */
function en(base: string, third: string, past: string, particle = ''): string[] {
  const p = particle ? ` ${particle}` : '';
  return [`${third}${p}`, `${past}${p}`];
}
/** Regular English verb: "boast" → boasts, boasted; "note" → notes, noted; "deny" → denies, denied. */
function reg(base: string, particle = ''): string[] {
  let third = `${base}s`;
  let past = `${base}ed`;
  if (/[^aeiou]y$/.test(base)) {
    third = `${base.slice(0, -1)}ies`;
    past = `${base.slice(0, -1)}ied`;
  } else if (/e$/.test(base)) past = `${base}d`;
  else if (/(?:s|sh|ch|x|z)$/.test(base)) third = `${base}es`;
  return en(base, third, past, particle);
}

const EN_REPORT = [
  // Verbs of communication [LGSWE §10.2]; claiming and boasting verbs are speech acts too.
  ...['report', 'state', 'claim', 'announce', 'note', 'add', 'explain', 'allege', 'insist', 'warn', 'accuse',
    'denounce', 'condemn', 'urge', 'argue', 'assert', 'reveal', 'confirm', 'deny', 'suggest', 'acknowledge',
    'disclose', 'inform', 'boast', 'brag', 'declare', 'contend', 'maintain', 'remark', 'comment', 'observe',
    'stress', 'emphasize', 'emphasise', 'highlight', 'underline', 'mention', 'caution', 'predict', 'estimate',
    'complain', 'charge', 'hail', 'praise', 'tout', 'trumpet', 'proclaim', 'assure', 'indicate', 'describe',
    'portray', 'frame', 'dub', 'label', 'brand', 'term', 'quote', 'cite', 'document',
    'detail', 'concede', 'admit', 'counter', 'retort', 'reply', 'respond', 'echo', 'repeat', 'dismiss', 'blast',
    'slam', 'attack', 'criticize', 'criticise', 'mock', 'ridicule', 'applaud', 'forecast',
    'speculate', 'hint', 'imply', 'conclude', 'recount', 'narrate', 'relay', 'insinuate', 'lament', 'question',
    'reject', 'rebut', 'refute', 'contradict'].flatMap((v) =>
    reg(v),
  ),
  ...reg('point', 'out'), ...reg('spell', 'out'), ...reg('play', 'up'), ...reg('play', 'down'),
  'spelt out', 'admitted', 'referred to', 'refers to', 'labelled',
  'says', 'said', 'writes', 'wrote', 'tells', 'told', 'calls', 'called', 'puts it', 'put it', 'paints', 'painted',
  'spins', 'spun',
  // Verbs of publishing only in the past: "X aired the speech" relays content, while the present
  // describes the outlet ("X broadcasts in seven languages", "X runs 170 bureaus").
  'showed', 'ran', 'broadcast', 'covered', 'aired', 'carried', 'published', 'circulated', 'cast',
  'learned', 'learnt', 'editorialized', 'editorialised', 'opined', 'opines', 'headlined', 'headlines',
  'quoting', 'citing', 'reporting', 'saying', 'claiming', 'adding', 'noting', 'writing',
];

export const CUES: Readonly<Record<CueLang, Readonly<Record<string, CueClass>>>> = {
  en: {
    report: { forms: EN_REPORT, source: '[LGSWE §10.2] communication and speech-act verbs, finite and -ing forms' },
    aux: {
      forms: ['has', 'had', 'have', 'will', 'would', 'has also', 'had also', 'has now', 'also', 'then', 'has since', 'could', 'did', 'does', 'was quick to', 'went on to'],
      source: '[LGSWE §6] auxiliaries and adverbs between subject and verb (no passive "was": "RT was called…" makes the outlet an object)',
    },
    filler: {
      forms: ['also', 'later', 'earlier', 'separately', 'previously', 'initially', 'first', 'again', 'itself', 'officially', 'quickly', 'openly', 'proudly', 'repeatedly', 'recently', 'today', 'yesterday', 'tonight', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last week', 'this week', 'last month', 'on its website', 'in a statement', 'in an editorial', 'in a commentary', 'in a report', 'in a dispatch', 'in a broadcast'],
      source: '[LGSWE §10.2] adverbials that sit between a reporting subject and its verb',
    },
    according: {
      forms: ['according to', 'citing', 'quoting', 'cited by', 'quoted by', 'reported by', 'carried by', 'published by', 'posted by', 'broadcast by', 'aired by', 'as reported by', 'as cited by', 'as quoted by', 'report by', 'reports by', 'commentary by', 'editorial by', 'via', 'per', 'as told by', 'cited', 'reported in', 'published in', 'carried in'],
      source: '[AP "according to"] [LGSWE §10.2] prepositional source phrases',
    },
    told: {
      forms: ['told', 'tells', 'telling', 'tell', 'said to', 'confided to', 'explained to', 'confirmed to', 'complained to', 'admitted to', 'revealed to', 'wrote to', 'gave an interview to', 'granted an interview to'],
      source: '[LGSWE §10.2] verbs of telling with the hearer as object',
    },
    interview: {
      forms: ['interview with', 'interviews with', 'interviewed by', 'interview to', 'interview on', 'interview for', 'in an interview with', 'an exclusive interview with', 'conversation with', 'a question from', 'questions from', 'a question by', 'questions by', 'asked by', 'a reporter from', 'answering a question from', 'answering questions from', 'press conference organized by', 'spoke to', 'spoke with', 'speaking to', 'speaking with', 'talked to', 'talking to', 'speaks to'],
      source: '[AP "interview"] interviews and questions as venues',
    },
    appear: {
      forms: ['appeared on', 'appearing on', 'appears on', 'said on', 'says on', 'speaking on', 'spoke on', 'remarked on air to', 'told viewers of', 'a guest on', 'a guest of', 'a programme on', 'a program on', 'a show on', 'a broadcast on', 'on air at', 'wrote in', 'writing in', 'writes in', 'wrote for', 'writing for', 'an op-ed in', 'an op-ed for', 'a column in', 'a column for', 'an article in', 'an article for'],
      source: '[LGSWE §10.2] statements made on or in a medium',
    },
    det: { forms: ['the', 'a', 'an', 'its', 'their'], source: 'articles and determiners' },
    poss: { forms: ["'s", "'"], source: 'possessive clitic' },
    media: {
      forms: ['news agency', 'press agency', 'agency', 'news service', 'wire service', 'newspaper', 'paper', 'daily', 'tabloid', 'weekly', 'channel', 'tv channel', 'television channel', 'broadcaster', 'network', 'television', 'tv', 'radio', 'station', 'outlet', 'website', 'portal', 'news', 'media', 'news outlet', 'mouthpiece', 'organ'],
      source: '[AP "credit lines"] media nouns beside a name',
    },
    mod: {
      forms: ['state', 'state-run', 'state-owned', 'state-controlled', 'state-backed', 'state-affiliated', 'state-sponsored', 'state-funded', 'official', 'semi-official', 'government-run', 'government-controlled', 'pro-government', 'pro-kremlin', 'kremlin-controlled', 'kremlin-backed', 'communist party', 'party', 'national', 'main', 'flagship', 'english-language', 'russian-language', 'chinese-language', 'arabic-language', 'persian-language', 'international'],
      source: '[AP] descriptive modifiers of a news organisation',
    },
    quote: { forms: ['"', '“', '”', '«', '»', '‘', '’'], source: 'quotation marks around a title' },
    comma: { forms: [','], source: 'punctuation' },
    dash: { forms: ['-', '–', '—', '--', '―'], source: '[AP "credit lines"] a credit after a dash' },
    creditLabel: { forms: ['source', 'sources', 'credit', 'photo', 'photos', 'image', 'video', 'footage', 'picture'], source: '[AP "credit lines"] credit labels' },
    colon: { forms: [':', '：'], source: 'punctuation' },
  },
  ru: {
    report: {
      forms: ['сообщает', 'сообщают', 'сообщил', 'сообщила', 'сообщило', 'сообщили', 'передает', 'передаёт', 'передал', 'передала', 'передало', 'пишет', 'пишут', 'написал', 'написала', 'написало', 'заявил', 'заявила', 'заявило', 'заявляет', 'отметил', 'отметила', 'отметило', 'отмечает', 'уточняет', 'уточнил', 'уточнила', 'уточнило', 'утверждает', 'утверждал', 'утверждало', 'информирует', 'цитирует', 'процитировал', 'процитировала', 'опубликовал', 'опубликовала', 'опубликовало', 'показал', 'показало', 'показывает', 'распространил', 'распространило', 'узнал', 'узнало', 'узнала', 'выяснил', 'выяснило', 'выяснила', 'назвал', 'назвало', 'назвала', 'хвастается', 'похвасталось', 'рассказал', 'рассказала', 'рассказало', 'подчеркивает', 'подчеркнул', 'подчеркнуло', 'обвинил', 'обвинило', 'опроверг', 'опровергло', 'анонсировал', 'анонсировало', 'объявил', 'объявило'],
      source: '[ROS] глаголы речи в авторских словах (3-е лицо, прош. и наст. время)',
    },
    according: {
      forms: ['по данным', 'по сообщению', 'по сообщениям', 'по информации', 'по словам', 'согласно', 'как сообщает', 'как сообщил', 'как сообщила', 'как сообщило', 'как сообщают', 'как пишет', 'как передает', 'как передаёт', 'как отмечает', 'как заявили в', 'со ссылкой на', 'ссылаясь на', 'сославшись на', 'цитирует', 'цитата по', 'по версии', 'по оценке', 'по утверждению', 'в сообщении', 'в материале', 'в публикации', 'в сюжете'],
      source: '[ROS] вводные слова и обороты, указывающие на источник сообщения',
    },
    told: {
      forms: ['рассказал', 'рассказала', 'рассказали', 'сказал', 'сказала', 'сказали', 'заявил', 'заявила', 'заявили', 'сообщил', 'сообщила', 'сообщили', 'признался', 'призналась', 'пояснил', 'пояснила', 'подтвердил', 'подтвердила', 'ответил на вопрос', 'ответила на вопрос', 'ответил на вопросы', 'ответила на вопросы'],
      source: '[ROS] глаголы речи с адресатом в дательном падеже',
    },
    interview: {
      forms: ['в интервью', 'интервью', 'в беседе с', 'в разговоре с', 'в эфире', 'в эфир', 'в программе', 'в передаче', 'в студии', 'корреспонденту', 'журналисту', 'журналистам', 'в комментарии', 'в колонке для', 'в статье для'],
      source: '[ROS] интервью и эфир как место высказывания',
    },
    media: {
      forms: ['агентство', 'агентства', 'агентству', 'агентством', 'агентстве', 'информагентство', 'информагентства', 'информагентству', 'телеканал', 'телеканала', 'телеканалу', 'телеканалом', 'телеканале', 'канал', 'канала', 'каналу', 'газета', 'газеты', 'газете', 'газету', 'издание', 'издания', 'изданию', 'радио', 'радиостанция', 'радиостанции', 'телевидение', 'телевидения', 'тв', 'сми', 'сайт', 'сайта', 'сайту', 'портал', 'портала', 'медиа', 'ресурс', 'ресурса'],
      source: '[ROS] родовые слова при названиях СМИ (в кавычках или без)',
    },
    mod: {
      forms: ['государственн*', 'гос*', 'официальн*', 'провластн*', 'прокремлевск*', 'кремлевск*', 'российск*', 'федеральн*', 'информационн*', 'новостн*', 'китайск*', 'иранск*', 'белорусск*', 'турецк*', 'северокорейск*', 'сирийск*'],
      source: '[ROS] определения при названиях СМИ',
    },
    quote: { forms: ['«', '»', '"', '„', '“', '”'], source: '[ROS] кавычки при названиях СМИ' },
    filler: { forms: ['также', 'ранее', 'позже', 'в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу', 'в воскресенье', 'сегодня', 'вчера', 'накануне', 'официально', 'со ссылкой на источник'], source: '[ROS] обстоятельства между подлежащим и сказуемым' },
    creditLabel: { forms: ['источник', 'фото', 'видео', 'кадр'], source: '[ROS] подписи к материалам' },
    colon: { forms: [':'], source: 'punctuation' },
    dash: { forms: ['-', '–', '—'], source: 'punctuation' },
  },
  uk: {
    report: {
      forms: ['повідомляє', 'повідомляють', 'повідомив', 'повідомила', 'повідомило', 'повідомили', 'пише', 'пишуть', 'написав', 'написала', 'написало', 'заявив', 'заявила', 'заявило', 'заявляє', 'передає', 'передав', 'передала', 'зазначає', 'зазначив', 'зазначила', 'зазначило', 'інформує', 'цитує', 'стверджує', 'стверджувало', 'опублікував', 'опублікувала', 'опублікувало', 'показав', 'показало', 'поширив', 'поширило', 'розповів', 'розповіла', 'розповіло', 'вихваляється', 'назвав', 'назвало'],
      source: '[UKR] дієслова мовлення в авторських словах',
    },
    according: {
      forms: ['за даними', 'за повідомленням', 'за інформацією', 'за словами', 'згідно з', 'як повідомляє', 'як повідомило', 'як повідомив', 'як пише', 'як передає', 'з посиланням на', 'посилаючись на', 'пославшись на', 'цитує', 'за версією'],
      source: '[UKR] вставні слова, що вказують на джерело повідомлення',
    },
    told: {
      forms: ['розповів', 'розповіла', 'розповіли', 'сказав', 'сказала', 'сказали', 'заявив', 'заявила', 'заявили', 'повідомив', 'повідомила', 'пояснив', 'пояснила', 'підтвердив', 'підтвердила'],
      source: '[UKR] дієслова мовлення з адресатом у давальному відмінку',
    },
    interview: {
      forms: ["в інтерв'ю", "у інтерв'ю", "інтерв'ю", 'в ефірі', 'у ефірі', 'в програмі', 'у програмі', 'в розмові з', 'у розмові з', 'в колонці для'],
      source: '[UKR] інтерв’ю та ефір як місце висловлювання',
    },
    media: {
      forms: ['агентство', 'агентства', 'агентству', 'агенція', 'агенції', 'телеканал', 'телеканалу', 'телеканалі', 'канал', 'каналу', 'газета', 'газети', 'газеті', 'видання', 'радіо', 'телебачення', 'змі', 'сайт', 'сайту', 'медіа', 'ресурс'],
      source: '[UKR] родові слова при назвах ЗМІ',
    },
    mod: {
      forms: ['державн*', 'офіційн*', 'російськ*', 'пропагандистськ*', 'кремлівськ*', 'провладн*', 'китайськ*', 'іранськ*', 'білоруськ*', 'федеральн*', 'інформаційн*'],
      source: '[UKR] означення при назвах ЗМІ',
    },
    quote: { forms: ['«', '»', '"', '„', '“', '”'], source: '[UKR] лапки при назвах ЗМІ' },
    filler: { forms: ['також', 'раніше', 'пізніше', 'сьогодні', 'вчора', 'напередодні', 'офіційно'], source: '[UKR] обставини між підметом і присудком' },
    creditLabel: { forms: ['джерело', 'фото', 'відео'], source: '[UKR] підписи до матеріалів' },
    colon: { forms: [':'], source: 'punctuation' },
  },
  de: {
    report: {
      forms: ['berichtet', 'berichtete', 'berichten', 'berichteten', 'meldet', 'meldete', 'schreibt', 'schrieb', 'zitiert', 'zitierte', 'behauptet', 'behauptete', 'erklärt', 'erklärte', 'verbreitet', 'verbreitete', 'sendete', 'zeigte', 'veröffentlichte', 'veröffentlicht', 'prahlt', 'prahlte', 'brüstet sich', 'warnt', 'warnte', 'betont', 'betonte', 'teilte mit', 'teilt mit', 'gab bekannt', 'kommentierte', 'kommentiert', 'titelte', 'titelt', 'feiert', 'feierte', 'bezeichnete', 'bezeichnet', 'wirft vor', 'warf vor', 'sagte', 'sagt'],
      source: '[DUDEN] redeeinleitende Verben (3. Person, Präsens und Präteritum)',
    },
    according: {
      forms: ['laut', 'gemäß', 'nach angaben', 'nach angaben der', 'nach angaben des', 'unter berufung auf', 'wie', 'zitiert von', 'zitiert nach', 'berichtet von', 'meldung', 'einem bericht', 'einem bericht der', 'einem bericht des', 'nach einem bericht der', 'nach einem bericht des', 'einer meldung der', 'nach einer meldung der'],
      source: '[DUDEN] Präpositionen und Wendungen der Quellenangabe',
    },
    accordingAfter: { forms: ['zufolge'], source: '[DUDEN] nachgestellte Präposition der Quelle' },
    told: {
      forms: ['gegenüber', 'sagte dem', 'sagte der', 'erklärte dem', 'erklärte der', 'sagte im', 'sagte in', 'sagte er dem', 'sagte sie dem', 'sagte er gegenüber', 'sagte sie gegenüber'],
      source: '[DUDEN] Redeeinleitung mit Adressat im Dativ; "gegenüber" als Adressatenangabe',
    },
    interview: {
      forms: ['im interview mit', 'in einem interview mit', 'im gespräch mit', 'in einem gespräch mit', 'interview mit', 'im interview der', 'im interview des', 'im interview beim', 'im sender', 'im staatsfernsehen', 'in der sendung', 'auf dem sender', 'im programm', 'in einem gastbeitrag für', 'in einem beitrag für'],
      source: '[DUDEN] Interview und Sendung als Ort der Äußerung',
    },
    det: { forms: ['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einer'], source: 'Artikel' },
    media: {
      forms: ['nachrichtenagentur', 'agentur', 'staatsagentur', 'sender', 'fernsehsender', 'staatssender', 'staatsfernsehen', 'zeitung', 'staatszeitung', 'tageszeitung', 'kanal', 'portal', 'onlineportal', 'medium', 'medien', 'staatsmedien', 'nachrichtenportal', 'nachrichtenseite', 'rundfunk', 'radio', 'tv'],
      source: '[DUDEN] Gattungswörter vor Mediennamen',
    },
    mod: {
      forms: ['staatlich*', 'amtlich*', 'offiziell*', 'regierungsnah*', 'kremltreu*', 'kremlnah*', 'russisch*', 'chinesisch*', 'iranisch*', 'türkisch*', 'belarussisch*', 'weißrussisch*', 'nordkoreanisch*', 'syrisch*', 'kubanisch*', 'venezolanisch*'],
      source: '[DUDEN] attributive Adjektive vor Mediennamen',
    },
    quote: { forms: ['„', '“', '"', '»', '«', '‚', '‘'], source: 'Anführungszeichen' },
    filler: { forms: ['am montag', 'am dienstag', 'am mittwoch', 'am donnerstag', 'am freitag', 'am samstag', 'am sonntag', 'heute', 'gestern', 'zuvor', 'später', 'auch', 'außerdem', 'zudem', 'bereits'], source: '[DUDEN] Adverbiale zwischen Subjekt und Verb' },
    creditLabel: { forms: ['quelle', 'foto', 'bild', 'video'], source: '[DUDEN] Quellenangaben' },
    colon: { forms: [':'], source: 'punctuation' },
  },
  fr: {
    report: {
      forms: ['rapporte', 'a rapporté', 'rapportait', 'indique', 'a indiqué', 'annonce', 'a annoncé', 'écrit', 'a écrit', 'affirme', 'a affirmé', 'déclare', 'a déclaré', 'précise', 'a précisé', 'cite', 'a cité', 'relate', 'a relaté', 'assure', 'a assuré', 'souligne', 'a souligné', 'publie', 'a publié', 'diffuse', 'a diffusé', 'montre', 'a montré', 'se vante', "s'est vanté", "s'est vantée", 'claironne', 'a claironné', 'accuse', 'a accusé', 'dénonce', 'a dénoncé', 'révèle', 'a révélé', 'fait état', 'a fait état', 'signale', 'a signalé', 'qualifie', 'a qualifié', 'titre', 'a titré'],
      source: '[GREV] verbes introducteurs du discours rapporté',
    },
    according: {
      forms: ['selon', "d'après", 'citant', 'cité par', 'citée par', 'cités par', 'rapporté par', 'rapportés par', 'relayé par', 'relayée par', 'a rapporté', 'rapporte', 'indique', 'a indiqué', 'a annoncé', 'annonce', 'écrit', 'a écrit', 'affirme', 'a affirmé', 'précise', 'a précisé'],
      source: '[GREV] prépositions de la source et incises inversées ("a rapporté l’agence")',
    },
    told: {
      forms: ['déclaré à', 'dit à', 'confié à', 'indiqué à', 'expliqué à', 'affirmé à', 'assuré à', 'déclare à', 'raconté à', 'déclaré au', 'dit au', 'confié au', 'indiqué au', 'expliqué au', 'affirmé au', 'assuré au', 'raconté au'],
      source: '[GREV] verbes de parole avec complément d’attribution',
    },
    interview: {
      forms: ['dans un entretien à', 'dans un entretien au', 'dans un entretien avec', 'dans une interview à', 'dans une interview au', 'dans une interview accordée à', 'dans une interview accordée au', 'interrogé par', 'interrogée par', 'interviewé par', 'interviewée par', 'au micro de', "à l'antenne de", "sur l'antenne de", 'sur le plateau de', 'sur la chaîne', 'invité de', 'invitée de', 'dans une tribune publiée par', 'dans une tribune au'],
      source: '[GREV] entretiens et antennes comme lieu de la parole',
    },
    det: { forms: ['le', 'la', "l'", 'les', 'du', 'de la', "de l'", 'des', 'un', 'une'], source: 'articles' },
    media: {
      forms: ['agence', 'agence de presse', 'chaîne', 'télévision', "télévision d'état", 'quotidien', 'journal', 'média', 'médias', 'radio', 'site', 'site web', 'organe', 'hebdomadaire', 'agence officielle', 'chaîne publique'],
      source: '[GREV] noms génériques devant un nom de média',
    },
    mod: {
      forms: ["d'état", 'étatique', 'officielle', 'officiel', 'publique', 'russe', 'chinoise', 'chinois', 'iranienne', 'iranien', 'turque', 'turc', 'syrienne', 'syrien', 'nord-coréenne', 'biélorusse', 'progouvernementale', 'pro-kremlin'],
      source: '[GREV] épithètes de nom de média',
    },
    quote: { forms: ['«', '»', '"', '“', '”'], source: 'guillemets' },
    filler: { forms: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'aussi', 'également', 'encore', 'de son côté', 'pour sa part', 'déjà', 'hier'], source: '[GREV] compléments circonstanciels' },
    creditLabel: { forms: ['source', 'photo', 'crédit', 'crédits', 'vidéo', 'image'], source: '[GREV] mentions de crédit' },
    colon: { forms: [':'], source: 'punctuation' },
  },
  es: {
    report: {
      forms: ['informó', 'informa', 'informaron', 'reportó', 'reporta', 'publicó', 'publica', 'señaló', 'señala', 'indicó', 'indica', 'afirmó', 'afirma', 'aseguró', 'asegura', 'dijo', 'dice', 'declaró', 'declara', 'difundió', 'difunde', 'citó', 'cita', 'destacó', 'destaca', 'precisó', 'precisa', 'anunció', 'anuncia', 'sostuvo', 'sostiene', 'presume', 'presumió', 'alardea', 'alardeó', 'denunció', 'denuncia', 'acusó', 'acusa', 'reveló', 'revela', 'transmitió', 'transmite', 'calificó', 'califica', 'tituló', 'titula'],
      source: '[NGLE §43] verbos de lengua en el discurso referido',
    },
    according: {
      forms: ['según', 'de acuerdo con', 'de acuerdo a', 'citado por', 'citada por', 'citados por', 'citando a', 'según informó', 'según reportó', 'según publicó', 'según la', 'según el', 'informó', 'reportó', 'publicó', 'señaló', 'indicó', 'difundió', 'precisó'],
      source: '[NGLE §43] [El País] "según" y verbos de lengua pospuestos',
    },
    told: {
      forms: ['dijo a', 'declaró a', 'afirmó a', 'explicó a', 'aseguró a', 'contó a', 'señaló a', 'indicó a', 'confirmó a', 'dijo al', 'declaró al', 'afirmó al', 'explicó al', 'aseguró al', 'contó al', 'señaló al', 'indicó al', 'confirmó al'],
      source: '[NGLE §43] verbos de lengua con complemento indirecto',
    },
    interview: {
      forms: ['en una entrevista con', 'en entrevista con', 'en una entrevista a', 'en entrevista a', 'en una entrevista concedida a', 'en una entrevista concedida al', 'en declaraciones a', 'en declaraciones al', 'entrevistado por', 'entrevistada por', 'en diálogo con', 'en conversación con', 'en el programa', 'en un programa de', 'en los micrófonos de', 'en una columna para'],
      source: '[El País] entrevistas y declaraciones como lugar de la palabra',
    },
    det: { forms: ['el', 'la', 'los', 'las', 'del', 'al', 'un', 'una'], source: 'artículos' },
    media: {
      forms: ['agencia', 'agencia de noticias', 'agencia de prensa', 'cadena', 'canal', 'televisora', 'televisión', 'diario', 'periódico', 'emisora', 'radio', 'medio', 'medios', 'portal', 'sitio', 'rotativo', 'semanario'],
      source: '[El País] nombres genéricos ante un nombre de medio',
    },
    mod: {
      forms: ['estatal', 'estatales', 'oficial', 'oficialista', 'gubernamental', 'pública', 'rusa', 'ruso', 'china', 'chino', 'iraní', 'turca', 'turco', 'siria', 'sirio', 'norcoreana', 'norcoreano', 'cubana', 'cubano', 'venezolana', 'venezolano', 'bielorrusa'],
      source: '[NGLE] adjetivos de nombres de medios',
    },
    quote: { forms: ['«', '»', '"', '“', '”'], source: 'comillas' },
    filler: { forms: ['el lunes', 'el martes', 'el miércoles', 'el jueves', 'el viernes', 'el sábado', 'el domingo', 'también', 'además', 'este lunes', 'este martes', 'este miércoles', 'este jueves', 'este viernes', 'hoy', 'ayer'], source: '[NGLE] complementos circunstanciales' },
    creditLabel: { forms: ['fuente', 'foto', 'fotografía', 'vídeo', 'video', 'imagen'], source: '[El País] créditos' },
    colon: { forms: [':'], source: 'punctuation' },
  },
  tr: {
    report: {
      forms: ['bildirdi', 'duyurdu', 'aktardı', 'yazdı', 'açıkladı', 'iddia etti', 'öne sürdü', 'haber verdi', 'yayımladı', 'yayınladı', 'paylaştı', 'belirtti', 'kaydetti', 'ileri sürdü', 'övündü', 'gösterdi', 'haberine göre', 'haberinde', 'bildiriyor', 'yazıyor'],
      source: '[GK] fiil sonda: bildirme fiilleri (3. tekil, geçmiş zaman)',
    },
    accordingAfter: {
      forms: ['göre', 'haberine göre', 'bildirdiğine göre', 'aktardığına göre', 'açıklamasına göre', 'yazdığına göre', 'verdiği bilgiye göre', 'haberinde', 'haberlerine göre'],
      source: '[GK] "göre" edatı (yönelme hâli ile) ve -DIğInA göre yapısı',
    },
    suffix: {
      forms: ["'a", "'e", "'ya", "'ye", "'na", "'ne", "'ın", "'in", "'un", "'ün", "'nın", "'nin", "'nun", "'nün"],
      source: '[GK] [TDK Yazım Kılavuzu] özel adlara kesme işaretiyle eklenen hâl ekleri',
    },
    dative: { forms: ["'a", "'e", "'ya", "'ye", "'na", "'ne"], source: '[GK] yönelme hâli eki' },
    toldAfter: {
      forms: ['konuştu', 'konuşan', 'yaptığı açıklamada', 'açıklama yaptı', 'verdiği röportajda', 'verdiği demeçte', 'demeç verdi', 'söyledi', 'verdiği mülakatta', 'konuk oldu', 'açıklamalarda bulundu'],
      source: '[GK] yönelme hâlinde muhatap alan bildirme fiilleri',
    },
    media: {
      forms: ['ajansı', 'haber ajansı', 'kanalı', 'televizyonu', 'gazetesi', 'sitesi', 'radyosu', 'medyası', 'ajans', 'gazete', 'kanal'],
      source: '[GK] tamlamada medya adları',
    },
    mod: { forms: ['devlet', 'resmi', 'rus', 'çin', 'iran', 'kuzey kore', 'suriye', 'belarus'], source: '[GK] niteleme' },
    filler: { forms: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar', 'günü', 'bugün', 'dün', 'de', 'da'], source: '[GK] zarflar' },
    creditLabel: { forms: ['kaynak', 'fotoğraf', 'foto', 'görüntü'], source: '[GK] kaynak gösterme' },
    comma: { forms: [','], source: '[TDK Yazım Kılavuzu] virgül: uzun cümlede özneden sonra' },
    colon: { forms: [':'], source: 'punctuation' },
  },
  ar: {
    report: {
      forms: ['ذكرت', 'ذكر', 'قالت', 'قال', 'أفادت', 'أفاد', 'نقلت', 'نقل', 'أعلنت', 'أعلن', 'أوردت', 'أورد', 'بثت', 'بث', 'نشرت', 'نشر', 'كشفت', 'كشف', 'أكدت', 'أكد', 'زعمت', 'زعم', 'ادعت', 'ادعى', 'أشارت', 'أشار', 'تفاخرت', 'وصفت', 'عرضت', 'تقول', 'يقول', 'تذكر', 'تفيد',
        'وذكرت', 'وذكر', 'وقالت', 'وقال', 'وأفادت', 'وأفاد', 'ونقلت', 'وأعلنت', 'وأعلن', 'وأوردت', 'وبثت', 'ونشرت', 'وكشفت', 'وأكدت', 'وزعمت'],
      source: '[RYD] أفعال القول في صدر الجملة الفعلية، مع واو العطف المتصلة',
    },
    according: {
      forms: ['بحسب', 'حسب', 'وفقا', 'وفقا ل', 'طبقا', 'نقلا عن', 'نقلت عن', 'على ما أفادت', 'كما ذكرت', 'كما أفادت', 'كما نقلت', 'بحسب ما أفادت', 'بحسب ما ذكرت', 'حسبما أفادت', 'حسبما ذكرت', 'حسب ما أوردت', 'استنادا إلى', 'بثت', 'أفادت'],
      source: '[RYD] عبارات الإسناد في الأخبار',
    },
    liMedia: {
      forms: ['لوكالة', 'لقناة', 'لصحيفة', 'لتلفزيون', 'للتلفزيون', 'لإذاعة', 'لموقع', 'لشبكة'],
      source: '[RYD] حرف الجر لـ متصلا باسم الوسيلة',
    },
    told: {
      forms: ['قال', 'قالت', 'صرح', 'صرحت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'كشف', 'كشفت'],
      source: '[RYD] أفعال القول مع المخاطَب بحرف لـ',
    },
    interview: {
      forms: ['في مقابلة مع', 'في مقابلة', 'في حديث', 'في حديث مع', 'في تصريح', 'في تصريحات', 'خلال مقابلة مع', 'في لقاء مع', 'في حوار مع', 'على شاشة', 'عبر شاشة', 'في مداخلة مع'],
      source: '[RYD] المقابلة والحديث مكانا للتصريح',
    },
    media: {
      forms: ['وكالة', 'وكالة الأنباء', 'الأنباء', 'قناة', 'صحيفة', 'التلفزيون', 'تلفزيون', 'إذاعة', 'موقع', 'شبكة', 'وسائل الإعلام', 'الإعلام'],
      source: '[RYD] أسماء وسائل الإعلام',
    },
    mod: {
      forms: ['الرسمية', 'الرسمي', 'الحكومية', 'الحكومي', 'الروسية', 'الروسي', 'الصينية', 'الصيني', 'الإيرانية', 'الإيراني', 'السورية', 'السوري', 'التركية', 'التركي', 'الكورية الشمالية', 'شبه الرسمية', 'التابعة للدولة', 'المملوكة للدولة'],
      source: '[RYD] الصفات بعد الموصوف',
    },
    filler: { forms: ['اليوم', 'أمس', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'يوم'], source: '[RYD] ظروف الزمان' },
    creditLabel: { forms: ['المصدر', 'مصدر', 'صورة', 'تصوير'], source: '[RYD] الإسناد' },
    colon: { forms: [':'], source: 'punctuation' },
  },
  fa: {
    report: {
      forms: ['گزارش داد', 'گزارش کرد', 'گزارش داده است', 'اعلام کرد', 'اعلام کرده است', 'نوشت', 'نوشته است', 'مدعی شد', 'ادعا کرد', 'خبر داد', 'منتشر کرد', 'پخش کرد', 'افزود', 'تاکید کرد', 'تأکید کرد', 'مدعی شده است'],
      source: '[MAH] فعل‌های مرکب گزارش در پایان جمله',
    },
    according: {
      forms: ['به گزارش', 'به نقل از', 'بنا بر گزارش', 'بنابر گزارش', 'طبق گزارش', 'بر اساس گزارش', 'براساس گزارش', 'به گفته', 'به اعلام', 'گزارش'],
      source: '[MAH] عبارت‌های استناد به منبع خبر',
    },
    be: { forms: ['به'], source: '[MAH] حرف اضافه‌ی مخاطب' },
    toldAfter: { forms: ['گفت', 'گفته است', 'اظهار داشت', 'اظهار کرد', 'توضیح داد'], source: '[MAH] فعل‌های گفتن با مخاطب' },
    interview: {
      forms: ['در گفتگو با', 'در گفت‌وگو با', 'در مصاحبه با', 'در مصاحبه‌ای با', 'در برنامه', 'در گفتگویی با', 'در گفت‌وگویی با'],
      source: '[MAH] گفتگو و مصاحبه به عنوان محل اظهار',
    },
    media: { forms: ['خبرگزاری', 'شبکه', 'روزنامه', 'تلویزیون', 'رادیو', 'پایگاه', 'سایت', 'رسانه'], source: '[MAH] نام‌های عام رسانه' },
    mod: { forms: ['دولتی', 'رسمی', 'روسیه', 'چین', 'ایران', 'حکومتی'], source: '[MAH] صفت و مضاف‌الیه' },
    filler: { forms: ['روز', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه', 'یکشنبه', 'امروز', 'دیروز', 'نیز', 'هم'], source: '[MAH] قید زمان' },
    creditLabel: { forms: ['منبع', 'عکس'], source: '[MAH] ذکر منبع' },
    colon: { forms: [':'], source: 'punctuation' },
  },
  zh: {
    according: { forms: ['据', '據', '根据', '根據', '援引', '引述', '来源', '來源'], source: '[LT] 介词"据/根据"引出信息来源' },
    report: {
      forms: ['报道', '報道', '報導', '称', '稱', '发布', '發布', '刊文', '刊发', '刊發', '社论', '社論', '评论', '評論', '指出', '宣布', '消息', '援引', '播出', '披露', '声称', '聲稱', '表示', '透露', '说', '說'],
      source: '[LT] 言说动词与"报道"类名词',
    },
    jieshou: { forms: ['接受', '对', '對', '向'], source: '[LT] 接受…采访; 对/向…表示 (对象介词)' },
    venueAfter: { forms: ['采访', '採訪', '专访', '專訪', '表示', '说', '說', '透露', '介绍', '介紹'], source: '[LT] 接受…采访; 对…表示' },
    media: { forms: ['记者', '記者', '电视台', '電視台', '通讯社', '通訊社', '新闻', '新聞', '网', '網'], source: '[LT] 媒体名词' },
    mod: { forms: ['俄罗斯', '俄羅斯', '俄', '中国', '中國', '伊朗', '朝鲜', '朝鮮', '官方', '国家', '國家', '官媒'], source: '[LT] 定语' },
    filler: { forms: ['日', '月', '今天', '昨天', '周一', '周二', '周三', '周四', '周五', '周六', '周日'], source: '[LT] 时间状语' },
    creditLabel: { forms: ['来源', '來源', '图片来源', '圖片來源'], source: '[LT] 来源标注' },
    colon: { forms: [':', '：'], source: 'punctuation' },
  },
};
