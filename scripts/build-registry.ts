// Regenerates src/analyze/registry/outlets.ts from the reviewed draft registry
// (../shared/reference/state-media.csv; notes in state-media.md), then checks it:
//   npx node scripts/build-registry.ts [--csv PATH] [--profiles PATH] [--check]
// --check writes nothing and fails when outlets.ts is stale.
// The facts (names, domains, types, evidence, references) come from the CSV unchanged. What this
// script adds is written below as data with a note each: alias fixes (qualifiers such as
// "The Herald (Zimbabwe)" become a context rule), extra native-script or spelling aliases, and the
// matching rule of every ambiguous alias (state-media.md §4). It also cross-checks coverage against
// the State Media Monitor typology (ASD/GMF state-media-profiles): every flagged host must be in the
// registry or in scripts/registry/exclusions.ts with a reason.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasKey, validateRegistry, type AliasRule, type OutletRecord } from '../src/analyze/registry/schema.ts';
import { EXCLUSIONS } from './registry/exclusions.ts';
import { OTHER_NAMES, checkNames } from './registry/names.ts';
import { hostMatches } from '../src/analyze/hostname.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
function arg(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1] as string) : fallback;
}
const CSV_PATH = arg('--csv', resolve(ROOT, '../shared/reference/state-media.csv'));
const PROFILES_PATH = arg('--profiles', resolve(ROOT, '../shared/corpus/outlets/state_media_profiles.jsonl'));
const OUT_PATH = resolve(ROOT, 'src/analyze/registry/outlets.ts');
const CHECK_ONLY = args.includes('--check');
/** Under CI a missing input fails the check instead of skipping it. */
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
/** The draft's date (state-media.md: "Draft prepared 2026-11-27"); its sources were read up to then. */
const AS_OF = '2026-11-27';

// ---------------------------------------------------------------------------------------------
// Curation data

/** Aliases the CSV qualifies in parentheses: the base name, and the rule that replaces the qualifier. */
const QUALIFIED: Record<string, { alias: string; rule: AliasRule; note: string } | null> = {
  'First Channel (Russia)': { alias: 'First Channel', rule: 'country', note: 'Also Georgia\'s public "First Channel" (1TV) and others; only with a Russia context.' },
  'Red Star (Russian MoD newspaper)': { alias: 'Red Star', rule: 'cue', note: 'Common phrase (also Red Star Belgrade); only with a media cue.' },
  'Capital TV (Minsk)': { alias: 'Capital TV', rule: 'country', note: 'Generic channel name; only with a Belarus context.' },
  'Second National TV Channel (Belarus)': { alias: 'Second National TV Channel', rule: 'country', note: 'Generic description; only with a Belarus context.' },
  'CCTV News (former English channel)': { alias: 'CCTV News', rule: 'never', note: 'Former name of the CGTN English channel; in text "CCTV News" is credited to CCTV.' },
  'China News Service (CNS)': { alias: 'CNS', rule: 'cue', note: 'Bare "CNS" is ambiguous (central nervous system, other agencies).' },
  'People\'s Daily (Vietnam)': { alias: 'People\'s Daily', rule: 'country', note: 'English name of Nhân Dân; shared with China\'s People\'s Daily, so only with a Vietnam context.' },
  'The National (UAE)': { alias: 'The National', rule: 'country', note: 'Generic title (also a Scottish newspaper); only with a UAE context.' },
  'Al-Akhbar (Egypt)': { alias: 'Al-Akhbar', rule: 'country', note: 'Also the Lebanese daily Al-Akhbar; only with an Egypt context.' },
  'General Organization of Radio and TV (Syria)': { alias: 'General Organization of Radio and TV', rule: 'country', note: 'Generic description; only with a Syria context.' },
  'Al-Thawra (Syria)': { alias: 'Al-Thawra', rule: 'country', note: '"The Revolution", a common title; only with a Syria context.' },
  'MAP (Morocco)': { alias: 'MAP', rule: 'credit', note: 'Common word; only as a dateline or credit ("RABAT (MAP) -").' },
  'ENA (Ethiopia)': { alias: 'ENA', rule: 'cue', note: 'Short acronym (also a French school, a Spanish agency); only with a media cue.' },
  'Al-Sabah (Iraq)': { alias: 'Al-Sabah', rule: 'country', note: 'Also the Kuwaiti ruling family and other papers; only with an Iraq context.' },
  'The Herald (Zimbabwe)': { alias: 'The Herald', rule: 'country', note: 'Generic title used by many papers; only with a Zimbabwe context.' },
  'The Chronicle (Zimbabwe)': { alias: 'The Chronicle', rule: 'country', note: 'Generic title used by many papers; only with a Zimbabwe context.' },
  'ABC News (Australia)': { alias: 'ABC News', rule: 'country', note: 'Also the US commercial network ABC News; only with an Australia context.' },
  'Central News Agency (Taiwan)': { alias: 'Central News Agency', rule: 'country', note: 'Generic name; only with a Taiwan context.' },
};

type RuleTable = Record<string, Record<string, [AliasRule, string]>>;
const CUE = 'Short or common string; only with a media cue (citation pattern, "agency", "channel"…).';
/** Matching rules for ambiguous aliases, by outlet (state-media.md §4 and the CSV notes). */
const RULES: RuleTable = {
  'ru-rt': {
    RT: ['rt', 'Also "retweet" ("RT @user") and the RT-PCR test.'],
    'Russia Today': ['exact', '"Russia today" is also plain words.'],
  },
  'ru-sputnik': {
    Sputnik: ['sputnik', 'Also the Soviet satellites, "Sputnik moment" and the Sputnik V vaccine.'],
    'Спутник': ['sputnik', 'Russian for "satellite"; also the vaccine.'],
    'اسپوتنیک': ['sputnik', 'Persian for the satellite; also the vaccine.'],
  },
  'ru-ria': { RIA: ['cue', CUE], 'РИА': ['cue', CUE] },
  'ru-russia24': {
    Vesti: ['cue', 'Also Vesti.ua, Vesti (Israel) and the Vesti programme of Russia-1.'],
    'Вести': ['cue', 'Russian for "news"; also Vesti.ua and Vesti (Israel).'],
  },
  'ru-vgtrk': {
    Mayak: ['cue', 'Also the Mayak nuclear complex and town.'],
    'Маяк': ['cue', 'Russian for "lighthouse".'],
    Smotrim: ['cue', CUE],
    'Смотрим': ['cue', 'Russian for "we watch".'],
  },
  'ru-russia1': { RTR: ['cue', 'Also Swiss RTR (Rumantsch service of SRG SSR).'] },
  'ru-channel-one': {
    'Channel One': ['country', 'Also Ukrainian, Armenian and Georgian "Channel One" and US Channel One News.'],
    'Channel 1': ['country', 'Numbered first channels of many countries.'],
    ORT: ['cue', CUE],
    'ОРТ': ['cue', CUE],
    'Перший канал': ['country', 'Also Ukraine\'s public first channel.'],
  },
  'ru-ntv': { NTV: ['country', 'Also NTV Turkey (ntv.com.tr) and Nepal Television.'] },
  'ru-tvc': { TVC: ['cue', CUE], 'TV Center': ['cue', CUE] },
  'ru-zvezda': { Zvezda: ['cue', 'Russian for "star".'], 'Звезда': ['cue', 'Russian for "star".'] },
  'ru-mir': { 'Мир': ['mir', 'Russian for "world"/"peace"; also the space station.'] },
  'ru-otr': { OTR: ['cue', CUE], 'ОТР': ['cue', CUE] },
  'ru-aif': { AiF: ['cue', CUE] },
  'ru-spas': { Spas: ['cue', CUE], 'Спас': ['cue', 'Russian for "Saviour".'] },
  'ru-voice-of-europe': { VoE: ['cue', CUE] },
  'ru-southfront': { 'South Front': ['cue', 'Also a military front.'] },
  'ru-scf': { 'Strategic Culture': ['exact', 'Also plain words.'] },
  'ru-redfish-maffick': {
    Redfish: ['cue', 'Also the fish.'],
    Soapbox: ['never', 'Common word.'],
    'In the NOW': ['exact', 'Also plain words.'],
  },
  'by-ont': { ONT: ['cue', 'Also Ontario.'] },
  'by-stv': { STV: ['cue', 'Also Scotland\'s STV.'] },
  'by-sb': { 'Belarus Today': ['exact', 'Also plain words.'] },
  'cn-cmg': { CMG: ['cue', CUE] },
  'cn-cri': { CRI: ['cue', CUE] },
  'cn-cnr': { CNR: ['cue', CUE] },
  'cn-qiushi': { 'Seeking Truth': ['exact', 'Also plain words.'] },
  'cn-economic-daily': { 'Economic Daily': ['exact', 'Also plain words.'] },
  'cn-reference-news': { 'Reference News': ['exact', 'Also plain words.'] },
  'cn-the-paper': { 'The Paper': ['never', '"The paper" is ordinary English.'] },
  'cn-china-daily': { 'China Watch': ['exact', 'Also plain words.'] },
  'cn-legal-daily': { 'Legal Daily': ['exact', 'Also plain words.'] },
  'cn-global-times': { 'Global Times': ['exact', 'Also plain words.'] },
  'cn-peoples-daily': { 'People\'s Daily': ['exact', 'Also "people\'s daily lives"; shared with Vietnam\'s Nhân Dân.'] },
  'hk-rthk': { '港台': ['cue', 'Also "Hong Kong and Taiwan".'] },
  'ir-alalam': { 'العالم': ['cue', 'Arabic for "the world".'] },
  'ir-irna': { 'Iran Daily': ['exact', 'Also plain words.'] },
  'ir-fars': { FNA: ['cue', CUE], Fars: ['cue', 'Also the Iranian province.'], 'Фарс': ['cue', 'Russian for "farce".'] },
  'kp-rodong': { Rodong: ['cue', 'Korean for "labour".'] },
  've-vtv': { VTV: ['country', 'Also Vietnam Television (vtv.vn).'] },
  've-rnv': { RNV: ['cue', CUE] },
  've-avn': { AVN: ['cue', CUE] },
  'cu-granma': { Granma: ['cue', 'Also the Cuban province and the yacht.'] },
  'cu-acn': { ACN: ['cue', CUE] },
  'ni-el19': { 'El 19': ['country', 'Generic.'] },
  'ni-canal4': { 'Canal 4': ['country', 'Channel 4 of many countries.'] },
  'ni-canal6': { 'Canal 6': ['country', 'Channel 6 of many countries.'] },
  'ni-radio-nicaragua': { 'Radio Ya': ['country', 'Generic.'] },
  'tr-anadolu': {
    Anadolu: ['cue', 'Turkish for "Anatolia".'],
    AA: ['credit', 'Do not match bare "AA" (CSV note).'],
    'Анадолу': ['cue', 'Russian for "Anatolia".'],
  },
  'tr-sabah-atv': { Sabah: ['cue', 'Also the Malaysian state and a common word ("morning").'] },
  'qa-aljazeera': { AJE: ['cue', CUE], 'الجزيرة': ['cue', 'Arabic for "the island/peninsula".'] },
  'qa-qna': { 'قنا': ['cue', 'Also the Egyptian city of Qena.'] },
  'qa-qmc': { QMC: ['cue', CUE] },
  'sa-spa': { SPA: ['credit', 'Do not match bare "SPA" (CSV note).'] },
  'sa-alarabiya': { 'العربية': ['cue', 'Arabic for "Arabic".'] },
  'sa-aawsat': { 'الشرق الأوسط': ['cue', 'Arabic for "the Middle East".'] },
  'sa-ekhbariya': { 'الإخبارية': ['cue', 'Arabic for "the news (channel)".'] },
  'sa-arab-news': { 'Arab News': ['exact', 'Also plain words.'] },
  'ae-wam': { WAM: ['cue', CUE] },
  'ae-dmi': { 'Al Bayan': ['cue', CUE], 'البيان': ['cue', 'Arabic for "the statement".'] },
  'eg-mena': {},
  'eg-ahram': { 'الأهرام': ['cue', 'Arabic for "the pyramids".'] },
  'eg-akhbar-elyom': { 'أخبار اليوم': ['cue', 'Arabic for "today\'s news".'] },
  'eg-gomhuria': { 'الجمهورية': ['cue', 'Arabic for "the republic".'] },
  'eg-nma': { Maspero: ['cue', 'Also the Cairo building and district.'] },
  'eg-emg': { 'Egypt Today': ['exact', 'Also plain words.'] },
  'sy-wahda': {
    Tishreen: ['cue', 'Also the month.'],
    'تشرين': ['cue', 'Arabic month name.'],
    'الثورة': ['cue', 'Arabic for "the revolution".'],
  },
  'lb-almanar': { 'المنار': ['cue', 'Arabic for "the lighthouse".'] },
  'hu-mtva': { 'Híradó': ['cue', 'Hungarian for "news (bulletin)".'] },
  'hu-mti': { MTI: ['cue', CUE] },
  'hu-kesma': { Origo: ['cue', 'Also Latin "origin".'] },
  'rs-politika': { Politika: ['cue', 'Serbian for "politics".'], 'Политика': ['cue', 'Serbian/Russian for "politics".'] },
  'rs-informer': { Informer: ['cue', 'Also the English word.'], 'Информер': ['cue', CUE] },
  'vn-vna': { VNA: ['cue', CUE], 'Vietnam News': ['exact', 'Also plain words.'] },
  'vn-vov': { VOV: ['cue', CUE] },
  'vn-party-press': { 'Thanh Niên': ['cue', 'Vietnamese for "youth".'], 'Tiền Phong': ['cue', 'Vietnamese for "vanguard".'] },
  'la-kpl': { KPL: ['cue', CUE] },
  'kh-akp': { AKP: ['cue', 'Also Turkey\'s ruling party.'], TVK: ['cue', CUE] },
  'kh-fresh-news': { 'Fresh News': ['cue', 'Also plain words.'] },
  'tm-tdh': { TDH: ['cue', CUE], 'Turkmenistan Today': ['exact', 'Also plain words.'] },
  'uz-uza': { UzA: ['cue', CUE] },
  'kz-khabar': { Khabar: ['cue', 'Hindi/Urdu for "news".'], 'Хабар': ['cue', CUE] },
  'bh-bna': { BNA: ['cue', CUE] },
  'om-ona': { ONA: ['cue', CUE] },
  'jo-petra': { 'بترا': ['cue', 'Also the city of Petra.'] },
  'iq-imn': { INA: ['cue', CUE], 'العراقية': ['cue', 'Arabic for "the Iraqi".'] },
  'dz-aps': { APS: ['credit', CUE] },
  'tn-tap': { TAP: ['credit', 'Common word.'] },
  'et-ena-ebc': { EBC: ['cue', 'Also Brazil\'s EBC.'] },
  'rw-rba': { RBA: ['cue', 'Also the Reserve Bank of Australia.'] },
  'zw-zbc': { ZBC: ['cue', 'Also the Zanzibar Broadcasting Corporation.'] },
  'il-kan': { Kan: ['never', 'Common word (CSV note).'] },
  'pt-lusa': { Lusa: ['cue', CUE] },
  'fi-yle': { Yle: ['cue', CUE] },
  'dk-dr': { DR: ['cue', 'Also "Dr".'] },
  'kr-kbs': {},
};

// State Media Monitor codes (state-media.md §1.1).
const SMM_WHY: Record<string, string> = {
  SC: 'the State Media Monitor classifies it as state-controlled (the state controls its funding, governance and editorial line)',
  CaPu: 'the State Media Monitor classifies it as captured public media (the state controls its governance and editorial line)',
  CaPr: 'the State Media Monitor classifies it as captured private media (privately owned, with the government controlling its editorial line)',
  ISFM: 'the State Media Monitor found no government control of its editorial line, although the state funds and manages it',
  ISF: 'the State Media Monitor found no government control of its editorial line, although the state funds it',
  ISM: 'the State Media Monitor found no government control of its editorial line, although the state manages it',
  IP: 'the State Media Monitor classifies it as independent public media (no state control of funding, governance or editorial line)',
};

// ---------------------------------------------------------------------------------------------

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function shortName(name: string): string {
  const m = /^(.*?) \([^()]*\)$/.exec(name);
  return m?.[1] ? m[1] : name;
}

function splitList(s: string, sep: string): string[] {
  return s
    .split(sep)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function officialWhy(evidence: string[], country: string): string | null {
  const all = evidence.join(' ; ');
  const year = (re: RegExp): string => re.exec(all)?.[1] ?? '';
  if (/\bEU (?:Council|Reg\.|\d+th package)/.test(all) && country === 'RU') {
    const y = year(/EU[^;]*?\b(20\d\d)\b/);
    return `the EU Council found it to be under the permanent control of the Russian leadership${y ? ` (${y})` : ''}`;
  }
  if (/US FMA designation/.test(all)) {
    const y = year(/US FMA designation (20\d\d)/);
    return `the U.S. State Department designated it a foreign mission controlled by the government${y ? ` (${y})` : ''}`;
  }
  if (/OFAC/.test(all)) return 'the U.S. Treasury (OFAC) sanctioned it as state-owned and controlled (2022)';
  return null;
}

function buildWhy(type: string, evidence: string[], country: string, disputed: boolean): string {
  const code = /SMM[^:;]*: (\w+) =/.exec(evidence.join(' ; '))?.[1];
  const smm = code ? SMM_WHY[code] : undefined;
  const official = type === 'public-service-independent' ? null : officialWhy(evidence, country);
  let why: string;
  if (smm && official) why = `${smm}, and ${official}`;
  else if (smm) why = smm;
  else if (official) why = official;
  else why = 'classified from the official determinations listed in its evidence';
  if (disputed) why += '; assessments of its editorial independence differ';
  return why.charAt(0).toUpperCase() + why.slice(1) + '.';
}

/** The CSV's own aliases per outlet id, before any name from names.ts is added. */
function csvAliasesById(csvText: string): Map<string, string[]> {
  const rows = parseCsv(csvText);
  const header = rows.shift() ?? [];
  const id = header.indexOf('id');
  const aliases = header.indexOf('aliases');
  return new Map(rows.map((r) => [(r[id] ?? '').trim(), splitList((r[aliases] ?? '').trim(), '|')]));
}

function buildOutlets(csvText: string): OutletRecord[] {
  const rows = parseCsv(csvText);
  const header = rows.shift() ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`CSV has no column ${name}`);
    return i;
  };
  const c = {
    id: col('id'), name: col('name'), aliases: col('aliases'), domains: col('domains'), country: col('country'),
    parent: col('parent'), type: col('type'), evidence: col('evidence'), refs: col('source_refs'),
  };
  const usedExtra = new Set<string>();
  const usedRules = new Set<string>();
  const out: OutletRecord[] = rows.map((r) => {
    const get = (i: number): string => (r[i] ?? '').trim();
    const id = get(c.id);
    const evidence = splitList(get(c.evidence), ' ; ');
    const disputed = evidence.some((e) => e.startsWith('[DISPUTED]'));
    const ambiguous: OutletRecord['ambiguous'] = [];
    const aliases: string[] = [];
    const seen = new Set<string>();
    const exact = new Set<string>();
    const add = (a: string): void => {
      if (exact.has(a)) return;
      exact.add(a);
      seen.add(aliasKey(a));
      aliases.push(a);
    };
    for (const a of splitList(get(c.aliases), '|')) {
      const q = QUALIFIED[a];
      if (q === undefined) add(a);
      else if (q !== null && !seen.has(aliasKey(q.alias))) {
        add(q.alias);
        ambiguous.push({ alias: q.alias, rule: q.rule, note: `${q.note} (CSV: "${a}")` });
      }
    }
    for (const other of OTHER_NAMES) {
      if (other.outlet !== id) continue;
      usedExtra.add(id);
      add(other.name);
    }
    const rules = RULES[id];
    if (rules) {
      usedRules.add(id);
      for (const [alias, [rule, note]] of Object.entries(rules)) {
        if (!seen.has(aliasKey(alias))) throw new Error(`${id}: rule for unknown alias "${alias}"`);
        if (!ambiguous.some((x) => aliasKey(x.alias) === aliasKey(alias))) ambiguous.push({ alias, rule, note });
      }
    }
    const country = get(c.country);
    const type = get(c.type);
    return {
      id,
      name: shortName(get(c.name)),
      aliases,
      domains: splitList(get(c.domains).toLowerCase(), '|'),
      country,
      parent: get(c.parent),
      type: type as OutletRecord['type'],
      why: buildWhy(type, evidence, country, disputed),
      evidence,
      references: splitList(get(c.refs), '|'),
      asOf: AS_OF,
      disputed,
      ambiguous,
    };
  });
  for (const o of OTHER_NAMES) if (!usedExtra.has(o.outlet)) throw new Error(`names.ts: no outlet ${o.outlet}`);
  for (const id of Object.keys(RULES)) if (!usedRules.has(id)) throw new Error(`RULES: no outlet ${id}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Output: a compact TS module. References and evidence items repeat across rows (the SMM and ASD
// links appear ~200 times), so each distinct string is written once and rows point into tables.

function lit(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function emit(outlets: OutletRecord[]): string {
  const refs: string[] = [];
  const evid: string[] = [];
  const whys: string[] = [];
  const whyIndex = new Map<string, number>();
  const refIndex = new Map<string, number>();
  const evIndex = new Map<string, number>();
  const idx = (table: string[], index: Map<string, number>, s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = table.length;
      table.push(s);
      index.set(s, i);
    }
    return i;
  };
  const rows = outlets.map((o) => {
    const ev = o.evidence.map((e) => idx(evid, evIndex, e)).join(', ');
    const rf = o.references.map((e) => idx(refs, refIndex, e)).join(', ');
    const amb = o.ambiguous.map((a) => `{ alias: ${lit(a.alias)}, rule: ${lit(a.rule)}, note: ${lit(a.note)} }`);
    return [
      '  {',
      `    id: ${lit(o.id)}, name: ${lit(o.name)}, country: ${lit(o.country)}, type: ${lit(o.type)}, why: ${idx(whys, whyIndex, o.why)},`,
      `    aliases: [${o.aliases.map(lit).join(', ')}],`,
      `    domains: [${o.domains.map(lit).join(', ')}],`,
      `    parent: ${lit(o.parent)},`,
      `    evidence: [${ev}],`,
      `    references: [${rf}],`,
      `    ambiguous: [${amb.join(', ')}],`,
      '  },',
    ].join('\n');
  });
  return [
    '// GENERATED by scripts/build-registry.ts from ../shared/reference/state-media.csv (see state-media.md).',
    '// Do not edit by hand: change the CSV or the curation tables in the script, then regenerate.',
    '// Classifications: State Media Monitor typology (Media and Journalism Research Center) via the',
    '// ASD/GMF state-media-profiles dataset (MIT), plus the official determinations cited per outlet.',
    "import type { OutletRecord } from './schema.ts';",
    '',
    `export const AS_OF = ${lit(AS_OF)};`,
    '',
    '/** Distinct references (links or document names), shared by rows. */',
    `const R: readonly string[] = [\n${refs.map((s) => `  ${lit(s)},`).join('\n')}\n];`,
    '',
    '/** Distinct "why" sentences (many outlets share one), shared by rows. */',
    `const W: readonly string[] = [\n${whys.map((s) => `  ${lit(s)},`).join('\n')}\n];`,
    '',
    '/** Distinct evidence items, shared by rows. */',
    `const E: readonly string[] = [\n${evid.map((s) => `  ${lit(s)},`).join('\n')}\n];`,
    '',
    'function at(table: readonly string[], i: number): string {',
    '  const s = table[i];',
    "  if (s === undefined) throw new Error(`registry: missing entry ${i}`);",
    '  return s;',
    '}',
    '',
    '/** A row as stored: why, evidence and references are indexes into W, E and R; disputed and asOf are derived. */',
    "type Row = Omit<OutletRecord, 'why' | 'evidence' | 'references' | 'disputed' | 'asOf'> & {",
    '  why: number;',
    '  evidence: number[];',
    '  references: number[];',
    '};',
    '',
    `const ROWS: readonly Row[] = [\n${rows.join('\n')}\n];`,
    '',
    'export const OUTLETS: readonly OutletRecord[] = ROWS.map((o) => ({',
    '  ...o,',
    '  why: at(W, o.why),',
    '  evidence: o.evidence.map((i) => at(E, i)),',
    "  disputed: o.evidence.some((i) => at(E, i).startsWith('[DISPUTED]')),",
    '  asOf: AS_OF,',
    '  references: o.references.map((i) => at(R, i)),',
    '}));',
    '',
  ]
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

function crossCheck(outlets: OutletRecord[]): string[] {
  if (!existsSync(PROFILES_PATH)) {
    if (IN_CI) return [`${PROFILES_PATH} not found; the coverage cross-check cannot run (CI=true)`];
    process.stderr.write(`build-registry: ${PROFILES_PATH} not found; coverage cross-check skipped\n`);
    return [];
  }
  const domains = outlets.flatMap((o) => o.domains);
  const excluded = new Map(EXCLUSIONS.map((e) => [e.host, e]));
  const used = new Set<string>();
  const problems: string[] = [];
  let flagged = 0;
  let covered = 0;
  for (const line of readFileSync(PROFILES_PATH, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { host?: string | null; flag_state_media?: boolean | null; outlet?: string };
    if (!row.flag_state_media || !row.host) continue;
    const host = row.host.toLowerCase().replace(/^www\./, '');
    flagged++;
    if (domains.some((d) => hostMatches(host, d))) {
      covered++;
      continue;
    }
    if (excluded.has(host)) {
      used.add(host);
      continue;
    }
    problems.push(`flagged host ${host} (${row.outlet ?? '?'}) is neither in the registry nor in exclusions.ts`);
  }
  for (const host of excluded.keys()) {
    if (!used.has(host)) problems.push(`exclusions.ts: ${host} is not needed (covered by the registry or not flagged)`);
  }
  process.stdout.write(`coverage: ${flagged} flagged host rows, ${covered} in the registry, ${used.size} distinct hosts excluded with a reason\n`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Other names (scripts/registry/names.ts): each entry is checked against the CSV and the registry.

function main(): number {
  if (!existsSync(CSV_PATH)) {
    // The inputs live outside the repository (../shared). In CI a missing input is a failure, not a
    // skip: a check that silently checks nothing would pass forever.
    process.stderr.write(`build-registry: ${CSV_PATH} not found; ${IN_CI ? 'failing (CI=true)' : 'nothing checked'}\n`);
    return IN_CI ? 1 : 0;
  }
  const csvText = readFileSync(CSV_PATH, 'utf8');
  const outlets = buildOutlets(csvText);
  const problems = [...validateRegistry(outlets), ...checkNames(csvAliasesById(csvText), outlets), ...crossCheck(outlets)];
  for (const p of problems) process.stderr.write(`build-registry: ${p}\n`);
  if (problems.length > 0) return 1;
  const text = emit(outlets);
  if (CHECK_ONLY) {
    const current = existsSync(OUT_PATH) ? readFileSync(OUT_PATH, 'utf8') : '';
    if (current !== text) {
      process.stderr.write('build-registry: outlets.ts is stale; run npx node scripts/build-registry.ts\n');
      return 1;
    }
    process.stdout.write(`outlets.ts is up to date (${outlets.length} outlets)\n`);
    return 0;
  }
  writeFileSync(OUT_PATH, text);
  const types = new Map<string, number>();
  for (const o of outlets) types.set(o.type, (types.get(o.type) ?? 0) + 1);
  process.stdout.write(
    `wrote ${OUT_PATH}: ${outlets.length} outlets (${[...types].map(([t, n]) => `${n} ${t}`).join(', ')}), ${text.length} bytes\n`,
  );
  return 0;
}

process.exitCode = main();
