/**
 * The subjects a 分别 list hands out to its values, one per item, and the clause its lead figure was read in.
 */
import { cleanSubject, subjectBefore } from './labels';
import {
  distributedPhrase,
  earlierEnumeration,
  namesByClause,
  COUNT_OF_ALL,
  fusedPair,
  officialNamesByClause,
  sharedHead,
  splitItems,
  withoutListCount,
} from './lists';
import { clauseStart } from './sentences';
import { CONTRIBUTED_BY, DIGIT, MEASURE_SHARE, MEASURE_TAIL, NAMES_JOINED } from './figure-words';
import type { Found } from './reading';
import { cnNumber } from './units';

/**
 * The item-th of a list, read only when the list has it: an empty list (no subjects found) is an array of
 * another kind, whose read deoptimised the figure's reading on a report's first run.
 */
export function itemOf(list: string[] | undefined, item: number): string | undefined {
  return list !== undefined && item < list.length ? list[item] : undefined;
}
const RATE_VERB = /增长|增速|增幅|下降/u;
/** A 分别 list of pulls: "分别拉动经济增长". */
const PULL_AFTER_LIST = /^(?:分别|依次)((?:拉动|带动)[\u4e00-\u9fffA-Z]{1,12}?增长)$/u;
const SHARE_END = /占比$/u;
/** A count of names, their kind and 是 (为, 包括) before the names: "最有力的5个行业是", "增长最快的三大产业为". */
const COUNTED_THEN_NAMES =
  /^[^，,；;、]*?(\d{1,2}|[两三四五六七八九十])[个大]?[\u4e00-\u9fff]{0,4}?(?:行业|产业|企业|产品|领域|门类|板块)(?:是|为|有|包括)[:：]?/u;
/** The subjects of a 分别 list of n values whose first value is in the clause starting at `cs`. */
export function listSubjects(
  sentence: string,
  cs: number,
  clausePre: string,
  n: number,
  found: Found[],
  at: number,
  lists: Map<number, string[]>,
): string[] {
  // "同比、环比分别回落0.3、0.4个百分点" (湖北): the items are two comparisons of one figure, not two subjects.
  if (clausePre.includes('比') && BASES_LISTED.test(clausePre)) return [];
  const said = distributedPhrase(clausePre);
  const phrase = said ? withoutListCount(said, n) : said;
  if (phrase === undefined) {
    // "黑色金属…、煤炭开采和洗选、化学原料…，利润同比增幅达到120%、48%和24.1%": no 分别, but n values for n names.
    const earlier = earlierEnumeration(sentence, cs, n);
    // "…存贷款余额分别达到1.66万亿元和1.15万亿元,五年增加10036.8亿元和7362.5亿元": a count of years is no subject.
    const said = subjectBefore(clausePre).subject;
    const head = YEARS_COUNT.test(said) ? '' : said;
    // "產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和50.73%" (a 怀化 county's 2023 公报, held-out set
    // 50): the values moved to are those of the list moved from, item by item; 调整 names none of them.
    if (at >= n && MOVED_LIST_TO.test(clausePre)) {
      const from = found.slice(at - n, at).map((f) => f.entity);
      if (from.every(Boolean)) return from;
    }
    // "2011年杭州市规模以上工业总产值和销售产值同比增长20.5%和20.2%": no 分别, but n values for the n names the clause
    // opens with (held-out set 20); those before a list of the clause before ("新興行業和產品增勢較好,高技術制造業和裝備
    // 制造業增加值同比增長4.4%和3.0%": 福建 2020 前三季度, a 繁體 copy, http://www.027tdr.cn/page-8-3501.html).
    if (head && NAMES_JOINED.test(head) && !PERIOD_PAIR.test(clausePre)) {
      // ("主营业务收入和利润总额分居全省第3位、第2位": 分 of 分居 is 分别's.)
      const items = splitItems((head.endsWith('分') ? head.slice(0, -1) : head).replace(MOVED_FROM_TAIL, ''), n);
      if (items) return items.map(cleanSubject);
    }
    // "城乡居民人均可支配收入分别达28336元和13632元,增长8.5%和9%" (东昌府 2018, held-out set 43): n values with no word
    // of their own right after a list of n in the clause before are its items', not those of an enumeration further
    // back ("…,财政、税收收入总量保持全市第一;…").
    if (earlier && !head) {
      const prev = lists.get(at - n);
      if (prev !== undefined && prev.length === n && prev.every(Boolean) && found[at - 1].t.outerEnd > clauseStart(sentence, cs - 1))
        return prev;
    }
    if (earlier) return earlier.map((x) => cleanSubject(x + (head && !x.endsWith(head) ? head : '')));
    // "A和B…分别达到12488和10163亿元，年均增长13.3%和16.9%": the subjects of the list before.
    let before: string[] | undefined;
    if (!head) for (const list of lists.values()) if (list.length === n && list.every(Boolean)) before = list;
    return before ?? [];
  }
  const items = phrase ? (officialNamesByClause(sentence, cs, phrase, n) ?? splitItems(phrase, n)) : undefined;
  if (items) return items.map(cleanSubject);
  // (Not when the clause lists two periods or names more than the word: "1-7月和7月份进出口总额分别增长…".)
  const pair = phrase && n === 2 && !/[、和及与]/u.test(phrase) && !PERIOD_PAIR.test(clausePre) ? fusedPair(phrase) : undefined;
  if (pair) return pair.map(cleanSubject);
  // "有色金属冶炼和压延加工业，计算机、通信和其他电子设备制造业，电气机械和器材制造业同比分别增长22.1%、17.5%和15.8%":
  // names that hold 、 themselves are set apart by commas; the n-1 clauses before, names of the same kind, are the others.
  const apart = phrase ? commaItems(sentence, cs, phrase, n) : undefined;
  if (apart) return apart;
  // "尤其是儋州和三亚，分别增长15.5%、1.5倍": the clause just before, without a number, names the n items; so it does
  // before a bare rate: "新材料产业、电子信息产业、航空航天产业保持增长,增速分别为4.6%、2.2%和0.5%" (天津 2025-07), and before
  // a bare measure ("…,产值分别增长4.6%和2.2%"), whose owners are those names, not the figures before them.
  const bareRate = !!phrase && BARE_RATE.test(phrase);
  if (phrase === '' || bareRate) {
    const end = cs - 1;
    let from = clauseStart(sentence, end);
    // "其中拉动全市工业增长最有力的5个行业是电气机械和器材制造业、…、化学原料和化学制品制造业,增速分别为37.52%、…"
    // (南宁 2015 前九月, held-out set 55): the names after a count of as many of them and 是 are the items; the count is
    // no figure of theirs.
    const counted = bareRate ? COUNTED_THEN_NAMES.exec(sentence.slice(from, end)) : null;
    if (counted && cnNumber(counted[1]) === n) from += counted[0].length;
    const named = sentence.slice(from, end);
    // ("增速与上月持平，分别较去年同期和全年分别回落4.5、4.2个百分点" (济源, 2012): a comparison names no items.)
    if (end > from && !/\d/u.test(named) && !SAME_AS.test(named)) {
      // ("材料产业和电子产业实现两位数的较快增长，增速分别为…": the names the clause lists, without how they fared.)
      const listed = bareRate ? earlierEnumeration(sentence, cs, n) : undefined;
      if (listed) return listed.map((x) => cleanSubject(x + phrase));
      // "原煤、天然气、发电量增势良好,同比分别增长20.5%、8.6%和5.3%" (陕西, held-out set 16): how they fared is no item's.
      const names = subjectBefore(named).subject.replace(FARED_TAIL, '');
      const items = officialNamesByClause(sentence, from, names, n) ?? splitItems(names, n) ?? namesByClause(sentence, from, names, n);
      if (items) return items.map((x) => cleanSubject(bareRate ? x + phrase : x));
    }
    // "宜昌、襄阳双双突破3000亿元,分别达3715.4、3301.2亿元" (湖北 2012, held-out set 29): the clause just before, with one figure, the
    // mark they passed together, names the n items before it.
    // "黔南、铜仁、六盘水、黔西南位于 1000 亿元至 1500 亿元之间,分别为 1310.35、…、1050.40 亿元;黔东南、安顺低于 1000 亿元,
    // 分别为 899.22、819.17 亿元" (贵州 2021 前三季度 by 市州, held-out set 53): so do names placed between two marks or
    // below one (a page's space before the number is no part of the verb).
    else if (phrase === '' && end > from && (ONE_NUMBER.test(named) || MARKS_RANGE.test(named))) {
      const passed = PASSED_MARK.exec(named.slice(0, named.search(DIGIT)).trimEnd());
      const names = passed ? cleanSubject(passed[1]) : '';
      const items = NAMES_JOINED.test(names) ? splitItems(names, n) : undefined;
      if (items) return items.map(cleanSubject);
    }
  }
  // "全县完成工业总产值60.54亿元,增加值16.03亿元,同比分别增长53.7%和25.1%;其中规模以上工业实现产值22.09亿元,增加值
  // 6.93亿元,同比分别增长106.1%和42%" (a county's 2011 report): with no word of their own, the rates of the n amounts
  // just before, when they come after the list before; so are the changes of n rates ("…,规模以上工业增加值增长8.4%,
  // 利润增长5.9%,分别比上年提高1.2和0.5个百分点": the two rates', not those of the list before them).
  if (phrase === '' && at >= n) {
    let after = 0;
    for (const [lead, list] of lists) after = Math.max(after, lead + list.length);
    const previous = found.slice(at - n, at);
    if (
      at - n >= after &&
      previous.length === n &&
      previous.every((f) => f.t.outerEnd <= cs) &&
      new Set(previous.map((f) => f.entity)).size === n
    )
      return previous.map((f) => f.entity);
  }
  // "A、B增加值分别增长38.2%、18.8%，…，占…的比重分别达到了6.1%和10.4%": the subjects of the list before.
  if (!phrase || /^(?:占|比重|占比|增速|增幅)/u.test(phrase)) {
    let earlierList: string[] | undefined;
    let lead = -1;
    for (const [k, list] of lists)
      if (list.length === n && list.every(Boolean)) {
        earlierList = list;
        lead = k;
      }
    // "三次产业比例为8.5:46.2:45.3,分别增长3.5%、7.2%和6.1%": rates after a ratio's parts are the parts' own (第一产业),
    // not their shares' (第一产业占比).
    if (earlierList && !phrase && found[lead]?.t.form === 'ratio' && RATE_VERB.test(clausePre))
      return earlierList.map((x) => x.replace(SHARE_END, ''));
    // "三次产业对经济的贡献率分别为12.8%、61.4%和25.8%,分别拉动经济增长2.3、11.1和4.6个百分点" (新疆生产建设兵团's 2013
    // 公报, held-out set 51): the pulls after contributions are by what contributed (第一产业拉动经济增长), not the
    // contributions' changes.
    const pulled = earlierList && !phrase ? PULL_AFTER_LIST.exec(clausePre) : null;
    if (pulled && earlierList!.every((x) => CONTRIBUTED_BY.test(x))) return earlierList!.map((x) => CONTRIBUTED_BY.exec(x)![1] + pulled[1]);
    if (earlierList) return earlierList.map((x) => (phrase && phrase.startsWith('占') ? x.replace(/(?:增速|增幅)$/u, '') + phrase : x));
  }
  // "A和B增加值分别增长…，…，对全市工业经济增长的贡献率分别为34.8%和42.1%": the contribution of the items the
  // sentence's first list named, not of the figures just before (their shares).
  if (phrase && CONTRIBUTION_PHRASE.test(phrase)) {
    for (const list of lists.values())
      if (list.length === n && list.every(Boolean)) return list.map((x) => x.replace(MEASURE_TAIL, '') + '贡献率');
  }
  // "…分别增长8.4%、5.9%，分别比…快4.6个百分点、2.1个百分点": the n figures just before. When those are no list but
  // clauses of their own, only a bare rate or share of theirs ("…总产值负增长7.0%，降幅分别比1-2月收窄…"): "一年来,地区
  // 生产总值增长5.1%,一般公共预算收入完成3.98亿元,城乡常住居民人均可支配收入分别达到37462元和17597元" (正蓝旗's 2019
  // 政府工作报告, held-out set 51) names its own measure; the two incomes were labelled 地区生产总值… and 一般公共预算收入….
  const previous = found.slice(Math.max(0, at - n), at);
  if (
    previous.length === n &&
    new Set(previous.map((f) => f.entity)).size === n &&
    previous.every((f) => f.t.outerEnd <= cs) &&
    (!phrase || lists.has(at - n) || PROPERTY_OF_BEFORE.test(phrase))
  )
    return previous.map((f) => (phrase && !f.entity.endsWith(phrase) ? withMeasure(f.entity, phrase) : f.entity));
  const earlier = earlierEnumeration(sentence, cs, n);
  if (earlier) return earlier.map((x) => cleanSubject(x + phrase));
  return [];
}
/** "重庆高技术制造业增加值" + "增加值占全市规上工业的比重": the measure written once. */
function withMeasure(subject: string, phrase: string): string {
  const m = MEASURE_SHARE.exec(phrase);
  return m && subject.endsWith(m[1]) ? subject + phrase.slice(m[1].length) : subject + phrase;
}
const CONTRIBUTION_PHRASE = /^[^、和及与]{0,24}贡献(?:率|度)?$/u;
const BASES_LISTED = /(?:同比|环比)[、和及与](?:同比|环比)(?:分别|依次|均)/u;
/**
 * The n-1 clauses before `cs`, each a name without a figure ending as `last` does, then `last`; or undefined.
 * "…，汽车制造业，专用设备制造业增加值分别同比增长": a measure after the last name is every item's.
 */
function commaItems(sentence: string, cs: number, last: string, n: number): string[] | undefined {
  // "“四降”:1-10月,信息传输、软件和信息技术服务业,租赁和商务服务业,居民服务、修理和其他服务业,教育四类行业增速分别为28.8%、
  // 11.1%、24.3%和21.3%" (a district's 2016 1-10月 services, http://tisino.com/cn/statisticalwindow/20161202/MTQ4MDY0NJC0ODQ.html):
  // the count of all the items and what they are (四类行业), after the last name, is none of its name (教育, not
  // 教育四类行业), and the names, which are industries, need not end alike.
  const all = n >= 3 ? COUNT_OF_ALL.exec(last) : null;
  if (all && all.index > 0 && (cnNumber(all[1]) ?? Number(all[1])) === n) {
    const rest = last.slice(all.index + all[0].length);
    const listed = commaProducts(sentence, cs, last.slice(0, all.index) + rest, n, rest);
    if (listed) return listed;
  }
  const plain = commaNames(sentence, cs, last, n, '');
  if (plain) return plain;
  const head = sharedHead(last);
  // "1-10月，钢铁，有色，建材分别增长…": names with no measure after the last are the items themselves.
  if (!head) return commaProducts(sentence, cs, last, n, '');
  // "五金、電料類,通訊器材類,機電產品及設備類,化工材料及制品類商品銷售額分別增長51.9%、32.3%、9.6%、9.3%" (a district's
  // 1-2月 release): the measure written once may hold a word before it (商品銷售額) that no name ends with.
  for (let k = head.length; k <= head.length + 2 && k < last.length - 1; k++) {
    const names = commaNames(sentence, cs, last, n, last.slice(-k));
    if (names) return names;
  }
  return commaProducts(sentence, cs, last, n, head);
}
/**
 * "从产品产量看,光缆,挖掘、铲土运输机械,集成电路,工业机器人,微型计算机设备产量同比分别增长43.8%、40.8%、…" (国家统计局
 * 2020年4月): products, which end in no common word, named one to a clause before the last and its measure: the n-1
 * clauses before are names (no figure, short) and the one before them none (看, a figure, or the sentence's start).
 * The last may name its product in one character ("原油,天然气,煤产量"); it must name one.
 */
function commaProducts(sentence: string, cs: number, last: string, n: number, head: string): string[] | undefined {
  if (n < 3 || head.length >= last.length) return undefined;
  const out = [last];
  let end = cs - 1;
  while (out.length < n) {
    // (Only ，: the text's ASCII commas read as full-width ones but between two digits, text-forms.ts, and no name ends
    // with a digit.)
    if (end <= 0 || sentence.charCodeAt(end) !== 0xff0c /* ， */) return undefined;
    const from = clauseStart(sentence, end);
    let raw = sentence.slice(from, end).trim();
    // "其中钢铁,有色,建材增速分别为…": the first name may open with the frame word that sets the list apart.
    const framed = out.length === n - 1 && FRAME_OPENING.exec(raw);
    if (framed) raw = raw.slice(framed[0].length);
    const name = cleanSubject(raw);
    if (!name || name !== raw || name.length > 16 || DIGIT.test(name) || MARKER_WORD.test(name)) return undefined;
    out.unshift(name + head);
    end = framed ? 0 : from - 1;
  }
  // (The clause before the first name is no name: "从产品产量看", "重点行业中", "其中", a figure's, or none.)
  if (end > 0 && sentence.charCodeAt(end) === 0xff0c /* ， */) {
    const before = sentence.slice(clauseStart(sentence, end), end);
    if (!/[看中]$|\d|%/u.test(before)) return undefined;
  }
  return out;
}
/** A frame word opening the clause of a list's first name ("其中钢铁"). */
const FRAME_OPENING = /^(?:其中|其中[：:]|尤其是|特别是)/u;
/** Words that make a clause a statement, not a name ("增长较快", "其中"). */
const MARKER_WORD = /增|降|长|其中|看|为|是|占|达|实现|完成/u;
function commaNames(sentence: string, cs: number, last: string, n: number, head: string): string[] | undefined {
  const tail = last.charCodeAt(last.length - 1 - head.length);
  const out = [last];
  let end = cs - 1;
  while (out.length < n) {
    // (A page's Latin comma between names is read as ， already: fullWidthPunctuation, text-forms.ts, keeps only one
    // between two digits, part of a number.)
    if (end <= 0 || sentence.charCodeAt(end) !== 0xff0c /* ， */) return undefined;
    const from = clauseStart(sentence, end);
    const name = cleanSubject(sentence.slice(from, end));
    if (!name || name.length > 30 || DIGIT.test(name) || name.charCodeAt(name.length - 1) !== tail) return undefined;
    out.unshift(name + head);
    end = from - 1;
  }
  return out;
}
/** "与上月持平", "和上年相当": X与Y compared, not a list of X and Y. */
/** A rate or a measure with no owner of its own: "增速分别为…", "产值分别增长…" after the clause that names the owners. */
const BARE_RATE =
  /^(?:增速|增幅|涨幅|降幅|增长率|增长速度|(?:工业)?(?:总产值|产值|增加值|产量|营业收入|主营业务收入|利润总额|利润|销售收入|销售额|投资))$/u;
const SAME_AS = /[与和同跟][^，；]{0,8}(?:持平|相比|相当|一致|同步)/u;
/**
 * A rate, a share or a measure with no owner named, of the figures before: "降幅", "比重", "总量", "增加值" ("增加值分别比
 * 全省快…"), "增加值占…的比重".
 */
const PROPERTY_OF_BEFORE =
  /^(?:(?:工业)?(?:总产值|产值|增加值|产量|营业收入|主营业务收入|利润总额|利润|销售收入|销售额|投资))?(?:增速|增幅|涨幅|降幅|增长率|增长速度|比重|占比|占|总量|比|较|$)/u;
/** "武汉、襄阳由一季度(的7.9%、8.5%回升至…)": where the names' values move from is no part of the last name. */
const MOVED_FROM_TAIL = /[由从][^、和及与]{0,10}$/u;
/** A clause holding one number ("宜昌、襄阳双双突破3000亿元"). */
const ONE_NUMBER = /^[^\d]+\d+(?:\.\d+)?[^\d]*$/u;
/** Names, what they did together (双双, 均, 都…) and the verb of a mark passed (突破, 超过…) or placing them by it (低于, 位于…). */
const PASSED_MARK = /^(.+?)(?:双双|均|都|同时|一起|共同)?(?:突破|超过|跨越|迈上|迈过|越过|跨过|跨上|低于|高于|不足|位于|介于|处于)$/u;
/** A clause holding two numbers, the ends of a range ("位于 1000 亿元至 1500 亿元之间"). */
const MARKS_RANGE = /^[^\d]+\d+(?:\.\d+)?[^\d]{0,6}?(?:至|到|[-—–~～])\s*\d+(?:\.\d+)?[^\d]*$/u;
/** A list moved from (由/从 …) and the verb to the list after it: "由上年的…调整为", "从…提高到". */
const MOVED_LIST_TO = /[由从][^，；。]*\d[^，；。]*?(?:调整|调|优化|转变|变化|改变|提高|提升|上升|下降|降低)?(?:为|到|至)$/u;
const PERIOD_PAIR = /(?:月份?|季度|半年|年)[、和及与]/u;
const YEARS_COUNT = /^(?:[两三四五六七八九十]|\d{1,2})年(?:来|间)?$/u;
export function leadClausePre(sentence: string, lead: Found): string {
  return sentence.slice(clauseStart(sentence, lead.t.outerStart), lead.t.outerStart);
}
/** How the items of a list fared, after the last one: "增势良好", "走势平稳". */
const FARED_TAIL = /(?:增势|势头|走势|态势|运行|表现)[^、，；和]{0,6}$/u;
