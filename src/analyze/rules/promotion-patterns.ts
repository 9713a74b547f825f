// Promotion cues as data: section labels ("Related", "Share this:"), ad-slot labels and call-to-
// action phrasings. Each pattern rests on an outside source named in PROVENANCE (the corpus
// guideline's subtype definitions, FTC / IAB disclosure guidance, platform badge and widget
// strings, call-to-action grammar), never on phrasings read off the pages it is measured on
// (issue 17). The detector (../detectors/promotion.ts) decides *where* a cue counts (block
// length, links, position); this file only says *what* the cue looks like.
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

/**
 * Where a pattern comes from: an outside source, never the pages it is measured on (issue 17).
 * Every pattern names one or more of these; tests/unit/promotion.test.ts checks that it does.
 */
export const PROVENANCE = {
  guideline:
    'The corpus annotation guideline for promotional blocks (guidelines/promo_blocks.md, section 3): its subtype table ("Related", "More from…", "Most read", "Trending", "You may also like", "Read more: …", "(Related: …)", "SEE MORE:", "DON\'T MISS", "On SisterSite.com: …", "Head to/Read more on X.com", "Follow <outlet>\'s full coverage at …", "watch/listen/subscribe to our channel", "Share this", "Follow us on …", "tag us on Instagram", "Make with <brand>" badges, "Make <portal> my homepage", forum-join and booth CTAs, "Continue Reading Below" ad-slot labels) and its decision rules.',
  'ftc-native':
    'US Federal Trade Commission, "Native Advertising: A Guide for Businesses" (2015): disclosure labels such as "Ad", "Advertisement", "Paid Advertisement", "Sponsored Advertising Content".',
  'ftc-endorsement':
    'US Federal Trade Commission, Guides Concerning the Use of Endorsements and Testimonials in Advertising (16 CFR Part 255) and ".com Disclosures" (2013): affiliate links and commissions must be disclosed near the content ("we may earn a commission").',
  'iab-native':
    'IAB Native Advertising Playbook (2013; 2.0, 2019): disclosure labels "Sponsored", "Sponsored by <brand>", "Paid content", "Paid post", "Promoted", "Promoted by", "Partner content", "Presented by <brand>".',
  'fcc-underwriting':
    'US FCC rules for noncommercial broadcasting (47 CFR 73.503(d), underwriting announcements): sponsors are identified as "underwritten by", "made possible by", "brought to you by".',
  'cta-grammar':
    'Call-to-action grammar: an imperative addressed to the reader (subscribe, sign up, join, follow, share, download, install, donate, support, buy, watch, listen, visit, head to) whose object is one of the publisher\'s channels (newsletter, inbox, app, channel, podcast, store, site, account); an article sentence reports such acts, it does not open with them.',
  'platform-strings':
    'Default interface strings of widely used publishing and sharing software: WordPress / Jetpack ("Share this:", "Like this:", "Like Loading…", "Related", "Join N other subscribers", "Click to share on …"), Pinterest\'s "Pin It" button, Outbrain and Taboola recommendation widgets ("Recommended by", "Sponsored Links", "Promoted Stories", "Around the Web", "You May Like"), e-commerce and membership buttons (WooCommerce / Shopify "Add to cart", Patreon "Become a patron", Ko-fi / Buy Me a Coffee "Buy me a coffee", PayPal "Donate"), Mailchimp\'s embedded sign-up form ("Subscribe to our mailing list", "* indicates required") and AddToAny\'s "Share via" / "Copy link".',
  'store-badges':
    'Apple App Store and Google Play marketing guidelines: the badge texts "Download on the App Store" and "Get it on Google Play".',
  'podcast-badges':
    'Badge texts of the audio and video platforms\' marketing guidelines: "Listen on Apple Podcasts", "Listen on Spotify", "Subscribe on YouTube", "Now available on …".',
  'mos-layout':
    'Wikipedia Manual of Style, Layout (MOS:LAYOUT): the standard appendices "See also", "Notes", "References", "Further reading", "External links".',
  'share-endpoints':
    'The platforms\' documented share and app-store addresses: Facebook\'s Share Dialog (facebook.com/sharer, /dialog/share), X\'s Web Intents (twitter.com/intent/tweet, x.com/intent), Pinterest\'s Save button (pinterest.com/pin/create), LinkedIn\'s Share Plugin (linkedin.com/shareArticle, /sharing/share-offsite), Reddit\'s submit, WhatsApp\'s click-to-chat (wa.me, api.whatsapp.com/send), Telegram\'s share/url, AddToAny\'s share links, and the store listings of Apple (apps.apple.com, itunes.apple.com/app) and Google Play (play.google.com/store/apps); the other share buttons of the common share kits (AddThis, ShareThis, AddToAny service lists): AddThis\'s bookmark.php, VK\'s share.php, OK.ru\'s connect offer, LINE\'s LINE It! share, Hatena Bookmark\'s add, Weibo\'s share, XING\'s share plugin, Google+ share (until 2019), StumbleUpon/Mix, Digg and Hacker News submit, Buffer\'s add, Evernote\'s clip, Skype\'s share, Threads\' web intent, and the sms:/fb-messenger:/viber: share schemes; the other stores\' listings (Amazon Appstore, Huawei AppGallery, Samsung Galaxy Store, F-Droid, Microsoft Store, Apple\'s appsto.re and itunes.com/apps short forms) and the app-install links of the mobile attribution platforms, whose documented purpose is to send a reader to the store or into the app (AppsFlyer OneLink, onelink.me; Branch, app.link and bnc.lt; Adjust, app.adjust.com).',
  'affiliate-networks':
    'Affiliate link infrastructure that the FTC\'s endorsement guides require disclosures for: the retailer programmes and link networks named in Wikipedia\'s "Affiliate marketing" and "Amazon Associates" articles (Amazon Associates with its amzn.to short links and tag= parameter, CJ Affiliate, Rakuten Advertising/LinkShare, ShareASale, Awin, Impact, Skimlinks, Sovrn/VigLink, Pepperjam, AvantLink, FlexOffers, Tradedoubler, Webgains, Admitad, Geniuslink, ShopStyle and LTK) and the large retailers they link to (the National Retail Federation\'s Top 100 Retailers; the largest online sellers of the UK, Germany, France, the Netherlands and India).',
  'unicode-currency':
    'Unicode General Category Sc (currency symbols: $, £, €, ¥, ₹ …) and ISO 4217 currency codes (USD, EUR, GBP …): a price is a currency sign or code next to an amount.',
  'platform-badges':
    'The badge and button texts that platforms give publishers to link to them: Facebook\'s "Find us on Facebook" / "Like us on Facebook" page badges, Google News\'s "Follow us on Google News" button, Telegram and WhatsApp channel invitations ("Join our Telegram channel"), the Microsoft Store badge "Get it from Microsoft", the Chrome Web Store badge "Available in the Chrome Web Store", Mozilla\'s "Get the add-on" button, the Mac App Store badge, and Medium\'s "Open in app" header button.',
  'retail-cta':
    'Retail and publishing call-to-action grammar: a promotion code is offered as an imperative to use or enter it for a discount ("Use code X for 20% off"); a book is sold by "Order your copy", "Pre-order now" and "available wherever books are sold"; events by "Buy tickets", "Get your tickets", "Tickets at …". An article reports such offers ("the shop offered a code"), it does not address the reader with them.',
  easylist:
    'EasyList (easylist.to), the ad-blocking filter list most blockers ship, and its third-party ad-server section: the domains that serve and count the clicks on display and native ads (Google\'s doubleclick.net, googleadservices.com and googlesyndication.com, Xandr\'s adnxs.com, TripleLift\'s 3lift.com, Teads, Taboola, Outbrain, Revcontent, MGID, ZergNet, Criteo, Amazon\'s ad system, The Trade Desk\'s adsrvr.org, Sharethrough, Nativo).',
  translation: 'The guideline\'s labels as the same publishing software (WordPress) prints them in other languages.',
  'ad-label-laws':
    'Advertising-label rules outside the US: Japan\'s Consumer Affairs Agency designation of stealth marketing (2023 notice under the Act against Unjustifiable Premiums and Misleading Representations) and its operating standards, which name labels such as 「広告」「宣伝」「PR」; Korea\'s Fair Trade Commission guidelines on endorsement advertising ("광고", "협찬"); China\'s Measures for the Administration of Internet Advertising (ads marked "广告"); and Google AdSense\'s permitted ad labels ("Advertisements", "Sponsored links"; in Japanese "スポンサーリンク").',
} as const;

export type Provenance = keyof typeof PROVENANCE;

export interface PromoPattern {
  id: string;
  subtype: PromoSubtype;
  re: RegExp;
  /** What the pattern catches, in our own words. */
  note: string;
  /** The outside sources the pattern rests on (keys of PROVENANCE). */
  source: readonly Provenance[];
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
    re: /^(?:more )?related(?: [\p{L}]{2,20})?(?: [\p{L}]{2,20})?(?: on [\w .'’&-]{1,40})?\s*[:.]?$/iu,
    note: '"Related" and "Related <one or two words>" headers ("Related stories", "Related reading") over a list of other items.',
    source: ['guideline', 'platform-strings'],
  },
  {
    id: 'related-links-more-label',
    subtype: 'related-links',
    re: /^(?:more|other) (?:(?:from|by|at) [\p{L}\p{N} .'’&-]{1,60}|[\p{L}\p{N} .'’&-]{0,50}\b(?:stories|articles|news|posts|videos|headlines))\s*[:.]?$|^(?:see )?more\s*:$/iu,
    note: '"More from <outlet or section>", "More <topic> stories" and a bare "More:" / "See more:" over a list. "More on <topic>" is left out: it is also how an article names its own sub-sections.',
    source: ['guideline'],
  },
  {
    id: 'related-links-popular-label',
    subtype: 'related-links',
    re: /^(?:(?:the )?most (?:read|popular|viewed|shared|emailed|commented)|popular(?: now| today| this week| stories| articles| posts)?|trending(?: now| news| articles| stories)?|top (?:stories|news|headlines)|(?:latest|recent|more) (?:news|stories|articles|posts)|editor'?s'? picks|recommended(?: for you| stories| articles| reading)?|(?:you|we think you) (?:may|might) (?:also )?(?:like|enjoy|be interested in)|keep reading|read (?:next|this next|these next)|up next|what to read next|don'?t miss|also (?:read|see)|similar (?:articles|posts|stories|reads)|more like this|(?:people|readers) (?:also )?(?:read|viewed|liked)|explore more|(?:popular|trending) on [\p{L}\p{N} .'’&-]{2,30}|featured (?:stories|articles|posts)|what (?:others|people) are reading)\s*(?:[:.!]|\.\.\.|…)?$/iu,
    note: 'Recirculation module headers: most read, trending, you may also like, read next, up next, recommended for you, similar articles, more like this, people also read, popular on <site>, featured stories.',
    source: ['guideline', 'platform-strings'],
  },
  {
    id: 'related-links-other-languages',
    subtype: 'related-links',
    re: /^(?:terkait|artikel terkait|baca juga|ähnliche beiträge|lesen sie auch|mehr zum thema|leggi anche|articoli correlati|lire aussi|à lire aussi|voir aussi|sur le même sujet|te puede interesar|noticias relacionadas|lea también|leia também|veja também|читайте также|самые популярные[\p{L} ]{0,30}|похожие статьи|relaterade artiklar|läs också|gerelateerd|lees ook|artículos relacionados|artigos relacionados|notícias relacionadas|articles similaires|à lire également|das könnte sie auch interessieren|potrebbe interessarti anche|potrebbe interessarti|関連記事|関連投稿|関連ニュース|相关文章|相关阅读|相關文章|相關閱讀|관련 기사|관련 글|související(?: články| zprávy)?|čtěte také|czytaj (?:także|też)|zobacz (?:także|też)|powiązane(?: artykuły| wpisy)?)\s*[:.]?$/iu,
    note: '"Related", "Read also", "You may also like" and "Most popular" in Indonesian, German, Italian, French, Spanish, Portuguese, Russian, Swedish, Dutch, Japanese, Chinese, Korean, Czech and Polish.',
    source: ['guideline', 'translation'],
  },
  {
    id: 'sponsored-label-section',
    subtype: 'sponsored',
    re: /^(?:sponsored (?:stories|links|content|articles|headlines)|promoted (?:stories|links|content)|paid (?:content|stories|links)|partner (?:content|stories)|(?:from )?around the web|from (?:our|the) (?:partners|sponsors|web)|ads by [\w ]{2,20}|recommended by (?:outbrain|taboola|revcontent))\s*[:.]?$/i,
    note: 'Headers of paid recommendation modules: sponsored or promoted stories, partner content, links from around the web.',
    source: ['iab-native', 'platform-strings'],
  },
  {
    id: 'social-share-label',
    subtype: 'social-share',
    re: /^(?:share(?: this| it| the| on)?(?: article| story| post| page| recipe| with (?:a friend|friends|your friends))?|like this|follow us(?: on [\w ,&]{1,40})?|mit anderen teilen|gefällt mir|teilen(?: mit)?|partager|condividi|compartir|compartilhe|sukai ini|bagikan|поделиться|シェアする|シェア|この記事をシェア|分享(?:到)?|공유하기)\s*[:!.]?$/iu,
    note: 'Share and follow toolbar headers ("Share this:", "Like this:", "Follow us on …") and their translations.',
    source: ['guideline', 'platform-strings', 'translation'],
  },
  {
    id: 'newsletter-label',
    subtype: 'newsletter',
    re: /^(?:[\w’'&. -]{1,60}\bnewsletters?|subscribe(?: now| today| here| for free)?|sign up(?: now| today| here| for free)?|join (?:our|the) (?:newsletter|mailing list))\s*[:!.]?$/i,
    note: 'Newsletter box headers and subscribe buttons ("<Name> newsletter", "Subscribe", "Sign up now").',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'video-podcast-plug-label',
    subtype: 'video-podcast-plug',
    re: /^(?:(?:what to )?watch next|(?:see )?more (?:videos|podcasts|episodes)|(?:related|latest|featured|popular|recommended) (?:videos?|podcasts|episodes)|video playlist)\s*[:.]?$/i,
    note: 'Headers of video or podcast playlists placed after the text.',
    source: ['guideline'],
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
 * says this is not judged an ask. The update is what the instruction acts on: updating, upgrading
 * or restarting something, installing an update or a patch, a version, a software update. The
 * word alone is not enough: an app ask often promises "news updates" or "live updates".
 */
export const APP_UPDATE =
  /\b(?:update|upgrade|reinstall|restart|reset|relaunch) (?:the|your|this|that|my|an|a) |\b(?:install|download|get|apply|run) (?:the|an|this|that) (?:latest |new )?(?:update|upgrade|patch|fix)\b|\b(?:software|system|security|firmware|app) (?:updates?|upgrades?)\b|\b(?:updates?|upgrades?|patch(?:es)?) (?:for|to) (?:the|your|this)\b|\b(?:latest version|new version|version \d|settings app|troubleshoot\w*|fix (?:the|this|a) \w+)/i;

/**
 * A link that names its target as the original or the source of the piece (a translation's link to
 * the original article, "Source: …", "Originally published at …") or as the primary document the
 * story reports on (a full transcript, the full ruling, the complete report): a
 * reference, which the guideline counts as article, not a pointer to another story.
 */
export const ORIGINAL_POINTER =
  /\b(?:original (?:article|story|post|text|version|report)|originally (?:published|appeared)|source article|article original|artículo original|articolo originale|originalartikel|originalbeitrag|(?:full|complete) (?:transcript|text|statement|report|speech|letter|ruling|judge?ment|decision|indictment|complaint|filing|study|paper|document)|transcript)\b|原文|元記事|原文链接|原文連結/i;

/** A block that opens with a source-list label and carries its links on the same line. */
export const SOURCE_LIST_INLINE = /^sources?(?: include| used| cited)?\s*:\s*\S/i;

/**
 * Ad-slot labels: the whole block is the label. The disclosure labels of the FTC's native-advertising
 * guide and the IAB playbook (a bare "Sponsored by" / "Supported by" over the sponsor's logo, and the
 * FCC's underwriting credit "Underwritten by"), their translations, the labels of the Japanese, Korean and Chinese
 * rules and AdSense's Japanese "sponsored links" (PROVENANCE 'ad-label-laws'), and the guideline's
 * "Continue Reading Below" with its variants that name the story ("Continue reading the main
 * story" under an ad slot).
 */
export const AD_SLOT_LABEL =
  /^[-–—|•·\s]*(?:advertisement|advertisements|advertising|advertorial|advert|adverts|ads?|sponsored(?: content| links?| post| stories)?|paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content|(?:supported|sponsored|underwritten|paid for|brought to you) by|in partnership with|iklan|anzeige|werbung|publicidad|publicité|pubblicità|reklama|реклама|広告|スポンサー ?リンク|スポンサード ?リンク|pr|광고|广告|廣告|(?:advertisement - )?continue reading below|continue reading the main (?:story|article)|(?:story|content|article) continues below(?: advertisement)?|article continues (?:below|after (?:this )?(?:ad|advertisement)))[-–—|•·:\s]*$/iu;

/**
 * Names of share/follow targets and counters: the items of a share bar. The networks are the
 * share services of the common share-button kits (AddToAny, ShareThis, WordPress sharing), with
 * "Email" and "Print" buttons per the guideline's decision rules, and the kits' "Copy link" button
 * (in Portuguese, Spanish, German, French and Italian too: PROVENANCE 'translation').
 */
export const SOCIAL_ITEM =
  /^(?:facebook|twitter|x|pinterest|pin(?: it| recipe)?|linkedin|reddit|whatsapp|telegram|tumblr|flipboard|mix|pocket|messenger|email|e-mail|mail|print(?: recipe)?|sms|copy(?: link| url)?|copiar (?:o )?(?:link|enlace)|link kopieren|copier le lien|copia (?:il )?link|share(?: it| this)?!?|tweet|yum(?: it)?!?|send(?: it)?!?|save|like|instagram|youtube|tiktok|vk|xing|digg|stumbleupon|google\+?|surat elektronik|cetak|drucken|\d[\d.,]*\s?[km]?(?:\s?shares?)?|shares?)\s*[!:]?$/i;

/** A share-bar item that names a network or the act of sharing (not a bare counter or "Print"). */
export const SOCIAL_NAME =
  /^(?:facebook|twitter|pinterest|pin(?: it| recipe)?|linkedin|reddit|whatsapp|telegram|tumblr|flipboard|mix|pocket|messenger|share(?: it| this)?!?|tweet|instagram|vk|xing|digg|\d[\d.,]*\s?[km]?\s?shares?|shares?)\s*[!:]?$|\b(?:facebook|twitter|pinterest|linkedin|reddit|whatsapp|share|tweet)\b.{0,80}\b(?:facebook|twitter|pinterest|linkedin|reddit|whatsapp|email|e-mail)\b/i;

/**
 * Several share or follow targets in one block (a row of network names, e.g. "Facebook X WhatsApp
 * Email"; a follow row names the video networks too, as SOCIAL_ITEM does).
 */
export const SOCIAL_TOKEN = /facebook|twitter|pinterest|linkedin|reddit|whatsapp|telegram|tumblr|flipboard|e-?mail|instagram|messenger|youtube|tiktok|tweet|shares?|print|pin/gi;

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
    re: /^(?:head|go|hop) (?:over |on over )?to [^ ]{2,60}[\w .’'&-]{0,40}? (?:for|to (?:read|see|get|find)) (?:more|the latest|all|full|additional)\b/i,
    note: 'An imperative that sends the reader to another site for more: "head over to <site> for more …".',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'sister-site-cta-visit-site',
    subtype: 'sister-site-cta',
    re: /^(?:visit|check out|browse) [^ ]{1,60}\.(?:com|net|org|co\.uk|news|info|tv)\b[\w .’'&-]{0,40}? for (?:more|the latest|all|full|additional|daily)\b/i,
    note: 'The same call with "visit" and a named site; the target must look like a domain.',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'sister-site-cta-read-more-on',
    subtype: 'sister-site-cta',
    re: /^(?:read|see|get|find) (?:more|the full story|the latest|full coverage)\b.{0,40}\b(?:on|at) [\w .&-]{2,40}(?:\.com|\.net|\.org|\.co\.uk)\b/i,
    note: '"Read more on <site>.com": the guideline\'s sister-site call, with a domain as the target.',
    source: ['guideline'],
  },
  {
    id: 'sister-site-cta-full-coverage',
    subtype: 'sister-site-cta',
    re: /^(?:also: )?(?:follow|see|read) [\w’'. -]{0,50}?(?:full |complete |more |latest )?coverage (?:of [\w ’'.-]{1,60} )?(?:at|on)\b/i,
    note: 'A pointer to the outlet\'s own coverage page ("follow our full coverage at …").',
    source: ['guideline'],
  },
  {
    id: 'sister-site-cta-visit',
    subtype: 'sister-site-cta',
    re: /^for more (?:stories|news|articles|coverage|updates|information)(?: about| on)?\b.{0,120}\b(?:visit|go to|head to|check out|see) \S{2,60}\.(?:com|net|org|co\.uk|news|info)\b/i,
    note: 'The call with the purpose first: "for more news on <topic>, visit <site>".',
    source: ['guideline', 'cta-grammar'],
  },
  // follow invitations in the platforms' own words (before the newsletter asks: "join our channel" is no sign-up)
  {
    id: 'social-share-platform-badge',
    subtype: 'social-share',
    re: /^(?:please )?(?:like|find|follow|join|connect with) us on (?:facebook|telegram|whatsapp|google news|instagram|twitter|linkedin|youtube|tiktok|threads|bluesky|mastodon|pinterest|flipboard)\b|^(?:join|follow) (?:our|the [\w ’'.&-]{1,40}) (?:telegram|whatsapp) (?:channel|group|community)\b|^(?:follow|add) (?:us|[\w ’'.&-]{1,40}) (?:on|to) google news\b/i,
    note: 'The platforms\' own invitations to an outlet\'s page or channel: "Like us on Facebook", "Find us on …", "Join our Telegram channel", "Follow us on Google News" (the guideline\'s outlet-level "Follow us on …").',
    source: ['platform-badges', 'guideline'],
  },
  // video, podcast, channel
  {
    id: 'video-podcast-plug-listen-watch',
    subtype: 'video-podcast-plug',
    re: /^(?:watch|listen to|tune in to|check out|see) (?:the |this |our |my |a |an )?.{0,160}\b(?:video|podcast|episode|channel|broadcast|segment|playlist|livestream)\b|^(?:watch|listen to|tune in to) .{0,160}\b(?:below|above)\b/i,
    note: 'An imperative to watch or listen, naming a programme or pointing to a player placed below or above the text.',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'video-podcast-plug-click-to-watch',
    subtype: 'video-podcast-plug',
    re: /\b(?:click|tap) (?:here )?to (?:watch|listen|stream)\b/i,
    note: 'A link written as an order to watch or listen ("click here to stream the hearing").',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'video-podcast-plug-this-video',
    subtype: 'video-podcast-plug',
    re: /^(?:this|the above|the following) (?:video|clip|episode|podcast|audio|segment) (?:is|was|comes) (?:from|by|courtesy of|taken from|available on|produced by)\b.{0,80}\b(?:channel|show|podcast|series|programme|program)\b/i,
    note: 'A credit that names the separate channel or show an embedded clip comes from: per the guideline a separate segment or show is a plug, the article\'s own footage a caption.',
    source: ['guideline'],
  },
  {
    id: 'video-podcast-plug-subscribe-channel',
    subtype: 'video-podcast-plug',
    re: /\bsubscribe to (?:our|the|my|his|her) [\w ’'.&-]{0,40}(?:youtube|channel|podcast|show)\b/i,
    note: 'An ask to subscribe to a video channel or podcast.',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'video-podcast-plug-now-on',
    subtype: 'video-podcast-plug',
    re: /\b(?:now|also) (?:on|available on) (?:youtube|spotify|apple podcasts|itunes|soundcloud)\b|\b(?:listen|subscribe|watch|follow) (?:on|via) (?:apple podcasts|spotify|itunes|google podcasts|youtube|soundcloud)\b/i,
    note: 'Platform badge texts: "Listen on Apple Podcasts", "Subscribe on YouTube", "Now available on Spotify".',
    source: ['podcast-badges'],
  },
  {
    id: 'video-podcast-plug-video-tag',
    subtype: 'video-podcast-plug',
    re: /^(?:watch|listen|podcast)\s*[:|]\s*\S/i,
    note: 'A pointer labelled with an imperative media verb ("WATCH: …"), the media form of the guideline\'s "SEE MORE:" inserts. "Video: …" is left out: it also opens captions of the article\'s own footage.',
    source: ['guideline', 'cta-grammar'],
  },
  // apps
  {
    id: 'app-download-get-app',
    subtype: 'app-download',
    re: /\b(?:download|get|install|try) (?:the|our|my)? ?(?:free )?[\w ’'.&-]{0,40}\bapps?\b|\bavailable (?:on|in) the (?:app store|google play)\b|\bdownload (?:it )?on the app store\b|\bget it on google play\b/i,
    note: 'An ask to install an app, and the store badge texts.',
    source: ['cta-grammar', 'store-badges'],
  },
  // newsletters and subscriptions
  {
    id: 'newsletter-sign-up',
    subtype: 'newsletter',
    re: /^[\w’'!:?., -]{0,100}?\b(?:sign up|signup|subscribe|register|join|enter your e-?mail|get (?:our|the)|receive (?:our|the|free|daily|weekly|a daily|a weekly))\b.{0,120}\b(?:newsletters?|inbox|e-?mails?|mailing list|alerts|updates|digest|briefing)\b/i,
    note: 'An ask to sign up for newsletters. "receive" only as an offer ("receive our …"): a writer who receives emails is not asking for sign-ups (issue 17).',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'newsletter-keep-up',
    subtype: 'newsletter',
    re: /^(?:[^.!?]{0,60}[.!?] )?(?:keep up|stay (?:up to date|current|informed|in the know|in the loop)) with (?:the |our |my )?[^.!?]{0,60}?\bnewsletters?\b/i,
    note: 'An imperative to keep up with a named newsletter ("Keep up with the <Name> Daily newsletter"), after at most one short sentence of pitch: the ask, without the words "sign up".',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'newsletter-our-briefing',
    subtype: 'newsletter',
    re: /^(?:[\w’'!?,. -]{0,60}?\b)?(?:sign up|subscribe) (?:now |today |here |free )?(?:for|to) (?:our|my) [\w ’'&.-]{0,60}?\b(?:briefs?|briefings?|bulletins?|round-?ups?|dispatch(?:es)?|digests?)\b/i,
    note: 'A sign-up for the publisher\'s own periodical under another name than "newsletter" ("sign up for our weekly <Name> brief"); only with "our" or "my", so a report that residents can sign up for a briefing is not one.',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'newsletter-trailing-button',
    subtype: 'newsletter',
    re: /[|•·–—]\s*(?:sign up|subscribe)(?: (?:now|here|today|for free))?\s*[.!]?$/i,
    note: 'A promo line that ends in its sign-up button after a separator ("<Newsletter name>: <today\'s issue> | Sign up").',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'newsletter-get-alerts',
    subtype: 'newsletter',
    re: /^get [\w ’'-]{0,40}?\b(?:alerts|newsletters?|e-?mail (?:updates|alerts))\b/i,
    note: 'An imperative "get" whose object is an alert or newsletter service ("Get breaking news alerts").',
    source: ['cta-grammar'],
  },
  {
    id: 'newsletter-inbox',
    subtype: 'newsletter',
    re: /\b(?:delivered|sent|straight|direct(?:ly)?|right) (?:to|into) your (?:inbox|mailbox)\b|\benter your e-?mail(?: address)?\b|\btype your e-?mail\b|^\*\s?indicates required\b|\bsubscribe to our mailing list\b|\bjoin [\d,.]+ other (?:followers|subscribers)\b|\bsubscribe to (?:our|the|my) (?:magazine|newsletter|mailing list|print edition)\b/i,
    note: 'Inbox offers, e-mail fields, subscriber-count widgets and asks to subscribe to the magazine or newsletter.',
    source: ['guideline', 'cta-grammar', 'platform-strings'],
  },
  {
    id: 'newsletter-subscribe-paywall',
    subtype: 'newsletter',
    re: /^(?:subscribe|become a subscriber|already a subscriber|start your (?:free )?(?:trial|subscription)|unlock (?:this|full|unlimited)|get unlimited (?:digital )?access)\b/i,
    note: 'Subscription and paywall asks.',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'newsletter-want-informed',
    subtype: 'newsletter',
    re: /^(?:do you )?want (?:to be|to stay) (?:informed|updated|in the loop)\b.{0,80}\b(?:sign up|subscribe)/i,
    note: 'A question that ends in a sign-up ask.',
    source: ['cta-grammar'],
  },
  {
    id: 'newsletter-by-signing-up',
    subtype: 'newsletter',
    re: /^[^.!?]{0,60}\bby (?:signing up|subscribing|registering) (?:to|for) (?:our|my) (?:free )?[\w ’'&.-]{0,40}?\b(?:newsletters?|e-?mails?|alerts|bulletins?|briefings?|digests?)\b|^sign up (?:now |today |here )?to (?:get|receive)\b/i,
    note: 'The sign-up ask as a means ("never miss a sailing change by registering for our harbour briefing") and "Sign up to get …" at the start of a block.',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'newsletter-we-send',
    subtype: 'newsletter',
    re: /(?:^|[.!?]\s+)(?:every (?:day|week|morning|evening|weekday)[, ]+)?we(?:'ll|’ll| will) (?:send|e-?mail|deliver)(?: you)?\b[^.!?]{0,60}\b(?:e-?mails?|newsletters?|inbox|round-?ups?|digest|briefing)\b|\b(?:pop|put|drop|type|add) your e-?mail (?:address )?(?:in|into|below|above|here)\b|^(?:you can |you may )?(?:easily )?(?:unsubscribe|opt out)\b[^.!?]{0,40}\bat any time\s*(?:[.!]|$)/i,
    note: 'A sign-up box\'s promise and form text: "we\'ll deliver the tide tables to your inbox …", "put your e-mail in the box above", and the consent line that opens "opt out … at any time".',
    source: ['guideline', 'cta-grammar', 'platform-strings'],
  },
  // donations
  {
    id: 'donation-ask',
    subtype: 'donation',
    re: /^(?:please )?(?:donate|support (?:us|our (?:work|journalism|reporting|mission|newsroom))|make a (?:donation|contribution)|chip in|become a (?:member|patron|supporter))\b|\bplease consider (?:supporting|donating|a donation|making a donation|becoming a (?:member|patron))\b|\b(?:donate|contribute) (?:today|now|here)\b|\bbuy me a coffee\b|\bsupport (?:me|us|this [\w-]{2,20}) on (?:patreon|ko-?fi|liberapay|open ?collective)\b|\bdonate (?:via|with|through) paypal\b/i,
    note: 'Donate and support asks, including the guideline\'s "please consider supporting <organisation>" and the membership platforms\' buttons.',
    source: ['guideline', 'cta-grammar', 'platform-strings'],
  },
  {
    id: 'donation-journalism',
    subtype: 'donation',
    re: /^(?:please )?(?:support|help (?:fund|sustain|support)|fund|back|keep)\b.{0,40}\b(?:independent|quality|local|nonprofit|non-profit|our|this) (?:journalism|reporting|newsroom|news|work|mission)\b|\bif you (?:value|like|enjoy|appreciate|rely on|believe in) (?:our|this|the|what we)\b.{0,120}\b(?:support|donat|contribut|member|subscri)|^(?:will|would|can|could) you (?:please )?(?:support|help (?:fund|sustain|support)|chip in|donate|contribute|become a (?:member|supporter))\b/i,
    note: 'Reader-funding asks: support independent journalism; if you value our work, please support it; the same ask as a question ("will you support our reporting?").',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'donation-button',
    subtype: 'donation',
    re: /^(?:give|donate|pledge|contribute) (?:now|today|monthly|once|here|online)\b|^make (?:a |your )?(?:tax-deductible |one-time |monthly |recurring |year-end )?(?:gift|donation|contribution)\b|^your (?:gift|donation|contribution|support) (?:today )?(?:helps|keeps|makes|powers|funds|will help|allows|ensures)\b/i,
    note: 'Donation buttons and their pitch as the donation platforms word them ("Give now", "Donate monthly", "Make a gift", "Your donation helps …"), at the start of a short block: a report of a gift does not open with an imperative or with "your gift helps".',
    source: ['guideline', 'cta-grammar', 'platform-strings'],
  },
  {
    id: 'donation-appeal',
    subtype: 'donation',
    re: /(?:^|[.!?:]\s+)(?:please )?(?:donate|chip in|contribute (?:today|now|monthly|what you can)|give (?:today|now|monthly|what you can|generously)|become a (?:member|patron|supporter|sustaining member|monthly (?:donor|supporter))|join (?:us )?as a (?:member|supporter)|support us|make a (?:one-time |monthly |recurring |tax-deductible )?(?:or monthly )?(?:donation|contribution|gift))\b|\b(?:rely|depend|count) on (?:readers|supporters|listeners|viewers|people) like you\b|\ba (?:gift|donation|contribution) of any (?:size|amount)\b|\bevery (?:dollar|pound|euro|donation|contribution|gift) (?:helps|counts|makes a difference)\b|\bbuy us a coffee\b|\breader-(?:supported|funded)\b|\bplease chip in\b|\bconsider becoming a (?:member|patron|supporter|sustaining member|monthly donor)\b/i,
    note: 'A reader-revenue appeal in the words of fundraising copy: the imperative at the start of any of its sentences ("… Become a member today.", "Please give what you can."), "we rely on readers like you", "a gift of any size", "every dollar helps", "reader-supported", "please chip in", "consider becoming a member". The detector leaves out a sentence that reports the appeal ("…, the mayor urged").',
    source: ['guideline', 'cta-grammar'],
  },
  // shop and affiliate
  {
    id: 'shop-affiliate-buy',
    subtype: 'shop-affiliate',
    re: /^(?:buy|shop|order|get (?:it|yours|one)) (?:it |them |this |one )?(?:now|here|today|online)\b|^(?:check (?:it )?out|see|view|check) (?:the )?(?:price|deal|deals|offer)s? (?:on|at)\b|\bbuy (?:it |one |now |the book |a copy |this |them )?(?:from|on|at) (?:amazon|ebay|walmart|target|best buy|etsy)\b|\bclick here to (?:order|buy|shop)\b|^add to (?:cart|basket|bag)\b|^(?:view|see|get|shop) (?:the )?deal\b|^check (?:the )?price\b|^(?:get )?tickets (?:are )?(?:available )?(?:at|from|here)\b|^make (?:it )?with\s*$|^shop (?:now|the (?:look|post|story|collection|sale|edit)|this (?:look|post|story))\b/i,
    note: 'Buy, order and add-to-cart buttons, deal and price-check links to retailers, ticket plugs, "Make with <brand>" badges and shoppable-post buttons ("Shop the look", "Shop this post").',
    source: ['guideline', 'cta-grammar', 'platform-strings'],
  },
  {
    id: 'shop-affiliate-promo-code',
    subtype: 'shop-affiliate',
    re: /(?:^|[.!:]\s+)(?:use|enter|apply|redeem) (?:the |our |my )?(?:promo(?:tion(?:al)?)? |discount |coupon |offer |voucher |checkout )?code\b.{0,60}?\b(?:off|discount|savings?|at checkout|free (?:shipping|delivery|trial)|first (?:month|year|order))\b|^(?:save|get|take|enjoy|score) (?:an? (?:extra|additional) )?\d{1,3}\s?% off\b|^save \d{1,3}\s?% (?:with|using) (?:the )?(?:promo |discount |coupon )?code\b/i,
    note: 'A discount offer addressed to the reader: a code to use ("Use code HARBOUR for 20% off", "… at checkout") at the start of the block or of one of its sentences, or a block that opens with the discount ("Get 50% off …", "Save 15% with code …").',
    source: ['retail-cta', 'guideline'],
  },
  {
    id: 'shop-affiliate-book-copy',
    subtype: 'shop-affiliate',
    re: /^(?:order|pre-?order|buy|grab|reserve|get) your (?:signed |own |free |personal )?cop(?:y|ies)\b|^pre-?order (?:now|today|here|it)\b|\b(?:available|on sale) (?:now )?wherever books are sold\b/i,
    note: 'An own-book or own-product plug in a bookseller\'s words: "Order your copy", "Pre-order now", "available wherever books are sold".',
    source: ['retail-cta', 'guideline'],
  },
  {
    id: 'shop-affiliate-retailer-label',
    subtype: 'shop-affiliate',
    re: /^(?:view|see|buy|shop|find|get|available|buy it|in stock|see it|check it out) (?:now |it |this |them |the book |a copy )?(?:on|at|from) (?:amazon|ebay|walmart|target|best buy|etsy|bookshop\.org)\s*[.!]?$|^check (?:availability|prices|rates)\s*[.!]?$|^(?:visit|browse|check out|shop) (?:our|my) (?:online )?(?:shop|store|boutique|etsy shop)(?:\s*[.!]?$| (?:for|to)\b)/i,
    note: 'A retailer button without a known shop link ("View on Amazon", "Available at Walmart"; the retailers of PROVENANCE affiliate-networks), a booking button ("Check availability") and an own-shop plug ("Visit our shop").',
    source: ['retail-cta', 'affiliate-networks', 'guideline'],
  },
  {
    id: 'shop-affiliate-tickets',
    subtype: 'shop-affiliate',
    re: /^(?:buy|book|get|grab) (?:your )?tickets(?: now| here| today| online)?(?: (?:at|from|on|via) \S[^,;]{0,80})?\s*[.!]?$|^tickets (?:and (?:more )?info(?:rmation)? )?(?:are )?(?:available |on sale )?(?:at|from|here|now|via)\b/i,
    note: 'A ticket plug: "Buy tickets", "Get your tickets", "Tickets and information from …" (the guideline\'s tour and ticket plugs).',
    source: ['retail-cta', 'guideline'],
  },
  {
    id: 'app-download-badges',
    subtype: 'app-download',
    re: /\bget it from microsoft\b|\bavailable (?:in|on) the (?:chrome web store|mac app store|microsoft store)\b|\bdownload on the mac app store\b|^get the add-?on\b|^add to (?:chrome|firefox|edge|safari)\b|^(?:download|install|get|try|add) our (?:free )?[\w ’'.&-]{0,40}?\b(?:browser extension|extension|add-?on)\b|^(?:now )?available (?:for|on) (?:ios|iphone|ipad|android)(?: and | & | or |, )(?:ios|iphone|ipad|android)\s*[.!]?$|^open in (?:the )?app\s*$|\bnow (?:on|in) (?:the app store|google play)\b|^(?:read|continue reading|open|view|see) [\w ]{0,30}?\bin (?:our|the) (?:free )?[\w’'.& -]{0,40}?\bapp\b|^(?:get|stay on top of|follow)\b[^.!?]{0,60}\bwith (?:the|our) free [\w ’'.&-]{0,30}\bapp\b/i,
    note: 'Store badges beyond the two phone stores (Microsoft Store, Chrome Web Store, Mac App Store, Mozilla add-ons), "Now on the App Store", browser-extension asks (the guideline counts them as app asks), "Available for iOS and Android" at the start of a block, Medium\'s "Open in app" button, "Read this in our app" and "Get … with the free X app".',
    source: ['platform-badges', 'store-badges', 'guideline'],
  },
  {
    id: 'social-share-button-label',
    subtype: 'social-share',
    re: /^(?:e-?mail|tweet|share|gift|give|send) (?:this|the|full) (?:article|story|post|page|link)\s*[.!]?$|^tweet (?:this|it)\s*[.!]?$|^please share\s*[.!]*$|^(?:send|e-?mail|forward) (?:this|the) (?:article |story |post |page |link )?to a friend\b|\bplease share (?:it|this|this (?:article|story|post|page))(?: with| on|\s*[.!]|$)|^don'?t forget to (?:share|like|pin|tweet)\b|^join the (?:conversation|discussion) on (?:facebook|twitter|x|instagram|threads|bluesky|linkedin|reddit)\b|\bfeel free to (?:pin|share|tweet)\b/i,
    note: 'A share toolbar\'s own buttons in words ("Email this article", "Share full article", "Give this article", "Tweet this", "Send to a friend") and the reader asks around them ("please share it", "don\'t forget to share", "join the conversation on <network>", "feel free to pin").',
    source: ['guideline', 'platform-strings', 'cta-grammar'],
  },
  // sponsored labels and disclosures
  {
    id: 'sponsored-affiliate-disclosure',
    subtype: 'sponsored',
    re: /\b(?:affiliate\b.{0,30}\blinks?|affiliate (?:commissions?|partnerships?|programs?)|(?:we|i|[\w.]+) (?:may |will |might )?(?:earns?|receives?|gets?) (?:a )?(?:small )?(?:commission|compensation|cut|portion of (?:the )?sales?|share of (?:sales|revenue)))\b|\badvertis(?:er|ing) disclos|\baffiliate advertising program\b|\bamazon (?:services llc )?associates? program\b|\bas an amazon associate\b/i,
    note: 'Affiliate and advertiser disclosures ("we may earn a commission", "… may get a small cut", "affiliate links", "advertiser disclosure"), and the statement the Amazon Associates programme asks its members to show ("As an Amazon Associate …", "a participant in the Amazon Services LLC Associates Program, an affiliate advertising program …").',
    source: ['ftc-endorsement', 'affiliate-networks'],
  },
  {
    id: 'sponsored-label',
    subtype: 'sponsored',
    re: /^(?:sponsored|promoted|paid for|brought to you|underwritten|made possible) (?:by|in (?:partnership|association) with)\b|^(?:produced|presented|created|supported|powered) in (?:partnership|association) with\b|^this (?:post|article|story|content|feature|page) (?:is|was) (?:sponsored|paid for|produced in partnership|brought to you)\b/i,
    note: 'Sponsor and partner labels ("Sponsored by …", "This content was paid for by …"). "Produced by" / "Presented by" alone are production credits, not sponsor labels (issue 17); only "… in partnership with" makes them one.',
    source: ['iab-native', 'ftc-native', 'fcc-underwriting'],
  },
  {
    id: 'sponsored-bracketed-label',
    subtype: 'sponsored',
    re: /^[[【(（]\s*(?:pr|ad|ads|sponsored|広告|プロモーション|광고|협찬|广告|廣告|推广)\s*[\]】)）]/iu,
    note: 'A line opened by a bracketed ad label ("[PR] …", "【広告】…"): the label the Japanese, Korean and Chinese rules ask an ad to carry, and its English forms.',
    source: ['ad-label-laws', 'ftc-native'],
  },
  // social share and follow
  {
    id: 'social-share-ask',
    subtype: 'social-share',
    re: /^(?:like this (?:story|article|post)\??\s*)?(?:please )?share (?:this|it|the (?:story|article|post))\b.{0,40}\b(?:with|on|friends?)\b|click to (?:share|tweet|email|print)\b|\btag (?:me|us) (?:on|in|at)\b|^pin it\b|^(?:share|pin|tweet) on (?:facebook|twitter|pinterest|linkedin|whatsapp|reddit|x)\b|^share via\b/i,
    note: 'Share asks: an imperative share of this story, the share toolbar\'s "click to share / tweet / email / print" button labels, "tag us on <network>", the "Pin It" button.',
    source: ['guideline', 'platform-strings', 'cta-grammar'],
  },
  {
    id: 'social-share-follow',
    subtype: 'social-share',
    re: /^[\w’'.,@ -]{0,120}?\bfollow (?:us|the [\w ’'.&-]{1,50}|[A-Z@][\w ’'.&@-]{1,50}) (?:on|at|via) (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp|pinterest)\b/i,
    note: 'Outlet-level follow asks ("follow <outlet> on <network>"); "follow him/her" is an author contact line and is excluded by the detector.',
    source: ['guideline', 'cta-grammar'],
  },
  {
    id: 'social-share-like-widget',
    subtype: 'social-share',
    re: /^(?:like|suka|gefällt mir|j'aime|me gusta|mi piace|curtir) (?:loading|memuat|lade|chargement|cargando|caricamento|carregando)\.{0,3}$/i,
    note: 'The WordPress "Like" button while it loads, in the page\'s language.',
    source: ['platform-strings', 'translation'],
  },
  {
    id: 'newsletter-priced-subscription',
    subtype: 'newsletter',
    re: /\bsubscri\w*\b.{0,100}\b(?:for (?:as little as|just|only)|per month|a month|first year|free trial)\b/i,
    note: 'Paid-subscription offers with a price or a trial.',
    source: ['guideline', 'cta-grammar'],
  },
  // pointers to the site's other content, written into a sentence
  {
    id: 'related-links-you-might-like',
    subtype: 'related-links',
    re: /\byou (?:might|may) (?:also )?(?:like|enjoy|want) (?:to (?:try|read|check out|browse|have a look at|take a look at) )?(?:some of )?(?:these|the|our|my) (?:other|following|related)\b/i,
    note: 'The guideline\'s "you may also like", written as a sentence that points to the site\'s other posts.',
    source: ['guideline'],
  },
  {
    id: 'video-podcast-plug-following-video',
    subtype: 'video-podcast-plug',
    re: /\b(?:have a look at|take a look at|watch|check out) (?:the following|my|our) (?:video|clip|episode|podcast)\b|\bon (?:my|our) youtube channel\b/i,
    note: 'A pointer to the writer\'s or the outlet\'s own video.',
    source: ['guideline', 'cta-grammar'],
  },
  // house ads and other asks
  {
    id: 'other-promo-house-ad',
    subtype: 'other-promo',
    re: /^(?:advertise with us|make [\w ]{1,20} (?:your|my) home ?page|join (?:our|the) [\w ]{0,30}(?:forums?|community|discord|club|(?:contributor|ambassador|creator|insider|reader|member|membership|affiliate|partner) program(?:me)?)\b|visit (?:us|our booth) at\b)/i,
    note: 'House ads, homepage asks, forum- and community-join calls (a forum, a community, a contributor or membership programme) and booth calls.',
    source: ['guideline'],
  },
];

/**
 * Labels that open an inline pointer to another story (the guideline's read-more-insert: "Read
 * more: …", "(Related: …)", "SEE MORE:", "DON'T MISS …", "On SisterSite.com: …"), the guideline's
 * related-list names used the same way ("You may also like: …", "Trending: …", "Most read: …",
 * "In case you missed it: …") and the call-to-action button "Learn more" (PROVENANCE 'cta-grammar')
 * before a colon and another piece's title.
 */
export const INSERT_LABEL =
  /^(?:read more|read also|also read|read next|read|more|related|related (?:posts?|stor(?:y|ies)|articles?|content|links?|reading|coverage|news|videos?)|see also|see more|also see|also|don'?t miss|must read|recommended|check out|check this out|learn more|you (?:may|might) also (?:like|enjoy)|trending(?: now)?|popular(?: now)?|most read|top stories|icymi|in case you missed it|more on this|(?:also )?on [\w-]{2,40}\.(?:com|co\.uk|net|org)|leggi anche(?: su)?|lesen sie auch|lire aussi|voir aussi|baca juga|lea también|leia também|читайте также)\s*(?::|-|–|—|\|)\s*\S/iu;

/**
 * A promotional unit's own last button: "More", "See more", "View all", "Load more stories",
 * "More from <outlet>" (the guideline's unit: a module with its heading and its controls; a share
 * menu's "More" opens the rest of its networks). Judged only right after a unit.
 */
export const UNIT_BUTTON =
  /^(?:(?:see|view|show|load|read|discover|explore|get) )?(?:more|all)(?: (?:stories|articles|news|videos|posts|results|headlines|like this|from [\p{L}\p{N} .'’&-]{1,30}))?\s*[»›→>…+]*\s*$/iu;

/** "DON'T MISS" / "READ MORE" inserts that have no colon. */
export const INSERT_LABEL_NO_COLON = /^(?:don'?t miss|read more|see also)\s+\S/i;

/**
 * A one-sentence pointer to more of the site's coverage, whose link is the word "here" or the
 * named piece ("Read more about the levy here.", "Click here to read more.", "Find out more in our
 * explainer."): the guideline's read-more insert written as a sentence (PROVENANCE 'guideline',
 * 'cta-grammar'). The detector asks for a link in the block and no primary document (ORIGINAL_POINTER).
 */
export const INSERT_SENTENCE =
  /^(?:(?:read|find out|learn|see) more (?:about|on) [^.!?]{2,80}? (?:here|in (?:our|this) [^.!?]{2,40})|(?:click|tap) here (?:to read|for more|to find out more|to learn more|to see more)\b[^.!?]{0,80}|(?:read|see|check out) (?:our|my) (?:full |latest |earlier |previous |complete )?(?:coverage|stories|story|explainer|guide|analysis|live ?blog|review|interview)\b[^.!?]{0,80}? here)\s*[.!]?$/i;

/**
 * A button's label before a colon and the product it sells ("Buy it: …", "Shop: …", "Get it: …"):
 * the retailer button of a shopping post (PROVENANCE 'retail-cta'). The detector asks for a link.
 */
export const SHOP_LABEL = /^(?:buy(?: it| now| here| this)?|shop(?: it| now| here| this| the look)?|get it(?: now| here)?)\s*[:|–—-]\s*\S/i;

/** An inline insert inside a paragraph: "(Related: …)" or "[Read more: …]". */
export const INLINE_INSERT =
  /[([](?:related|read more|read also|also read|see also|see more|more|read|watch|listen|don'?t miss|leggi anche|lesen sie auch)\s*:[^()[\]]{3,300}[)\]]/gi;

/**
 * Share endpoints (PROVENANCE 'share-endpoints'): a link here is a share button whatever its text
 * (an icon, a counter); a link to a profile or a post is not one. Domain (or a subdomain of it)
 * and the start of the path.
 */
export const SHARE_ENDPOINTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['facebook.com', /^\/(?:sharer|share\.php|dialog\/(?:share|feed|send))/i],
  ['twitter.com', /^\/(?:intent|share)\b/i],
  ['x.com', /^\/(?:intent|share)\b/i],
  ['pinterest.com', /^\/pin\/create/i],
  ['linkedin.com', /^\/(?:shareArticle|sharing\/share-offsite|cws\/share)/i],
  ['reddit.com', /^\/submit/i],
  ['wa.me', /^\//],
  ['api.whatsapp.com', /^\/send/i],
  ['t.me', /^\/share/i],
  ['telegram.me', /^\/share/i],
  ['addtoany.com', /^\/(?:share|add_to)/i],
  ['getpocket.com', /^\/(?:save|edit)/i],
  ['flipboard.com', /^\/bookmarklet/i],
  ['tumblr.com', /^\/(?:share|widgets\/share)/i],
  ['bsky.app', /^\/intent/i],
  ['threads.net', /^\/intent/i],
  ['addthis.com', /^\/(?:bookmark\.php|share)/i],
  ['vk.com', /^\/share\.php/i],
  ['connect.ok.ru', /^\/offer/i],
  ['social-plugins.line.me', /^\/lineit\/share/i],
  ['lineit.line.me', /^\/share/i],
  ['b.hatena.ne.jp', /^\/add\b/i],
  ['service.weibo.com', /^\/share/i],
  ['xing.com', /^\/(?:spi\/shares|social\/share)/i],
  ['plus.google.com', /^\/share/i],
  ['stumbleupon.com', /^\/submit/i],
  ['mix.com', /^\/add/i],
  ['digg.com', /^\/submit/i],
  ['news.ycombinator.com', /^\/submitlink/i],
  ['buffer.com', /^\/add/i],
  ['bufferapp.com', /^\/add/i],
  ['evernote.com', /^\/clip\.action/i],
  ['web.skype.com', /^\/share/i],
];

/** App-store listings (PROVENANCE 'share-endpoints'): a link here is an app-download ask or badge. */
export const APP_STORES: ReadonlyArray<readonly [string, RegExp]> = [
  ['apps.apple.com', /^\//],
  ['itunes.apple.com', /^\/(?:[a-z]{2}\/)?app\//i],
  ['play.google.com', /^\/store\/apps/i],
  ['apps.microsoft.com', /^\//],
  ['chromewebstore.google.com', /^\//],
  ['chrome.google.com', /^\/webstore/i],
  ['addons.mozilla.org', /^\//],
  ['itunes.com', /^\/apps?\//i],
  ['appsto.re', /^\/./],
  ['appgallery.huawei.com', /^\//],
  ['galaxystore.samsung.com', /^\/detail/i],
  ['f-droid.org', /^\/(?:[a-z]{2}(?:_[A-Z]{2})?\/)?packages\//i],
  ['amazon.com', /^\/gp\/mas\/dl\//i],
  ['microsoft.com', /^\/(?:[a-z]{2}-[a-z]{2}\/)?(?:store\/apps|p)\//i],
  ['onelink.me', /^\/./],
  ['app.link', /^\/./],
  ['bnc.lt', /^\/./],
  ['app.adjust.com', /^\/./],
];

/**
 * Retailers and affiliate networks (PROVENANCE 'affiliate-networks'): a link here sells something.
 * Amazon's associate tag (`tag=…`) marks an affiliate link on any Amazon domain.
 */
export const SHOP_HOSTS: readonly string[] = [
  'amazon.com', 'amazon.co.uk', 'amazon.ca', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.in',
  'amazon.com.au', 'amazon.co.jp', 'amzn.to', 'amzn.com', 'ebay.com', 'ebay.co.uk', 'walmart.com', 'target.com',
  'bestbuy.com', 'etsy.com', 'anrdoezrs.net', 'jdoqocy.com', 'tkqlhce.com', 'dpbolvw.net', 'kqzyfj.com',
  'linksynergy.com', 'shareasale.com', 'awin1.com', 'skimresources.com', 'viglink.com', 'sovrn.co',
  'redirectingat.com', 'howl.me', 'shop-links.co', 'fave.co', 'pntra.com', 'sjv.io', 'prf.hn',
  // Further link networks (Geniuslink, formerly GeoRiot; Impact; Pepperjam; AvantLink; FlexOffers;
  // Tradedoubler; Webgains; Admitad; eBay Partner Network's short links; ShopStyle; LTK/rewardStyle)
  // and large retailers (the National Retail Federation's Top 100, the UK's largest online sellers).
  'geni.us', 'georiot.com', 'pxf.io', '7eer.net', 'evyy.net', 'ojrq.net', 'pjtra.com', 'pjatr.com', 'pntrs.com',
  'pntrac.com', 'gopjn.com', 'avantlink.com', 'flexlinkspro.com', 'tradedoubler.com', 'webgains.com', 'admitad.com',
  'ebay.us', 'shopstyle.it', 'rstyle.me', 'liketk.it', 'shopltk.com', 'newegg.com', 'bhphotovideo.com', 'adorama.com',
  'homedepot.com', 'lowes.com', 'costco.com', 'macys.com', 'nordstrom.com', 'kohls.com', 'wayfair.com', 'sephora.com',
  'ulta.com', 'zappos.com', 'rei.com', 'chewy.com', 'aliexpress.com', 'bestbuy.ca', 'walmart.ca', 'argos.co.uk',
  'currys.co.uk', 'johnlewis.com', 'very.co.uk', 'bol.com', 'otto.de', 'fnac.com', 'flipkart.com',
];

/**
 * Ad servers and ad-click counters (PROVENANCE 'easylist'): a link here is an ad's own link (its
 * headline, its "Learn more" button, the vendor's credit), whatever its words. Domain or a
 * subdomain of it.
 */
export const AD_HOSTS: readonly string[] = [
  'doubleclick.net', 'googleadservices.com', 'googlesyndication.com', 'adnxs.com', '3lift.com', 'teads.tv',
  'taboola.com', 'outbrain.com', 'revcontent.com', 'mgid.com', 'zergnet.com', 'criteo.com', 'criteo.net',
  'amazon-adsystem.com', 'adsrvr.org', 'sharethrough.com', 'ntv.io',
];

/**
 * App-download grammar (PROVENANCE 'cta-grammar', 'store-badges'): an imperative of getting
 * (download, install, get) whose object is an app; or the store badges' own wording.
 */
export const APP_CTA =
  /^(?:download|install|get|try)\b[^.!?]{0,40}?\b(?:apps?|application)\b|\b(?:download on|get it on) the\b|\bavailable (?:on|in) the (?:app store|google play)\b/i;

/**
 * An app ask that names the app instead of saying "app" (PROVENANCE 'cta-grammar', 'store-badges'):
 * an imperative of getting whose object is a name of a few words, for a phone platform or from a
 * store ("Download Harbour Times for iPhone", "Get Tidewatch on Google Play"). The detector asks
 * for a short block that is mostly its link, whose object is a name (a capital after the verb):
 * the button, not a how-to step or a headline ("Get ready for …").
 */
export const APP_PLATFORM_CTA =
  /^(?:download|install|get) (?:the )?(?:free )?[\p{L}\p{N}’'.&+ -]{1,40}? (?:(?:for|on) (?:ios|android|iphone|ipad|ios (?:and|&|or) android|android (?:and|&|or) ios|your (?:phone|iphone|android|smartphone|tablet))|(?:on|from|in) (?:the )?(?:app store|google play|play store))\s*[.!]?$/iu;
