/**
 * The numbers of one sentence, with their units and qualifiers, before anyone decides what they mean:
 * "超过1100万人以上" → 1100, 万人, 超过…以上. Spans that look like numbers but are not figures are left out
 * here: years and dates (2015年, 8月16日), ordinals (第8批), durations that are periods (前7个月, 连续4个月),
 * class names (千亿级, 10万吨级, 500强), named frameworks ("1+2+7+36"), codes (5G, PM2.5).
 */
import { brokenDecimal, charBits, charTable, codeAt, codeWithin, hasCode, isIn, lastChars, lastCode, type CharTable } from './chars';
import { SENTENCE_BITS, S_MEI, S_QUOTE, S_YOU } from './sentences';
import { FENBIE_OPENS } from './text-forms';
import { BASE_UNITS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, cnDecimal, cnInteger, cnNumber } from './units';

export type TokenForm = 'number' | 'fraction' | 'multiple' | 'threshold' | 'chinese' | 'ordinal' | 'ratio';

export interface Token {
  /** Offsets in the sentence: the value itself ("2.45"), and the whole written figure with qualifiers. */
  valueStart: number;
  valueEnd: number;
  outerStart: number;
  outerEnd: number;
  value: string;
  /** Unsigned except when the report writes the sign ("增长-3.2%"). */
  number: number;
  signed: boolean;
  unit: string;
  prefix: string;
  suffix: string;
  form: TokenForm;
}

/**
 * The written forms that do not start with a digit, tried (sticky) where their first character stands:
 * 1 翻番 (2 its count; not a slogan's or a class's name: "围绕“五个翻番”“五个引领”…发展奋斗目标" (汉滨区 2021,
 * https://www.hanbin.gov.cn/Content-2245849.html), "“两年翻番县”") | 3 千亿/万亿 thresholds (not 千亿元级, a class: "北部新区千亿元级汽车产业集群", 重庆 2012, held-out
 * set 35) | 4 ordinals 第N位 (and "由第7进到第6位": the first place's 位 is the
 * second's) | 5 Chinese numerals with 6 成/批/倍, or 位 after a verb of places moved ("排名较上月提升两位") |
 * 7 a Chinese whole number before a magnitude and its unit (百 alone before 亿元 one hundred), or of hundreds or
 * thousands right before 元/美元 ("人均地区生产总值突破三千美元大关", 海南 2010, held-out set 27) | 8 a percentage in
 * words (百分之三十).
 * Numbers in digits are read by hand (readNumber): most of a report's tokens are digits, and a regex match
 * per number costs more than the rest of its reading.
 */
const SPECIAL_RE =
  /(翻了?([一两二三四])番|(?<![个项])翻番(?!目标|计划|工程|行动|县|市|区))|(千亿|万亿)(?=元(?!级)|台阶|大关|(?<=(?:突破|超过|跨越|迈上|跨上|站上)(?:千亿|万亿))(?!级))|(?<!倒数)第(\d+|[一二三四五六七八九十]{1,3})(?=位|名|(?:进|升|跃|退|降|上升|下降|前移|后移)[到至居为]?第[一二三四五六七八九十\d]{1,3}[位名]|(?<=(?:(?:位居|位列|名列|排名)[^，。；、]{0,12}|(?:居|(?<![系序行并])列|排名?)[^，。；、]{0,8})(?:第[一二三四五六七八九十\d]{1,3}[位名]?、[^，。；、\d第]{1,12})*第[一二三四五六七八九十\d]{1,3})(?![\d一二三四五六七八九十批次届期个条项季产场轮部章节步方梯档阵序])|(?<=(?:全国|全省|全市|全区|全球|世界|并列)第[一二三四五六七八九十\d]{1,3})(?=[，。；、：）)]|$)|(?<=成为(?:全国|全省|全市|全区|全球|世界|中国|亚洲)第[一二三四五六七八九十\d]{1,3})(?=[\u4e00-\u9fff])(?![\d一二三四五六七八九十批次届期个条项季产场轮部章节步方梯档阵序家座所只台款位名]))|(?<![一二三四五六七八九十两第\d])([一二三四五六七八九十两])(成|批|倍|位(?![数次置])(?<=(?:提高|提升|上升|前移|前进|跃升|攀升|上移|下降|下滑|后移|后退|下移)了?[一二三四五六七八九十两]位))|(?<![一二三四五六七八九十两百千零第\d])((?:[一二三四五六七八九十两]|(?<![数几上成])百(?=亿(?:元|美元)))[一二三四五六七八九十两百千零]{0,7}(?:万[一二三四五六七八九十两百千零]{1,8}(?=亿))?)(?=(?:万亿|亿|万)(?:元|美元|人|吨|千瓦时|斤)|(?<=[百千])(?:美元|元)(?![级档]))|百分之([一二三四五六七八九十两][一二三四五六七八九十两百零]{0,3}(?:点[零一二三四五六七八九]{1,3})?|零点[零一二三四五六七八九]{1,3})/uy;
const SPECIAL_FIRST = new Uint8Array(0x10000);
for (const ch of '翻千万百第一二三四五六七八九十两') SPECIAL_FIRST[ch.charCodeAt(0)] = 1;
/** What may follow the first character of those forms (一二三… are common: most are not figures). */
const SPECIAL_NEXT = new Uint8Array(0x10000);
for (const ch of '了番一二两三四五六七八九十百千零亿万成批倍位分0123456789') SPECIAL_NEXT[ch.charCodeAt(0)] = 1;
/** What 一成 (one tenth) may follow and be a figure: a verb of change or a qualifier (not 一成不变). */
const TENTH_AFTER = /(?:涨|增长|增加|提高|上升|下降|减少|降低|回落|近|约|超过?|逾|达到?)$/u;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters that may not touch a number: it is then part of a code (5G, PM2.5, C919) or a framework (1+3). */
const glued = (c: number) =>
  isDigit(c) || isAsciiLetter(c) || c === 46 /* . */ || c === 43 /* + */ || c === 0xff0b /* ＋ */ || c === 47 /* / */ || c === 95; /* _ */
const isMinus = (c: number) => c === 45 || c === 0x2212 || c === 0xff0d;

/**
 * "全年實現 GDP762 億元,同比增長 1.2%" (a 高新区's 2017 review): a number glued to the Latin name of a measure is
 * that measure's value, not part of a code (5G, PM2.5, C919), when the name stands alone (not inside a longer code).
 */
const MEASURE_ACRONYM = /(?<![A-Za-z0-9.])(?:GDP|GNP|CPI|PPI|PMI)$/u;
function afterMeasureAcronym(s: string, at: number): boolean {
  return isAsciiLetter(s.charCodeAt(at - 1)) && MEASURE_ACRONYM.test(s.slice(Math.max(0, at - 4), at));
}

/** The digits starting at `at`: "3,446", "2.45", or a fraction "1/3"; undefined when glued to a code. */
/** What readNumber read: one object, reused for every number (its caller reads it before the next number). */
const NUMBER_READ = { end: 0, fraction: false };
function readNumber(s: string, at: number): { end: number; fraction: boolean } | undefined {
  let p = at;
  while (p < s.length && isDigit(s.charCodeAt(p))) p++;
  // Fractions: 1/3, 1/8. (Never 2.1/3 or the 2/3 of 12/3: scanTokens reads no number glued to a digit or a point.)
  if (s[p] === '/' && isDigit(s.charCodeAt(p + 1))) {
    let q = p + 1;
    while (q < s.length && isDigit(s.charCodeAt(q))) q++;
    const next = s.charCodeAt(q);
    if (!(isDigit(next) || next === 46 || next === 47)) {
      NUMBER_READ.end = q;
      NUMBER_READ.fraction = true;
      return NUMBER_READ;
    }
  }
  // Thousands separators: 3,446 and 1,594,000; "1234,567" (a separator left out before the first group) is one
  // number too, never 1234 and another figure 567.
  while (
    s[p] === ',' &&
    isDigit(s.charCodeAt(p + 1)) &&
    isDigit(s.charCodeAt(p + 2)) &&
    isDigit(s.charCodeAt(p + 3)) &&
    !isDigit(s.charCodeAt(p + 4))
  )
    p += 4;
  if (s[p] === '.' && isDigit(s.charCodeAt(p + 1))) {
    p++;
    while (p < s.length && isDigit(s.charCodeAt(p))) p++;
  } else if (s[p] === '.' && brokenDecimal(s, p) && !listMarker(s, at, p)) {
    // "下降3.\n9个百分点" (a page's hard line wrap), "385. 23亿元": one number broken after its point.
    p += 2;
    while (p < s.length && isDigit(s.charCodeAt(p))) p++;
  }
  // Glued to a code (5G, 1+3, 1.2.3); a point with no digit after it ends the sentence ("指数为102.3.", as text typed
  // with half-width stops writes it).
  const after = s.charCodeAt(p);
  if (
    isDigit(after) ||
    (isAsciiLetter(after) && !computePower(s, at, p)) ||
    (after === 46 && isDigit(s.charCodeAt(p + 1))) ||
    after === 43 ||
    after === 0xff0b
  )
    return undefined;
  NUMBER_READ.end = p;
  NUMBER_READ.fraction = false;
  return NUMBER_READ;
}

/** Units of computing power as reports write them after 算力: P (PFLOPS), E (EFLOPS), and those names. */
const COMPUTE_UNIT = /^(?:[PE]FLOPS|[PE]Flops|[PE]F|[PE])(?![A-Za-z])/u;
const POWER_FIRST = charTable('PE');
/**
 * "新增算力1900P" (宜昌 2025, held-out set 25), "算力规模达到10EFLOPS": a number glued to a unit of computing power,
 * a few characters after 算力, is a figure, not a code (5G). `at`: the digits' start; `p`: the letter after them.
 */
function computePower(s: string, at: number, p: number): boolean {
  if (!isIn(POWER_FIRST, s, p) || !COMPUTE_UNIT.test(s.slice(p, p + 8))) return false;
  const named = s.lastIndexOf('算力', at);
  return named >= 0 && at - named <= 12;
}

/**
 * "4. 4个重点州(市)增速低于全省水平" (云南, held-out set 15): one or two digits opening a line, then a point and a
 * space, number the line; the number after them is another, not the decimals of a broken one ("385. 23亿元").
 */
function listMarker(s: string, at: number, point: number): boolean {
  if (point - at > 2 || s.charCodeAt(point + 1) !== 32) return false;
  let q = at - 1;
  while (q >= 0 && (s.charCodeAt(q) === 32 || s.charCodeAt(q) === 0x3000)) q--;
  return q < 0 || s.charCodeAt(q) === 10;
}

/** 10^k for k ≤ 22: each exactly a double. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of the digits from `from` to `to` ("3,446", "2.45"), as `Number` reads them, without making a
 * string: up to 15 digits the mantissa is exact and one division by an exact 10^k rounds correctly, which is
 * what `Number` returns; longer numbers go through `Number`.
 */
function decimalValue(s: string, from: number, to: number): number {
  let m = 0;
  let digits = 0;
  let scale = -1;
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c === 46 /* . */) scale = 0;
    else if (c !== 44 /* , */ && c !== 10 && c !== 32) {
      m = m * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    }
  }
  if (digits > 15 || scale > 22) {
    const written = s.slice(from, to);
    return Number(written.includes(',') ? written.replace(/,/gu, '') : written);
  }
  return scale > 0 ? m / POW10[scale] : m;
}

const isSpace = (c: number) => c === 32 || c === 0x3000;
/** How many times a sentence writes a digit, a space, then a Chinese character (a unit set apart). */
const SPACED_UNITS = /\d[ \u3000][\u4e00-\u9fff]/gu;
function spacedUnits(sentence: string): number {
  let n = 0;
  SPACED_UNITS.lastIndex = 0;
  while (SPACED_UNITS.exec(sentence) && n < 3) n++;
  return n;
}
/** What may follow a number across one space and still be its unit. */
const SPACED_UNIT = new Set([...'万亿%％元倍']);

/** Base units by their first character, longest first. */
/**
 * (Looked up after every number: by the code, in a table of 2^16 small indexes into a dense list. An array indexed
 * by the codes themselves, a few entries up to 0x9fff, is a dictionary, and each read of it a generic keyed load.)
 */
const UNIT_LISTS: string[][] = [[]];
const UNIT_LIST_OF = new Uint8Array(0x10000);
for (const u of BASE_UNITS) {
  const code = u.charCodeAt(0);
  if (UNIT_LIST_OF[code] === 0) {
    UNIT_LIST_OF[code] = UNIT_LISTS.length;
    UNIT_LISTS.push([]);
  }
  UNIT_LISTS[UNIT_LIST_OF[code]].push(u);
}

function unitAt(s: string, at: number): string {
  const code = codeAt(s, at);
  const list = code === code ? UNIT_LIST_OF[code] : 0;
  const candidates = list === 0 ? undefined : UNIT_LISTS[list];
  if (candidates) for (let uAt = 0, u = candidates[0]; uAt < candidates.length; u = candidates[++uAt]) if (s.startsWith(u, at)) return u;
  return '';
}

/** After the digits: (多|余)? (万亿|亿|万)? (多|余)? unit? — "1270多万人", "1.2万多元", "9亿多人", "3万多亿元". */
/** What readUnit read: one object, reused (each caller reads it before the next call). */
const UNIT_READ = { inner: '', mag: '', unit: '', end: 0 };
/** 多 or 余 at `at` as its string, else ''. */
const innerAt = (s: string, at: number) => {
  const c = s.charCodeAt(at);
  return c === 0x591a ? '多' : c === 0x4f59 ? '余' : '';
};
function readUnit(s: string, at: number): { inner: string; mag: string; unit: string; end: number } {
  let p = at;
  let inner = innerAt(s, p);
  if (inner) p++;
  const c = s.charCodeAt(p);
  let mag = c === 0x4e07 /* 万 */ ? (codeAt(s, p + 1) === 0x4ebf /* 亿 */ ? '万亿' : '万') : c === 0x4ebf ? '亿' : '';
  p += mag.length;
  if (!inner) {
    inner = innerAt(s, p);
    if (inner) p++;
    // "3万多亿元", "1万余亿元": more than 3 万亿元, 多 written inside the magnitude.
    if (inner && mag === '万' && s.charCodeAt(p) === 0x4ebf /* 亿 */) {
      mag = '万亿';
      p++;
    }
  }
  const unit = unitAt(s, p);
  const r = UNIT_READ;
  if (!unit && !mag) {
    r.inner = '';
    r.mag = '';
    r.unit = '';
    r.end = at + (inner ? 1 : 0);
  } else {
    r.inner = inner;
    r.mag = mag;
    r.unit = unit;
    r.end = p + unit.length;
    // "更新设备24426台/套" (黑龙江 2024 前三季度, held-out set 26): another counter after a slash is the same unit written
    // twice, part of the figure (not a "/套" left to the next figure's subject).
    if (unit && s.charCodeAt(r.end) === 0x2f /* / */ && isIn(OTHER_COUNTER, s, r.end + 1)) r.end += 2;
  }
  return r;
}
const OTHER_COUNTER = charTable('套台件个项');
/** The unit of output an intensity is per: "吨标准煤/万元", "千瓦时/万元", "立方米/万元" (after the slash). */
const PER_UNIT = /^\/(?:万元|亿元|元|吨|人|户|千瓦时)/u;

/** A magnitude and a base unit as one string, made once per pair ("亿" + "元" → "亿元"), not once per number. */
const JOINED = new Map<string, Map<string, string>>();
function joinUnit(mag: string, unit: string): string {
  if (!mag) return unit;
  let byUnit = JOINED.get(mag);
  if (!byUnit) JOINED.set(mag, (byUnit = new Map()));
  let joined = byUnit.get(unit);
  if (joined === undefined) byUnit.set(unit, (joined = mag + unit));
  return joined;
}

const MULTIPLES: Record<string, number> = { 一: 2, 两: 4, 二: 4, 三: 8, 四: 16 };

/** The verb before "4个位次" that makes it places gained or lost. */
const PLACES_MOVED = /(?:提高|提升|上升|前移|前进|跃升|攀升|上移|下降|下滑|回落|后移|后退|下移|进|退|升|降)了?$/u;

/** A base unit that is really the start of a word: 12万个体工商户, 100万家庭, 12部门, 3所有 (by the character after it). */
const NOT_UNIT_BEFORE = new Map<string, CharTable>(
  Object.entries({
    个: charTable('体'),
    家: charTable('庭具电用'),
    户: charTable('籍外'),
    部: charTable('门分署'),
    场: charTable('景所馆地'),
    单: charTable('位元项'),
    名: charTable('单牌称列'),
    处: charTable('理于'),
    份: charTable('额'),
    列: charTable('入'),
    所: charTable('有在以'),
    座: charTable('谈'),
    位: charTable('于置居'),
    台: charTable('阶湾'),
    片: charTable('区面刻'),
    块: charTable('钱'),
    天: charTable('然'),
    人: charTable('民口才员'),
    度: charTable('电'),
    种: charTable('植类养子'),
    类: charTable('似'),
    条: charTable('件例'),
    项: charTable('目'),
    次: charTable('产'),
    担: charTable('任保当负心忧纲起子'),
  }),
);

/**
 * An amount that names a class of industries or firms: "2000亿元产业", "千亿元产业阵容", "税收500万元以上企业6家"
 * (雅安经开区, held-out set 9).
 */
function classAfter(s: string, at: number, start: number): boolean {
  const bounded = s.startsWith('以上', at) || s.startsWith('及以上', at);
  if (s.startsWith('以上', at)) at += 2;
  else if (s.startsWith('及以上', at)) at += 3;
  // "列入市级政府投资5000万元以上、企业投资亿元以上重大项目27项" (乌拉特后旗 2023, held-out set 26): bounds listed
  // before the projects they pick out are a class, each of them.
  if (s.charCodeAt(at) === 0x3001 /* 、 */ && s.charCodeAt(at - 1) === 0x4e0a /* 上 */) return BOUND_LISTED.test(s.slice(at, at + 24));
  // ("其中年收入10亿元以上达37户" (重庆 2010, https://code.fabao365.com/law_495467_2.html): the firms past a bound,
  // counted right after it, BOUND_CLASS.)
  // "销售收入超100亿元的工业企业达到17户" (安徽): the firms past an amount, counted after it; "年营业收入超1000亿元的
  // 2个,超500亿元的5个" (湖北, 2025): the things past it, counted right after it.
  // "总投资166.25亿元的37个项目" (封丘县's 2025 政府工作报告, held-out set 49): a total named as such (总投资, 总额) is the
  // sum of the things counted after it, a figure, not what each of them passes.
  if (s.charCodeAt(at) === 0x7684 /* 的 */)
    return CLASS_NOUN.test(s.slice(at + 1, at + 13)) && !TOTAL_BEFORE.test(s.slice(Math.max(0, start - 4), start));
  // "新引进亿元以上项目241个、5亿元以上项目46个" (六安 2018, held-out set 27): a bound (以上) then the projects it picks out is a class,
  // as 亿元以上项目 with no number is.
  if (bounded && BOUND_CLASS.test(s.slice(at, at + 8))) return true;
  // "实施500万元投资建设项目15个,竣工10个" (玉溪's parks, 2017 一季度, http://yn.touzi888.net/news/view.html?id=6938): the
  // investment that picks out the projects counted after them, as 千万元投资建设项目 is.
  if (s.startsWith('投资', at) && PROJECTS_COUNTED.test(s.slice(at, at + 16))) return true;
  return s.startsWith('产业', at) || s.startsWith('企业', at);
}
/** After an age: the age it runs to, another age listed, or the people of the ages ("60岁及以上户籍人口"). */
const AGE_GROUP_AFTER =
  /^(?:\s*[-—–~～至到]\s*\d|(?:及以上|以上|及以下|以下|以内)?(?:、\s*\d|和\d|的?(?:户籍|常住|农村|城镇)?(?:人口|老年|老人|劳动|人群|儿童|青少年|妇女|男性|女性)))/u;
/** Before a count: a word pointing back at what was named ("上述3个行业", "这5家企业"). */
const GROUP_BACK = /(?:上述|前述|这|该|此)$/u;
/** GROUP_BACK's last characters: the two before a count are read only when the one before it is one of them. */
const GROUP_BACK_LAST = charTable('述这该此');
/** After a count: its noun, then a place in it with no verb between ("5个工业大省第一位"). */
const GROUP_RANKED_AFTER =
  /^[^\d，；。,;、居排列位第在中]{1,6}第[一二三四五六七八九十\d]{1,3}(?:位|名)?(?![\u4e00-\u9fff]{0,2}[个项家批])/u;
/** After a rate: the population survey it names ("5‰人口变动抽样调查", "1%人口抽样调查"). */
const SURVEY_NAMED_AFTER = /^的?人口(?:变动)?(?:抽样)?调查/u;
/** SURVEY_NAMED_AFTER's first characters. */
const SURVEY_FIRST = charTable('的人');
/** 投资 and the projects it picks out, then their count: "投资建设项目15个". */
const PROJECTS_COUNTED = /^投资(?:建设|在建|新建|新开工)?项目(?:\d+|[两二三四五六七八九十]{1,3})[个项]/u;
/** After a bound: the projects, firms or industries it picks out, a few characters of their kind first (重大, 工业). */
const BOUND_CLASS = /^(?:[\u4e00-\u9fff]{0,4}?(?:项目|企业|产业)|(?:的|达|有)(?:\d+|[两二三四五六七八九十]{1,3})[个家户])/u;
/** After a bound and its 、: another bound (…以上) and the class it names ("、企业投资亿元以上重大项目"). */
const BOUND_LISTED = /^、[^，,。；;：:\n、]{1,12}?以上[\u4e00-\u9fff]{0,4}?(?:项目|企业|产业)/u;
// ("财政收入超300万元的乡镇有8个,超500万元的有3个" (都昌 2008 统计公报, https://web.xiaze.org/tjgb/201003/22096.html),
// "建成23个亩效益超5000元的县级现代农业示范园区" (长兴 2011): the towns or parks past it, counted.)
/** Before an amount: it is a total ("总投资", "投资总额"). */
const TOTAL_BEFORE = /(?:总投资|总额)$/u;
const CLASS_NOUN =
  /^(?:[\u4e00-\u9fff]{0,4}?(?:企业|产业)|[\u4e00-\u9fff]{0,8}?(?:园区|乡镇)|[\u4e00-\u9fff]{0,4}?有?(?:\d+|[两二三四五六七八九十]{1,3})[个家户])/u;

/**
 * A count in Chinese numerals right after the names it counts, as many of them: "钢铁、汽车、石化、电子信息、食品五个重点
 * 行业" (湖北, 2008), "建材和电子信息两个2000亿元产业" (广西, 2015). Elsewhere a numeral and 个 are a slogan's ("抓好
 * 六个重点") or refer back ("以上五个行业"), not a figure. What namedCount read: the numeral's length and value.
 */
const COUNT_NUMERAL = charTable('两二三四五六七八九十');
const NAMED_COUNT = { numeral: 0, n: 0 };
const COUNTED_BODIES = /^[^，；。、]{0,10}?(?:行业|产业|企业|项目|园区|基地|集群|开发区|城市|市|县|区|州)/u;
const COUNTER = charTable('个家户项');
const EACH_AFTER = /^(?:的|中)?(?:分别|分別|依次)/u;
const CLAUSE_OPEN = charTable('，；：。,;:\n');
function namedCount(s: string, at: number): boolean {
  let end = at;
  while (end - at < 3 && isIn(COUNT_NUMERAL, s, end)) end++;
  // (个月: a duration.)
  if (!isIn(COUNTER, s, end) || s.charCodeAt(end + 1) === 0x6708 /* 月 */) return false;
  const n = cnNumber(s.slice(at, end));
  // ("产业发展、…和绿色发展五个方面": aspects of work are not counted as figures; firms, industries, places are.)
  if (n === undefined || n < 2) return false;
  const body = COUNTED_BODIES.exec(s.slice(end + 1, end + 17));
  if (body === null) return false;
  // "香洲、金灣和斗門三個行政區分別實現地區生產總值863.48億元、351.27億元和188.49億元" (珠海 2011): a group whose
  // members each take a figure after it (分别, 依次) is named, not counted.
  if (EACH_AFTER.test(s.slice(end + 1 + body[0].length, end + 1 + body[0].length + 4))) return false;
  let from = at;
  while (from > 0 && !isIn(CLAUSE_OPEN, s, from - 1)) from--;
  const names = s.slice(from, at);
  if (/\d/u.test(names)) return false;
  const items = names.split(/、|以及|和|及|与/u);
  // "同时规划建设中德(金坛)创新产业区和智谷科技园两个高质量项目平台" (金坛经济开发区, held-out set 55): the first item
  // holds the clause's words before the first name (同时规划建设), so it may run longer than the names after it.
  if (items.length !== n || items.some((x, k) => x.length === 0 || x.length > (k === 0 ? 20 : 12))) return false;
  NAMED_COUNT.numeral = end - at;
  NAMED_COUNT.n = n;
  return true;
}

/**
 * Points written in Chinese numerals: "比2007年提高近十个百分点" (包头, held-out set 21), "回落两个百分点". The numeral
 * is the whole number (not the end of 第十, 十几 or a number in digits); POINTS_END is where it ends.
 */
const POINTS_NUMERAL = charTable('一两二三四五六七八九十');
let POINTS_END = 0;
function pointsInWords(s: string, at: number): boolean {
  let end = at;
  while (end - at < 3 && isIn(POINTS_NUMERAL, s, end)) end++;
  if (codeAt(s, end) !== 0x4e2a /* 个 */ || !s.startsWith('个百分点', end)) return false;
  if (at > 0) {
    const prev = s.charCodeAt(at - 1);
    if (isIn(POINTS_NUMERAL, s, at - 1) || isDigit(prev) || prev === 0x7b2c /* 第 */ || prev === 0x51e0 /* 几 */) return false;
  }
  if (cnNumber(s.slice(at, end)) === undefined) return false;
  POINTS_END = end;
  return true;
}

/**
 * The tenth written after 成 ("三成三", "九成八": 3.3 and 9.8 成), or 0: one numeral, then nothing that continues a
 * number or names a count or time ("三成三季度", "五成六个").
 */
const TENTH_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NOT_AFTER_TENTH = /^[一二三四五六七八九十百千万亿零两个季年月日号倍成位批次家项种%％]/u;
function tenthOfCheng(s: string, at: number): number {
  const d = TENTH_DIGIT[s[at] ?? ''];
  if (d === undefined || NOT_AFTER_TENTH.test(s.slice(at + 1, at + 2))) return 0;
  return d;
}

/**
 * Places moved, in Chinese numerals after a verb that moves them: "我区位列第79位,前进两个位次" (东昌府 2018, held-out
 * set 43), as "较6月份提高4个位次" in digits. PLACES_END is where the numeral ends.
 */
let PLACES_END = 0;
function placesInWords(s: string, at: number): boolean {
  let end = at;
  while (end - at < 3 && isIn(POINTS_NUMERAL, s, end)) end++;
  if (codeAt(s, end) !== 0x4e2a /* 个 */ || !s.startsWith('个位次', end)) return false;
  if (isIn(POINTS_NUMERAL, s, at - 1) || !PLACES_MOVED.test(s.slice(Math.max(0, at - 3), at))) return false;
  if (cnNumber(s.slice(at, end)) === undefined) return false;
  PLACES_END = end;
  return true;
}

/** What stands between a count of things named and a milestone each passed: "重点行业实现销售收入超". */
const NAMED_MEASURE =
  /^[\u4e00-\u9fff]{0,8}?(?:实现|完成)?(?:产值|销售收入|营业收入|主营业务收入|税收|利税|规模)(?:超过|超|过|突破|达到|达)?$/u;
function namedMeasureBefore(s: string, count: Token, at: number): boolean {
  return (
    count.form === 'chinese' &&
    isIn(COUNTER, s, count.outerEnd - 1) &&
    at - count.outerEnd <= 16 &&
    NAMED_MEASURE.test(s.slice(count.outerEnd, at))
  );
}

/**
 * A count, then the measure of each thing counted, then a bound word or none: "3个产值超", "2个产值"; or a count, the
 * things counted, their measure and a bound word: "三个工业集中区产值过" (安康, held-out set 17), "8个县(市)GDP超过"
 * (安徽 2012, held-out set 43), "27个县(市)投资额超" (the same; its 百亿元 is read as 100亿元 since 金坛, held-out set 55);
 * or a count and a bound word, the things left out after a count of them: "27个县(市)投资额超百亿元,5个超200亿元" (安徽).
 * (Without a bound word the amount after the things named may be their sum, "3个园区产值50亿元", as it is after a verb
 * of their own, "3家企业实现产值超千亿元", or after 总量: "62个县(市)GDP总量突破8000亿元".)
 */
const COUNTED_MEASURE =
  /(?:\d+|[两二三四五六七八九十]{1,3})[个家户](?:(?:产值|销售收入|营业收入|主营业务收入|税收|利税|规模)(?:超过|超|过|突破|达到|达)?|(?:利润总额|利润)(?:超过|超|过|突破)|(?:(?!实现|完成|合计|累计|共)[\u4e00-\u9fff()（）]){1,8}?(?:(?:产值|销售收入|营业收入|主营业务收入|税收|利税|利润总额|利润|投资额|投资)(?:超过|超|过|突破)|GDP(?:超过|超|过))|(?:超过|超|过))$/u;
/** The measures COUNTED_MEASURE names end with one of these; the bound words with one of the rest. */
const COUNTED_MEASURE_LAST = charTable('值入收税额润模超过破到达');
function countedMeasureBefore(s: string, at: number): boolean {
  return at > 3 && isIn(COUNTED_MEASURE_LAST, s, at - 1) && COUNTED_MEASURE.test(s.slice(Math.max(0, at - 22), at));
}
const COUNTED_BEFORE = charTable('个大项');

/**
 * Durations that name a period, not a figure: 前7个月, 连续4个月, 持续6个月 (雅安经开区), 近3个月来, "结束长达21个月的
 * 下降态势" (山西).
 */
const PERIOD_BEFORE = /(?:前|连续|持续|近|最近|过去|头|后|长达)$/u;
// ("处于去年2月以来的16个月的最高点" (遂宁 2018): the months a record is the highest of.)
const PERIOD_AFTER = /^(?:来|以来|内|中|里|后|期间|累计|的(?:最高|最低|新高|新低))/u;
/** A record set or broken: 刷新 (纪录, 历史), 创 (新高, 历史), 打破. */
const RECORD_AFTER = /^(?:刷新|创(?:下|造)?(?:新|历史|纪录|记录|最)|打破)/u;

/** Last characters of the prefix qualifiers: most numbers have none, and are told so by one look. */
const PREFIX_LAST = lastChars([...PREFIX_QUALIFIERS, '合']);
const SUFFIX_FIRST = charTable(SUFFIX_QUALIFIERS.map((q) => q[0]));

/**
 * What stands between the prefix qualifier prefixQualifier found last and its number: nothing, or one character,
 * a space ("吉林石化…增产近 17万吨", a page typeset with spaces round its numbers) or 了 after a verb ("经济总量跨越了
 * 两千亿元和三千亿元两个台阶", 包头, held-out set 21).
 */
let prefixGap = 0;
/** The qualifiers that are verbs, and may take 了 before their number. */
const PREFIX_VERBS = new Set(['超过', '突破', '跨越']);
function prefixQualifier(sentence: string, at: number): string {
  prefixGap = 0;
  const q = prefixRightBefore(sentence, at);
  if (q || at < 2) return q;
  const c = sentence.charCodeAt(at - 1);
  if (c !== 32 && c !== 0x3000 && c !== 0x4e86 /* 了 */) return '';
  const gapped = prefixRightBefore(sentence, at - 1);
  if (!gapped || (c === 0x4e86 && !PREFIX_VERBS.has(gapped))) return '';
  prefixGap = 1;
  return gapped;
}
function prefixRightBefore(sentence: string, at: number): string {
  if (at === 0 || !isIn(PREFIX_LAST, sentence, at - 1)) return '';
  if (sentence.startsWith('约合', at - 2)) return '约合';
  for (let qAt = 0, q = PREFIX_QUALIFIERS[0]; qAt < PREFIX_QUALIFIERS.length; q = PREFIX_QUALIFIERS[++qAt]) {
    if (!sentence.startsWith(q, at - q.length)) continue;
    const prev = sentence[at - q.length - 1] ?? '';
    if (q === '约' && /[节制签公预契]/u.test(prev)) continue;
    if (q === '近' && /[最附接将临]/u.test(prev)) continue;
    // ("不超3%": a ceiling, not 超 — no qualifier rather than the opposite one.)
    if (q === '超' && /[赶不]/u.test(prev)) continue;
    return q;
  }
  // "天津大桥税收过千万元、得意电子税收过500万元" (衡南 2019 上半年, held-out set 41): 过 right after a measure and before
  // its amount is 超过 (过去, 经过, 通过, 超过 never end a measure).
  if (sentence.charCodeAt(at - 1) === 0x8fc7 /* 过 */ && PASSED_MEASURE.test(sentence.slice(Math.max(0, at - 4), at - 1))) return '过';
  return '';
}
/** The measures an amount is said to be passed in with a bare 过: "税收过500万元", "产值过50亿元", "销售收入过2000万元". */
const PASSED_MEASURE = /(?:产值|收入|税收|利税|利润|营收|规模|总额|销售额|交易额|产量)$/u;

const inner = (r: { inner: string }) => r.inner !== '';
/**
 * The bound firms pass to be counted 规模以上: "规模以上工业企业起点标准由年主营业务收入500万元提高到2000万元", "规模以上
 * 工业企业由年销售收入500万元提高到2000万元".
 */
const SCALE_BOUND =
  /(?:(?:规模以上|规上)[^，；。,;]{0,16}(?:由|从)|起点标准[^，；。,;]{0,4}?(?:由|从)?|标准为)年(?:主营业务|销售)收入(?:[\d.]+万元(?:提高|调整|上调)?(?:到|至|为))?$/u;
const SCALE_BOUND_LAST = charTable('入由从到至为');
function scaleBoundBefore(sentence: string, at: number): boolean {
  return SCALE_BOUND.test(sentence.slice(Math.max(0, at - 40), at));
}
/** The verb (and scope) a place is written after without 第: "列全国", "居全省", "排名全市". */
const PLACE_VERB_BEFORE = /(?:[列居排]|位居|位列|名列|排名)(?:全国|全省|全市|全区|全州|全县|[^，；。、\d第前]{0,6})$/u;
/** The second place of a list, named by its scope only: "、西部地区". */
const PLACE_SCOPE_BEFORE = /^、[^，；。、\d第]{1,6}$/u;
function placeWithout第(sentence: string, at: number, raw: Token[] | undefined): boolean {
  const before = sentence.slice(Math.max(0, at - 10), at);
  // ("全市综合实力排名上升3位": places gained.)
  if (PLACES_MOVED.test(before)) return false;
  if (PLACE_VERB_BEFORE.test(before)) return true;
  const prev = raw === undefined ? undefined : raw[raw.length - 1];
  return prev !== undefined && prev.form === 'ordinal' && PLACE_SCOPE_BEFORE.test(sentence.slice(prev.outerEnd, at));
}

/**
 * 分 after a number is a score ("综合评价得分5.98分,排名全省第3位", 嘉峪关 2023) where the word ends with it: a stop, a
 * joint, 的 or a qualifier after it ("90分以上"), or a score named before it in the clause (得分, 评分, 总分…). Elsewhere
 * it starts another word (5分钟, 分别, 3分之1, 分公司) and the number has no unit. The minutes of a time of day ("8时30分",
 * "10点30分") are no figure either.
 */
/** What owns a research institute named by its number: "…科技集团34所", "中国电科38所", "航天科工二院23所". */
/** Units a plant's, a farm's or a line's capacity is written in (繁體 too). */
const CAPACITY_UNIT = /^[万萬亿億]?(?:吨|噸|千瓦|兆瓦|头|頭|只|隻|辆|輛|台|臺|套|片)$/u;
/** The last characters of CAPACITY_UNIT's units (asked of every number's unit: most are 元, %, 个…). */
const CAPACITY_LAST = charTable('吨噸瓦头頭只隻辆輛台臺套片');
/**
 * The rest of a project's name after its capacity, up to 项目, in the same clause (a comma between digits is a
 * chemical's name's: "昌吉10.4万吨1,4-丁二醇等一批重点项目"), with no verb of a result in it; not a capacity the
 * project has, said with 的 ("年处理50万吨的生活垃圾焚烧发电项目": a figure, labelled by the project).
 */
const PROJECT_NAME_AFTER =
  /^(?!的)(?:(?!完成|实现|實現|增长|增長|同比|达到|達到|新增|带动|帶動)(?:\d,(?=\d)|[^，,。；;：:\s（()）]))+?(?:项目|項目)/u;
/**
 * What ends a verb, a measure or a qualifier right before a figure (not a company's or a place's name): 建设, 新建, 引进
 * put a project's capacity as built, as 投产 does.
 */
const MEASURED_BEFORE = /[达達为為至到产產能量增加计計共超破约約近逾余餘成有现現备備模及总總比栏欄存销銷理合是的和、设設建进進]$/u;

/** A capacity (吨, 千瓦, 头…) written between a name and the project it is part of ("宁国运100万千瓦风光同场等项目"). */
function projectCapacity(sentence: string, t: Token): boolean {
  if (!isIn(CAPACITY_LAST, t.unit, t.unit.length - 1) || !CAPACITY_UNIT.test(t.unit) || t.outerStart < 2) return false;
  const before = sentence.charCodeAt(t.outerStart - 1);
  if (before < 0x4e00 || before > 0x9fff || MEASURED_BEFORE.test(sentence[t.outerStart - 1])) return false;
  return PROJECT_NAME_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 40));
}

const INSTITUTE_OF = /(?:集团|电科|科工|[一二三四五六七八九十\d]院)$/u;
/** 自/从/于 right before a number that 起 follows: a start ("自2017起"), not incidents counted. */
const START_BEFORE = new Set([0x81ea /* 自 */, 0x4ece /* 从 */, 0x4e8e /* 于 */]);
const SCORE_END = charTable('，。；：、,;:）)和及与或的 \n');
const SCORE_NAMED = /(?:得分|评分|总分|积分|分值|分数|打分|计分)[^，；。,;]{0,20}$/u;
function scoreUnit(sentence: string, start: number, end: number): boolean {
  const before = codeAt(sentence, start - 1);
  if (before === 0x65f6 /* 时 */ || before === 0x70b9 /* 点 */ || before === 0x6642 /* 時 */ || before === 58 /* : */) return false;
  if (end >= sentence.length || isIn(SCORE_END, sentence, end) || suffixQualifier(sentence, end) !== '') return true;
  return SCORE_NAMED.test(sentence.slice(Math.max(0, start - 24), start));
}

/** What makes 多 after 倍 a word of its own ("增长2倍多元化", "3倍多个"), not "more than". */
const NOT_MORE_AFTER = charTable('元样个家种项方彩少');

function suffixQualifier(s: string, at: number): string {
  if (!isIn(SUFFIX_FIRST, s, at)) return '';
  for (let qAt = 0, q = SUFFIX_QUALIFIERS[0]; qAt < SUFFIX_QUALIFIERS.length; q = SUFFIX_QUALIFIERS[++qAt])
    if (s.startsWith(q, at)) return q;
  return '';
}

/**
 * The Token objects, reused from one call of scanTokens to the next: a 5 MB report has 10^5 numbers, each of
 * which made an object (and a boxed double) that lived only while its sentence was read. Every token has the
 * same fields in the same order (one shape).
 */
const POOL: Token[] = [];
let pooled = 0;

function token(
  suffix: string,
  signed: boolean,
  valueStart: number,
  valueEnd: number,
  outerStart: number,
  outerEnd: number,
  value: string,
  number: number,
  unit: string,
  form: TokenForm,
): Token {
  let t = POOL[pooled++];
  if (t === undefined) {
    t = { prefix: '', suffix, signed, valueStart, valueEnd, outerStart, outerEnd, value, number, unit, form };
    POOL.push(t);
    return t;
  }
  t.prefix = '';
  t.suffix = suffix;
  t.signed = signed;
  t.valueStart = valueStart;
  t.valueEnd = valueEnd;
  t.outerStart = outerStart;
  t.outerEnd = outerEnd;
  t.value = value;
  t.number = number;
  t.unit = unit;
  t.form = form;
  return t;
}

/** The first characters of every form scanTokens reads: a digit, COUNT_NUMERAL's and SPECIAL_FIRST's. */
const STARTS_FIGURE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isDigit(c) || hasCode(COUNT_NUMERAL, c) || SPECIAL_FIRST[c] === 1) STARTS_FIGURE[c] = 1;

/** What a sentence without a number returns (most sentences of a report): one frozen list, not one each. */
const NO_TOKENS: Token[] = Object.freeze([]) as unknown as Token[];

/**
 * The figures of a sentence, in order. Its tokens are reused by the next call (see POOL): the caller reads them,
 * and copies what it keeps, before it scans the next sentence.
 */
export function scanTokens(sentence: string, bits = charBits(sentence, SENTENCE_BITS)): Token[] {
  let raw: Token[] | undefined;
  // Whether the sentence holds “ (a quoted name), and 每 and 有 (one in every N): its SENTENCE_BITS say.
  const quoted = (bits & S_QUOTE) !== 0;
  const every = (bits & S_MEI) !== 0 && (bits & S_YOU) !== 0;
  pooled = 0;
  // Whether the sentence sets its numbers apart from their units (spacedUnits), asked once, when a number has a space after it.
  let spacedSentence = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    // Most characters start no figure: one look at the code, before the branches below.
    if (STARTS_FIGURE[c] !== 1) continue;
    let t: Token | undefined;
    if (isDigit(c)) {
      // Glued to a code: each of its digits is passed over here in turn (a digit or a point before it).
      if (i > 0 && glued(sentence.charCodeAt(i - 1)) && !afterMeasureAcronym(sentence, i)) continue;
      const num = readNumber(sentence, i);
      // (The rest of an unread number is passed over too: a digit after a comma reads to the same end and fails.)
      if (!num) continue;
      const digits = sentence.slice(i, num.end);
      if (num.fraction) {
        const slash = digits.indexOf('/');
        const den = Number(digits.slice(slash + 1));
        if (den !== 0) t = token('', false, i, num.end, i, num.end, digits, Number(digits.slice(0, slash)) / den, '', 'fraction');
        i = num.end - 1;
        if (!t) continue;
      } else {
        // "3万8000亿元": 38000 亿元, written with 万 inside the number.
        const mixed =
          codeAt(sentence, num.end) === 0x4e07 /* 万 */ && /^\d{1,4}$/u.test(digits)
            ? /^万(\d{1,4})(?=亿|万)/u.exec(sentence.slice(num.end, num.end + 6))
            : null;
        if (mixed) {
          // (The look-ahead leaves a magnitude next: "突破3万8000亿" with no base unit is 38000 亿 too.)
          const end = num.end + mixed[0].length;
          const r = readUnit(sentence, end);
          t = token(
            r.inner,
            false,
            i,
            end,
            i,
            r.end,
            sentence.slice(i, end),
            Number(digits) * 1e4 + Number(mixed[1]),
            joinUnit(r.mag, r.unit),
            'number',
          );
          i = r.end - 1;
        }
      }
      if (!t && !num.fraction) {
        // "增长-3.2%": a sign written right before the digits, not part of a range (1-7月).
        // "增长6%-6.5%": a dash right after the figure before is a range, not a sign.
        const signed =
          i > 0 &&
          isMinus(sentence.charCodeAt(i - 1)) &&
          !(i > 1 && glued(sentence.charCodeAt(i - 2))) &&
          !(raw !== undefined && raw[raw.length - 1].outerEnd === i - 1);
        const vs = signed ? i - 1 : i;
        // "6790.32 亿元": one space between a number and its magnitude or unit, as tables pasted to text write it.
        // "增长17.%" (安康, held-out set 17): a point typed with no decimals before a percent sign, passed over the same way.
        // "新盘活…企业 16 户", "等 11 个项目" (吉林市, held-out set 21): a number set off by spaces on both sides, as a
        // page typeset with spaces round its numbers writes it, takes any unit after its space.
        // "比上年同月下降0.6 个百分点" (国家统计局 2012年7月, a page typeset with a space before its units): points are
        // a unit that nothing else starts with.
        const spaced =
          (isSpace(sentence.charCodeAt(num.end)) &&
            (SPACED_UNIT.has(sentence[num.end + 1]) ||
              sentence.startsWith('个百分点', num.end + 1) ||
              sentence.startsWith('百分点', num.end + 1) ||
              // "471种产品中有323 种产品同比增长" (the same page): the unit the figure before took, glued to it.
              (raw !== undefined && raw[raw.length - 1].unit !== '' && raw[raw.length - 1].unit === unitAt(sentence, num.end + 1)) ||
              (vs > 0 && isSpace(sentence.charCodeAt(vs - 1)) && unitAt(sentence, num.end + 1) !== '') ||
              // "41 個大類行業中,25 個行業增加值比上年增長,較前三季度增加5 個" (国家统计局 on 2020, a page typeset with a
              // space before each unit): in a sentence that does so three times or more, any unit after the space.
              (unitAt(sentence, num.end + 1) !== '' &&
                (spacedSentence < 0 ? (spacedSentence = spacedUnits(sentence)) : spacedSentence) >= 3))) ||
          (sentence[num.end] === '.' && (sentence[num.end + 1] === '%' || sentence[num.end + 1] === '％'));
        const r = readUnit(sentence, spaced ? num.end + 1 : num.end);
        let unit = joinUnit(r.mag, r.unit);
        let outerEnd = r.end;
        const notUnit = r.unit ? NOT_UNIT_BEFORE.get(r.unit) : undefined;
        if (notUnit && isIn(notUnit, sentence, outerEnd)) {
          unit = r.unit === '人' && sentence.startsWith('民币', outerEnd) ? r.mag + '元' : r.mag;
          outerEnd -= r.unit.length;
        }
        // "综合评价得分5.98分": 分 is a score's unit only where it reads as one (scoreUnit).
        else if (r.unit === '分' && !scoreUnit(sentence, vs, outerEnd)) {
          unit = r.mag;
          outerEnd -= 1;
        }
        // "事故3起" counts incidents; "自2017起", "从2020起" (a year, its 年 left out) is when something starts.
        else if (r.unit === '起' && (START_BEFORE.has(codeAt(sentence, vs - 1)) || /^(?:19|20)\d{2}$/u.test(sentence.slice(vs, num.end)))) {
          unit = r.mag;
          outerEnd -= 1;
        }
        // "中国电子科技集团34所民品生产产业化" (桂林 2011, held-out set 33): a group's research institute by its number, a
        // name, not institutes counted.
        else if (r.unit === '所' && INSTITUTE_OF.test(sentence.slice(Math.max(0, vs - 3), vs))) {
          unit = r.mag;
          outerEnd -= 1;
        }
        // "较6月份提高4个位次": places, as 上升4位 (the unit a rank is read in); so is "同比均提高了10个名次" (郑州 2015).
        else if (
          r.unit === '个' &&
          (sentence.startsWith('位次', outerEnd) || sentence.startsWith('名次', outerEnd)) &&
          PLACES_MOVED.test(sentence.slice(Math.max(0, vs - 3), vs))
        ) {
          unit = r.mag + '位';
          outerEnd += 2;
        }
        if (r.unit === '％') unit = r.mag + '%';
        // Computing power in its own Latin units (readNumber let the digits glued to one through: computePower).
        else if (!unit && isIn(POWER_FIRST, sentence, outerEnd) && computePower(sentence, vs, outerEnd)) {
          unit = COMPUTE_UNIT.exec(sentence.slice(outerEnd, outerEnd + 8))![0];
          outerEnd += unit.length;
        }
        // "單位GDP能耗1.361噸標準煤/萬元", "單位GDP電耗1340.24千瓦時/萬元" (陕西 2007, held-out set 35): an intensity, a
        // measure per unit of output, is one unit with its slash (not 吨标准煤 with a "/万元" left over).
        else if (r.unit && sentence.charCodeAt(outerEnd) === 0x2f /* / */) {
          const per = PER_UNIT.exec(sentence.slice(outerEnd, outerEnd + 5));
          if (per) {
            unit += per[0];
            outerEnd += per[0].length;
          }
        }
        const number = decimalValue(sentence, i, num.end) * (signed ? -1 : 1);
        // The unit is part of this figure: "2.45万亿元" holds no threshold 万亿.
        i = Math.max(num.end, outerEnd) - 1;
        if (!Number.isFinite(number)) continue;
        // "列全国10位、西部地区5位" (重庆, held-out set 19): a place written without 第 is a place as 第10位 is.
        const place = unit === '位' && !signed && !inner(r) && placeWithout第(sentence, vs, raw);
        t = token(
          r.inner,
          signed,
          vs,
          num.end,
          vs,
          outerEnd,
          signed ? sentence.slice(vs, num.end) : digits,
          number,
          unit,
          place ? 'ordinal' : 'number',
        );
      }
    } else if (hasCode(COUNT_NUMERAL, c) && !isIn(COUNT_NUMERAL, sentence, i - 1) && namedCount(sentence, i)) {
      // "钢铁、汽车、石化、电子信息、食品五个重点行业" (湖北, 2008), "建材和电子信息两个2000亿元产业" (广西, 2015).
      const end = i + NAMED_COUNT.numeral;
      t = token('', false, i, end, i, end + 1, sentence.slice(i, end), NAMED_COUNT.n, sentence[end], 'chinese');
      i = end;
    } else if (hasCode(POINTS_NUMERAL, c) && pointsInWords(sentence, i)) {
      // "装备制造业增加值占规模以上工业的比重达到22%,比2007年提高近十个百分点" (包头, held-out set 21).
      const end = POINTS_END;
      t = token('', false, i, end, i, end + 4, sentence.slice(i, end), cnNumber(sentence.slice(i, end))!, '个百分点', 'chinese');
      i = end + 3;
    } else if (hasCode(POINTS_NUMERAL, c) && placesInWords(sentence, i)) {
      // "前进两个位次" (东昌府 2018, held-out set 43): places, read in 位 as "提高4个位次" is.
      const end = PLACES_END;
      t = token('', false, i, end, i, end + 3, sentence.slice(i, end), cnNumber(sentence.slice(i, end))!, '位', 'chinese');
      i = end + 2;
    } else if (SPECIAL_FIRST[c] === 1 && SPECIAL_NEXT[sentence.charCodeAt(i + 1)] === 1) {
      SPECIAL_RE.lastIndex = i;
      const m = SPECIAL_RE.exec(sentence);
      if (!m) continue;
      const at = i;
      i = at + m[0].length - 1;
      if (m[1]) {
        const end = at + m[1].length;
        t = token(sentence[end] === '多' ? '多' : '', false, at, end, at, end, m[1], m[2] ? MULTIPLES[m[2]] : 2, '倍', 'multiple');
      } else if (m[3]) {
        // "两个万亿台阶": a count of thresholds, not an amount.
        if (sentence[at - 1] === '个') continue;
        const end = at + m[3].length;
        t = token('', false, at, end, at, end, m[3], m[3] === '千亿' ? 1e11 : 1e12, '元', 'threshold');
      } else if (m[4] !== undefined) {
        const n = cnNumber(m[4]);
        if (n === undefined) continue;
        const vs = at + 1;
        const written = '位名'.includes(sentence[vs + m[4].length] ?? 'x') ? 1 : 0;
        t = token('', false, vs, vs + m[4].length, at, vs + m[4].length + written, m[4], n, '位', 'ordinal');
        i = t.outerEnd - 1;
      } else if (m[5]) {
        // 一批, 一成不变: idioms, not figures. "江苏工业利润增速涨一成" (held-out set 16), "近一成": one tenth after a
        // verb of change or a qualifier is one.
        if (
          m[5] === '一' &&
          m[6] !== '倍' &&
          m[6] !== '位' &&
          !(m[6] === '成' && sentence[at + 2] !== '不' && TENTH_AFTER.test(sentence.slice(Math.max(0, at - 2), at)))
        )
          continue;
        // "全方位保障三批次135个重点项目建设" (中宁 2025, held-out set 38): batches (批次) in words group what the
        // figure after counts, or say how a thing was done ("分两批次下达"); no figure of their own.
        if (m[6] === '批' && sentence.charCodeAt(at + 2) === 0x6b21 /* 次 */) continue;
        // "增长三成三,产销率近九成八" (福建 2011 1-2月, held-out set 43): a tenth of a 成 after it, 3.3 成 and 9.8 成.
        const tenth = m[6] === '成' ? tenthOfCheng(sentence, at + 2) : 0;
        if (tenth > 0)
          t = token('', false, at, at + 3, at, at + 3, sentence.slice(at, at + 3), cnNumber(m[5])! + tenth / 10, '成', 'chinese');
        else t = token(sentence[at + 2] === '多' ? '多' : '', false, at, at + 1, at, at + 2, m[5], cnNumber(m[5])!, m[6], 'chinese');
      } else if (m[7]) {
        // "逾四万亿元": a Chinese numeral before a magnitude and its unit; "国内生产总值从五十四万亿元增长到八十万亿元",
        // "粮食生产能力达到一万二千亿斤" (十九大报告, 2017): whole numbers of places, and 万 inside one before 亿.
        // "3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进" (金坛经济开发区, held-out set 55), "产值突破
        // 百亿元": 百 alone before 亿元 is one hundred (not 数百亿元, 上百亿元; 百亿元级 is a class, below).
        const n = m[7] === '百' ? 100 : cnInteger(m[7]);
        const r = readUnit(sentence, at + m[7].length);
        if (n === undefined || !r.unit) continue;
        t = token(r.inner, false, at, at + m[7].length, at, r.end, m[7], n, joinUnit(r.mag, r.unit), 'chinese');
        i = r.end - 1;
      } else if (m[8]) {
        // "对世界经济增长贡献率超过百分之三十" (十九大报告), "百分之六点五": a percentage in words, its value the numeral.
        const n = cnDecimal(m[8]);
        if (n === undefined) continue;
        const vs = at + 3;
        t = token('', false, vs, vs + m[8].length, at, vs + m[8].length, m[8], n, '%', 'chinese');
      }
    }
    if (!t) continue;
    // "硫铁矿石(折含硫35%)7.9万吨", "硫酸(折100%)": a product's grade in brackets, not a figure (巴彦淖尔, held-out set 11).
    if (t.unit === '%' && isGrade(sentence, t)) continue;
    // Class names and ordinals: 千亿级, 10万吨级, 第8批; "两个2000亿元产业", "千亿元产业" (a class of industries).
    if (sentence.charCodeAt(t.outerEnd) === 0x7ea7 /* 级 */) continue;
    // "0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、…" (云和县 2022 统计公报,
    // https://tjgb.hongheiku.com/xjtjgb/xj2020/43861.html): ages that name a group of people are a class, not figures; so
    // is the rate a survey is named by: "据2022年全省5‰人口变动抽样调查推算" (the same 公报), "全国1%人口抽样调查".
    if (t.unit === '岁' && AGE_GROUP_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 10))) continue;
    // "汽车、原油加工、…、乙烯、10种有色金属、化肥…等主要产品产量4月实现同比、环比双增长" (辽宁 2020 4月, held-out set
    // 54): 十种有色金属, written 10种 too, is a product as statistics list it (its 产量 a figure), no count of metals.
    if (t.unit === '种' && sentence.startsWith('有色金属', t.outerEnd)) continue;
    if (
      (t.unit === '‰' || t.unit === '%') &&
      isIn(SURVEY_FIRST, sentence, t.outerEnd) &&
      SURVEY_NAMED_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 10))
    )
      continue;
    // "上述3个行业合计出口产值占总量的90.8%" (江北区 2024): a count that points back at the items named is their group, no
    // figure; so is one a place in it is given in ("增速居全国第6位、5个工业大省第一位", 河南 2019, a 繁體 copy).
    if (
      (t.unit === '个' || t.unit === '家' || t.unit === '大') &&
      ((isIn(GROUP_BACK_LAST, sentence, t.outerStart - 1) &&
        GROUP_BACK.test(sentence.slice(Math.max(0, t.outerStart - 2), t.outerStart))) ||
        (codeWithin(sentence, 0x7b2c /* 第 */, t.outerEnd + 1, t.outerEnd + 6) &&
          GROUP_RANKED_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 12))))
    )
      continue;
    // (A unit of money ends with 元: 亿元, 美元.)
    const money = lastCode(t.unit) === 0x5143; /* 元 */
    if ((money || t.form === 'threshold') && classAfter(sentence, t.form === 'threshold' ? t.outerEnd + 1 : t.outerEnd, t.outerStart))
      continue;
    // "国家将规模以上工业企业由年销售收入500万元提高到2000万元后" (天水, held-out set 19): the bound of 规模以上 is a
    // class's, not a figure.
    if (t.unit === '万元' && isIn(SCALE_BOUND_LAST, sentence, t.outerStart - 1) && scaleBoundBefore(sentence, t.outerStart)) continue;
    // "形成3个产值超千亿元、2个产值500亿元的产业集群" (泉州, held-out set 14): an amount right after a count and a measure
    // is what each thing counted passes, a class, not a figure ("工业产值超千亿元" is one).
    if ((money || t.form === 'threshold') && countedMeasureBefore(sentence, t.outerStart)) continue;
    // "钢铁、汽车、石化、电子信息、食品五个重点行业实现销售收入超千亿元" (湖北, 2008): a milestone after a count of the
    // things named is what each of them passed.
    if (t.form === 'threshold' && raw !== undefined && namedMeasureBefore(sentence, raw[raw.length - 1], t.outerStart)) continue;
    // "宁国运100万千瓦风光同场等项目顺利推进" (中宁 2025), "四川港投集团50万头生态猪养殖项目开工建设" (万州 2020,
    // held-out set 38), "推动库尔勒120万吨乙烷制乙烯、克拉玛依72万吨差别化聚合物等一批石化项目加快建设" (新疆 2023): a
    // capacity between a company or place and the project it names is part of the project's name, not a figure.
    if (t.form === 'number' && !t.prefix && projectCapacity(sentence, t)) continue;
    // "四个“超40%”": a slogan counted in quotes, not a figure.
    let prefix = prefixQualifier(sentence, t.outerStart);
    // (过 is a qualifier only before an amount with its unit.)
    if (prefix === '过' && t.unit === '') prefix = '';
    const open = t.outerStart - prefix.length - prefixGap - 1;
    // (Offsets before the sentence's start are not read: a read past either end deoptimises this function.)
    if (open >= 0 && sentence.charCodeAt(open) === 0x201c /* “ */ && isIn(COUNTED_BEFORE, sentence, open - 1)) continue;
    // "“10强50户”企业" (天水, held-out set 14): a number inside a short name in quotes, the name then qualifying a
    // noun, names a group, not a figure.
    if (quoted && inQuotedName(sentence, t.outerStart, t.outerEnd)) continue;
    // "围绕…“主攻项目、决战三区、凸现特色、实现跨越”总体要求和“决战5000亿,实现新跨越”的决策部署" (鹰潭 2012 上半年,
    // held-out set 41): a number inside a slogan of two short phrases in quotes is the slogan's, not a figure.
    if (quoted && inQuotedSlogan(sentence, t.outerStart, t.outerEnd)) continue;
    if (t.form !== 'ordinal' && t.outerStart > 0 && sentence.charCodeAt(t.outerStart - 1) === 0x7b2c /* 第 */) continue;
    // "其中居制造业前10位的行业中,…分别增长15.4%、25.3%、22.0%" (赣州 2020 1-9月, held-out set 25): the first N of a
    // ranking said of what follows with 的 name a group, not a place ("比重居前3位,分别为…" is one: 濮阳 2016).
    if (
      t.unit === '位' &&
      t.outerStart > 0 &&
      sentence.charCodeAt(t.outerStart - 1) === 0x524d /* 前 */ &&
      sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */
    )
      continue;
    // "增速達到2位數" (新疆 2014 前三季度, a 繁體 copy, held-out set 45): 位数 after a number counts a rate's digits ("a
    // two-digit rise", as 两位数增长 in words), no place in a ranking.
    if (t.unit === '位' && sentence.charCodeAt(t.outerEnd) === 0x6570 /* 数 */) continue;
    // "全国每出口4辆汽车就有1辆安徽造": a proportion told as one in every N, whose two numbers are no figures.
    if (every && oneInEvery(sentence, t)) continue;
    if (
      (t.unit === '个月' || t.unit === '天') &&
      (PERIOD_BEFORE.test(sentence.slice(Math.max(0, t.outerStart - 2), t.outerStart)) ||
        PERIOD_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 3)))
    )
      continue;
    // "单日最高产量突破820辆,3次刷新历史最好成绩" (十堰 2020, held-out set 36): how many times a record was set is no
    // figure of the report.
    if (t.unit === '次' && RECORD_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 3))) continue;
    let suffix = suffixQualifier(sentence, t.outerEnd);
    // "创造税收41.5亿元,是2011年全年的3倍多" (西藏, held-out set 19): 多 after 倍 is more than that many times.
    if (
      !suffix &&
      t.unit === '倍' &&
      !t.suffix &&
      sentence.charCodeAt(t.outerEnd) === 0x591a /* 多 */ &&
      !isIn(NOT_MORE_AFTER, sentence, t.outerEnd + 1)
    )
      suffix = '多';
    if (suffix) {
      t.suffix = t.suffix ? t.suffix + suffix : suffix;
      t.outerEnd += suffix.length;
    }
    if (prefix) {
      t.prefix = prefix === '约合' ? '约' : prefix === '过' ? '超过' : prefix;
      t.outerStart -= prefix.length + prefixGap;
    }
    (raw ??= []).push(t);
  }
  if (!raw) return NO_TOKENS;
  carryUnits(sentence, raw);
  carryVerbQualifiers(sentence, raw);
  markRatios(sentence, raw);
  // Kept in place: a bare number only when it reads as an index value or an exchange rate (a sentence without
  // 指数, 发展水平 or 汇率 has none; they are looked for only when a bare number is there).
  let index: boolean | undefined;
  let rate: boolean | undefined;
  let sexRatio: boolean | undefined;
  let kept = 0;
  for (let tAt = 0, t = raw[0]; tAt < raw.length; t = raw[++tAt])
    if (
      t.unit !== '' ||
      t.form === 'fraction' ||
      t.form === 'ratio' ||
      ((index ??= sentence.includes('指数') || sentence.includes('发展水平')) && isIndexValue(sentence, t)) ||
      rateWithoutPercent(sentence, t) ||
      ((rate ??= sentence.includes('汇率')) && isExchangeRate(sentence, t)) ||
      ((sexRatio ??= sentence.includes('性别比')) && isSexRatio(sentence, t)) ||
      countWithoutCounter(sentence, t) ||
      countsRisesFalls(sentence, t) ||
      (isIn(PLACE_GROUP_FIRST, sentence, t.outerEnd) && placesWithoutCounter(sentence, t))
    )
      raw[kept++] = t;
  if (kept < raw.length) raw.length = kept;
  return raw;
}

/** What closes a bracket, and a bracket opened for a grade: "(折含硫", "（折". */
const CLOSING = charTable(')）');
const GRADE_OPEN = /[（(]折[\u4e00-\u9fff]{0,4}$/u;
function isGrade(sentence: string, t: Token): boolean {
  return (
    t.outerEnd < sentence.length &&
    isIn(CLOSING, sentence, t.outerEnd) &&
    GRADE_OPEN.test(sentence.slice(Math.max(0, t.outerStart - 7), t.outerStart))
  );
}

/** "每出口4辆汽车就有1辆": the N after 每 and the M after 就有, when both are written. */
const EVERY_BEFORE = /每[^，；。\d]{0,4}$/u;
const THEN_HAS_AFTER = /^[^，；。\d]{0,10}[就即便]有\d/u;
const THEN_HAS_BEFORE = /每[^，；。\d]{0,4}\d[^，；。]{0,12}[就即便]有$/u;
function oneInEvery(sentence: string, t: Token): boolean {
  const before = sentence.slice(Math.max(0, t.outerStart - 24), t.outerStart);
  if (EVERY_BEFORE.test(before.slice(-5))) return THEN_HAS_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 12));
  return before.endsWith('有') && THEN_HAS_BEFORE.test(before);
}

/**
 * "轻重工业比重由41.8:58.2转为39.9:60.1": the parts of a ratio are shares; "三次产业结构比例为6.01:55.04:38.95":
 * every part of a ratio of three.
 */
function markRatios(sentence: string, tokens: Token[]): void {
  for (let i = 0, clock = false; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    // "09:25:00": the seconds after a time of day are part of it.
    const seconds = clock && a.outerStart - tokens[i - 1].outerEnd === 1 && twoDigits(a) && twoDigits(b) && a.number < 60 && b.number < 60;
    clock = false;
    if (
      a.unit ||
      b.unit ||
      (a.form !== 'number' && a.form !== 'ratio') ||
      b.form !== 'number' ||
      b.outerStart - a.outerEnd !== 1 ||
      !':：'.includes(sentence[a.outerEnd]) ||
      seconds ||
      (clock = timeOfDay(sentence, a, b)) ||
      CAPTION_BEFORE.test(sentence.slice(Math.max(0, a.outerStart - 3), a.outerStart)) ||
      (a.number === 1 && RATE_BRACKET_BEFORE.test(sentence.slice(Math.max(0, a.outerStart - 3), a.outerStart)))
    )
      continue;
    a.form = 'ratio';
    b.form = 'ratio';
  }
}

const twoDigits = (t: Token) => t.valueEnd - t.valueStart === 2;
/**
 * "按2019年平均匯率(1:6.8985)計算為6438美元" (曲沃县 2019 统计公报, held-out set 56): 汇率 and a bracket opened before
 * "1:" write the rate as one yuan to the dollar, not a ratio of parts (isExchangeRate reads the rate after it).
 */
const RATE_BRACKET_BEFORE = /汇率[（(]$/u;
/** "图1:2011-2015年全县地区生产总值及增长速度" (丹寨 2015 统计公报): a chart's or a table's number before its caption. */
const CAPTION_BEFORE = /[图表]\s?$/u;

/** "2022年07月03日09:22", "2016-07-30 09:15": hours and minutes after a date are a time of day, not a ratio. */
function timeOfDay(sentence: string, a: Token, b: Token): boolean {
  if (a.valueEnd - a.valueStart !== 2 || b.valueEnd - b.valueStart !== 2 || a.number >= 24 || b.number >= 60) return false;
  let p = a.outerStart - 1;
  while (p >= 0 && (sentence[p] === ' ' || sentence[p] === '\u3000')) p--;
  return p >= 0 && (sentence[p] === '日' || sentence[p] === '号' || isDigit(sentence.charCodeAt(p)));
}

/** "6.4和5.4个百分点", "3-5%", "10、20、30万元": a bare number takes the unit written after the last one. */
const LIST_JOINT = /^(?:、|和|及|与|或|至|到|-|—|–|～|~)$/u;
function carryUnits(sentence: string, tokens: Token[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i];
    let next = tokens[i + 1];
    // "分别高于全国(5.6%)2.3个、东部地区(6.5%)1.4个百分点" (山东 2015年10月, 齐鲁晚报): the next place's rate in brackets is
    // an aside; the item after it is the next of the list (only for a first item whose unit may still be carried).
    let aside = 0;
    if ((t.unit === '' || t.unit === '个') && i + 2 < tokens.length && bracketedAt(sentence, next)) {
      aside = next.outerEnd - next.outerStart + 2;
      next = tokens[i + 2];
    }
    if (t.form !== 'number' || !next.unit || next.form !== 'number') continue;
    const gap = next.outerStart - t.outerEnd - aside;
    // ("0.3、 0.4个百分点": a space beside the joint, as a page may leave it.)
    // "高于全国0.4、全省0.1个百分点" (萍乡 2019): the next item's place between, the unit written after the last.
    if (
      !(gap >= 1 && gap <= 3 && LIST_JOINT.test(gap === 1 ? sentence[t.outerEnd] : sentence.slice(t.outerEnd, next.outerStart).trim())) &&
      !(gap === 1 && !aside && sentence.charCodeAt(t.outerEnd) === 0xff0c /* ， */ && inFenbieList(sentence, tokens, i)) &&
      !(
        gap >= 3 &&
        gap <= 8 &&
        POINTS_OR_RATE.has(next.unit) &&
        PLACE_ITEM.test(
          aside ? sentence.slice(t.outerEnd, next.outerStart).replace(BRACKET_ASIDE, '') : sentence.slice(t.outerEnd, next.outerStart),
        )
      )
    )
      continue;
    // "城乡居民人均可支配收入分别增长7%、8%左右" (咸阳 2023, held-out set 28), "6、7%左右": 左右 after the last item of a
    // list in one unit is about each. (Only 左右: a bound such as 以上 may be of the last alone.)
    if (!t.suffix && next.suffix === '左右' && (!t.unit || t.unit === next.unit)) t.suffix = next.suffix;
    if (!t.unit) t.unit = next.unit;
    // "高出全国、全省平均水平2.2个和1.7个百分点": 个 is the first word of the unit written whole after the last.
    else if (t.unit === '个' && next.unit === '个百分点') t.unit = next.unit;
  }
}

/**
 * "分别为12.3，6和4.7个百分点": the items of a list opened by 分别 may be parted by a comma; the token at `i` is one when
 * the tokens before it, each joined to the next by one mark (、，和及与), start right after 分别 and its verb.
 */
function inFenbieList(sentence: string, tokens: Token[], i: number): boolean {
  let j = i;
  while (j > 0 && tokens[j].outerStart - tokens[j - 1].outerEnd === 1 && isIn(FENBIE_JOINT, sentence, tokens[j - 1].outerEnd)) j--;
  return FENBIE_OPENS.test(sentence.slice(Math.max(0, tokens[j].outerStart - 8), tokens[j].outerStart));
}
const FENBIE_JOINT = charTable('、，和及与');

/**
 * "经济总量跨越了两千亿元和三千亿元两个台阶" (包头, held-out set 21), "分别突破1000亿元和500亿元": a qualifier that is a
 * verb governs every amount of the list it opens, each in the same unit, joined by 和, 及 or 、.
 */
function carryVerbQualifiers(sentence: string, tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // (千亿 is read in 元, 两千亿元 in 亿元: amounts of money are one measure.)
    if (!t.prefix || !PREFIX_VERBS.has(t.prefix) || next.prefix || !t.unit) continue;
    if (next.unit !== t.unit && !(lastCode(t.unit) === 0x5143 /* 元 */ && lastCode(next.unit) === 0x5143)) continue;
    // (A threshold's 元 stands outside it: "跨越了千亿元和两千亿元".)
    const end = t.form === 'threshold' && sentence.charCodeAt(t.outerEnd) === 0x5143 /* 元 */ ? t.outerEnd + 1 : t.outerEnd;
    if (next.outerStart - end === 1 && isIn(VERB_LIST_JOINT, sentence, end)) next.prefix = t.prefix;
  }
}
const VERB_LIST_JOINT = charTable('和及、');

const POINTS_OR_RATE = new Set(['个百分点', '%']);
/** A token written alone in brackets: "(6.5%)". */
function bracketedAt(sentence: string, t: Token): boolean {
  return t.outerStart > 0 && isIn(OPEN_PAREN, sentence, t.outerStart - 1) && isIn(CLOSE_PAREN, sentence, t.outerEnd);
}
const OPEN_PAREN = charTable('(（');
const CLOSE_PAREN = charTable(')）');
const BRACKET_ASIDE = /[（(][^（()）]*[)）]/u;
/** 、 or 和, then the next item's place: "、全省", "和全市" (index.ts labels that item with it). */
export const PLACE_ITEM = /^[、和及](?:全国|全省|全市|全区|全州|全县|[\u4e00-\u9fff]{1,4}[省市县区州])(?:平均水平|平均)?$/u;

/**
 * "按2019年美元对人民币的平均汇率6.8985折算", "汇率约为6.9": a bare number right after 汇率 is the rate (a level); so is
 * one in a bracket right after it, alone or after "1:" ("按年平均汇率(6.1927)计算", 上虞区 2013, held-out set 55;
 * "按2019年平均匯率(1:6.8985)計算為6438美元", 曲沃县 2019, held-out set 56).
 */
const RATE_BEFORE = /汇率(?:约为|为|是|达|[（(](?:1[:：])?)?$/u;
function isExchangeRate(sentence: string, t: Token): boolean {
  if (t.form !== 'number' || sentence[t.outerEnd] === ':' || sentence[t.outerEnd] === '：') return false;
  const m = RATE_BEFORE.exec(sentence.slice(Math.max(0, t.outerStart - 5), t.outerStart));
  if (!m) return false;
  // ("1:" is the rate's own: its label is read from before the bracket, as for "汇率(6.1927)".)
  if (m[0].endsWith(':') || m[0].endsWith('：')) t.outerStart -= 2;
  return true;
}

/**
 * "新增规模工业企业62,规模以上工业增至393户" (安康, held-out set 17): a whole number right after the firms or projects a
 * verb of adding names, ending its clause, is their count with the counter left out. (Elsewhere, "全市共有企业3200。",
 * "新增企业10多", a bare number stays none: extract-bare-numbers.test.ts.)
 */
function countWithoutCounter(sentence: string, t: Token): boolean {
  return (
    t.form === 'number' &&
    !t.value.includes('.') &&
    !t.suffix &&
    !t.prefix &&
    t.outerEnd === t.valueEnd &&
    isIn(COUNT_CLAUSE_END, sentence, t.outerEnd) &&
    isIn(COUNTED_NOUN_LAST, sentence, t.outerStart - 1) &&
    COUNTED_WITHOUT_COUNTER.test(sentence.slice(Math.max(0, t.outerStart - 16), t.outerStart))
  );
}
const COUNT_CLAUSE_END = charTable('，,；;。');

/**
 * "增速在22县区排第14名" (大武口 2022): a whole number right before a group of places (县区, 市州, 地市) counts them, the
 * counter left out. (A place named by a number is no group: "第14名", "22号".)
 */
function placesWithoutCounter(sentence: string, t: Token): boolean {
  if (t.form !== 'number' || t.value.includes('.') || t.suffix || t.prefix || t.outerEnd !== t.valueEnd) return false;
  PLACE_GROUP_AT.lastIndex = t.outerEnd;
  return PLACE_GROUP_AT.test(sentence) || placesNamedBefore(sentence, t);
}
/**
 * "其中,阜新、沈阳、盘锦、铁岭、大连、丹东6市已经实现正增长" (辽宁 2020 4月, held-out set 54): a whole number right after
 * the names of as many places, before one place noun (市, 县, 区…), counts them, the counter left out, as 22县区 does.
 * The clause before the number is the names and nothing else (等 may close them); the count is theirs.
 */
function placesNamedBefore(sentence: string, t: Token): boolean {
  const n = t.number;
  if (n < 2 || n > 30 || !isIn(PLACE_NOUN, sentence, t.outerEnd) || isIn(PLACE_NOUN, sentence, t.outerEnd + 1)) return false;
  let from = t.outerStart;
  while (from > 0 && !isIn(CLAUSE_OPEN, sentence, from - 1)) from--;
  if (t.outerStart - from < 2 * n + n - 1) return false;
  let names = sentence.slice(from, t.outerStart);
  if (names.endsWith('等')) names = names.slice(0, -1);
  if (!PLACE_NAMES.test(names)) return false;
  return names.split('、').length === n;
}
const PLACE_NOUN = charTable('市县区州盟旗');
/** Names of places listed with 、, two to six characters each. */
const PLACE_NAMES = /^[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+$/u;
/** The token counts places without a counter (placesWithoutCounter kept it): a count, as 22个县区 is. */
export const countsPlaces = (sentence: string, t: Token): boolean =>
  t.unit === '' && isIn(PLACE_GROUP_FIRST, sentence, t.outerEnd) && placesWithoutCounter(sentence, t);
/** The group of places the token counts (县区), or ''. */
export function placesCounted(sentence: string, t: Token): string {
  if (!countsPlaces(sentence, t)) return '';
  PLACE_GROUP_AT.lastIndex = t.outerEnd;
  return PLACE_GROUP_AT.exec(sentence)?.[0] ?? sentence[t.outerEnd];
}
const PLACE_GROUP_FIRST = charTable('县区市州地盟旗');
/** Groups of places a report ranks or counts in, then where that ends (中, 排, 的…): not 市区 (the city's own area). */
const PLACE_GROUP_AT = /(?:县市区|市县区|县区|区县|县市|市县|市州|州市|地市|地州|盟市|旗县)(?=[中里内排居列位的，,；;。]|$)/uy;
const COUNTED_NOUN_LAST = charTable('业目位');
const COUNTED_WITHOUT_COUNTER = /(?:新增|净增|增加)[\u4e00-\u9fff]{0,10}(?:企业|项目|单位)$/u;

/**
 * "人口性別比(以女性為100)為103.2" (涪陵 2022 统计公报, held-out set 33): males per hundred females, an index on 100 (a
 * level, as an index's value is); the base in its bracket is no figure.
 */
function isSexRatio(sentence: string, t: Token): boolean {
  return (
    t.form === 'number' &&
    /性别比(?:[（(][^（()）]{0,12}[）)])?(?:为|是|达到?)?$/u.test(sentence.slice(Math.max(0, t.outerStart - 20), t.outerStart))
  );
}

/**
 * "55个细分领域“40升15降”" (泰州 2024, held-out set 35): how many of the things named rose and how many fell, written
 * with no counter; both numbers are counts (kindOf's caller reads them so). Not a decimal, nor a number with a unit.
 */
export function countsRisesFalls(sentence: string, t: Token): boolean {
  if (t.form !== 'number' || t.unit !== '' || t.value.includes('.') || t.prefix || t.suffix || t.outerEnd !== t.valueEnd) return false;
  const c = sentence.charCodeAt(t.outerEnd);
  if (c === 0x5347 /* 升 */ || c === 0x589e /* 增 */) return RISES_THEN_FALLS.test(sentence.slice(t.outerEnd, t.outerEnd + 7));
  return (c === 0x964d /* 降 */ || c === 0x51cf) /* 减 */ && RISES_BEFORE.test(sentence.slice(Math.max(0, t.outerStart - 6), t.outerStart));
}
const RISES_THEN_FALLS = /^[升增]\d{1,4}[降减]/u;
const RISES_BEFORE = /(?<![\d.])\d{1,4}[升增]$/u;

/**
 * A bare number is a figure only when it reads as an index value ("指数达79", "指数为102.3"), or a composite score
 * named 发展水平: "两化融合发展水平67.9、连续九年全国第一" (江苏 2023, held-out set 35), as 两化融合发展指数 is.
 */
function isIndexValue(sentence: string, t: Token): boolean {
  return t.form === 'number' && /(?:指数|发展水平)[^，；。\d]{0,4}$/u.test(sentence.slice(Math.max(0, t.outerStart - 8), t.outerStart));
}

/** A share's noun and its verb right before a figure: "占全市规上工业增加值比重达", "占比为". */
const SHARE_BEFORE = /(?:比重|[占佔]比)(?:[达達]到?|[为為]|是)?$/u;
/** A year-on-year growth verb right before a figure: "同比增长", "比上年下降". */
const GROWTH_BEFORE = /(?:同比|比上年|较上年|比去年同期|较去年同期)(?:增长|下降)$/u;
/**
 * A number with decimals, with nothing written after it, that ends its clause right after a share's noun or a growth verb
 * is the rate, its % left out (its unit as written: none): "占全市规上工业增加值比重达45.9,比上半年提升2.6个百分点" (楚雄市
 * 2023 前三季度, held-out set 38), "規模以上工業增加值同比增長5.0,增速與1-9月持平" (港北 2021 1-10月, held-out set 41); so
 * is one right after how much of a plan is done (PLAN_DONE_BEFORE). A
 * whole number there may count something ("比重为1" is no share written so), and one the clause goes on from is no figure.
 */
function rateWithoutPercent(sentence: string, t: Token): boolean {
  if (
    t.form !== 'number' ||
    !t.value.includes('.') ||
    t.suffix ||
    t.outerEnd !== t.valueEnd ||
    !isIn(COUNT_CLAUSE_END, sentence, t.outerEnd)
  )
    return false;
  const before = sentence.slice(Math.max(0, t.outerStart - 6), t.outerStart);
  return (
    SHARE_BEFORE.test(before.slice(-4)) ||
    GROWTH_BEFORE.test(before) ||
    (isIn(PLAN_LAST, sentence, t.outerStart - 1) && PLAN_DONE_BEFORE.test(sentence.slice(Math.max(0, t.outerStart - 10), t.outerStart)))
  );
}
/**
 * How much of a plan, a task or a target is done, right before a figure: "完成年度计划", "完成全年目标任务的" (kinds.ts's
 * PLAN_DONE_NAMED). A number with decimals right after it, ending its clause, is that share with its % left out: "實現財政
 * 收入3.33億元,同比增長6.41%,完成年度計劃92.13。" (开平's 长沙街道 2018, a 繁體 copy, held-out set 55).
 */
const PLAN_DONE_BEFORE = /完成(?:年度|全年|今年|年)?(?:计划|任务|目标)(?:任务)?的?$/u;
/** PLAN_DONE_BEFORE's last characters. */
const PLAN_LAST = charTable('划务标的');

const YEAR_THEN = /^(?:19|20)\d{2}年/u;
/** Two short phrases and the comma between them: a slogan ("决战5000亿，实现新跨越"). */
const SLOGAN = /^[^，,；;。“”、]{2,9}[，,][^，,；;。“”、]{2,9}$/u;
/** A slogan in quotes of at most 20 characters (SLOGAN) holding [from, to). */
function inQuotedSlogan(sentence: string, from: number, to: number): boolean {
  const open = sentence.lastIndexOf('“', from);
  if (open < 0 || from - open > 10) return false;
  const close = sentence.indexOf('”', to);
  if (close < 0 || close - open > 21 || sentence.lastIndexOf('”', from) > open) return false;
  return SLOGAN.test(sentence.slice(open + 1, close));
}
/** A quoted name of at most 10 characters ("“10强50户”") holding [from, to), right before a noun (not 的). */
function inQuotedName(sentence: string, from: number, to: number): boolean {
  const open = sentence.lastIndexOf('“', from);
  if (open < 0 || from - open > 10) return false;
  const close = sentence.indexOf('”', to);
  if (close < 0 || close - open > 11 || sentence.lastIndexOf('”', from) > open) return false;
  const next = sentence.charCodeAt(close + 1);
  // ("县“三年翻两番”2022年目标任务是": a year after the name qualifies the noun after it too.)
  return (
    (next >= 0x4e00 && next <= 0x9fff && next !== 0x7684) /* 的 */ ||
    (next >= 0x30 && next <= 0x39 && YEAR_THEN.test(sentence.slice(close + 1, close + 6)))
  );
}
