// Phrase lists of the detector's first-pass regexes (../detectors/state-media.ts), kept as data
// beside the other state-media rules. They predate the construction patterns
// (./state-media-constructions.ts), which read the per-language lexicons of ./state-media-cues.ts
// and carry the provenance for each language; these lists are the same kinds of words:
// - VERBS_EN: verbs of communication after a subject ("Xinhua reported"), [LGSWE §10.2] in
//   ./state-media-cues.ts, plus "editorial", "commentary", "op-ed" as headline credits [AP];
// - VERBS_OTHER: the same in German, French, Spanish, Italian, Portuguese, Russian, Polish,
//   Turkish, Dutch, Romanian and Greek (the grammars cited in ./state-media-cues.ts for the ten
//   supported languages; the others are the ordinary dictionary forms of "reports", "writes",
//   "said");
// - MEDIA_NOUN: media nouns between a name and its verb ("the TASS news agency said");
// - FILLER: adverbials between subject and verb ("also", "on Monday", "in a statement").

export const VERBS_EN =
  'said|says|reported|reports|wrote|writes|noted|notes|quoted|quotes|cited|cites|claimed|claims|announced|announces|' +
  'stated|states|added|adds|continued|continues|explained|explains|documented|posted|published|publishes|alleged|alleges|' +
  'insisted|insists|warned|warns|slammed|slams|blasted|blasts|accused|accuses|denounced|denounces|condemned|condemns|' +
  'urged|urges|rebutted|rebuts|argued|argues|asserted|asserts|revealed|reveals|confirmed|confirms|denied|denies|' +
  'suggested|suggests|acknowledged|acknowledges|disclosed|discloses|informed|informs|aired|carried|learned|learnt|' +
  'hailed|hails|lashed|called|calls|editorial|commentary|op-ed|quoting|citing|cautioned|predicted|estimated';
export const VERBS_OTHER =
  'berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|zitiert|zitierte|rapporte|a rapporté|a indiqué|' +
  'a annoncé|écrit|affirme|a affirmé|informó|informa|reportó|publicó|señaló|indicó|riferisce|riporta|ha riferito|' +
  'ha pubblicato|scrive|cita|relatou|informou|noticiou|publicou|сообщает|сообщил|сообщила|сообщило|сообщают|' +
  'передает|передаёт|пишет|заявил|заявила|заявило|podała|podaje|poinformowała|napisała|bildirdi|aktardı|duyurdu|' +
  'yazdı|meldt|meldde|schrijft|berichtte|a citat|l-a citat|a relatat|a anunțat|αναφέρει|μετέδωσε';
export const MEDIA_NOUN =
  '(?:news agency|press agency|news service|news bureau|agency|newspaper|paper|daily|tabloid|weekly|' +
  '(?:tv |television )?channel|broadcaster|network|television|tv|radio|station|outlet|website|portal|service|bureau|' +
  'agentstvo|агентство|телеканал|газета|agencia|agence|agentur|ajansı)';
export const FILLER =
  '(?:also|later|earlier|then|further|separately|previously|initially|first|quickly|again|itself|officially|' +
  'had|has|have|has also|had also|on \\w+|last \\w+|this \\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|' +
  'yesterday|tonight|\\w+ly|on its website|in a statement|in an editorial|in a commentary)';
