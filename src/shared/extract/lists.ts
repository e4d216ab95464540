/**
 * 分别 / 依次 / 各 lists: "固定资产投资、社会消费品零售总额、进出口总值年均分别增长7.6%、9%、7%" gives each
 * value its own subject, in order. Subjects come from the phrase before 分别, else from the figures just
 * before ("…分别增长8.4%、5.9%，分别比规模以上工业增加值快4.6个百分点、2.1个百分点"), else from an
 * enumeration in an earlier clause ("A类、B类、C类同比增长较快，零售额增速分别为…"); a head noun written once
 * after the last item is shared ("新能源汽车、集成电路产量" → 新能源汽车产量, 集成电路产量).
 */
import { charTable, isIn } from './chars';
import { cleanSubject } from './labels';
import type { PeriodMention } from './periods';
import type { Token } from './tokens';
import { cnNumber } from './units';

/** Runs of numbers joined only by 、/和/及/与: "8.4%、5.9%", "6.4和5.4个百分点", "1.6倍和4.8%". */
export function listRuns(sentence: string, tokens: Token[]): number[][] {
  // Most sentences hold no list: they share one empty answer.
  let runs: number[][] | undefined;
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && joined(sentence, tokens[i - 1].outerEnd, tokens[i].outerStart)) continue;
    if (i < tokens.length && commaJoined(sentence, tokens, start, i)) continue;
    if (i - start > 1) {
      const run: number[] = [];
      for (let k = start; k < i; k++) run.push(k);
      (runs ??= []).push(run);
    }
    start = i;
  }
  return runs ?? NO_RUNS;
}
const NO_RUNS: number[][] = Object.freeze([]) as unknown as number[][];

/**
 * The text between two numbers joins them in a list (read by code, no string made). "分别为增长9.0%、增长4.0%和
 * 下降11.8%": a joint followed by the item's own verb joins too (the item keeps its verb: index.ts).
 */
function joined(sentence: string, from: number, to: number): boolean {
  // "分别增长7.1%、 1.9%、 7.0%" (新疆), "分别增长 8%和 8.5%" (a PDF's text): spaces beside the joint are not read.
  while (to - from > 1 && isSpaceAt(sentence, to - 1)) to--;
  while (to - from > 1 && isSpaceAt(sentence, from)) from++;
  if (to - from === 1) return isIn(JOINT_CHARS, sentence, from);
  if (to - from === 2 && sentence.startsWith('以及', from)) return true;
  return to - from === 3 && isIn(JOINT_CHARS, sentence, from) && ITEM_VERBS.has(sentence.slice(from + 1, to));
}

/**
 * "4月、5月和6月份,规模以上工业增加值增速分别达到14.8%、15.7%和16.3%" (经济日报 on 安徽's 2012 first half, held-out set
 * 39): a clause that is nothing but a list of n periods, right before the list's own clause, gives each value its
 * period as a list inside the clause does. "今年4、5、6月,安徽省工業增速分別達到9.1%、7.8%、8%" (安徽 2020 上半年, a 繁體
 * copy, held-out set 53): 今年 before them says only that they are the report's year's months.
 */
/** A span written with its two years: "2016年至2018年", "2016-2018年". */
const YEARS_SPAN = /^(?:19|20)\d{2}年?\s*(?:[-—–~～]{1,2}|至|到)\s*(?:19|20)\d{2}年$/u;
const PERIODS_ONLY_REST = /^(?:今年|本年)?[、和及与份\s]*$/u;
export function listPeriodsBefore(sentence: string, mentions: PeriodMention[], clauseStart: number, n: number): string[] | undefined {
  if (n < 2 || clauseStart < 2) return undefined;
  let from = clauseStart - 1;
  while (from > 0 && !'，,；;：:。'.includes(sentence[from - 1])) from--;
  // (Every mention counts: "和6月份" after 5月 may have been read as a base compared with.)
  const inside = mentions.filter((m) => m.start >= from && m.end <= clauseStart);
  // "三年来有130多个项目…,2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元" (金坛经济开发区, held-out
  // set 55): a clause that is nothing but a span of n years gives each value its year, as a span inside the clause does.
  // (A span in its years only: "五年来,我市生产总值…年均分别增长14.1%、…" (泉州 2011) are five measures' averages.)
  const span = inside.length === 1 && YEARS_SPAN.test(sentence.slice(inside[0].start, inside[0].end)) ? inside[0] : undefined;
  if (span?.from !== undefined && span.to !== undefined && span.to - span.from + 1 === n)
    return PERIODS_ONLY_REST.test(sentence.slice(from, span.start) + sentence.slice(span.end, clauseStart - 1))
      ? Array.from({ length: n }, (_, k) => `${span.from! + k}年`)
      : undefined;
  if (inside.length !== n) return undefined;
  let rest = sentence.slice(from, inside[0].start);
  for (let k = 0; k < n; k++) rest += sentence.slice(inside[k].end, k + 1 < n ? inside[k + 1].start : clauseStart - 1);
  return PERIODS_ONLY_REST.test(rest) ? inside.map((m) => m.text) : undefined;
}

/**
 * "2-7月，烟草制品业增加值累计降幅分别为7.5%,7.8%,8.6%,10.4%,11.7%,12.6%" (云南, held-out set 15): after 分别 or
 * 依次, numbers in the same unit with only a comma between them (or percentages with nothing) are items of the list,
 * not clauses.
 */
function commaJoined(sentence: string, tokens: Token[], start: number, i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  // "新能源、新材料、生物、高端技术装备制造、电子信息五个领域分别增长17.1%14.0%13.8%11.9%5.4%" (河北 2019 1-10月): a
  // page that lost its 、 between them glues them, after 分别 as after a comma.
  const gap = b.outerStart - a.outerEnd;
  if (!(gap === 1 ? isIn(COMMA_CHARS, sentence, a.outerEnd) : gap === 0 && a.unit === '%') || a.unit !== b.unit || !a.unit) return false;
  const first = tokens[start].outerStart;
  let cs = first;
  while (cs > 0 && !isIn(CLAUSE_CHARS, sentence, cs - 1)) cs--;
  return DISTRIBUTED.test(sentence.slice(cs, first));
}
const COMMA_CHARS = charTable('，,');
const CLAUSE_CHARS = charTable('，,；;。：:\n');
const DISTRIBUTED = /分别|依次/u;

/** A space or an ideographic space. */
const isSpaceAt = (s: string, at: number) => s.charCodeAt(at) === 32 || s.charCodeAt(at) === 0x3000;

/** The verbs an item of a 分别为 list may carry before its number. */
export const ITEM_VERBS = new Set(['增长', '下降', '减少', '增加', '提高', '回落', '上升', '降低']);

/** What joins the numbers of a list (not the clause comma ，): 、 和 及 与 或, and 以及. */
const JOINT_CHARS = charTable('、和及与或');

const DISTRIBUTOR = /分别|依次|各(?=增长|下降|为|达|占|提高|增加|减少)/u;
const MEASURE_END =
  /(?:产量|产值|增加值|投资额?|收入|利润|销售额|零售额|营业额|出口额|进口额|出口|进口|总额|总值|规模|比重|占比|增速|增幅|人数|数量|面积|余额|支出|消费|价格|指数|出栏|存栏|率)$/u;

/**
 * Two items fused in one word, as reports write them before 分别: "城乡居民人均可支配收入分别增长8.1%和9.2%" (城镇居民…,
 * 农村居民…), "存贷款余额分别达到1.66万亿元和1.15万亿元" (存款…, 贷款…), "进出口分别增长…" (进口, 出口). Each pair in
 * the order the word writes it.
 */
const FUSED: [string, string, string][] = [
  ['城乡居民', '城镇居民', '农村居民'],
  ['存贷款', '存款', '贷款'],
  ['进出口', '进口', '出口'],
  ['财政收支', '财政收入', '财政支出'],
];
/**
 * The character at `at` of `word` falls inside a fused word (进出口, 存贷款): "外贸进出口总值" from 3 is no 出口总值 of 外贸进.
 */
export function insideFused(word: string, at: number): boolean {
  for (const [fused] of FUSED) {
    const q = word.lastIndexOf(fused, at);
    if (q >= 0 && at < q + fused.length) return true;
  }
  return false;
}
/** `part` (进口额) is one of the two items a fused word in `whole` (进出口) names. */
export function fusedPart(whole: string, part: string): boolean {
  for (const [word, a, b] of FUSED) if (whole.endsWith(word) && (part.startsWith(a) || part.startsWith(b))) return true;
  return false;
}
export function fusedPair(phrase: string): string[] | undefined {
  for (const [word, a, b] of FUSED) if (phrase.includes(word)) return [phrase.replace(word, a), phrase.replace(word, b)];
  return undefined;
}

/** Split an enumeration into exactly n items, or undefined. */
export function splitItems(phrase: string, n: number): string[] | undefined {
  // "第一、二、三次產業增加值占全縣生產總值的比重分別為28.8%、25.7%和45.4%" (榕江县 2016), "二、三产业投资同比分别增长
  // 76.9%、0.3%" (嵩明 2022): the ordinals share 第 and 产业 written once; each item is its own 第N产业.
  const sectors = sectorItems(phrase, n);
  if (sectors) return sectors;
  const ordinals = phrase.includes('产业') ? ORDINAL_SECTORS.exec(phrase) : null;
  if (ordinals) {
    const nums = ordinals[2].split('、');
    if (nums.length === n) return nums.map((x) => `${ordinals[1]}第${x}产业${ordinals[3]}`);
  }
  // "计算机、通信和其他电子设备制造业、电气机械和器材制造业、非金属矿物制品业从业人员数位居前三位,分别占8.8%、6.4%和6.3%"
  // (第四次全国经济普查公报第三号, https://a.lx.city/forum.php?mod=viewthread&tid=627): an industry's official name holds 、
  // and 和 of its own; those are not between items.
  const joints = OFFICIAL_JOINTS.test(phrase);
  const masked = joints ? phrase.replace(OFFICIAL_NAMES, maskJoints) : phrase;
  const items = maskedItems(phrase, masked, n);
  if (items) return items;
  // ("居民服务、修理和其他服务业,交通运输、仓储和邮政业以及文化、体育和娱乐业等三个行业…分别实现营业收入…" (常州's 2013 1-11月
  // services, https://tjj.changzhou.gov.cn/html/tjj/2013/OPOEMFCL_0111/9546.html): where the services' names leave fewer
  // items than values, they are read as before, the industries' names alone kept whole; the list's other items, in the
  // clauses before, are officialNamesByClause's, asked first.)
  const industries = joints ? phrase.replace(INDUSTRY_NAMES, maskJoints) : phrase;
  return (industries !== masked ? maskedItems(phrase, industries, n) : undefined) ?? namesWithAnd(phrase, n);
}

/** The n items of `phrase` split where `masked` (the phrase, official names' joints masked) has a joint, or undefined. */
function maskedItems(phrase: string, masked: string, n: number): string[] | undefined {
  if (masked !== phrase) {
    const items = masked
      .split('、')
      .map((x) => unmaskJoints(x.trim()))
      .filter(Boolean);
    if (items.length === n) return shareHead(withoutClass(items.map(afterDash)));
  }
  // ("医药制造业,电力、热力生产和供应业,计算机、通信和其他电子设备制造业产值分别比2012年增长6.2倍、1倍和82.2%" (北京
  // 统计局 on 2012-2021, https://tjj.beijing.gov.cn/zt/eshdzt/eshdztbg/202209/t20220924_2822257.html): nor are they
  // when the items are fewer than the values; the names set apart by commas are read after.)
  for (const sep of [/、/u, /、|和|及|与|以及/u, /和|及|与/u]) {
    const items = masked
      .split(sep)
      .map((x) => unmaskJoints(x.trim()))
      .filter(Boolean);
    if (items.length === n) return shareHead(withoutClass(items.map(afterDash)));
  }
  // "在第三产业中,2021年教育卫生和社会工作分别增长16.2%和16.7%" (拉萨 2021, held-out set 47): an official name written
  // right after another name, with no mark between, is an item of its own (教育; 卫生和社会工作), not split at its 和.
  if (masked !== phrase) {
    const items: string[] = [];
    for (const part of masked.split(/[、和及与]/u)) {
      const name = unmaskJoints(part.trim());
      const last = OFFICIAL_LAST.exec(name);
      if (last && last.index >= 2) items.push(name.slice(0, last.index), last[0]);
      else if (name) items.push(name);
    }
    if (items.length === n) return shareHead(withoutClass(items.map(afterDash)));
  }
  return undefined;
}

/** Industries of the national classification whose names hold 、, 和 or 及 (GB/T 4754). */
const INDUSTRY_NAMES =
  /计算机、通信和其他电子设备制造业|铁路、船舶、航空航天和其他运输设备制造业|电气机械和器材制造业|化学原料和化学制品制造业|(?:黑色|有色)金属冶炼和压延加工业|石油、煤炭及其他燃料加工业|电力、热力、燃气及水生产和供应业|电力、热力生产和供应业|酒、饮料和精制茶制造业|纺织服装、服饰业|橡胶和塑料制品业|煤炭开采和洗选业|石油和天然气开采业|文教、工美、体育和娱乐用品制造业|皮革、毛皮、羽毛及其制品和制鞋业|木材加工和木、竹、藤、棕、草制品业|印刷和记录媒介复制业|造纸和纸制品业|燃气生产和供应业|水的生产和供应业/gu;
/** Services of the national classification whose names hold 、 or 和 (GB/T 4754's sections F to S). */
const SERVICE_NAMES =
  /批发和零售业|交通运输、仓储和邮政业|住宿和餐饮业|信息传输、软件和信息技术服务业|租赁和商务服务业|科学研究和技术服务业|水利、环境和公共设施管理业|居民服务、修理和其他服务业|卫生和社会工作|文化、体育和娱乐业|公共管理、社会保障和社会组织/u;
const OFFICIAL_NAMES = new RegExp(`${INDUSTRY_NAMES.source}|${SERVICE_NAMES.source}`, 'gu');
/** An item ending with an official name written right after another name, no mark between ("教育卫生和社会工作"). */
const OFFICIAL_LAST = new RegExp(`(?:${OFFICIAL_NAMES.source})$`, 'u');
/** OFFICIAL_NAMES's 、, 和 and 及, asked first (a phrase without one holds no such name). */
const OFFICIAL_JOINTS = /[、和及]/u;
const maskJoints = (name: string) => name.replace(/、/gu, '\uE001').replace(/和/gu, '\uE002').replace(/及/gu, '\uE003');
const unmaskJoints = (s: string) =>
  s
    .replace(/\uE001/gu, '、')
    .replace(/\uE002/gu, '和')
    .replace(/\uE003/gu, '及');

const ORDINAL_SECTORS = /^(.*?)第?([一二三](?:、[一二三])+)次?产业(.*)$/u;

/**
 * "钢铁及深加工产业、菱镁产业、装备制造业三大主导产业是…,分别拉动…" (鞍山 2021, held-out set 34), "装备制造、石化和冶金
 * 三大支柱行业规上工业增加值…分别增长" (辽宁 2023): the class the n items make up, named after the last of them ("三大
 * 主导产业"), is no part of it.
 */
function withoutClass(items: string[]): string[] {
  const last = items[items.length - 1];
  const m = CLASS_NAMED.exec(last);
  if (!m || m.index === 0 || (cnNumber(m[1]) ?? Number(m[1])) !== items.length) return items;
  return [...items.slice(0, -1), last.slice(0, m.index) + last.slice(m.index + m[0].length)];
}
const CLASS_NAMED = /([两二三四五六七八九十]|\d{1,2})大[\u4e00-\u9fff]{0,4}?(?:产业|行业|板块|领域|门类)(?:集群)?/u;

/**
 * "汽车制造业和电气机械和器材制造业": a 和 inside a name ("电气机械和器材制造业") is not between items. Pieces are
 * joined back until each item ends as the last one does (业, 区, 品…), when that gives exactly n items.
 */
function namesWithAnd(phrase: string, n: number): string[] | undefined {
  if (n < 2) return undefined;
  const joined = namesEndingAlike(phrase, n, AND_SPLIT) ?? namesEndingAlike(phrase, n, JOINT_SPLIT);
  if (joined) return joined;
  // "采矿业和电力、热力、燃气及水生产和供应业增加值同比保持两位数增长,分别增长18.6%和10.3%" (江门 2020 1-8月, held-out
  // set 29): the measure written once after the last name (增加值) is every item's; the names end alike before it (业),
  // and a name may hold 、 as well as 和 and 及 (an industry's official name).
  const head = sharedHead(phrase);
  if (!head || head.length >= phrase.length - 1) return undefined;
  const names = phrase.slice(0, -head.length);
  const items = namesEndingAlike(names, n, AND_SPLIT) ?? namesEndingAlike(names, n, JOINT_SPLIT);
  return items?.map((x) => x + head);
}
const AND_SPLIT = /(和|及|与)/u;
const JOINT_SPLIT = /(、|和|及|与)/u;

/** The phrase's pieces (split at `split`, its joints kept) joined back until each item ends as the last does. */
function namesEndingAlike(phrase: string, n: number, split: RegExp): string[] | undefined {
  const pieces = phrase.split(split);
  const tail = phrase.charCodeAt(phrase.length - 1);
  const out: string[] = [];
  let item = '';
  for (let k = 0; k < pieces.length; k += 2) {
    item += (item ? pieces[k - 1] : '') + pieces[k].trim();
    if (item && item.charCodeAt(item.length - 1) === tail) {
      out.push(item);
      item = '';
    }
  }
  return out.length === n && !item ? out : undefined;
}

/**
 * "芜湖市两大重点行业——非金属矿物制品业、黑色金属冶炼和压延加工业的出厂价格…" (芜湖 2013, held-out set 22): an item whose
 * group is named before a dash is the name after it.
 */
function afterDash(item: string): string {
  const dash = item.lastIndexOf('——');
  return dash > 0 && item.length - dash > 3 ? item.slice(dash + 2) : item;
}

/** A group of one or two characters before the people it qualifies: 农村居民…, 城市职工…, 乡居民…, 农村常住居民…. */
const PEOPLE_AFTER = /^([\u4e00-\u9fff]{1,2}?)(?:常住)?(?:居民|人口|职工|家庭)/u;
/** 城、乡 written short for 城镇 and 农村 ("城、乡居民人均可支配收入分别增长8%、9%", 涪城区, held-out set 11). */
const SHORT_GROUP: Record<string, string> = { 城: '城镇', 乡: '农村' };

/** An ordinal alone ("第一", "二"), and one opening a name ("三产业…"): 第 and the number apart. */
const ORDINAL_ALONE = /^(第?)([一二三四五六七八九十])$/u;
const ORDINAL_OPENING = /^(第?)([一二三四五六七八九十])(?=[\u4e00-\u9fff])/u;

/** A kind of one character, its scope before it ("规模以上轻、重工业增加值": 安徽 2011-07, chinanews). */
const ONE_KIND = /^(?:规模以上|规上)?[\u4e00-\u9fff]$/u;
/**
 * A kind of one character, then the head the kinds before it share, and a measure: 重工业, 中型企业增加值, 外资企业;
 * 中型企业工业增加值 ("大、中型企业工业增加值分别增长2.3%和0.4%", 浙江 2017 4月, held-out set 49).
 */
const KIND_HEAD = /^[\u4e00-\u9fff]((?:型|资)?企业|工业|产业)((?:(?:工业)?(?:增加值|总产值|产值)|利润|投资)?)$/u;
/** A level alone: 省级, 国家级, 市级, 县级, 国家级 (级 or 級). */
const LEVEL_ALONE = /^[\u4e00-\u9fff]{1,3}[级級]$/u;
/** A level, then the noun the levels before it share: 国家级企业技术中心 → 企业技术中心. */
const LEVEL_HEAD = /^[\u4e00-\u9fff]{1,3}[级級]([\u4e00-\u9fff]{2,12})$/u;
/** A word of two characters whose second is written once for the items before it: 存、贷款 (余额), 进、出口 (总额). */
const SPLIT_WORD = /^[\u4e00-\u9fff](款|口)((?:总额|总值|余额|额)?)$/u;
const HAN_LAST = /[\u4e00-\u9fff]$/u;
/** A head noun written once after the last item belongs to all: 装备制造业、高技术制造业增加值. */
function shareHead(items: string[]): string[] {
  const last = items[items.length - 1];
  // "第一、二、三产业对生产总值增长的贡献率分别为6.8%、73.7%和19.5%" (阿拉善盟 2022, held-out set 34), "第一、二、三产业
  // 增加值…": ordinals alone before the last item share all it says after its own ordinal (第 written once, first).
  const ordinal = ORDINAL_OPENING.exec(last);
  if (ordinal && ordinal[0].length < last.length && items.slice(0, -1).every((x) => ORDINAL_ALONE.test(x))) {
    const th = ORDINAL_ALONE.exec(items[0])![1];
    const rest = last.slice(ordinal[0].length);
    return items.map((x, i) => th + (i === items.length - 1 ? ordinal[2] : ORDINAL_ALONE.exec(x)![2]) + rest);
  }
  // "城镇和农村居民人均可支配收入": the people (居民…) written once after the last of two-character groups; "城、乡居民…":
  // after one-character ones.
  const people = PEOPLE_AFTER.exec(last);
  const g = people ? people[1].length : 0;
  if (people && items.length > 1 && items.slice(0, -1).every((x) => x.length === g && !MEASURE_END.test(x))) {
    const rest = last.slice(g);
    return items.map((x) => (g === 1 ? (SHORT_GROUP[x[0]] ?? x[0]) : x.slice(0, g)) + rest);
  }
  // "轻、重工业分别实现增加值2962.2亿元、5841.3亿元" (山东 2009 上半年, held-out set 42), "大、中型企业": one-character
  // kinds before the last item share the head it writes after its own kind (轻工业, 重工业; 大型企业, 中型企业).
  const kinds = items.length > 1 && items.slice(0, -1).every((x) => ONE_KIND.test(x)) ? KIND_HEAD.exec(last) : null;
  if (kinds) return items.map((x, i) => (i === items.length - 1 ? last : x + kinds[1] + kinds[2]));
  // "省级和国家级企业技术中心分别达到453家和23家" (安徽's 2010 industry plan, test/corpus/anhui-2010-industry-plan),
  // "国家级、省级重点实验室": levels alone before the last item share the noun it writes after its own level (省级企业技术
  // 中心, not 省级 alone).
  const level = items.length > 1 && items.slice(0, -1).every((x) => LEVEL_ALONE.test(x)) ? LEVEL_HEAD.exec(last) : null;
  if (level) return items.map((x, i) => (i === items.length - 1 ? last : x + level[1]));
  // "金融機構存、貸款分別增長35%和40.1%" (海南 2009, a 繁體 copy, held-out set 44), "进、出口总额": a word of two characters
  // written once, its first character each item's own (存款, 贷款; 进口, 出口); the first item may have its scope before.
  const split = items.length > 1 ? SPLIT_WORD.exec(last) : null;
  if (split && items.slice(0, -1).every((x, i) => (i === 0 || x.length === 1) && !x.endsWith(split[1]) && HAN_LAST.test(x)))
    return items.map((x, i) => (i === items.length - 1 ? last : x + split[1] + split[2]));
  // "商品房销售面积增速和销售额增速分别为…": a rate of a measure alone after the first item, with its own measure and the
  // same rate, is of the owner the first item names (商品房销售额增速).
  const owned = items.length > 1 ? OWNED_RATE.exec(items[0]) : null;
  if (owned && owned.index >= 2 && items.slice(1).every((x) => BARE_RATE_ITEM.test(x) && x.endsWith(owned[2])))
    return items.map((x, i) => (i === 0 ? x : items[0].slice(0, owned.index) + x));
  const long = sharedHead(last);
  // ("电信业务总量、业务收入分别增长21.7%、7.6%" (新华社 2008): an item that names its own measure, 总量 too, takes none;
  // nor does one that counts (户数, 企业数): "借贷户数和借贷余额分别下降70%和69%" (正蓝旗's 2018 政府工作报告) is no
  // 借贷户数余额.)
  if (!long || items.slice(0, -1).some((x) => MEASURE_END.test(x) || x.endsWith('总量') || x.endsWith('数'))) return items;
  // ("…、黑色金属冶炼和压延加工业的出厂价格": the 的 before the head written once is not part of the last item's name.)
  return items.map((x, i) => (i === items.length - 1 ? (x.endsWith('的' + long) ? x.slice(0, -long.length - 1) + long : x) : x + long));
}

const ITEM_MEASURES =
  '销售面积|施工面积|竣工面积|面积|产量|产值|增加值|投资额?|营业收入|主营业务收入|利润总额|利润|利税|销售收入|销售额|零售额|出口额|进口额|总额|总值';
/** An item that names its owner, a measure and a rate of it: 商品房销售面积增速 (商品房, 销售面积, 增速). */
const OWNED_RATE = new RegExp(`(${ITEM_MEASURES})(增速|增幅)$`, 'u');
/** A measure's rate alone: 销售额增速. */
const BARE_RATE_ITEM = new RegExp(`^(?:${ITEM_MEASURES})(?:增速|增幅)$`, 'u');
/** The measure a list's last item has beyond a plain name ("专用设备制造业增加值" → 增加值): the longest it ends with. */
export function sharedHead(last: string): string | undefined {
  const head = MEASURE_END.exec(last)?.[0];
  if (!head) return undefined;
  return (
    /(?:主营业务收入|营业收入|利润总额|增加值|产量|产值|投资额?|零售额|销售额|出口额|进口额|总额|(?:地区生产|国内生产|生产)?总值|出栏|存栏|(?:出厂|购进|零售|销售)价格)$/u.exec(
      last,
    )?.[0] ?? head
  );
}

const FROM_CHARS = charTable('从自');
const STREAK_START = /^[从自]\d{1,2}月份?(?:累计)?(?:开始|起)/u;

/** The phrase before 分别 in a clause, cut where its predicate starts ("…总值年均分别增长" → "…总值"). */
export function distributedPhrase(pre: string): string | undefined {
  const d = DISTRIBUTOR.exec(pre);
  if (!d) return undefined;
  // A note in brackets goes first: "增加值（按可比价格计算）分别增长" is not cut at the 比 of 可比价格.
  // So does how the rates are reckoned: "…分别实现550.7亿元和95.8亿元,按可比口径分别增长20.1%和12.1%" (长春高新区 2013,
  // held-out set 56) labelled them 全口径财政收入按增速 (cut at the 比 of 可比, 按 left).
  let phrase = pre
    .slice(0, d.index)
    .replace(/[（(][^）)]*[）)]/gu, '')
    .replace(/按照?可比(?:价格|价|口径)(?:计算)?/gu, '');
  // ("从7月份累计开始全市…总产值与增加值增速…分别维持在": the time a streak began opens the clause, and its 累计 cuts nothing.)
  if (isIn(FROM_CHARS, phrase, 0)) phrase = phrase.replace(STREAK_START, '');
  // "城市居民人均可支配收入、农民人均纯收入分别增长…": 人均/户均/亩均 name a measure, not the 均 of 均增长.
  const cut = /同比|环比|年均|平均|比(?![重例率值较])|较(?![快大高好多为])|实际|名义|累计|(?<![人户亩])均/u.exec(phrase);
  if (cut) phrase = phrase.slice(0, cut.index);
  return cleanSubject(phrase) || '';
}

/**
 * The subjects of the n parts of a ratio whose names the subject lists before one measure: "制造业、电热气水的供应业、
 * 采矿业增加值总量在全区规上工业增加值的占比" → 制造业增加值总量在…的占比, 电热气水的供应业增加值总量在…, 采矿业….
 */
export function ratioItems(subject: string, n: number): string[] | undefined {
  const sectors = sectorItems(subject, n, true);
  if (sectors) return sectors;
  const names = subject.split('、');
  if (names.length !== n) return undefined;
  const last = names[n - 1];
  const at = last.search(RATIO_MEASURE);
  if (at <= 0 || names.some((x) => x.length === 0)) return undefined;
  const tail = last.slice(at);
  return names.map((x, k) => (k === n - 1 ? x : x + tail));
}
/**
 * "三次产业增加值分别增长9%、30%和37%" (四平 2011), "三次产业结构为17.8:42.8:39.4" (汉中 2016), "一、二、三次产业比例为
 * 14.1︰52.1︰33.8" (安徽 2010): the three sectors written as one word are 第一, 第二 and 第三产业, each with what the word
 * says of them; a ratio's word (结构, 比例, 之比) is no part of a sector's name: a ratio's part is the sector's 占比.
 */
export function sectorItems(phrase: string, n: number, ratio = false): string[] | undefined {
  if (n !== 3 || !phrase.includes('产业')) return undefined;
  const m = THREE_SECTORS.exec(phrase);
  if (!m) return undefined;
  // ("三次产业投资之比由…调整为…": 比 was cut before; its 之 is left.)
  // ("三次产业结构调整为13.8∶46.2∶40" (湖南 2010): the move's verb is no part of the sectors' shares.)
  const rest = phrase.slice(m.index + m[0].length).replace(RATIO_MOVED, '');
  const of = rest.endsWith('之');
  const tail = (of ? rest.slice(0, -1) : rest) + (ratio && (m[1] || of) ? '占比' : '');
  return ['第一', '第二', '第三'].map((x) => phrase.slice(0, m.index) + x + '产业' + tail);
}
const RATIO_MOVED = /(?:调整|优化|转变|变化|改变|演变|改善|升级)$/u;
const THREE_SECTORS = /(?:三次|三大|第?一、二、三次?)产业((?:结构)?(?:比例|比重|占比|之比|比)|结构)?/u;
const RATIO_MEASURE = /增加值|产值|营业收入|主营业务收入|利润|投资|产量|总量|比重|占比|比例|结构/u;

/** "3个行业的增速分别为…": a count of the n items named before is not part of their subject. */
const LIST_COUNT = /^(\d{1,2}|[两二三四五六七八九十]{1,2})(?:个|家|大|类|项|种)[\u4e00-\u9fff]{0,6}?的/u;
export function withoutListCount(phrase: string, n: number): string {
  const m = LIST_COUNT.exec(phrase);
  if (m && (cnNumber(m[1]) ?? Number(m[1])) === n) return phrase.slice(m[0].length);
  // "香洲、金灣和斗門三個行政區分別實現…" (珠海 2011): the count of the n items named before it, and what they are,
  // is none of their names (斗門, not 斗門三個行政區).
  const t = LIST_COUNT_AFTER.exec(phrase);
  if (t && t.index > 0 && (cnNumber(t[1]) ?? Number(t[1])) === n && /[、和及与]/u.test(phrase.slice(0, t.index)))
    return phrase.slice(0, t.index);
  return phrase;
}
const LIST_COUNT_AFTER =
  /(?<![\d.一二三四五六七八九十两第])(\d{1,2}|[两二三四五六七八九十]{1,2})(?:个|個|家|大|类|類|项|項)[\u4e00-\u9fff]{1,6}$/u;

/** What splitItems splits at: a clause without one of these names no list. */
const JOINED = /[、和及与]/u;
/** "增速与上月持平": 与/和/同 before what is compared with, not between two items. */
const COMPARED = /[与和同跟][^，；、]{0,8}(?:持平|相比|相当|相同|一致|比较)/u;

const BASES_FIRST = /^\s*[较比]/u;

/** A name alone in its clause: Han characters (and 、 inside one: 纺织服装、服饰业), nothing said of it. */
const NAME_CLAUSE = /^[\u4e00-\u9fff、]{2,16}$/u;

/**
 * "电气机械和器材制造业,纺织服装、服饰业,化学原料和化学制品制造业增势抢眼,分别增长15.4%、25.3%、22.0%" (赣州 2020 1-9月,
 * held-out set 25): n names written one to a clause, the last with how they fared, are the n items (a name may hold
 * 、 or 和, so they are not split at those). `from`: where the last one's clause starts; `last`: its name. Each name
 * ends as the last does (业); exactly n: one more such name in the clause before the first makes no such list.
 */
export function namesByClause(sentence: string, from: number, last: string, n: number): string[] | undefined {
  if (n < 2 || last.length < 2) return undefined;
  const tail = last.charCodeAt(last.length - 1);
  const items = [last];
  let end = from - 1;
  for (;;) {
    if (end <= 0 || !isIn(COMMA_CHARS, sentence, end)) return items.length === n ? items : undefined;
    let start = end;
    while (start > 0 && !isIn(CLAUSE_CHARS, sentence, start - 1)) start--;
    const name = sentence.slice(start, end).trim();
    const isName = NAME_CLAUSE.test(name) && name.charCodeAt(name.length - 1) === tail;
    if (items.length === n) return isName ? undefined : items;
    if (!isName) return undefined;
    items.unshift(name);
    end = start - 1;
  }
}

/**
 * "从增速看,居民服务、修理和其他服务业,交通运输、仓储和邮政业以及文化、体育和娱乐业等三个行业营业收入增长较快,前11个月
 * 分别实现营业收入4.9亿元、75.4亿元和14.9亿元" (常州's 2013 1-11月 services,
 * https://tjj.changzhou.gov.cn/html/tjj/2013/OPOEMFCL_0111/9546.html): official names, which hold 、 and 和 of their
 * own, set apart by commas, the last clause joining the last of them with 以及 (和, 及, 、) before the count of all
 * (等三个行业) and the measure they share. The items are the last clause's names and, before them, a name to a clause
 * (an official name, or a short one of an industry); the clause before those names none. They were cut at
 * their own 、 and 和: 交通运输 / 仓储和邮政业以及文化 / 体育和娱乐业等三个行业营业收入.
 */
export function officialNamesByClause(sentence: string, from: number, last: string, n: number): string[] | undefined {
  if (n < 3 || from < 2 || !isIn(COMMA_CHARS, sentence, from - 1) || !OFFICIAL_JOINTS.test(last)) return undefined;
  const masked = last.replace(OFFICIAL_NAMES, maskJoints);
  if (masked === last) return undefined;
  const count = COUNT_OF_ALL.exec(masked);
  if (count && (cnNumber(count[1]) ?? Number(count[1])) !== n) return undefined;
  const head = sharedHead(count ? masked.slice(count.index + count[0].length) : masked) ?? '';
  // (A count of n written before the list's verb is gone already, 等 left: withoutListCount.)
  const names = (count ? masked.slice(0, count.index) : masked.slice(0, masked.length - head.length)).replace(/等$/u, '');
  const items = names
    .split(/以及|[、和及与]/u)
    .map((x) => unmaskJoints(x.trim()))
    .filter(Boolean);
  if (items.length >= n || !items.every((x) => OFFICIAL_WHOLE.test(x))) return undefined;
  let end = from - 1;
  while (items.length < n) {
    if (end <= 0 || !isIn(COMMA_CHARS, sentence, end)) return undefined;
    let start = end;
    while (start > 0 && !isIn(CLAUSE_CHARS, sentence, start - 1)) start--;
    const name = sentence.slice(start, end).trim();
    if (!OFFICIAL_WHOLE.test(name)) return undefined;
    items.unshift(name);
    end = start - 1;
  }
  // (The clause before the first name is none: "从增速看", a figure's, or the sentence's start.)
  if (end > 0 && isIn(COMMA_CHARS, sentence, end)) {
    let start = end;
    while (start > 0 && !isIn(CLAUSE_CHARS, sentence, start - 1)) start--;
    const before = sentence.slice(start, end).trim();
    if (OFFICIAL_WHOLE.test(before)) return undefined;
  }
  return items.map((x) => x + head);
}
/** The count of all the items of a list, and what they are: 等三个行业, 等3个行业, 三大行业, 四类行业. */
export const COUNT_OF_ALL = /等?(\d{1,2}|[两二三四五六七八九十]{1,2})(?:个|個|大|类|類|项|項)(?:行业|行業|产业|產業|门类|門類|领域|領域)/u;
/** A whole official name (交通运输、仓储和邮政业), or a short one of an industry (批发零售业), not a clause ending in 业. */
const OFFICIAL_WHOLE = new RegExp(`^(?:${OFFICIAL_NAMES.source}|[\\u4e00-\\u9fff]{1,7}业)$`, 'u');

/** An enumeration (A、B、C; A和B: 材料产业和电子产业…，增速分别为…) in the clauses before `clauseStart`, split in n items. */
/** A number and its magnitude or unit: a figure (not a year's, month's or day's number). */
const FIGURE_IN = /\d(?:\.\d+)?(?:万亿|亿|万)?(?![年月日号])[\u4e00-\u9fff%％]/u;
export function earlierEnumeration(sentence: string, clauseStart: number, n: number): string[] | undefined {
  const before = sentence
    .slice(0, clauseStart)
    .split(/[，；：]/u)
    .reverse();
  for (const clause of before) {
    if (!JOINED.test(clause) || COMPARED.test(clause)) continue;
    // ("仪器仪表、化工、鞋革、通用设备和电力等行业增速相对较快,产值分别…": 温州, held-out set 16.)
    // ("规模以上工业总产值和销售产值双双突破12000亿元大关,同比增长20.5%和20.2%": 杭州, held-out set 20.)
    const subject = clause.split(
      /同比|环比|增长|下降|分别|保持|实现|较快|增速|增幅|增势|为|所?占|比(?![重例率值])|双双|突破|达到|超过|完成/u,
    )[0];
    // "较一季度、上半年和前三季度分别提高…": the bases compared with name no items (淮北 2023).
    if (BASES_FIRST.test(subject)) continue;
    // "江汽股份累计产销50.97万辆和50.65万辆,同比增长9.2%和6.2%" (安徽's 2013 car industry,
    // http://chongdian360.cn/pingdaoxinwen/show.php?itemid=19447): a list of figures names no items (its second was "辆").
    if (FIGURE_IN.test(subject)) continue;
    const items = splitItems(cleanSubject(subject), n);
    if (items) return items;
  }
  return undefined;
}

/**
 * "10月、11月、12月增加值增速分别为3.1%、5.8%和6.5%", "2013-2017年规上工业增速分别为11.1%、9.6%、…": a list
 * of n periods (or a span of n years) before 分别 gives each value its own period.
 */
export function listPeriods(mentions: PeriodMention[], from: number, to: number, n: number): string[] | undefined {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to && m.role !== 'base');
  if (inside.length === n && n > 1) return inside.map((m) => m.text);
  // "2021年第一、二、三、四季度利润同比分别增长…": the year the parts listed after it are of.
  if (inside.length === n + 1 && n > 1 && YEAR_ONLY.test(inside[0].text) && inside[0].end === inside[1].start)
    return inside.slice(1).map((m) => inside[0].text + m.text);
  const span = inside.length === 1 ? inside[0] : undefined;
  if (span?.from !== undefined && span.to !== undefined && span.to - span.from + 1 === n)
    return Array.from({ length: n }, (_, i) => `${span.from! + i}年`);
  return undefined;
}

/**
 * "2-7月，烟草制品业增加值累计降幅分别为7.5%,7.8%,8.6%,10.4%,11.7%,12.6%" (云南, held-out set 15): a span of
 * months named before 分别 in the sentence, as many months as the list has items, gives each item its month; a
 * 累计 rate of month k is of the months 1-k.
 */
const YEAR_ONLY = /^(?:19|20)\d{2}年$/u;
const SPAN_THEN_CLAUSE = /^份?[，,]\s*$/u;
const MONTH_SPAN = /^((?:19|20)\d{2}年)?(\d{1,2})-(\d{1,2})月$/u;
/**
 * "上半年各月份工业增速分别为:6.1%、12.1%、10.9%、12.0%、11.5%和18.5%" (吉林 2009 上半年, held-out set 42): a part of the
 * year whose 各月 (each month) the list then gives is its span of months, read as MONTH_SPAN's groups.
 */
const PART_OF_YEAR = /^((?:19|20)\d{2}年)?(上半年|下半年|前三季度|第?[一二三四]季度)$/u;
const PART_SPANS: Readonly<Record<string, readonly [number, number]>> = {
  上半年: [1, 6],
  下半年: [7, 12],
  前三季度: [1, 9],
  一季度: [1, 3],
  二季度: [4, 6],
  三季度: [7, 9],
  四季度: [10, 12],
};
function partMonths(text: string, toList: string): [string, string | undefined, string, string] | null {
  const part = PART_OF_YEAR.exec(text);
  if (!part || !toList.includes('各月')) return null;
  const [from, to] = PART_SPANS[part[2].replace('第', '')];
  return [text, part[1], String(from), String(to)];
}
export function monthSpanPeriods(
  sentence: string,
  mentions: PeriodMention[],
  from: number,
  to: number,
  n: number,
  cumulative: boolean,
): string[] | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.end > to || m.role !== 'time') continue;
    // The months open the list's own clause or the one just before it ("1—2月份，…，分别高出全国、全省…" names
    // the time of the whole sentence, not one month per item).
    if (m.end < from && !SPAN_THEN_CLAUSE.test(sentence.slice(m.end, from))) return undefined;
    const span = MONTH_SPAN.exec(m.text) ?? partMonths(m.text, sentence.slice(m.end, to));
    if (!span) return undefined;
    const first = Number(span[2]);
    if (Number(span[3]) - first + 1 !== n || n < 2) return undefined;
    const year = span[1] ?? '';
    return Array.from({ length: n }, (_, i) => `${year}${cumulative && first + i > 1 ? `1-${first + i}` : first + i}月`);
  }
  return undefined;
}
