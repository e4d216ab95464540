/**
 * Kind and sign: what a number measures, read from its unit and the predicate that governs it.
 *   下降4.1%               growth, −4.1        比上年提高1个百分点     change, +1
 *   增速回落0.1个百分点      change, −0.1        降幅收窄3.6个百分点     change, +3.6 (the fall got smaller)
 *   增长5.2倍 / 翻了一番     multiple            增长面57.5%, 占比30%    share
 *   实现工业增加值603.95亿元 level (增加值 is a noun)   减少1289万人           change, −1289
 *   下降到4.5% / 降至4.5%   a level reached, not a fall: share, +4.5
 *   排名第8位 / 居前3位      rank                上升3位 / 前移6位       change, +3 / +6
 */
import type { FigureKind } from '../types';
import { bitTable, charBits, charTable, hasCode, isIn, lastChars, lastCode, type CharTable } from './chars';
import type { Token } from './tokens';
import { POINT_UNITS, PERCENT_UNITS, baseOf, isCountUnit } from './units';

export type Direction = 'up' | 'down' | 'none';

export interface Predicate {
  /** The verb that governs the number, if any ("下降", "提高", "增长"). */
  verb: string;
  direction: Direction;
  /** "下降到", "增至", "提高到": the number is the level reached. */
  reached: boolean;
  /** "高于/低于/快/慢": a difference against another figure. */
  comparison: boolean;
}

const UP = '增长|增加|增产|增收|增支|提高|提升|上升|上涨|回升|加快|扩大|增|涨|高出|多出|超出|攀升|跃升|前移|上移|前进';
/**
 * 减缓 and 放慢 slow a rate as 放缓 does: "比2007年增速減緩4.3個百分點" (朔州's 2008 统计公报, a 繁體 copy, held-out set 49)
 * is 4.3 points less; "降幅减缓" a fall that got smaller, as 降幅收窄.
 */
const DOWN = '负增长|下降|减少|减产|减收|减支|回落|下滑|降低|下跌|放缓|减缓|放慢|缩小|收窄|缩短|缩减|压减|萎缩|减|降|跌|后移|后退|下移';
/**
 * 偏高/偏低 ("too high/low") say the gap with a figure compared before: "但与全市平均比较,累计增幅仍偏低3.7个百分点"
 * (鄞州 2020, held-out set 30) is 3.7 points below the city's average, as 低于 would say.
 */
const COMPARE_UP = '高于|快于|多于|偏高|高|快|多';
const COMPARE_DOWN = '低于|慢于|少于|偏低|低|慢|少';
/** Every verb, longest first, to find the one that ends a clause (string compares: no $-anchored regex). */
const VERBS = [...new Set(`${DOWN}|${UP}|${COMPARE_UP}|${COMPARE_DOWN}`.split('|'))].sort((a, b) => b.length - a.length);
const VERB_LAST = lastChars(VERBS);
/** The verbs by their last character, each list longest first: only those can end the clause. */
const VERBS_BY_LAST = new Map<number, string[]>();
for (const v of VERBS) {
  const last = v.charCodeAt(v.length - 1);
  VERBS_BY_LAST.set(last, [...(VERBS_BY_LAST.get(last) ?? []), v]);
}
const REACHED_TO = charTable('到至为');

/** What verbAtEnd read: one object, reused (each caller reads it before the next call). */
const VERB_READ = { verb: '', to: false };
/** The verb ending `tail` (before 到/至/为 and 了), into VERB_READ; false when none does. */
function verbAtEnd(tail: string): boolean {
  let end = tail.length;
  const to = end > 0 && isIn(REACHED_TO, tail, end - 1);
  if (to) end--;
  if (end > 0 && tail.charCodeAt(end - 1) === 0x4e86 /* 了 */) end--;
  if (end === 0 || !isIn(VERB_LAST, tail, end - 1)) return false;
  const verbs = VERBS_BY_LAST.get(tail.charCodeAt(end - 1))!;
  for (const v of verbs)
    if (tail.endsWith(v, end)) {
      VERB_READ.verb = v;
      VERB_READ.to = to;
      return true;
    }
  return false;
}
/**
 * The characters readPredicate looks for in the clause's tail, in one pass (charBits): 于出超 (a comparison), 拉 and 影
 * (a pull), 降 (降幅), 幅速率 (a rate noun), 增 (增长).
 */
const TAIL_BITS = bitTable({ 于出超后欠: 1, 拉: 2, 影: 4, 降: 8, 幅速率: 16, 增: 32 });
/**
 * A pull on another figure, then its scope (no verb of its own after it): "上拉全市工业增加值增速", "下拉…";
 * "以上五个行业…影响全省规模以上工业增加值增速3.5个百分点": 影响 says no direction, the figures before it do.
 */
const PULL = /(上拉|下拉|拉低)[^，；\d]{0,16}$|(?<!受[^，；]{0,12})(影响)[^，；\d]{0,16}(?:增速|增长|增幅)$/u;
/**
 * A rate named before its verb: "增速保持在6%", "居民消费价格涨幅控制在3.5%左右", and 增长 as a noun before a target
 * or a modal verb ("经济增长目标确定为9.5%左右", "地区生产总值增长仍将达到6.5%左右"), or before 在 ("同比增长在41%以上":
 * 南充, held-out set 14); a streak may stand between ("增速连续五个月分别维持在15.3%、15.2%": 莆田 2013), or an adverb
 * ("江蘇、山東、浙江等工業大省增速更是超過了8%": 工信部 on 2024's first quarter, a 繁體 copy, http://dongguanrixin.cn/107.html).
 * The time the rate is of may stand between it and its verb, and 转正为 (turned positive, to) is such a verb:
 * "全省工業累計增速在1-5月轉正為0.5%" (安徽 2020 上半年, a 繁體 copy, held-out set 53).
 */
const RATE_NOUN_TAIL =
  /(?<noun>(?:增长|上涨|增加|下降|降低|减少)幅度|降幅|增幅|增速|增长率|涨幅|升幅|增长速度|年均增长率|增长(?=(?:预期)?目标|仍将|将|在|[高多]达))(?:(?:预期)?目标值?(?:确定|设定|定)?)?(?:(?:连续|持续)(?:\d{1,2}|[两三四五六七八九十]{1,3})个?(?:月|年|季度))?(?:在?(?:\d{1,2}[-—–~～至到]\d{1,2}月份?|\d{1,2}月份?|[上下]半年|前三季度|[一二三四]季度))?(?:更是|一直|始终|也)?(?:基本|则|仍将|仍|继续|已|仅|将)?(?:维持在|保持在|稳定在|控制在|转正为|为|[高多]达|达到?|是|在)?$/u;

/**
 * FALL_FROM right before the number, a time between them ("降幅由", "降幅由年初的", "降幅从1-2月的", "下降幅度由9月中旬的":
 * 常州, held-out set 18).
 */
const FALL_FROM_TAIL = /降幅度?[由从][^，；、%％]{0,10}$/u;

/** Strip what may stand between a predicate and its number: 了, 分别, 均, a year's "的" (降至2016年的4.5%). */
function predicateTail(pre: string): string {
  // "水泥19979万吨，下降 1.2%": a space that a web page or a PDF left between verb and number does not part them.
  if (isSpaceAt(pre, pre.length - 1)) pre = pre.trimEnd();
  // "比上年增长(可比价)9.8%" (都昌 2008): a note on how it is priced, between verb and number, does not part them.
  const last = lastCode(pre);
  if (last === 0x29 || last === 0xff09) pre = pre.replace(PRICE_NOTE, '');
  // ("分别为:6.1%、12.1%…": the colon of a verb before its numbers, see clauseStart, parts them no more than a space.)
  else if ((last === 0x3a || last === 0xff1a) && IS_COLON.test(pre)) pre = pre.slice(0, -1);
  // Each rewrite only when its last character is there: most clauses need none (no string made).
  let out = lastCode(pre) === 0x7684 /* 的 */ ? pre.replace(/(?:(?:19|20)\d{2}年(?:末|底)?的|“?十[一二三四五]五”?末的)$/u, '') : pre;
  // ("產值增長均在20%以上" (遼寧 2019, held-out set 21), "增速均在10%以上": 均 before 在 as before 为; "…等企业的增幅都在
  // 20%以上" (芜湖 2013, held-out set 22): 都 too; "总产值与增加值增速连续五个月分别维持在15.3%、15.2%" (莆田 2013): before
  // 维持在, 保持在 as before 为.)
  if (anyIn(DISTRIBUTOR_CHARS, out, out.length - 6))
    out = out.replace(/(?:分别|依次|各|均|都)(?=(?:为|是|达到?|在|维持在|保持在|稳定在|控制在)?$)/u, '');
  // "同比下降仅3.3%", "同比下降仅为3.3%" (十堰 2020, held-out set 36): 仅 after a verb of change says how little it
  // moved; the verb still governs the number (仅为 is not the 为 of a level reached: "下降为3.3%").
  if (anyIn(ONLY_CHARS, out, out.length - 4)) out = out.replace(ONLY_AFTER_VERB, '');
  return lastCode(out) === 0x4e86 /* 了 */ ? out.slice(0, -1) : out;
}
const DISTRIBUTOR_CHARS = charTable('别次各均都');
/** 为 or 是, then a colon ("分别为:"). */
const IS_COLON = /[为是][:：]$/u;
/** A bracketed note on prices right before the number: (可比价), (按可比价格计算), (现价), (不变价). */
const PRICE_NOTE = /[（(](?:按|以)?(?:可比|现行|现|不变|当年)?价格?(?:计算)?[)）]$/u;
const ONLY_CHARS = charTable('仅只');
export const MONTHS_HAD = /(?:共有|其中有|全年有|累计有)$/u;
const ONLY_AFTER_VERB = new RegExp(`(?<=${UP}|${DOWN})了?(?:仅仅|仅|只)(?:为|有)?$`, 'u');
/** A space, tab, no-break or ideographic space, or a newline a page wrapped its line at (`k`). */
function isSpaceAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 10 || c === 13;
}
/** Some code from `from` (at least 0) to the end is in the table. */
function anyIn(table: CharTable, s: string, from: number): boolean {
  for (let i = Math.max(0, from); i < s.length; i++) if (hasCode(table, s.charCodeAt(i))) return true;
  return false;
}

const NONE: Predicate = Object.freeze({ verb: '', direction: 'none', reached: false, comparison: false });

/**
 * Predicates are a few dozen values (a verb, whether a level is reached, whether it compares): each is made once
 * and shared (frozen), not allocated for every number.
 */
const PREDICATES = new Map<string, Predicate[]>();
function predicate(verb: string, direction: 'up' | 'down', reached: boolean, comparison: boolean): Predicate {
  let byVerb = PREDICATES.get(verb);
  if (!byVerb) PREDICATES.set(verb, (byVerb = []));
  const k = (reached ? 4 : 0) + (comparison ? 2 : 0) + (direction === 'up' ? 1 : 0);
  return (byVerb[k] ??= Object.freeze({ verb, direction, reached, comparison }));
}
/** A bound below, written right before its number ("低于10%"): a comparison that moves nothing (no sign). */
const BOUND_BELOW = new Set(['低于', '慢于', '少于', '小于']);
/**
 * A comparison with another figure, its verb before the one compared with. "降幅大于全省0.7个百分点" says a fall bigger
 * than the province's, as "降幅高于" does; "落后全省0.7个百分点", "落后于全国" a gap below, as 低于 does (落后 only before
 * a place or an average: "淘汰落后产能3600多个" compares nothing).
 */
const COMPARED_VERB =
  /高于|快于|多于|大于|高出|快出|低于|慢于|少于|小于|落后于|落后(?=全[国省市区州县盟]|[^，；\d]{0,8}平均)|超(?!额)(?=[^，；]{0,8}目标)|欠(?=[^，；（(]{0,12}(?:目标|任务|计划)[^，；（(]*$)/u;
/** A bracket holding an amount in 亿元 or 万元 (a target's own figure), ending the clause before a number. */
const BRACKETED_AMOUNT_END = /[（(]\d+(?:\.\d+)?(?:万亿|亿|万)?元[)）]$/u;
const BOUNDS = new Map<string, Predicate>();
function boundBelow(verb: string): Predicate {
  let p = BOUNDS.get(verb);
  if (!p) BOUNDS.set(verb, (p = Object.freeze({ verb, direction: 'none', reached: false, comparison: true })));
  return p;
}
/** 降幅 then 比/较 and what it is compared with, the bare comparison verb ending the clause ("降幅比去年高"). */
const FALL_COMPARED_BARE = /降幅度?[比较][^，；,;]{0,12}$/u;
const IS_UP = new RegExp(`^(?:${UP}|${COMPARE_UP})$`, 'u');
const IS_COMPARE = new RegExp(`^(?:${COMPARE_UP}|${COMPARE_DOWN})$`, 'u');

export function readPredicate(pre: string): Predicate {
  return readPredicateWith(pre, undefined);
}

/** readPredicate with the tail's TAIL_BITS given (all set, every word is asked for: what the tests compare with). */
export function readPredicateWith(pre: string, tailBits: number | undefined): Predicate {
  // Only the end of the clause can govern the number (and $-anchored patterns cost the string's length).
  // "欠市级考核目标任务及区级确保目标任务(23.9亿元)8.9个百分点" (攀枝花东区 2009 1—8月, held-out set 48): an amount in
  // brackets between the verb and the number is an aside (the target's own figure), not the clause's words.
  const last = lastCode(pre);
  if ((last === 0x29 || last === 0xff09) && BRACKETED_AMOUNT_END.test(pre)) pre = pre.replace(BRACKETED_AMOUNT_END, '');
  const tail = predicateTail(pre.length > 24 ? pre.slice(-24) : pre);
  // Each pattern only when a character all its words hold is there (most clauses have none).
  // "超年度预期目标0.5个百分点": above a target is above another figure; "欠区级奋斗目标任务11.2个百分点" (攀枝花东区 2009,
  // held-out set 48), short of one, below it.
  const bits = tailBits ?? charBits(tail, TAIL_BITS);
  const cmp = bits & 1 ? COMPARED_VERB.exec(tail) : null;
  if (cmp && !verbAtEnd(tail.slice(cmp.index + cmp[0].length))) {
    // "从3月份起增速连续七个月低于10%" (工信部 2012), "部分乡镇计划完成率低于90%" (上虞 2014): below a number written
    // right after it (no place or figure compared between) is a bound the figure stayed under, not a fall.
    if (cmp.index + cmp[0].length === tail.length && BOUND_BELOW.has(cmp[0])) return boundBelow(cmp[0]);
    // "以今年工业投资不低于去年实际完成数2201.5亿元测算" (云南 2016 1-9月, held-out set 57): a comparison denied by 不
    // is a floor, and the number after what it names is that figure's own (a level), no gap above or below it.
    if (cmp.index > 0 && tail.charCodeAt(cmp.index - 1) === 0x4e0d) return NONE;
    const above = /^[高快多超大]/u.test(cmp[0]);
    // "低于全市平均降幅2.4个百分点" (九江, held-out set 18), "降幅低于全省1个百分点": a fall smaller than the one
    // compared with is a gain.
    const fallCompared = !cmp[0].startsWith('超') && (tail.indexOf('降幅', cmp.index) > 0 || tail.slice(0, cmp.index).endsWith('降幅'));
    return predicate(cmp[0], above !== fallCompared ? 'up' : 'down', false, true);
  }
  // "下拉全市工业增加值增速1.2个百分点", "拉低全省增速0.3个百分点": a pull down is a fall, whatever its scope ends in.
  const pull = bits & 2 || (bits & 4 && tail.includes('影响')) ? PULL.exec(tail) : null;
  if (pull) return pull[2] ? predicate(pull[2], 'up', false, false) : predicate(pull[1], pull[1] === '上拉' ? 'up' : 'down', false, false);
  // "降幅由年初的7.5%": the fall's size at the time it moved from.
  if (bits & 8 && tail.includes('降幅') && FALL_FROM_TAIL.test(tail)) return predicate('降幅', 'down', false, false);
  const rateNoun = bits & 16 || (bits & 32 && tail.includes('增长')) ? RATE_NOUN_TAIL.exec(tail) : null;
  if (rateNoun) {
    const noun = rateNoun.groups!.noun;
    return predicate(noun, noun === '降幅' || FALL_SIZE_NOUNS.has(noun) ? 'down' : 'up', false, false);
  }
  // "高于全国平均13个点", "低于全省0.5个百分点": the compared figure stands between verb and number (above).
  if (!verbAtEnd(tail)) return isIn(MOVED_MEASURE_LAST, tail, tail.length - 1) ? movedMeasure(tail) : NONE;
  const verb = VERB_READ.verb;
  // 增加值, 增长面, 增长率 are nouns and never reach here: only a verb right before the number governs it.
  if (verb === '增' && /[新净]增$/u.test(tail)) return NONE;
  const p = verbPredicate(verb, VERB_READ.to);
  // Bare 高/快/多/低/慢/少 only as a comparison after 比/较: "比全国高0.5个百分点".
  if (verb.length === 1 && p.comparison) {
    if (!/[比较]/u.test(pre)) return NONE;
    // "单位工业增加值能耗下降9.8%,降幅比去年高0.3个百分点" (安徽 2012, held-out set 39): a fall bigger than the one
    // compared with is a loss (−), one smaller a gain, as "高于全市平均降幅" above.
    if (FALL_COMPARED_BARE.test(tail)) return predicate(verb, p.direction === 'up' ? 'down' : 'up', false, true);
  }
  return p;
}

/**
 * A verb of change before the measure it moves, the number after both: "累计淘汰落后产能3600多个,减少产值超过1000亿元"
 * and "重大项目平均核减能耗5%以上" (上海 2011, held-out set 35) are the output lost (−1000亿元) and the energy use cut
 * (−5%), not a level and a share; "全年壓減煤炭產量1.43億噸" (山西 2017) the coal output cut. Only measures of output, use or earnings: "节约标煤500万吨" (a saving) and
 * "增加值" (a noun) stay as they were.
 */
const MOVED_MEASURE = /(减少|降低|核减|压减|削减|增加(?!值))了?[\u4e00-\u9fff]{0,4}?(?:产值|产量|能耗|能源消耗|排放量?|收入|利润)$/u;
const MOVED_MEASURE_LAST = charTable('值量耗放入润');
function movedMeasure(tail: string): Predicate {
  const m = MOVED_MEASURE.exec(tail);
  return m ? predicate(m[1], m[1] === '增加' ? 'up' : 'down', false, false) : NONE;
}

/** The predicate of a verb of VERBS, read once per verb. */
const VERB_PREDICATES = new Map<string, Predicate[]>();
function verbPredicate(verb: string, to: boolean): Predicate {
  let byTo = VERB_PREDICATES.get(verb);
  if (!byTo) {
    const direction = IS_UP.test(verb) ? 'up' : 'down';
    const comparison = IS_COMPARE.test(verb);
    VERB_PREDICATES.set(verb, (byTo = [predicate(verb, direction, false, comparison), predicate(verb, direction, true, comparison)]));
  }
  return byTo[to ? 1 : 0];
}

/**
 * The direction of 收窄 / 减缓 / 扩大 depends on what narrows: 降幅收窄 is a rise, 增幅收窄 a fall; 影响 (a pull) is a
 * drag after falls. `fallContext`: the clause or the figure just before speaks of a fall.
 */
export function directionOf(p: Predicate, fallContext: boolean): Direction {
  // 降幅减缓 as 降幅收窄: "降幅比1-2月减缓9.5个百分点" a fall that got smaller.
  if (p.verb === '收窄' || p.verb === '缩小' || p.verb === '减缓') return fallContext ? 'up' : 'down';
  if (p.verb === '扩大' || p.verb === '影响') return fallContext ? 'down' : 'up';
  return p.direction;
}

/**
 * A shortfall's size: "与全国平均水平差距同比缩小0.6个百分点" (黑龙江, held-out set 15), "下拉规模以上工业增加值增速3.9个
 * 百分点,比1-7月减少0.8个百分点" (云南, held-out set 15). A gap behind another figure, or a drag on one, that shrinks
 * is a gain (+), one that grows a loss (−), as 降幅收窄 is a rise.
 */
export function shortfallDirection(p: Predicate): Direction {
  if (SHRINKS.has(p.verb)) return 'up';
  if (GROWS.has(p.verb)) return 'down';
  return p.direction;
}
const SHRINKS = new Set(['缩小', '收窄', '减少', '缩减', '缩短']);
const GROWS = new Set(['扩大', '增加']);

const INCREMENT_END = /(?:增产量|增加量|增加额|增量|净增额|净增量)$/u;
const NET_ADDED = /净增(?:加)?了?$/u;
const ADDED_SINCE = /(?:比|较)(?:去年|上年|上一年)(?:同期|末|底|年末|年底)?(?:新增|净增)(?:加)?了?$/u;
const ADDED_BALANCE = /新增[\u4e00-\u9fff]{0,6}?(?:存款|贷款)$/u;
const RATE_END = /(?:增速|增幅|涨幅|升幅|降幅|增长率|增长速度)$/u;
/** The last characters those can end with: the $-anchored patterns are tried only then. */
const INCREMENT_LAST = charTable('量额');
const RATE_LAST = charTable('速幅率度');
const rateEnd = (s: string) => isIn(RATE_LAST, s, s.length - 1) && RATE_END.test(s);
const SHARE_WORDS =
  /(?:占|比重|占比|份额|贡献率|覆盖率|普及率|增长面|集中度|比例|渗透率|自给率|达标率|合格率|利用率|发生率|失业率|城镇化率|率)/u;

/** The clause names a rate right before its verb: "工业投资增速回落至5.6%" (the subject may have left 增速 out). */
function rateBeforeVerb(pre: string, verb: string): boolean {
  const at = verb ? pre.lastIndexOf(verb) : -1;
  return at > 0 && rateEnd(pre.slice(0, at));
}
/**
 * A rising rate named as what changes from one figure to the next: "工业投资增速由2015年的9.8%回落至2016年的5.6%"
 * (the subject stops before 增速, so its end does not say it).
 */
export const RATE_FROM = /(?:增速|增幅|涨幅|降幅度?|增长率|增长速度)[由从]/u;
/**
 * A fall's size named as what moves from one figure to the next: "服装行业降幅由年初的7.5%缩小到全年的0.3%" (温州,
 * held-out set 16), "产值下降幅度由9月中旬的7.6%缩小到2%" (常州, held-out set 18): both rates are falls, the one
 * moved from and the one reached.
 */
export const FALL_FROM = /降幅度?[由从]/u;
/** The clause ends with an increment noun: "存款增加额320亿元", "粮食增产量为111.5亿斤". */
export const INCREMENT_BEFORE = /(?:增产量|增加量|增加额|增量|净增额|净增量)(?:为|达到?|是)?$/u;
/** RATE_FROM, asked only of a clause with 由 or 从 (each of its matches ends with one). */
export const rateFrom = (pre: string) => (pre.includes('由') || pre.includes('从')) && RATE_FROM.test(pre);
/**
 * INCREMENT_BEFORE at the end of the clause, asked only when a 增 stands in its last six characters: a match is
 * at most five long (净增额达到) and holds one.
 */
export const incrementBefore = (pre: string) =>
  pre.indexOf('增', pre.length - 6) >= 0 && INCREMENT_BEFORE.test(pre.length > 12 ? pre.slice(-12) : pre);

/** Words of a fall: the clause speaks of one ("增速回落，降幅收窄2个百分点"). */
export const FALL = /降幅|下降|负增长|减少/u;
/** A character each of FALL's words holds (降, 负, 减), read by code: FALL is tried only then. */
const FALL_CHARS = charTable('降负减');
export function saysFall(clause: string): boolean {
  return anyIn(FALL_CHARS, clause, 0) && FALL.test(clause);
}

/** A measure counted in money: what a bare 万/亿/万亿 after it is an amount of. */
const MONEY_END =
  /(?:增加值|产值|总值|生产总值|GDP|收入|利润|利税|税收|投资|总额|销售额|零售额|营业额|出口额|进口额|交易额|支出|存款|贷款|余额)$/u;

/** What a farm or a plant turns out or holds, counted by the head, the stem or the piece (PIECES): a level. */
/**
 * An output or a stock: "生猪出栏", "存栏", "产量"; and a capacity to produce, as a level as the output is: "新增生猪
 * 产能50万头" (万州 2020, held-out set 38), "新增生猪产能近900万头" (四川 2019, http://sasa.cn/article-54619-176125.html),
 * "可新增产能1030万头" (湖南 2020, a 繁體 copy, https://ttnews.xyz/a/5e85889cdc9b5e48a6a1cae3?lang=zh-hant).
 */
const OUTPUT_END = /(?:出栏|存栏|出笼|存笼|产量|产能)量?$/u;
/**
 * Units a product's output is counted in (汽车 in 辆 and 手机 in 台 are never counts): "锂离子电池1267.6万只",
 * "工业机器人245套", "生猪出栏70万头". Not 个/家/项/户/种/条, which count entities (企业, 项目, "406种主要产品", 航线).
 */
const PIECES = new Set(['头', '只', '羽', '枝', '套', '件', '部']);
/** A paragraph or sentence on products' output ("分产品看", "主要产品产量", "在统计的406种主要产品中"). */
export const PRODUCT_OUTPUT = /分产品|主要(?:工业)?产品|产品产量/u;

/** "每万人", "每千人拥有", "每百户": a number per head or per household. */
const PER_HEAD = /每(?:[十百千万]|十万|百万)?(?:人|户|常住人口|人口)/u;

/** Verbs that move a growth rate, not a level or a share: "回升至8.1%", "回落到5.6%". */
export const RATE_VERBS = new Set(['回升', '回落', '加快', '放缓']);

/** A share named right before its verb of change: "比重同比提高", "占比下降了". */
const SHARE_MOVED = /(?:比重|[占佔]比)(?:同比|比上年|较上年|比去年|较去年)?(?:提高|上升|下降|降低|增加|减少|回落|回升)了?$/u;
const NATURAL_RATE = /自然增长率(?:为|是|达到?|控制在|保持在)?$/u;
const GROWTH_REACHES = /(?<![净新])增长达到?$/u;

/** A league or a ranking named in the clause before a number of 位 (百强, 50强, 榜, 排名, 位列, 跻身): its place. */
const LEAGUE_BEFORE = /(?:(?:\d{1,4}|[十百千])强|榜|排名|排行|位列|名列|跻身)[^，；,;。]{0,16}$/u;

/** The rate nouns RATE_NOUN_TAIL names as a predicate's verb. */
const RATE_NOUNS = new Set([
  '降幅',
  '增幅',
  '增速',
  '增长率',
  '涨幅',
  '升幅',
  '增长速度',
  '年均增长率',
  '增长',
  '增长幅度',
  '上涨幅度',
  '增加幅度',
  '下降幅度',
  '降低幅度',
  '减少幅度',
]);
/**
 * A fall's size named in full: "则出现下降趋势,下降幅度均超过10%" (常州 2014 上半年 工业投资, held-out set 50) is a
 * fall of more than 10%, as 降幅 is; 增长幅度 a rise, as 增幅.
 */
const FALL_SIZE_NOUNS = new Set(['下降幅度', '降低幅度', '减少幅度']);
/**
 * A share's noun and its verb right before a bare number: "比重达", "占比为"; or how much of a plan is done: "完成年度计划"
 * (tokens.ts's PLAN_DONE_BEFORE).
 */
const SHARE_NAMED = /(?:比重|[占佔]比)(?:[达達]到?|[为為]|是)?$|完成(?:年度|全年|今年|年)?(?:计划|任务|目标)(?:任务)?的?$/u;
/** A year-on-year growth verb right before a bare number: "同比增长", "比上年下降" (tokens.ts's GROWTH_BEFORE). */
const GROWTH_NAMED = /(?:同比|比上年|较上年|比去年同期|较去年同期)(?:增长|下降)$/u;
/** `products`: the figure stands in a paragraph on products' output (PRODUCT_OUTPUT). */
const BARE_COUNTED = /(?:企业|项目|单位)$/u;
/** A price level or index before the cap it is held under: "居民消费价格指数控制在", "价格总水平控制在". */
const PRICE_CAPPED = /价格(?:总?水平|指数)控制在$/u;
export function kindOf(t: Token, p: Predicate, pre: string, subject: string, products = false): FigureKind {
  if (t.form === 'multiple' || t.unit === '倍') return 'multiple';
  // "居前3位": a place among the first, as 第3位 is one place. "前移6位", "提升了9位": places gained, a change of rank.
  if (t.form === 'ordinal' || (t.unit === '位' && pre.endsWith('前'))) return 'rank';
  if (t.unit === '位' && p.direction !== 'none' && !p.reached) return 'change';
  // "跻身全国先进制造业百强城市52位" (宜昌 2025, held-out set 25): a place in a league named before it, without 第.
  if (t.unit === '位' && LEAGUE_BEFORE.test(pre)) return 'rank';
  if (POINT_UNITS.has(t.unit)) return 'change';
  // "利润增速涨一成", "利润增长两成": tenths after a verb of change are a growth; "近六成行业" a share.
  if (t.unit === '成' && p.direction !== 'none' && !p.reached) return 'growth';
  if (t.form === 'fraction' || t.form === 'ratio' || t.unit === '成') return 'share';
  // An index's value ("采购经理指数51.2%", "价格指数为102.7") is a level: the kinds (and the corpus's) have
  // no index of their own, and what a reader would otherwise call it here is a share or a growth.
  if (PERCENT_UNITS.has(t.unit)) {
    // "武汉、襄阳由一季度的7.9%、8.5%回升至8.1%、9.3%": 回升/回落/加快/放缓 to a rate is a growth rate's move (not
    // an index's or a share's: "PMI回落至49.5%", "失业率回落到3.2%").
    if (p.reached)
      return rateEnd(subject) ||
        rateBeforeVerb(pre, p.verb) ||
        rateFrom(pre) ||
        (RATE_VERBS.has(p.verb) && !/指数|PMI/u.test(pre + subject) && !SHARE_WORDS.test(pre) && !SHARE_WORDS.test(subject))
        ? 'growth'
        : (pre.includes('指数') || subject.includes('指数')) && !SHARE_WORDS.test(pre) && !SHARE_WORDS.test(subject)
          ? 'level'
          : 'share';
    // "居民消费价格指数控制在3.5%以内" (五莲 2012's targets for 2013, held-out set 45), "居民消费价格总水平控制在3%左右": a
    // consumer price level or index held under a cap in % is its rise, as "居民消费价格涨幅控制在3.5%" is; an index's
    // own value is near 100 ("价格指数为102.7", "控制在103%以内").
    if (pre.endsWith('控制在') && Math.abs(t.number) < 50 && PRICE_CAPPED.test(pre)) return 'growth';
    // "人口自然增长率1.64‰": births less deaths per head of the population, a rate as 出生率 is, not a growth.
    if (p.verb === '增长率' && NATURAL_RATE.test(pre)) return 'share';
    // "製造業增加值佔規模以上工業增加值的61.1%,比重同比提高3.9%" (青海 2014, held-out set 20): a share's move, its
    // points written as %, is a change, not the share's growth.
    // "增速连续七个月低于10%", "部分乡镇计划完成率低于90%", "低于8.3%的全国年均增幅": a bound below is a rate,
    // unless what stays under it is a share, or an index's value ("…等行业商务活动指数低于38.0%", 国家统计局 2022年11月).
    if (p.comparison && p.direction === 'none')
      return SHARE_WORDS.test(subject) || SHARE_WORDS.test(pre) ? 'share' : subject.endsWith('指数') ? 'level' : 'growth';
    if (p.direction !== 'none') return SHARE_MOVED.test(pre) ? 'change' : 'growth';
    if (rateEnd(subject) || rateFrom(pre)) return 'growth';
    // "战略性新兴产业的产值增长达到7.7%" (吉林 2016, held-out set 18): 增长 as the noun 达到 a rate reaches.
    if (pre.endsWith('达到') || pre.endsWith('达') ? GROWTH_REACHES.test(pre) : false) return 'growth';
    if (subject.endsWith('指数')) return 'level';
    return 'share';
  }
  // "平均汇率6.8985", "居民消费价格指数为102.7": a price or an index's value, a level.
  // ("新增规模工业企业62," (安康, held-out set 17): firms counted with the counter left out, tokens.ts.)
  // "占全市规上工业增加值比重达45.9" (楚雄市 2023, held-out set 38): a share with its % left out (tokens.ts).
  // "規模以上工業增加值同比增長5.0,增速與1-9月持平" (港北 2021, held-out set 41): a growth rate with its % left out.
  if (t.unit === '')
    return t.form !== 'number' || SHARE_NAMED.test(pre)
      ? 'share'
      : GROWTH_NAMED.test(pre)
        ? 'growth'
        : BARE_COUNTED.test(subject)
          ? 'count'
          : 'level';
  // "增速在35个大中城市中排名第12位" (郑州 2021 1-10月, held-out set 41): things counted after a rate noun and 在 are the
  // group a rank is given among ("在35个大中城市中"), not a move of the rate.
  if (pre.endsWith('在') && RATE_NOUNS.has(p.verb) && isCountUnit(t.unit)) return 'count';
  if (p.direction !== 'none' && !p.reached) return 'change';
  // "粮食增产量111.5亿斤", "新增量": an increment named as a noun is a change too.
  if (isIn(INCREMENT_LAST, subject, subject.length - 1) && INCREMENT_END.test(subject)) return 'change';
  // "新增存款2784.3亿元" (陕西 2011, held-out set 24): deposits or loans added are the change of their balance.
  if (lastCode(subject) === 0x6b3e /* 款 */ && ADDED_BALANCE.test(subject)) return 'change';
  if (p.direction === 'none' && incrementBefore(pre)) return 'change';
  const base = baseOf(t.unit);
  // "工业开票销售净增150亿元", "两税收入386.6亿元，净增50亿元": an amount added is a change; 净增1000家企业 counts
  // the firms added, as 新增 does.
  if (p.direction === 'none' && !isCountUnit(t.unit) && pre.includes('净增') && NET_ADDED.test(pre)) return 'change';
  // "全年人均地區生產總值達28322元,比去年新增3637元" (长顺县 2016 公报): an amount added since the year before is the
  // change of the level just given, as 比去年增加 is.
  // "全省电子信息行业企业达368户,比上年末净增22户" (安徽 2014 一季度, https://www.yybnet.net/hefei/news/201404/304218.html):
  // so are things counted, added since then: the change of the count just given, as 比上年末增加22户 is.
  if (p.direction === 'none' && (pre.includes('新增') || pre.includes('净增')) && ADDED_SINCE.test(pre)) return 'change';
  // "全年共有7个月工业单月产值超过200亿元" (十堰 2020, held-out set 36): months that had something, counted, are a count,
  // not a length of time.
  if (base === '个月' && MONTHS_HAD.test(pre)) return 'count';
  if (base === '个月' || base === '天' || base === '小时') return 'level';
  // "工业增加值达1.38万亿": a bare magnitude of a sum of money is an amount, not a count.
  if (base === '' && MONEY_END.test(subject)) return 'level';
  // "更新设备24426台/套" (黑龙江 2024 前三季度, held-out set 26), "实现“机器换人”538台" (六安 2018, held-out set 27):
  // machines put in (更新, 购置, 安装, 换人…) are counted, not an output.
  if (isIn(MACHINE_LAST, t.unit, t.unit.length - 1) && MACHINES_PUT.test(pre)) return 'count';
  if (!isCountUnit(t.unit)) return 'level';
  // "每万人发明专利19.8件" (马鞍山, held-out set 17), "每千人拥有执业医师2.5人": things per head of the population
  // are a density, a level, not a count.
  if (pre.includes('每') && PER_HEAD.test(pre)) return 'level';
  // "生猪出栏70万头", "家禽存笼1177.8万羽", "鲜切花产量2090.7万枝": an output or a stock counted by the head, the
  // stem or the piece is a level, as 汽车产量300万辆 is; so is a product's in a paragraph on products' output
  // ("分产品看，…其中，工业机器人245套，增长121.5倍", 河北 2017); "新增企业120家" is a count.
  // "全市生產手機1563.6萬部" (北京 2011-05, held-out set 28): a product the clause says was made (生产), counted by the piece, is its
  // output too.
  return PIECES.has(base) && (OUTPUT_END.test(subject) || products || PRODUCED.test(pre)) ? 'level' : 'count';
}
/** The units machines are counted in: 台, 台套, 台/套. */
const MACHINE_LAST = charTable('台套');
/** A verb of putting machines in, then at most the machines' name: "更新设备", "购置机器人", "“机器换人”". */
const MACHINES_PUT = /(?:更新|购置|安装|新增|新上|换人)[”"]?(?:[\u4e00-\u9fff]{0,4}(?:设备|机器人|机器|装备))?[”"]?$/u;
/** The clause ends with what was made: 生产 and the product (not a 生产线, a 生产基地 or the firms that make it). */
const PRODUCED = /生产(?!线|基地|企业|单位|车间|设备|能力)(?:了|出)?[\u4e00-\u9fff]{1,8}$/u;
