// Promotion cues as data: section labels ("Related", "Share this:"), ad-slot labels and call-to-
// action phrasings, each with a short note on where it was seen. The detector
// (../detectors/promotion.ts) decides *where* a cue counts (block length, links, position); this
// file only says *what* the cue looks like.
//
// Conventions, checked by tests/unit/promotion.test.ts:
// - ids are unique, kebab-case, and start with the subtype they belong to;
// - every regex is case-insensitive, has no global/sticky flag (they are shared and reused) and no
//   nested quantifier (linear time on any input);
// - whole-label patterns are anchored (^…$) and meant for short blocks only.

export type PromoSubtype =
  | 'related-links'
  | 'read-more-insert'
  | 'newsletter'
  | 'donation'
  | 'shop-affiliate'
  | 'video-podcast-plug'
  | 'sister-site-cta'
  | 'app-download'
  | 'social-share'
  | 'sponsored'
  | 'other-promo';

export const PROMO_SUBTYPES: readonly PromoSubtype[] = [
  'related-links', 'read-more-insert', 'newsletter', 'donation', 'shop-affiliate',
  'video-podcast-plug', 'sister-site-cta', 'app-download', 'social-share', 'sponsored', 'other-promo',
];

export interface PromoPattern {
  id: string;
  subtype: PromoSubtype;
  re: RegExp;
  /** Where the phrasing was seen, or why the pattern exists. */
  note: string;
}

/** One plain sentence per subtype, shown to the reader. */
export const PROMO_REASONS: Record<PromoSubtype, string> = {
  'related-links': 'A list of links to other stories from this site, not part of the article.',
  'read-more-insert': 'A pointer to another story, inserted between the sentences of the article.',
  newsletter: 'An invitation to sign up for a newsletter or a subscription, not part of the article.',
  donation: 'An appeal for donations or support, not part of the article.',
  'shop-affiliate': 'A shopping or affiliate plug that sells a product, not part of the article.',
  'video-podcast-plug': 'A plug for a video, podcast or channel, not part of the article.',
  'sister-site-cta': 'A call to visit another site of the publisher for more stories.',
  'app-download': 'An ask to download an app, not part of the article.',
  'social-share': 'Buttons or asks to share the article or follow the publisher on social media.',
  sponsored: 'An advertising label or a sponsorship or affiliate disclosure, not part of the article.',
  'other-promo': 'A promotional message from the site, not part of the article.',
};

/**
 * Headings or short labels that open a promotional section: the blocks that follow (while they
 * are link items) belong to it. Matched against the whole block text, trailing colon allowed.
 */
export const SECTION_LABELS: readonly PromoPattern[] = [
  {
    id: 'related-links-label',
    subtype: 'related-links',
    re: /^(?:more )?related(?: (?:articles?|stories|story|posts?|coverage|news|content|reading|recipes|videos|links|galleries))?(?: on [\w .'’&-]{1,40})?\s*[:.]?$/i,
    note: 'The "Related", "Related articles", "Related Coverage" headers of news and recipe sites.',
  },
  {
    id: 'related-links-more-label',
    subtype: 'related-links',
    re: /^(?:more(?: related| great| top)?|explore more|discover more) (?:(?:from|on|in|by|at) [\p{L}\p{N} .'’&-]{1,60}|[\p{L}\p{N} .'’&-]{0,50}\b(?:stories|articles|news|posts|recipes|videos|reads|coverage|headlines|features))\s*[:.]?$|^more\s*:$/iu,
    note: '"More related stories:", "More from Sportsnet", "More Business News", "More on Slate Book Review", "More Great WIRED Stories".',
  },
  {
    id: 'related-links-popular-label',
    subtype: 'related-links',
    re: /^(?:(?:the )?most (?:read|popular|viewed|shared|emailed|commented)|popular(?: now| today| this week| stories| articles| posts| on [\w .'’&-]{1,30})?|trending(?: now| news| articles| stories| topics)?|top (?:stories|news|picks|headlines)|most watched|what'?s hot|popular posts|editor'?s choice|(?:more|latest|also) in [\p{L} .&'’-]{2,30}|(?:breaking|latest|recent|more) (?:news|stories|articles|posts)(?: (?:by|from) [\p{L} .'’-]{2,40}(?: \(see all\))?)?|editor'?s'? picks|recommended(?: for you| stories| articles| reading)?|(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested in)(?: these)?|we also love|try these next|keep reading|read (?:next|this next)|up next|what to (?:read|watch) next|further reading|explore further|don'?t miss|also (?:read|see|on [\w.-]{2,30})|look at other dictionaries|related terms|editors?'?’?s?'?’? (?:recommendations?|picks|choice))\s*(?:[:.!]|\.\.\.|…)?$/iu,
    note: '"Most Popular", "Trending News", "You may also like", "RECENT ARTICLES", "Further Reading", "Explore further" (phys.org), "We Also Love" (Betty Crocker).',
  },
  {
    id: 'related-links-other-languages',
    subtype: 'related-links',
    re: /^(?:terkait|artikel terkait|baca juga|ähnliche beiträge|lesen sie auch|mehr zum thema|leggi anche|articoli correlati|lire aussi|à lire aussi|voir aussi|sur le même sujet|te puede interesar|noticias relacionadas|lea también|leia também|veja também|читайте также|самые популярные[\p{L} ]{0,30}|похожие статьи|relaterade artiklar|läs också|gerelateerd|lees ook)\s*[:.]?$/iu,
    note: 'The same labels on Indonesian, German, Italian, French, Spanish, Portuguese, Russian, Swedish and Dutch pages (WordPress "Terkait", "Ähnliche Beiträge").',
  },
  {
    id: 'sponsored-label-section',
    subtype: 'sponsored',
    re: /^(?:sponsored (?:stories|links|content|articles|headlines)|promoted (?:stories|links|content)|paid (?:content|stories|links)|partner (?:content|stories)|(?:from )?around the web|from (?:our|the) (?:partners|sponsors|web)|ads by [\w ]{2,20}|recommended by (?:outbrain|taboola|revcontent))\s*[:.]?$/i,
    note: 'Outbrain / Taboola style modules: "Sponsored Stories", "From Around the Web", "Promoted Stories".',
  },
  {
    id: 'social-share-label',
    subtype: 'social-share',
    re: /^(?:share(?: this| it| the| on)?(?: article| story| post| page| recipe| with (?:a friend|friends|your friends))?|sharing is caring|like this|spread the (?:news|word|love)|follow us(?: on [\w ,&]{1,40})?|share tweet(?: submit| email| pin)?|mit anderen teilen|gefällt mir|teilen(?: mit)?|partager|condividi|compartir|compartilhe|sukai ini|bagikan|поделиться)\s*[:!.]?$/iu,
    note: 'WordPress "Share this:" / "Like this:", Social Warfare "Sharing is caring!", wccftech "Share Tweet Submit".',
  },
  {
    id: 'newsletter-label',
    subtype: 'newsletter',
    re: /^(?:[\w’'&. -]{1,60}\b(?:newsletters?|e-?mail (?:newsletter|alerts|updates)|news e-?mails)|subscribe(?: now| today| here| for free)?|sign up(?: now| today| here| for free)?|join (?:our|the) (?:newsletter|mailing list)|(?:[\w ]{1,30} )?delivered to your inbox|stay (?:informed|updated|in the know|connected))\s*[:!.]?$/i,
    note: 'Newsletter box headers: "PC Gamer Newsletter", "Breaking News Emails", "Subscribe", "Headlines Delivered to Your Inbox".',
  },
  {
    id: 'video-podcast-plug-label',
    subtype: 'video-podcast-plug',
    re: /^(?:what to watch next|watch next|more videos|latest videos|(?:related|featured|popular|recommended) videos?|video playlist|see more videos|listen (?:now|here)|more (?:podcasts|episodes))\s*[:.]?$/i,
    note: 'Video playlists (MSN "What to watch next", "UP NEXT").',
  },
];

/**
 * Short labels that name a source list: the list is evidence, never promotion. Besides news
 * "Sources:" lines, the standard appendices of Wikipedia's layout guideline (MOS:LAYOUT: "Notes",
 * "References", "Further reading", "External links"), which essays and blogs copy (issue 17: a
 * "Further reading" bibliography was read as a related list).
 */
export const SOURCE_LIST_LABEL =
  /^(?:sources?(?: include| used| cited| and references| and further reading)?|references|bibliography|works cited|citations|notes|notes and references|further reading|suggested reading|recommended reading|external links|literature|read the (?:study|paper|report)|fuentes|quellen|fonti|literatur|weiterführende literatur|bibliographie)\s*:?$/i;

/**
 * Software-update instructions: "update the app from your store", "install the update for
 * the Settings app" are help, not an ask to get an app (issue 17). An app-download match that also
 * says this is not judged an ask.
 */
export const APP_UPDATE = /\b(?:updates?|updated|upgrade|latest version|new version|version \d|patch|reinstall|restart|settings app|troubleshoot\w*|fix (?:the|this|a) \w+)\b/i;

/** A block that opens with a source-list label and carries its links on the same line. */
export const SOURCE_LIST_INLINE = /^sources?(?: include| used| cited)?\s*:\s*\S/i;

/** Ad-slot labels: the whole block is the label. */
export const AD_SLOT_LABEL =
  /^[-–—|•·\s]*(?:advertisement|advertisements|advertising|advertisment|advert|adverts|ads?|sponsored(?: content| links?| post| stories)?|paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content|iklan|anzeige|werbung|publicidad|publicité|pubblicità|reklama|реклама|(?:advertisement - )?continue reading below|(?:story|content|article) continues below(?: advertisement)?|article continues (?:below|after (?:this )?(?:ad|advertisement))|scroll to continue(?: with content)?)[-–—|•·:\s]*$/iu;

/** Names of share/follow targets and counters: the items of a share bar. */
export const SOCIAL_ITEM =
  /^(?:facebook|twitter|x|pinterest|pin(?: it| recipe)?|linkedin|reddit|whatsapp|telegram|tumblr|flipboard|mix|pocket|messenger|email|e-mail|mail|print(?: recipe)?|sms|copy(?: link)?|share(?: it| this)?!?|tweet|yum(?: it)?!?|send(?: it)?!?|save|like|instagram|youtube|tiktok|vk|xing|digg|stumbleupon|google\+?|surat elektronik|cetak|drucken|\d[\d.,]*\s?[km]?(?:\s?shares?)?|shares?)\s*[!:]?$/i;

/** A share-bar item that names a network or the act of sharing (not a bare counter or "Print"). */
export const SOCIAL_NAME =
  /^(?:facebook|twitter|pinterest|pin(?: it| recipe)?|linkedin|reddit|whatsapp|telegram|tumblr|flipboard|mix|pocket|messenger|share(?: it| this)?!?|tweet|instagram|vk|xing|digg|\d[\d.,]*\s?[km]?\s?shares?|shares?)\s*[!:]?$|\b(?:facebook|twitter|pinterest|linkedin|reddit|whatsapp|share|tweet)\b.{0,80}\b(?:facebook|twitter|pinterest|linkedin|reddit|whatsapp|email|e-mail)\b/i;

/** Several share targets in one block (a row of three or more network names, e.g. "Facebook X WhatsApp Email"). */
export const SOCIAL_TOKEN = /facebook|twitter|pinterest|linkedin|reddit|whatsapp|telegram|tumblr|flipboard|e-?mail|instagram|messenger|tweet|shares?|print|pin/gi;

/**
 * Calls to action judged on a short block (the detector caps the length per subtype). Most are
 * anchored at the start: an article sentence that mentions a newsletter or a video in a news sense
 * does not open with an imperative aimed at the reader.
 */
export const CTA_PATTERNS: readonly PromoPattern[] = [
  // sister sites
  {
    id: 'sister-site-cta-head-to',
    subtype: 'sister-site-cta',
    re: /^(?:head|go|hop|click|swing) (?:over |on over )?to [^ ]{2,60}[\w .’'&-]{0,40}? (?:for|to (?:read|see|get|find)) (?:more|the latest|all|full|additional)\b/i,
    note: 'A sister-site call to action at the start of a block: "head over to <site> for more …" (issue 6: sister-site CTAs).',
  },
  {
    id: 'sister-site-cta-visit-site',
    subtype: 'sister-site-cta',
    re: /^(?:visit|check out|browse) [^ ]{1,60}\.(?:com|net|org|co\.uk|news|info|tv)\b[\w .’'&-]{0,40}? for (?:more|the latest|all|full|additional|daily)\b/i,
    note: 'The same call with "visit" and a named site: "Visit HarbourWatch.com for more stories about …" (our demo page); the target must look like a domain.',
  },
  {
    id: 'sister-site-cta-read-more-on',
    subtype: 'sister-site-cta',
    re: /^(?:read|see|get|find) (?:more|the full story|the latest|full coverage)\b.{0,40}\b(?:on|at) [\w .&-]{2,40}(?:by clicking here|\.com|\.net|\.org|\.co\.uk)/i,
    note: 'An all-caps read-more line naming the outlet and "by clicking here" (issue 6: read-more inserts).',
  },
  {
    id: 'sister-site-cta-full-coverage',
    subtype: 'sister-site-cta',
    re: /^(?:also: )?(?:follow|see|read) [\w’'. -]{0,50}?(?:full |complete |more |latest )?coverage (?:of [\w ’'.-]{1,60} )?(?:at|on)\b/i,
    note: 'A pointer to the outlet\'s own coverage page ("follow our full coverage at …", "see our sales coverage at …").',
  },
  {
    id: 'sister-site-cta-visit',
    subtype: 'sister-site-cta',
    re: /^for more (?:stories|news|articles|coverage|updates|information)(?: about| on)?\b.{0,120}\b(?:visit|go to|head to|check out|see) \S{2,60}\.(?:com|net|org|co\.uk|news|info)\b/i,
    note: 'The reversed form of the Natural News CTA: "For more stories about X, visit Y.com".',
  },
  // video, podcast, channel
  {
    id: 'video-podcast-plug-listen-watch',
    subtype: 'video-podcast-plug',
    re: /^(?:listen|watch|tune in|check out|see) (?:to |in )?(?:the |this |our |my |a |an )?.{0,160}\b(?:below|above|video|podcast|episode|channel|broadcast|interview|segment|show|playlist)\b/i,
    note: 'An invitation to listen to or watch a programme placed below or above the text (issue 6: video and channel plugs).',
  },
  {
    id: 'video-podcast-plug-this-video',
    subtype: 'video-podcast-plug',
    re: /^(?:this|the above|the following) (?:video|clip|episode|podcast|audio|interview|segment) (?:is|was) (?:from|by|courtesy of|taken from|available on|produced by)\b/i,
    note: 'A channel credit for an embedded video or podcast ("this clip is from <channel> on <site>"; issue 6: video and channel plugs).',
  },
  {
    id: 'video-podcast-plug-subscribe-channel',
    subtype: 'video-podcast-plug',
    re: /\bsubscribe to (?:our|the|my|his|her) [\w ’'.&-]{0,40}(?:youtube|channel|podcast|show)\b/i,
    note: 'An ask to subscribe to the outlet\'s video channel.',
  },
  {
    id: 'video-podcast-plug-now-on',
    subtype: 'video-podcast-plug',
    re: /\b(?:now|also) (?:on|available on) (?:youtube|spotify|apple podcasts|itunes|soundcloud|rumble|brighteon)\b|\bclick to subscribe\b|\bsee more videos\b|\b(?:listen|subscribe) (?:on|via) (?:apple podcasts|spotify|itunes|google podcasts)\b/i,
    note: 'CNN "THE POINT -- NOW ON YOUTUBE!", "Click to subscribe"; MSN "See more videos".',
  },
  {
    id: 'video-podcast-plug-video-tag',
    subtype: 'video-podcast-plug',
    re: /^(?:video|watch|podcast|listen)\s*[:|]\s*\S|\[(?:video|watch|podcast)\]\s*$/i,
    note: 'Headline links tagged "[Video]" (9to5Mac) or opened with "Video:" / "WATCH:" (MSN, CBS).',
  },
  // apps
  {
    id: 'app-download-get-app',
    subtype: 'app-download',
    re: /\b(?:download|get|install|try) (?:the|our|my)? ?(?:free )?[\w ’'.&-]{0,40}\bapps?\b|\bon the go by clicking here\b|\bavailable (?:on|in) the (?:app store|google play)\b|\b(?:straight|directly) to your phone\b/i,
    note: 'An ask to install the outlet\'s app ("get our app", "read us on the go", "straight to your phone"; issue 6: app-download asks).',
  },
  // newsletters and subscriptions
  {
    id: 'newsletter-sign-up',
    subtype: 'newsletter',
    re: /^[\w’'!:?., -]{0,100}?\b(?:sign up|signup|subscribe|register|join|enter your e-?mail|get (?:our|the)|receive (?:our|the|free|daily|weekly|a daily|a weekly))\b.{0,120}\b(?:newsletters?|inbox|e-?mails?|mailing list|alerts|updates|digest|briefing)\b/i,
    note: 'Newsletter boxes: an ask to sign up for the outlet\'s newsletters. "receive" only as an offer ("receive our …"): a writer who receives emails is not asking for sign-ups (issue 17).',
  },
  {
    id: 'newsletter-inbox',
    subtype: 'newsletter',
    re: /\b(?:delivered|straight|direct(?:ly)?|right) (?:to|into) your (?:inbox|mailbox|letterbox|door)\b|\b(?:let|get) (?:our|the) [\w ’'.-]{1,40} (?:meet|in|into) your inbox\b|\benter your e-?mail\b|\bjoin [\d,.]+ other (?:followers|subscribers)\b|\bsubscriber services\b|\b\d+ issues for\b|\bsubscribe to (?:our|the|my) (?:sister )?(?:title|magazine|print|newsletter|mailing)/i,
    note: 'Inbox and follower asks ("get our news in your inbox", "join N other followers") and subscription offers with a price per issue.',
  },
  {
    id: 'newsletter-subscribe-paywall',
    subtype: 'newsletter',
    re: /^(?:subscribe|become a subscriber|already a subscriber|start your (?:free )?(?:trial|subscription)|unlock (?:this|full|unlimited)|get unlimited (?:digital )?access)\b/i,
    note: 'Subscription and paywall asks.',
  },
  {
    id: 'newsletter-want-informed',
    subtype: 'newsletter',
    re: /^(?:do you )?want (?:to be|to stay) (?:informed|updated|in the loop)\b.{0,80}\b(?:sign up|subscribe)/i,
    note: 'A question that ends in a sign-up ("Want our updates? Sign up here").',
  },
  // donations
  {
    id: 'donation-ask',
    subtype: 'donation',
    re: /^(?:please )?(?:donate|support (?:us|our (?:work|journalism|reporting|mission|newsroom))|make a (?:donation|contribution)|chip in|become a (?:member|patron|supporter))\b|\bplease consider (?:supporting|donating|a donation|making a donation|becoming a (?:member|patron))\b|\b(?:donate|contribute) (?:today|now|here)\b/i,
    note: 'Python release notes "please consider supporting the PSF"; generic donate buttons.',
  },
  {
    id: 'donation-journalism',
    subtype: 'donation',
    re: /^(?:please )?(?:support|help (?:fund|sustain|support)|fund|back|keep)\b.{0,40}\b(?:independent|quality|local|nonprofit|non-profit|our|this) (?:journalism|reporting|newsroom|news|work|mission)\b|\bif you (?:value|like|enjoy|appreciate|rely on|believe in) (?:our|this|the|what we)\b.{0,120}\b(?:support|donat|contribut|member|subscri)|\breaders like you\b/i,
    note: 'Reader-funded outlets: "Support independent journalism", "If you value our reporting, please…".',
  },
  // shop and affiliate
  {
    id: 'shop-affiliate-buy',
    subtype: 'shop-affiliate',
    re: /^(?:buy|shop|order|get (?:it|yours|one)) (?:it |them |this |one )?(?:now|here|today|online)\b|^see it (?:now|at)\b|^(?:check (?:it )?out|see|view) (?:the )?(?:price|deal|deals|offer)s? (?:on|at)\b|\bbuy (?:it )?(?:from|on|at) amazon\b|\b(?:retailers|resellers|deals) at a glance\b|click here to (?:order|buy|shop)\b|^(?:tickets|book now)\b.{0,60}\b(?:at|from)\b|^make (?:it )?with\s*$/i,
    note: 'BGR "Buy Now", ZDNet "See it now: Amazon", Tom\'s Hardware "retailers at a glance", "Make with" recipe badges.',
  },
  // sponsored labels and disclosures
  {
    id: 'sponsored-affiliate-disclosure',
    subtype: 'sponsored',
    re: /\b(?:affiliate\b.{0,30}\blinks?|affiliate (?:commissions?|partnerships?|programs?)|(?:we|i|[\w.]+) (?:may |will |might )?(?:earns?|receives?|gets?) (?:a )?(?:small )?(?:commission|compensation|share of (?:sales|revenue)))\b|\badvertis(?:er|ing) disclos|\bftc:|\bincome earning\b.{0,20}\blinks\b/i,
    note: 'Affiliate and advertiser disclosures ("we may earn a commission", "affiliate links", "advertiser disclosure"), which the US FTC Endorsement Guides require near the content.',
  },
  {
    id: 'sponsored-label',
    subtype: 'sponsored',
    re: /^(?:sponsored|paid for|brought to you|underwritten) (?:by|in (?:partnership|association) with)\b|^(?:produced|presented|created|supported|powered) in (?:partnership|association) with\b|^this (?:post|article|story|content|feature|page) (?:is|was) (?:sponsored|paid for|produced in partnership|brought to you)\b/i,
    note: 'Sponsor and partner labels ("Sponsored by …", "This content was paid for by …"). "Produced by" / "Presented by" alone are production credits, not sponsor labels (issue 17); only "… in partnership with" makes them one.',
  },
  // social share and follow
  {
    id: 'social-share-ask',
    subtype: 'social-share',
    re: /^(?:like this (?:story|article|post)\??\s*)?(?:please )?share (?:this|it|the (?:story|article|post))\b.{0,40}\b(?:with|on|everywhere|friends?)\b|\bshare this everywhere\b|\bclick to (?:share|tweet)\b|\bclick to share on\b|\b(?:don'?t forget to |please )?tag (?:me|us) (?:on|in|at)\b|\bfeel free to pin\b|\bpin (?:it|this|the following)\b|^(?:share|pin|tweet) on (?:facebook|twitter|pinterest|linkedin|whatsapp|reddit|x)\b/i,
    note: 'Share asks ("enjoyed this? pass it on", "share this", "click to share on <network>", "tag us on <network>").',
  },
  {
    id: 'social-share-follow',
    subtype: 'social-share',
    re: /^[\w’'.,@ -]{0,120}?\bfollow (?:us|the [\w ’'.&-]{1,50}|[A-Z@][\w ’'.&@-]{1,50}) (?:on|at|via) (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp|pinterest)\b/i,
    note: 'Outlet-level follow asks ("follow <outlet> on <network>"); "follow him/her" is an author contact line and is excluded by the detector.',
  },
  {
    id: 'social-share-like-widget',
    subtype: 'social-share',
    re: /^(?:like|suka|gefällt mir|j'aime|me gusta|mi piace|curtir) (?:loading|memuat|lade|chargement|cargando|caricamento|carregando)\.{0,3}$/i,
    note: 'The WordPress.com "Like Loading..." widget, in the page\'s language.',
  },
  {
    id: 'newsletter-priced-subscription',
    subtype: 'newsletter',
    re: /\bsubscri\w*\b.{0,100}\b(?:for (?:as little as|just|only)|per month|a month|first year|free trial)\b/i,
    note: 'Paid-subscription offers with a price ("subscribe for as little as <price> a year").',
  },
  // pointers to the site's other content, written into a sentence
  {
    id: 'related-links-you-might-like',
    subtype: 'related-links',
    re: /\byou (?:might|may) (?:also )?(?:like|want) to (?:try|read|check out|browse|have a look at|take a look at) (?:some of )?(?:these|the|our|my) (?:other|following|related)\b/i,
    note: 'Recipe and tutorial blogs pointing to more of their own posts ("you may also enjoy these other recipes").',
  },
  {
    id: 'related-links-check-out-our-picks',
    subtype: 'related-links',
    re: /\bcheck out our [\w ’'.&-]{0,40}?\b(?:picks|guides?|roundups?|recommendations|favou?rites)\b/i,
    note: 'Pointers to the outlet\'s own buying guides ("see our team\'s picks for the best …").',
  },
  {
    id: 'video-podcast-plug-following-video',
    subtype: 'video-podcast-plug',
    re: /\b(?:have a look at|take a look at|watch|check out) the following (?:video|clip|episode|podcast)\b|\bvideo tutorial (?:of|on) my\b|\bon my youtube channel\b/i,
    note: 'Tutorial sites pointing to their own video channel ("watch my video on this").',
  },
  {
    id: 'shop-affiliate-deals-page',
    subtype: 'shop-affiliate',
    re: /\b(?:keep an eye on|visit|bookmark) our [\w ’'.&-]{0,40}?\bdeals? (?:page|hub|roundup)\b/i,
    note: 'Pointers to the outlet\'s own deals page ("watch our deals page for price drops").',
  },
  // house ads and other asks
  {
    id: 'other-promo-house-ad',
    subtype: 'other-promo',
    re: /^(?:advertise with us|make [\w ]{1,20} (?:your|my) home ?page|join (?:our|the) [\w ]{0,30}(?:forums?|community|discord|club)\b|visit (?:us|our booth) at\b)/i,
    note: 'House ads ("Advertise with us", "Make MSN my homepage") and "Join our Space Forums".',
  },
];

/**
 * Labels that open an inline pointer to another story: "Read more: …", "(Related: …)",
 * "SEE ALSO: …", "On HoustonChronicle.com: …", "Also on rt.com …".
 */
export const INSERT_LABEL =
  /^(?:read more|read also|also read|read next|read|more|related|related (?:post|story|article|content|link|reading|coverage)|see also|see more|also see|also|don'?t miss|must read|recommended|check out|check this out|more on this|on [\w-]{2,40}\.(?:com|co\.uk|net|org)|also on [\w.-]{2,40}|leggi anche(?: su)?|lesen sie auch|lire aussi|voir aussi|baca juga|lea también|leia também|читайте также)\s*(?::|-|–|—|\|)\s*\S/iu;

/** "DON'T MISS" / "Also on rt.com" style inserts that have no colon. */
export const INSERT_LABEL_NO_COLON = /^(?:don'?t miss|also on [\w-]{2,30}\.[a-z]{2,6}|read more|see also)\s+\S/i;

/** An inline insert inside a paragraph: "(Related: …)" or "[Read more: …]". */
export const INLINE_INSERT =
  /[([](?:related|read more|read also|also read|see also|see more|more|read|watch|listen|don'?t miss|leggi anche|lesen sie auch)\s*:[^()[\]]{3,300}[)\]]/gi;
