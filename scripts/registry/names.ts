// Other names of registry outlets: names in their own script and language, exonyms in the
// languages their news is reported in, transliterations, former names, national branches and the
// inflected forms Russian puts on a name. Each entry says where the name comes from. Build-only
// data: scripts/build-registry.ts adds the names to the generated registry and `--check` verifies
// every entry (known outlet, known kind and language, the script fits the language, a source,
// NFC, no duplicate of a CSV alias, no collision with another outlet unless a matching rule says
// how to tell them apart).
//
// Sources, by key:
// - `wp:<lang>:<title>`: the outlet's article in that language's Wikipedia, whose title or first
//   line gives the name (https://<lang>.wikipedia.org/wiki/<title>);
// - `site:<host>`: the outlet's own site, where it names itself or its edition;
// - `gram:ru-decl`: Russian declension of the name (Зализняк, Грамматический словарь русского
//   языка: adjective + noun declension), for names written without quotes in running text;
// - `smm`: the State Media Monitor profile or the ASD/GMF row of the outlet.

import { aliasKey, type OutletRecord } from '../../src/analyze/registry/schema.ts';

export const NAME_KINDS = ['native', 'exonym', 'transliteration', 'former', 'branch', 'inflection'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const NAME_LANGS = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'tr', 'ar', 'fa', 'zh', 'ja', 'ko'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

export interface OtherName {
  outlet: string;
  name: string;
  kind: NameKind;
  lang: NameLang;
  source: string;
  /** For former names: what it was, and until when. */
  note?: string;
}

const n = (outlet: string, name: string, kind: NameKind, lang: NameLang, source: string, note?: string): OtherName =>
  note === undefined ? { outlet, name, kind, lang, source } : { outlet, name, kind, lang, source, note };

export const OTHER_NAMES: readonly OtherName[] = [
  // Russia: TASS
  n('ru-tass', 'Tass', 'transliteration', 'en', 'wp:en:TASS', 'Mixed-case spelling of wire copy.'),
  n('ru-tass', '塔斯社', 'exonym', 'zh', 'wp:zh:俄罗斯塔斯社'),
  n('ru-tass', '俄塔社', 'former', 'zh', 'wp:zh:俄罗斯塔斯社', 'Chinese short name of ITAR-TASS (1992–2014).'),
  n('ru-tass', 'وكالة تاس', 'exonym', 'ar', 'wp:ar:تاس'),
  n('ru-tass', 'خبرگزاری تاس', 'exonym', 'fa', 'wp:fa:خبرگزاری_تاس'),
  // RIA Novosti
  n('ru-ria', 'RIA', 'transliteration', 'en', 'wp:en:RIA_Novosti', 'Short form in wire copy.'),
  n('ru-ria', 'РИА', 'native', 'ru', 'site:ria.ru', 'Short form.'),
  n('ru-ria', 'リア-ノーヴォスチ', 'exonym', 'ja', 'wp:ja:RIAノーボスチ'),
  n('ru-ria', 'リア・ノーボスチ', 'exonym', 'ja', 'wp:ja:RIAノーボスチ'),
  n('ru-ria', '俄新社', 'exonym', 'zh', 'wp:zh:俄新社'),
  n('ru-ria', 'RIA Nowosti', 'transliteration', 'de', 'wp:de:RIA_Nowosti'),
  n('ru-ria', 'РІА Новини', 'exonym', 'uk', 'wp:uk:РІА_Новини'),
  n('ru-ria', 'ريا نوفوستي', 'exonym', 'ar', 'wp:ar:ريا_نوفوستي'),
  // RT
  n('ru-rt', 'Раша Тудей', 'transliteration', 'ru', 'wp:ru:RT_(телеканал)', 'Spelling variant of «Раша Тудэй».'),
  n('ru-rt', 'Раша тудей', 'transliteration', 'uk', 'wp:uk:RT_(телеканал)'),
  n('ru-rt', '今日俄罗斯', 'exonym', 'zh', 'wp:zh:今日俄罗斯'),
  n('ru-rt', '今日俄羅斯', 'exonym', 'zh', 'wp:zh:今日俄罗斯', 'Traditional script.'),
  n('ru-rt', 'راشا تودی', 'exonym', 'fa', 'wp:fa:راشا_تودی'),
  n('ru-rt', 'RT на русском', 'branch', 'ru', 'site:russian.rt.com'),
  // Sputnik and its predecessor
  n('ru-sputnik', 'Voice of Russia', 'former', 'en', 'wp:en:Voice_of_Russia', 'International radio of Russia until 2014, folded into Sputnik.'),
  n('ru-sputnik', 'Голос России', 'former', 'ru', 'wp:ru:Голос_России', 'Until 2014, folded into Sputnik.'),
  n('ru-sputnik', '俄罗斯卫星通讯社', 'exonym', 'zh', 'site:sputniknews.cn'),
  n('ru-sputnik', '卫星通讯社', 'exonym', 'zh', 'site:sputniknews.cn'),
  n('ru-sputnik', '衛星通訊社', 'exonym', 'zh', 'wp:zh:卫星通讯社', 'Traditional script.'),
  n('ru-sputnik', 'اسپوتنیک', 'exonym', 'fa', 'wp:fa:اسپوتنیک_(خبرگزاری)'),
  n('ru-sputnik', 'Sputnik Belarus', 'branch', 'en', 'site:sputnik.by'),
  n('ru-sputnik', 'Sputnik Kazakhstan', 'branch', 'en', 'site:sputnik.kz'),
  n('ru-sputnik', 'Sputnik Armenia', 'branch', 'en', 'site:am.sputniknews.ru'),
  n('ru-sputnik', 'Sputnik Azerbaijan', 'branch', 'en', 'site:sputnik.az'),
  n('ru-sputnik', 'Sputnik Moldova', 'branch', 'en', 'site:sputnik.md'),
  n('ru-sputnik', 'Sputnik Kyrgyzstan', 'branch', 'en', 'site:sputnik.kg'),
  n('ru-sputnik', 'Sputnik Georgia', 'branch', 'en', 'site:sputnik-georgia.com'),
  // Channel One: numbered names, former name, Russian case forms
  n('ru-channel-one', 'Channel 1 Russia', 'transliteration', 'en', 'wp:en:Channel_One_Russia'),
  n('ru-channel-one', 'Channel 1', 'transliteration', 'en', 'wp:en:Channel_One_Russia', 'Numbered form; also other countries\' first channels.'),
  n('ru-channel-one', 'Pervyy Kanal', 'transliteration', 'en', 'wp:en:Channel_One_Russia'),
  n('ru-channel-one', 'ORT', 'former', 'en', 'wp:en:Channel_One_Russia', 'Obshchestvennoye Rossiyskoye Televideniye, the name from 1995 to 2002.'),
  n('ru-channel-one', 'ОРТ', 'former', 'ru', 'wp:ru:Первый_канал_(Россия)', 'Общественное российское телевидение, 1995–2002.'),
  n('ru-channel-one', 'Первого канала', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-channel-one', 'Первому каналу', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-channel-one', 'Первым каналом', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-channel-one', 'Первом канале', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-channel-one', 'Перший канал', 'exonym', 'uk', 'wp:uk:Перший_канал_(Росія)', 'Also Ukraine\'s own first channel.'),
  n('ru-channel-one', '俄罗斯第一频道', 'exonym', 'zh', 'wp:zh:俄罗斯第一频道'),
  // Russia-1, Russia-24
  n('ru-russia1', 'Rossija 1', 'transliteration', 'de', 'wp:de:Rossija_1'),
  n('ru-russia1', 'Росія-1', 'exonym', 'uk', 'wp:uk:Росія-1'),
  n('ru-russia1', 'Росія 1', 'exonym', 'uk', 'wp:uk:Росія-1'),
  n('ru-russia1', 'России-1', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-russia1', 'России 1', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-russia24', 'Rossija 24', 'transliteration', 'de', 'wp:de:Rossija_24'),
  n('ru-russia24', 'Росія 24', 'exonym', 'uk', 'wp:uk:Росія-24'),
  n('ru-russia24', 'Росія-24', 'exonym', 'uk', 'wp:uk:Росія-24'),
  n('ru-russia24', 'России-24', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-russia24', '俄羅斯24', 'exonym', 'zh', 'wp:zh:俄罗斯24'),
  n('ru-russia24', '俄罗斯24', 'exonym', 'zh', 'wp:zh:俄罗斯24'),
  // Russian newspapers in running text
  n('ru-rg', 'Российской газеты', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-rg', 'Российской газете', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-rg', 'Российскую газету', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-kp', 'Комсомольской правды', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-kp', 'Комсомольской правде', 'inflection', 'ru', 'gram:ru-decl'),
  n('ru-izvestia', 'Iswestija', 'transliteration', 'de', 'wp:de:Iswestija'),
  // China
  n('cn-xinhua', '新華網', 'native', 'zh', 'site:xinhuanet.com', 'Traditional-script name of Xinhuanet.'),
  n('cn-xinhua', 'Синьхуа', 'exonym', 'ru', 'wp:ru:Синьхуа'),
  n('cn-xinhua', 'Сіньхуа', 'exonym', 'uk', 'wp:uk:Сіньхуа'),
  n('cn-xinhua', 'شينخوا', 'exonym', 'ar', 'wp:ar:وكالة_شينخوا'),
  n('cn-xinhua', 'شین‌هوا', 'exonym', 'fa', 'wp:fa:خبرگزاری_شین‌هوا'),
  n('cn-xinhua', 'Şinhua', 'exonym', 'tr', 'wp:tr:Şinhua_Haber_Ajansı'),
  n('cn-cctv', 'China Central TV', 'transliteration', 'en', 'wp:en:China_Central_Television', 'Common English variant.'),
  n('cn-cctv', '中国中央电视台', 'native', 'zh', 'wp:zh:中国中央电视台'),
  n('cn-cctv', '中國中央電視台', 'native', 'zh', 'wp:zh:中国中央电视台', 'Traditional script.'),
  n('cn-cctv', '央視', 'native', 'zh', 'wp:zh:中国中央电视台', 'Traditional-script short name.'),
  n('cn-cctv', 'Центральное телевидение Китая', 'exonym', 'ru', 'wp:ru:Центральное_телевидение_Китая'),
  n('cn-cgtn', '中国环球电视网', 'native', 'zh', 'wp:zh:中国国际电视台', 'CGTN\'s Chinese name.'),
  n('cn-cgtn', 'CCTV International', 'former', 'en', 'wp:en:CGTN_(TV_channel)', 'Name of the English channel until 2010.'),
  n('cn-peoples-daily', 'Жэньминь жибао', 'exonym', 'ru', 'wp:ru:Жэньминь_жибао'),
  n('cn-peoples-daily', 'Женьмінь жибао', 'exonym', 'uk', 'wp:uk:Женьмінь_жибао'),
  n('cn-peoples-daily', 'صحيفة الشعب اليومية', 'exonym', 'ar', 'site:arabic.people.com.cn'),
  n('cn-peoples-daily', 'Quotidien du Peuple', 'exonym', 'fr', 'site:french.peopledaily.com.cn'),
  n('cn-peoples-daily', 'Diario del Pueblo', 'exonym', 'es', 'site:spanish.peopledaily.com.cn'),
  n('cn-global-times', 'Хуаньцю шибао', 'exonym', 'ru', 'wp:ru:Хуаньцю_шибао'),
  // Iran
  n('ir-irna', 'ИРНА', 'exonym', 'ru', 'wp:ru:ИРНА'),
  n('ir-irna', 'İRNA', 'exonym', 'tr', 'wp:tr:İslam_Cumhuriyeti_Haber_Ajansı'),
  n('ir-irna', 'إرنا', 'exonym', 'ar', 'wp:ar:وكالة_أنباء_الجمهورية_الإسلامية'),
  n('ir-irna', '伊通社', 'exonym', 'zh', 'wp:zh:伊斯兰共和国通讯社'),
  n('ir-irna', '伊斯兰共和国通讯社', 'exonym', 'zh', 'wp:zh:伊斯兰共和国通讯社'),
  n('ir-fars', 'Fars', 'transliteration', 'en', 'wp:en:Fars_News_Agency', 'Short form; also the Iranian province.'),
  n('ir-fars', 'وكالة فارس', 'exonym', 'ar', 'wp:ar:وكالة_أنباء_فارس'),
  n('ir-fars', 'Фарс', 'exonym', 'ru', 'wp:ru:Fars_News_Agency', 'Also the Russian word for "farce".'),
  n('ir-tasnim', 'Тасним', 'exonym', 'ru', 'wp:ru:Tasnim'),
  n('ir-tasnim', 'وكالة تسنيم', 'exonym', 'ar', 'wp:ar:وكالة_تسنيم_الدولية_للأنباء'),
  n('ir-mehr', 'Мехр', 'exonym', 'ru', 'wp:ru:Mehr_News_Agency'),
  n('ir-mehr', 'وكالة مهر', 'exonym', 'ar', 'wp:ar:وكالة_مهر_للأنباء'),
  n('ir-presstv', 'Пресс ТВ', 'exonym', 'ru', 'wp:ru:Press_TV'),
  n('ir-presstv', 'برس تي في', 'exonym', 'ar', 'wp:ar:برس_تي_في'),
  n('ir-irib', 'ИРИБ', 'exonym', 'ru', 'wp:ru:IRIB'),
  // North Korea
  n('kp-kcna', '朝中社', 'exonym', 'zh', 'wp:zh:朝鲜中央通讯社', 'Chinese short name.'),
  n('kp-kcna', '朝鲜中央通讯社', 'exonym', 'zh', 'wp:zh:朝鲜中央通讯社'),
  n('kp-kcna', 'ЦТАК', 'exonym', 'ru', 'wp:ru:Центральное_телеграфное_агентство_Кореи'),
  n('kp-kcna', 'Центральное телеграфное агентство Кореи', 'exonym', 'ru', 'wp:ru:Центральное_телеграфное_агентство_Кореи'),
  n('kp-kcna', 'وكالة الأنباء المركزية الكورية', 'exonym', 'ar', 'wp:ar:وكالة_الأنباء_المركزية_الكورية'),
  n('kp-rodong', '労働新聞', 'exonym', 'ja', 'wp:ja:労働新聞'),
  n('kp-rodong', '劳动新闻', 'exonym', 'zh', 'wp:zh:劳动新闻'),
  n('kp-rodong', '勞動新聞', 'exonym', 'zh', 'wp:zh:劳动新闻', 'Traditional script.'),
  n('kp-rodong', 'Нодон синмун', 'exonym', 'ru', 'wp:ru:Нодон_синмун'),
  n('kp-kctv', '朝鲜中央电视台', 'exonym', 'zh', 'wp:zh:朝鲜中央电视台'),
  // Turkey
  n('tr-anadolu', 'Anadolu', 'native', 'tr', 'site:aa.com.tr', 'Short form; also "Anatolia".'),
  n('tr-anadolu', 'AA', 'native', 'tr', 'site:aa.com.tr', 'Credit-line form ("(AA)").'),
  n('tr-anadolu', 'Anadolu Ajansi', 'transliteration', 'tr', 'site:aa.com.tr', 'Without the dotless ı.'),
  n('tr-anadolu', 'Анадолу', 'exonym', 'ru', 'wp:ru:Анадолу_(агентство)', 'Also "Anatolia".'),
  n('tr-anadolu', '阿纳多卢通讯社', 'exonym', 'zh', 'wp:zh:阿纳多卢通讯社'),
  n('tr-anadolu', 'Agencia Anadolu', 'exonym', 'es', 'site:aa.com.tr'),
  // Belarus, Cuba, Venezuela
  n('by-btrc', 'Belarusian Agency of Television News', 'branch', 'en', 'smm', 'ATN, the news agency of Belteleradiocompany.'),
  n('cu-prensa-latina', '拉美社', 'exonym', 'zh', 'wp:zh:拉丁美洲通讯社'),
  n('cu-prensa-latina', 'Пренса Латина', 'exonym', 'ru', 'wp:ru:Пренса_Латина'),
  n('ve-telesur', 'Телесур', 'exonym', 'ru', 'wp:ru:TeleSUR'),
];

/** The script a name in each language is written in (digits, spaces, punctuation and Latin brand initials aside). */
const SCRIPT: Readonly<Record<NameLang, RegExp>> = {
  en: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}+]+$/u,
  de: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}+]+$/u,
  fr: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}+]+$/u,
  es: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}+]+$/u,
  tr: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}+]+$/u,
  ru: /^[\p{Script=Cyrillic}A-Z\p{N}\p{P}\p{Zs}]+$/u,
  uk: /^[\p{Script=Cyrillic}A-Z\p{N}\p{P}\p{Zs}]+$/u,
  ar: /^[\p{Script=Arabic}\p{N}\p{P}\p{Zs}]+$/u,
  fa: /^[\p{Script=Arabic}\p{N}\p{P}\p{Zs}\u200c]+$/u,
  zh: /^[\p{Script=Han}\p{N}]+$/u,
  ja: /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\u30fc\u30fb\p{N}\p{P}]+$/u,
  ko: /^[\p{Script=Hangul}\p{Script=Han}\p{N}\p{Zs}]+$/u,
};
const SOURCE_KEY = /^(?:wp:[a-z]{2}:\S+|site:[a-z0-9.-]+\.[a-z]{2,}|gram:ru-decl|smm)$/u;

/**
 * Every problem with the other names, given the CSV's own aliases per outlet and the built registry
 * (which already carries the names). Run by `scripts/build-registry.ts --check`.
 */
export function checkNames(
  csvAliases: ReadonlyMap<string, readonly string[]>,
  outlets: readonly OutletRecord[],
  names: readonly OtherName[] = OTHER_NAMES,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const owners = new Map<string, OutletRecord[]>();
  for (const o of outlets) for (const a of o.aliases) owners.set(aliasKey(a), [...(owners.get(aliasKey(a)) ?? []), o]);
  for (const e of names) {
    const where = `names.ts: ${e.outlet} "${e.name}"`;
    const own = csvAliases.get(e.outlet);
    if (!own) problems.push(`${where}: no such outlet in the CSV`);
    if (!(NAME_KINDS as readonly string[]).includes(e.kind)) problems.push(`${where}: unknown kind ${e.kind}`);
    if (!(NAME_LANGS as readonly string[]).includes(e.lang)) problems.push(`${where}: unknown language ${e.lang}`);
    else if (!SCRIPT[e.lang].test(e.name)) problems.push(`${where}: not written in the script of "${e.lang}"`);
    if (!SOURCE_KEY.test(e.source)) problems.push(`${where}: source "${e.source}" is not wp:<lang>:<title>, site:<host>, gram:ru-decl or smm`);
    if (e.kind === 'former' && !e.note) problems.push(`${where}: a former name needs a note (what it was, until when)`);
    if (e.name !== e.name.normalize('NFC') || e.name !== e.name.trim()) problems.push(`${where}: not NFC or not trimmed`);
    const key = `${e.outlet}\u0000${e.name}`;
    if (seen.has(key)) problems.push(`${where}: listed twice`);
    seen.add(key);
    if (own?.includes(e.name)) problems.push(`${where}: already a CSV alias`);
    const record = outlets.find((o) => o.id === e.outlet);
    const others = (owners.get(aliasKey(e.name)) ?? []).filter((o) => o.id !== e.outlet);
    const ruled = record?.ambiguous.some((x) => aliasKey(x.alias) === aliasKey(e.name));
    if (others.length > 0 && !ruled) problems.push(`${where}: also an alias of ${others.map((o) => o.id).join(', ')}, with no matching rule`);
  }
  return problems;
}

