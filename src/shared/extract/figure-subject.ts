/**
 * A figure's subject (entity): named in its clause, handed out by a 分别 list, the noun counted after it, or inherited
 * from the figure before, the clause before or the paragraph (a bare measure, a property such as 比重 or 贡献率).
 */
import { amongAfter, amongListedAfter } from './among';
import { charTable, codeWithin, endsWithAny, isIn, lastChars, lastCode, wordSet } from './chars';
import { MONTHS_HAD } from './kinds';
import { cleanSubject, nounAfter, subjectBefore } from './labels';
import { fusedPart, insideFused, listPeriods, listPeriodsBefore, monthSpanPeriods } from './lists';
import { clauseStart } from './sentences';
import { countsPlaces, placesCounted } from './tokens';
import { PERCENT_UNITS, POINT_UNITS, baseOf, isCountUnit } from './units';
import {
  CLOSING,
  COMPARED_NEXT,
  CONTRIBUTED_BY,
  CONTRIBUTION,
  DIGIT,
  LIST_JOINT,
  MEASURE_SHARE,
  MEASURE_TAIL,
  NAMES_JOINED,
  OPEN_BRACKET,
  PLACES_AMONG_AFTER,
  RATE_TAIL,
} from './figure-words';
import { itemOf, listSubjects } from './list-subjects';
import { ratioPart } from './ratios';
import type { FigureDraft, Found, Reading } from './reading';
import {
  PLACES_AMONG,
  PROVINCE,
  counted,
  groupBefore,
  placeOnly,
  sameMeasureBefore,
  sameMeasureOf,
  subjectBetween,
  weakSubject,
} from './subject-rules';

/** What a body's parts are counted as, written after the count: 子公司, 分公司, 下属企业, 成员企业, 所属企业. */
const PART_NOUN = /^(?:全资|控股)?(?:子公司|分公司|下属(?:企业|公司|单位)|成员(?:企业|单位)|所属(?:企业|公司|单位))/u;
const PART_NOUN_FIRST = new Set([...'全控子分下成所'].map((c) => c.charCodeAt(0)));
const NO_SUBJECT = Object.freeze({ subject: '', property: false });
/** What a pull or a contribution starts with after the firms counted (拉动, 带动, 贡献…, 对…的贡献). */
const PULL_FIRST = charTable('拉带贡');
/**
 * Around the names of firms counted: 其中 before, 等 after. (No clause mark after 其中: the names are read from their
 * clause's start, after any mark.)
 */
const NAMED_FIRMS_TRIM = /^其中|等$/gu;
/** 分别 (依次), a verb of a level and the measure the values are of, closing the clause before the lead value. */
const MEASURE_AFTER_DISTRIBUTOR =
  /(?:分别|依次)(?:实现|完成|达到|达)(营业收入|主营业务收入|工业增加值|增加值|工业总产值|总产值|产值|利润总额|利润|利税|税收|销售收入|销售额|投资|出口额|进口额)$/u;
/** 分别 (依次), a verb of a level and the one measure a list over periods gives the values of: "分别完成国内生产总值". */
const MEASURE_OVER_PERIODS = /(?:分别|依次)(?:实现|完成|达到|达)([\u4e00-\u9fff]{2,12})$/u;
/** An amount's 以上, more such bounds, then the projects or firms they pick out: "以上、50亿元以上以及百亿元龙头型重大项目". */
const AMOUNT_CLASS_AFTER =
  /^及?以上(?:(?:[、和及与]|以及)(?:\d+(?:\.\d+)?|[十百千])(?:万亿|亿|万)?元(?:及?以上)?)*(?:[、和及与]|以及)?([\u4e00-\u9fff]{0,6}?(?:项目|企业))/u;
/** Where an amount's 以上 (及以上) starts, at the token's end or just before it (a token read with it), or -1. */
function aboveAt(sentence: string, end: number): number {
  if (sentence.startsWith('以上', end) || sentence.startsWith('及以上', end)) return end;
  if (sentence.startsWith('以上', end - 2)) return sentence.startsWith('及以上', end - 3) ? end - 3 : end - 2;
  return -1;
}
/** An item that names its own measure already. */
const OWN_MEASURE_END = /(?:收入|增加值|产值|利润|利税|税收|销售额|投资额?|总额|总值|产量|增速|增幅|比重|占比)$/u;
/**
 * "2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;分别完成工业开票销售506亿元、
 * 639.4亿元、785亿元" (金坛经济开发区, held-out set 55): a clause opening with 分别, of as many values as a list before it
 * in its sentence given each its period, is a list parallel to it, of the same periods.
 */
function parallelPeriods(listed: Map<number, string[]>, at: number, n: number): string[] | undefined {
  let last: string[] | undefined;
  for (const [k, periods] of listed) if (k < at && periods.length === n) last = periods;
  return last;
}
/** "累计降幅分别为…": rates over the months from January. */
const ACCUMULATED = /累计/u;
export function readSubject(r: Reading, d: FigureDraft): void {
  const { sentence, tokens, found, mentions } = r;
  const { i, t, cs, k, prevInClause, clausePre, pre, cpFirst, run, leadIndex, item, lead, range, pred } = d;
  // The subject: from a 分别 list, the clause, the counted noun, or the figure before.
  let entity = '';
  let property = false;
  /** The figure is a pull (拉动, 上拉, 影响…) on another measure, of the subject before. */
  let pull = false;
  if (run && leadIndex === i) {
    const items = listSubjects(sentence, cs, clausePre, run.length, found, i, r.distributed);
    // "采矿业、制造业、电力热力燃气及水的生产和供应业等三大门类分别实现增加值190.96亿元、518.92亿元和214.29亿元" (乌鲁木齐
    // 2022, test/corpus/urumqi-2022-economy): the measure written after 分别 and its verb is each item's (采矿业增加值), as
    // it is a single figure's after its verb; the items were labelled by their names alone.
    const measure = items.length > 0 && clausePre.length > 4 ? MEASURE_AFTER_DISTRIBUTOR.exec(clausePre) : null;
    r.distributed.set(
      i,
      measure ? items.map((x) => (x && !x.endsWith(measure[1]) && !OWN_MEASURE_END.test(x) ? x + measure[1] : x)) : items,
    );
    const d = /分别|依次/u.exec(clausePre);
    // A span of months is handed out only to the values of one subject ("石化、食品、电力分别增长…" after 1—3月 are
    // three subjects of the same months).
    const periods = d
      ? (listPeriods(mentions, cs, cs + d.index, run.length) ??
        listPeriodsBefore(sentence, mentions, cs, run.length) ??
        (new Set(r.distributed.get(i)).size > 1
          ? undefined
          : monthSpanPeriods(sentence, mentions, cs, cs + d.index, run.length, ACCUMULATED.test(clausePre))) ??
        (d.index === 0 ? parallelPeriods(r.listPeriodOf, i, run.length) : undefined))
      : undefined;
    if (periods) r.listPeriodOf.set(i, periods);
    // "2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元" (金坛经济开发区, held-out set 55): a list of one
    // measure's values over periods names no items; the measure written after 分别 and its verb is each value's, as it
    // is a single figure's after its verb (they were labelled 项目, of the clause before).
    // (A clause opening with 分别 names no items before it: the items of a list before are not its.)
    if (periods && (d!.index === 0 || !(r.distributed.get(i) ?? []).some(Boolean))) {
      const measure = MEASURE_OVER_PERIODS.exec(clausePre);
      const name = measure ? cleanSubject(measure[1]) : '';
      if (name.length >= 2) r.distributed.set(i, Array<string>(run.length).fill(name));
    }
  }
  if (run) entity = itemOf(r.distributed.get(leadIndex), item) ?? '';
  // An item of a list that names no subjects is the lead's measure again ("同比、环比分别回落0.3、0.4个百分点").
  // "在全国27个省会城市中排名第3位、35个大中城市中排名第4位" (郑州 2015, held-out set 36): a count of the places the next
  // place is held among counts the noun after it, not the measure of the list's lead.
  if (
    !entity &&
    isCountUnit(t.unit) &&
    codeWithin(sentence, 0x4e2d /* 中 */, t.outerEnd + 1, t.outerEnd + 8) &&
    PLACES_AMONG_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 16))
  )
    entity = counted(sentence, t, tokens[i + 1]);
  // "在全国27个省会城市中排名第3位、35个大中城市中排名第4位,同比均提升10个名次" (郑州 2015, held-out set 36): places
  // gained or lost (名次 counted after a verb of moving) are the places' measure's, the one whose place was given before.
  if (t.unit === '个' && sentence.startsWith('名次', t.outerEnd) && PLACES_MOVED_BEFORE.test(pre)) {
    for (let k2 = found.length - 1; k2 >= 0; k2--)
      if (found[k2].t.form === 'ordinal' && found[k2].entity) {
        entity = found[k2].entity;
        break;
      }
  }
  const asLead = !entity && lead !== undefined;
  if (asLead) entity = lead.entity;
  if (!entity && range) entity = range.entity;
  if (!entity) {
    // "5个国家级企业技术中心、2个国家级重点实验室": a noun followed by 、 belongs to the number before it.
    // "比全国高11.4个百分点、比全省高高8.1个百分点" (遵义 2021, held-out set 29): the next item, against another comparand, is of the
    // same figure.
    // ("國家高新區以全國 2.5%的建設用地創造了 13.4%的國內生產總值" (a 繁體 copy of 科技部's figures for 2021,
    // http://www.ccyxbj.cn/hyshuju/3fa5258ee3f0c2becfa867cd9d80f248.html): a space a page set before the number, of any
    // kind (ASCII, ideographic, no-break, a tab), is read past.)
    // ("全省11个市中工业增速排第3位" (seen on an imported deck, session 33): after places counted and 中, the subject is
    // what the clause names after them, not 市中工业增速.)
    const amongPlaces = prevInClause?.kind === 'count' ? PLACES_AMONG.exec(pre) : null;
    const sb =
      prevInClause && (/[、和及与]$/u.test(pre) || (prevInClause.pred.comparison && COMPARED_NEXT.test(pre)))
        ? NO_SUBJECT
        : amongPlacesSubject(pre, amongPlaces);
    entity = sb.subject;
    property = sb.property;
    // ("编制实施年度500项…项目清单": 年度 between the verb and the count is of the noun after it.)
    const endsInVerb =
      endsWithAny(entity, VERB_END, VERB_END_LAST) ||
      (entity.endsWith('年度') && endsWithAny(entity.slice(0, -2), VERB_END, VERB_END_LAST));
    const count = isCountUnit(t.unit) || countsPlaces(sentence, t);
    // Whether the subject is too weak to keep: asked only of figures that may name their noun after them.
    // (A count in numerals after the names it counts, "建材和电子信息两个2000亿元产业", counts the noun after it: tokens.ts.)
    const weak =
      (count || t.form === 'chinese' || endsInVerb || t.unit === '%') &&
      ((count && t.form === 'chinese') ||
        weakSubject(entity, pre, endsInVerb, count) ||
        (count && placeOnly(entity, pre, sentence, t.outerEnd)) ||
        // "推動5個方面18項重點工作項目化" (襄阳 2022, held-out set 29): a count right after another count and its noun
        // counts the noun after it, a word of summing between or not ("5个方面共18项重点工作", "3个园区累计12个项目").
        (count && prevInClause?.kind === 'count' && COUNT_NOUN_ONLY.test(pre)) ||
        // "我市工业增速在全国27个省会城市中排名第3位" (郑州 2015, held-out set 36): a count right after 在 and its scope
        // counts the places named after it, among which something is placed.
        (count && COUNTED_AFTER_AT.test(pre)));
    // "41个大类行业中有34个": the noun counted before 中 is the subject, whatever stands before the number.
    const among = count && amongAfter(sentence, t.outerEnd);
    let noun = (count || t.form === 'chinese' || endsInVerb) && (weak || among) ? counted(sentence, t, tokens[i + 1]) : '';
    // "工业23个行业大类中食品制造业、…、金属制品业等15个行业保持增长" (郾城区, held-out set 11): the noun before 中
    // is what is counted, the names after it the members of the count that follows.
    const listed = count && !among ? amongListedAfter(sentence, t.outerEnd) : null;
    if (listed) noun = listed[1];
    // "在重点检测的41大类中,有21类行业实现正增长" (辽宁 2020 4月, held-out set 54): classes of industry counted with 大类
    // right before 中 are what is counted, as "41个大类行业中" counts its noun; the words before them only pick them out.
    if (
      !noun &&
      t.unit === '大类' &&
      isIn(AMONG_FIRST, sentence, t.outerEnd) &&
      CLASSES_AMONG.test(sentence.slice(t.outerEnd, t.outerEnd + 4))
    )
      noun = t.unit;
    // "全省59.1%的规上工业企业产值同比增长": a share of the noun after 的.
    // "，71.2%工业品产量实现增长": a share opening its clause is of the noun after it, 的 or not.
    // ("增长5.7%的止跌企稳,再到1至6月份10.1%的提速增长" (哈尔滨 2009, held-out set 31): a move described after 的, closing
    // its clause, is how the rate went, no noun the rate is a share of.)
    // ("比去年底占比42.5%的水平提高1.9个百分点" (鹰潭 2012 上半年, held-out set 41): 的水平 is the level of the number itself.)
    const de =
      sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */ &&
      !MOVE_DESCRIBED.test(sentence.slice(t.outerEnd, t.outerEnd + 8)) &&
      !OWN_LEVEL.test(sentence.slice(t.outerEnd, t.outerEnd + 4));
    if (!noun && weak && t.unit === '%' && (de || !clausePre.trim())) noun = nounAfter(sentence.slice(de ? t.outerEnd + 1 : t.outerEnd));
    // "农产品产销两旺,540吨“弥你红”红心猕猴桃远销俄罗斯" (六盘水, held-out set 17): a weight opening its clause with no
    // subject before it is of the produce named after it.
    if (!noun && !entity && WEIGHT_BASES.has(baseOf(t.unit)) && !clausePre.trim()) noun = nounAfter(sentence.slice(t.outerEnd));
    // "中资环5家子公司、国家管网科学试验基地…等项目落户" (滨海新区 2025): a name right before a count of its parts
    // (子公司, 分公司, 下属企业…) owns them: 中资环子公司. ("中资环累计5家子公司": a word of summing between is read past,
    // as the subject was read without it.)
    if (!noun && count && entity && PART_NOUN_FIRST.has(sentence.charCodeAt(t.outerEnd))) {
      const part = PART_NOUN.exec(sentence.slice(t.outerEnd, t.outerEnd + 6));
      if (part) noun = entity + part[0];
    }
    // "其中5户利润总额超过1亿元" (a county's profits): firms named only by the amount each passes are that class of firms
    // (the amount no figure: tokens.ts), not the measure of the sum before.
    const passed =
      count && (t.unit === '户' || t.unit === '家') && isIn(PASSED_CLASS_FIRST, sentence, t.outerEnd) && NO_NOUN_BEFORE.test(pre)
        ? PASSED_CLASS_AFTER.exec(sentence.slice(t.outerEnd, t.outerEnd + 18))
        : null;
    if (passed) entity = passed[1] + '超' + passed[2] + '企业';
    else if (noun) entity = (entity.endsWith('新增') ? '新增' : '') + noun;
    // "全年共有7个月工业单月产值超过200亿元" (十堰 2020): months that had something, counted, are months (月份), what they
    // had said after them.
    else if (baseOf(t.unit) === '个月' && MONTHS_HAD.test(pre)) entity = '月份';
    // "为全省规上工业增长贡献67.1%", "对…增长的贡献达31.8%", "拉动全省规上工业增长3个百分点", "拉高规上工业0.9个
    // 百分点": of the subject before.
    let p0 = 0;
    while (p0 < pre.length && isIn(LEAD_MARKS, pre, p0)) p0++;
    const contribution = isIn(CONTRIBUTION_FIRST, pre, p0) ? CONTRIBUTION.exec(p0 ? pre.slice(p0) : pre) : null;
    // "电子信息、医药、食品行业较快增长，合计拉动全省规上工业3个百分点": the sum of the items named before.
    const group = contribution?.[1] ? groupBefore(r, i, cs) : '';
    // ("榆陽區、神木市、府谷縣工業投資均為負增長,…,共下拉全市工業投資增速16.3個百分點" (榆林 2021 1-11月, held-out set
    // 26): a pull down is named so, not as a 拉动.)
    if (group)
      entity = group + '合计' + (contribution![2] === '影响' ? '拉动' : contribution![2]) + cleanSubject(contribution![3]) + '增长';
    // "大中型工业企业利润增长最快,对全省规模以上工业利润增长贡献率达到85%" (山东 2018), "其中汽车和电子制造两大支柱产业,
    // 对全市工业增长的贡献率保持在65%左右" (重庆 2014): with no figure before, a contribution is of what the clause
    // before names, when it names one.
    else if (contribution && (found.length > 0 || (!contribution[2] && subjectBetween(sentence, 0, cs) !== ''))) {
      entity = contribution[2] ? (contribution[2] === '影响' ? '影响' : '拉动') + cleanSubject(contribution[3]) + '增长' : '贡献率';
      property = true;
      pull = !!contribution[2];
    }
  }
  // "年产90万吨的金黄庄煤矿今年可望投产" (萧县, held-out set 16): a capacity written before what has it, after 的.
  if (CAPACITY.has(entity) && sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */) {
    const owner = nounAfter(sentence.slice(t.outerEnd + 1));
    if (owner.length >= 2) entity = owner + entity;
  }
  // "电子信息行业受…拉动，持续快速增长。上半年，行业增加值同比增长21.2%": 行业 is the industry named before.
  // ("24个行业增加值实现增长": industries counted are not that one.)
  if (r.topic && entity.length > 2 && !isCountUnit(t.unit) && ANAPHOR.test(entity))
    entity = r.topic + entity.slice(entity.indexOf('业') + 1);
  // "遵义地区生产总值 3037.87 亿元,…。该地区生产总值首次突破 3000 亿元" (贵州 2021 前三季度 by 市州, held-out set 53): 该地区
  // names back the place whose same measure a figure just before gave (not the report's own place, as 该省, 该市 do).
  if (entity.length > 3 && entity.charCodeAt(0) === 0x8be5 /* 该 */ && entity.startsWith('该地区')) {
    const measure = entity.slice(3);
    const owner = sameMeasureBefore(found, measure) || sameMeasureOf(r.partWholes, measure);
    if (owner) entity = owner;
  }
  // "遵义地区生产总值3037.87亿元。该地区同比增长11.7%", "…。该地区首次突破3000亿元" (the form of 贵州 2021 前三季度 by 市州,
  // seen on an imported deck, session 33): 该地区 alone, no measure after it, names back the place and the measure the
  // figure before gave (…地区生产总值), not a subject of its own (该地区增速).
  else if (entity === '该地区') {
    const owner = regionMeasureBefore(found.map((f) => f.entity)) || regionMeasureBefore(r.partWholes);
    if (owner) entity = owner;
  }
  // "保持全国第一", "居全国第5位": the scope of a rank is not its subject.
  // ("制造业规模有望连续16年保持全球第一": what stood before the scope, 有望连续16年, is no part of the subject either.)
  // "位居全国百强县投资潜力第3、新型城镇化质量第4、…" (长沙县 2022, held-out set 48): the first of a list of places,
  // each after what it ranks, ranks what is named between the verb's scope and 第, as the next ones do theirs.
  if (t.form === 'ordinal' && !entity && sentence.charCodeAt(t.outerEnd) === 0x3001 /* 、 */) {
    const ranked = RANKED_FIRST.exec(pre);
    const next = ranked ? RANK_ITEM_NEXT.exec(sentence.slice(t.outerEnd + 1, t.outerEnd + 18)) : null;
    if (ranked && next && !RANK_SCOPE_ITEM.test(ranked[1]) && !RANK_SCOPE_ITEM.test(next[1])) entity = cleanSubject(ranked[1]);
  }
  if (t.form === 'ordinal' && entity) {
    const scoped = LEADING_RANK.test(entity) ? '' : entity.replace(RANK_SCOPE, '').replace(COUNTED_SCOPE_END, '');
    entity = scoped.length < entity.length && scoped ? cleanSubject(scoped) : scoped;
    // "信义集团成为全球第一光伏玻璃巨头" (芜湖经开区 2022): what 成为 a scope's first is named before the verb.
    const became = BECAME_SCOPE.exec(pre);
    if (became) entity = cleanSubject(became[1]);
  }
  // "与居全球经济总量第18位的土耳其大体相当" (浙江 2016): a place written before 的 and a name is that name's.
  const holder =
    t.form === 'ordinal' && sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */
      ? HOLDER.exec(sentence.slice(t.outerEnd + 1, t.outerEnd + 12))
      : null;
  if (holder) entity = holder[1] + (RANKED_MEASURE.exec(clausePre)?.[1] ?? '');
  // "富磷矿保有储量略少于云南，居全国第二位": the clause before names what holds the place, then whom it trails.
  if (t.form === 'ordinal' && !entity && !prevInClause && cs > 1) {
    const clause = sentence.slice(clauseStart(sentence, cs - 1), cs - 1);
    const trails = DIGIT.test(clause) ? null : TRAILS.exec(clause);
    if (trails) entity = cleanSubject(trails[1]);
  }
  // "累计增速居全国第12位,环比持平;在中部排第3位" (湖北): a place named by its scope only is of the figure whose
  // place the sentence gave before.
  // "增速在22县区排第14名,在7个沿黄市辖区排第4名" (大武口区, held-out set 19): a scope counted after 在 is a scope too.
  if (
    t.form === 'ordinal' &&
    entity &&
    ((isIn(SCOPE_RANK_FIRST, entity, 0) && SCOPE_RANK.test(entity)) ||
      // "全省增速排名第15,第二平台市县增速排名第6" (琼中 2024 1-7月, held-out set 33): a group of peer places is where
      // the place is held too.
      PEER_PLACES.test(entity) ||
      (prevInClause !== undefined &&
        (isCountUnit(prevInClause.t.unit) || countsPlaces(sentence, prevInClause.t)) &&
        prevInClause.t.outerStart > 0 &&
        // ("增速在35个大中城市中排名第12位" (郑州 2021 1-10月, held-out set 41): the scope named before 中, its verb gone;
        // "在7个县区中增速为第4位": whatever stands between the scope and the place, the place is held among them.)
        (sentence.charCodeAt(prevInClause.t.outerStart - 1) === 0x5728 /* 在 */ ||
          ((SCOPE_BEFORE_COUNT.test(sentence.slice(Math.max(0, prevInClause.t.outerStart - 5), prevInClause.t.outerStart)) ||
            // "在全国27个省会城市中排名第3位、35个大中城市中排名第4位" (郑州 2015, held-out set 36): the next counted scope
            // of a list of places held (after 、, 和 or 及 alike: "…排名第3位和35个大中城市中排名第4位").
            (isIn(LIST_JOINT, sentence, prevInClause.t.outerStart - 1) && found.some((f) => f.t.form === 'ordinal'))) &&
            COUNTED_SCOPE_AMONG.test(sentence.slice(prevInClause.t.outerEnd, t.outerStart))))))
  ) {
    let placed: Found | undefined;
    for (let k2 = found.length - 1; k2 >= 0 && !placed; k2--) if (found[k2].t.form === 'ordinal') placed = found[k2];
    if (placed) entity = placed.entity;
    // "我市规模以上工业销售产值在全国15个副省级城市中位居第四" (杭州 2011, held-out set 20): the first place among a
    // counted scope is of what stands before 在.
    else if (prevInClause !== undefined && (isCountUnit(prevInClause.t.unit) || countsPlaces(sentence, prevInClause.t))) {
      const at = sentence.lastIndexOf('在', prevInClause.t.outerStart - 1);
      const owner = at > 0 ? subjectBefore(sentence.slice(clauseStart(sentence, at), at)) : NO_SUBJECT;
      // ("增速在22县区排第14名": a bare rate, of the subject before, as a bare property is.)
      // ("增速在35个大中城市中排名第12位" (郑州 2021 1-10月, held-out set 41): the rate is of the measure of the figure before
      // the scope's count, not of the cities counted.)
      const measured = owner.property ? measuredBefore(found, prevInClause) : undefined;
      if (measured) entity = measured.entity + owner.subject;
      // "全市规模以上工业增加值增长9.8%。增速在中部6个省会城市中排第1位": with no such figure in its sentence, the rate is
      // of the measure the sentence before ended on, not of the places counted (省会城市增速).
      else if (owner.property && r.paragraphEntity && RATE_WORD_END.test(owner.subject) && !found.some((f) => f !== prevInClause))
        entity = r.paragraphEntity.replace(RATE_WORD_END, '') + owner.subject;
      else if (owner.subject) {
        entity = owner.subject;
        property = owner.property;
      } else {
        // "全市规模以上工业增加值…同比增长10.2%左右,在全国27个省会城市中排名第3位" (郑州 2015, held-out set 36): a 在 that
        // opens its clause places the measure of the figure before (not a count).
        for (let k2 = found.length - 1; k2 >= 0; k2--) {
          const f = found[k2];
          if (f !== prevInClause && f.entity && !isCountUnit(f.t.unit)) {
            entity = f.entity;
            break;
          }
        }
      }
    }
  }
  // "居全国第10位、东部地区第6位": a second place of the same figure, named by its scope only.
  // ("主营业务收入和利润总额分居全省第3位、第2位" (许昌): each place of a list of names is its own name's.)
  if (
    t.form === 'ordinal' &&
    prevInClause?.t.form === 'ordinal' &&
    isIn(LIST_JOINT, pre, 0) &&
    !(run && itemOf(r.distributed.get(leadIndex), item)) &&
    !rankedItems(clausePre)
  )
    entity = prevInClause.entity;
  // "总量由全省第7进到第6位": the place moved to is of what held the first; "由" opens the move, not the subject.
  else if (t.form === 'ordinal' && prevInClause?.t.form === 'ordinal' && RANK_MOVE.test(pre)) entity = prevInClause.entity;
  // "同比增长7.9%,居全省第9位,皖北六市第1位" (宿州 2022, held-out set 30): after a comma, a place named by a group of
  // places or a region only is the same figure's place again, as after 、.
  else if (
    t.form === 'ordinal' &&
    !prevInClause &&
    found.length > 0 &&
    found[found.length - 1].t.form === 'ordinal' &&
    GROUP_SCOPE.test(entity) &&
    SCOPE_AFTER_COMMA.test(sentence.slice(found[found.length - 1].t.outerEnd, t.outerStart))
  )
    entity = found[found.length - 1].entity;
  // ("…1200亿元,由全省第7进到第6位": 由 alone is no subject; the figure before's is inherited.)
  else if (t.form === 'ordinal' && /[由从]$/u.test(entity)) entity = entity.slice(0, -1);
  // "远高于全省规模以上工业增加值8.9%的增速": the rate of the figure compared with, named after the verb.
  const ofAfter = t.unit === '%' && sentence.charCodeAt(t.outerEnd) === 0x7684; /* 的 */
  let rateOf = ofAfter && RATE_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 6));
  /** The rate of the place compared with, written between the comparison and the gap: the figures after read past it. */
  let comparand = false;
  if (rateOf && pred.comparison) {
    comparand = true;
    const cmp = COMPARED.exec(pre);
    const named = cmp ? pre.slice(cmp.index + cmp[0].length) : '';
    const other = cleanSubject(named);
    // "高于全国6.7%的增速": a place alone is the place's rate of the measure before, not the report's own rate.
    const place = other ? null : PLACE_ONLY.exec(named);
    // (A root is a cleaned subject, its leading place (全市, 我省…) already gone.)
    // (With no figure before, the measure the clause names before the comparison; with none named, the place's rate
    // still: "同比增长8.5%,远高于全国6.7%的增速". A place is found only after cmp.)
    if (other.length >= 2) {
      entity = other;
      property = false;
    } else if (place) {
      entity = place[1] + (k >= 0 ? found[k].root : subjectBefore(pre.slice(0, cmp!.index)).subject);
      property = false;
    }
  } else if (
    t.unit === '%' &&
    (pred.comparison
      ? ofAfter
      : (ofAfter || isIn(COMPARED_BARE_NEXT, sentence, t.outerEnd)) && BARE_COMPARED_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 8)))
  ) {
    // "高于全国6.7%的平均水平" (its level after 的), "比全省平均增速8.2%低0.9个百分点" (its rate before, the bare comparison
    // after): a place alone with its rate is the place's rate of the measure before, not the report's own.
    const cmp = pred.comparison ? (LEVEL_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 6)) ? COMPARED.exec(pre) : null) : null;
    const place = cmp ? PLACE_ONLY.exec(pre.slice(cmp.index + cmp[0].length)) : pred.comparison ? null : PLACE_RATE_COMPARED.exec(pre);
    // ("1-5月全市规上工业增加值增速比全省平均增速8.2%低0.9个百分点": with no figure before, the measure is the one the
    // clause names before the comparison.)
    // ("1-5月同比增长8.5%,比全省平均增速8.2%高0.3个百分点": the place's rate also when no measure is named.)
    if (place) {
      entity = place[1] + (k >= 0 ? found[k].root : subjectBefore(pre.slice(0, cmp ? cmp.index : place.index)).subject);
      property = false;
      rateOf = true;
      comparand = true;
    }
  }
  // "人均GDP为83538元，…是全国(53980元)的1.5倍": a figure in brackets right after a place is that place's value of the
  // measure before it, not the report's own.
  // "同比增长16.5%(全国增长4.4%)" (海南 2023, held-out set 18): so is one whose bracket opens with a place and its verb
  // (an aside too: the figures after it read past it).
  const placeInBracket =
    // (The closing bracket first: a look at one code, where includes reads on to the sentence's end.)
    // ("远远高于全国、全省、全市水平(全国6.3%、四川省8.1%、眉山市13.0%)" (丹棱 2015 上半年,
    // https://www.scdl.gov.cn/info/1155/32104.htm): the first of the places listed in brackets, its value right after it.)
    !isIn(OPEN_BRACKET, sentence, t.outerStart - 1) &&
    // ("1-9月,全市规上工业增加值增长7.5%(全国为6.3%,全省为8.1%)" (the form seen on an imported deck, session 33): the
    // places listed with commas too, and each later place of a bracket that opened with one, placeItemInBracket.)
    (isIn(CLOSING, sentence, t.outerEnd) ||
      (isIn(BRACKET_ITEM_JOINT, sentence, t.outerEnd) && BRACKET_ITEMS_THEN_CLOSE.test(sentence.slice(t.outerEnd, t.outerEnd + 32)))) &&
    sentence.includes('全', t.outerStart - 10)
      ? (PLACE_IN_BRACKET.exec(sentence.slice(Math.max(0, t.outerStart - 12), t.outerStart)) ?? placeItemInBracket(sentence, t.outerStart))
      : null;
  const placeAside = isIn(OPEN_BRACKET, sentence, t.outerStart - 1)
    ? ASIDE_PLACE.exec(sentence.slice(Math.max(0, t.outerStart - 8), t.outerStart - 1))
    : placeInBracket;
  let measureBefore: Found | undefined;
  // (However far back: "人均地区生产总值83538元,…,新增企业50家,是全国(53980元)的1.5倍" is the country's 人均地区生产总值.)
  for (let j = found.length - 1; placeAside && j >= 0 && !measureBefore; j--)
    if (found[j].t.unit === t.unit && !found[j].aside) measureBefore = found[j];
  if (placeAside && measureBefore?.root && !entity.startsWith(placeAside[1])) {
    entity = placeAside[1] + measureBefore.root.replace(NAMED_LEADING_PLACE, '');
    property = false;
  }
  // "小微企业增加值增速(11.0%)快于大型(3.6%)和中型企业(4.7%)" (seen on a held-out report, session 29): a rate in brackets
  // right after a kind of firm (or industry) the rate before is compared with is that kind's value of the same measure;
  // a kind written short (大型, 中型) takes the head of the owner compared with (企业).
  else if (
    t.unit === '%' &&
    isIn(OPEN_BRACKET, sentence, t.outerStart - 1) &&
    codeWithin(clausePre, 0x4e8e /* 于 */, 0, clausePre.length)
  ) {
    const near = sentence.slice(Math.max(0, t.outerStart - 14), t.outerStart - 1);
    const named = COMPARED_KIND.exec(near) ?? KIND_AFTER_BRACKET.exec(near);
    const verbAt = named ? cs + sentence.slice(cs, t.outerStart).search(COMPARED_VERB) : -1;
    // (The rate compared is in the clause, or ends the one before: "小微企业增加值增长11.0%,快于大型企业(3.6%)".)
    const from = cs > 1 ? clauseStart(sentence, cs - 1) : cs;
    let first: Found | undefined;
    for (let j = found.length - 1; verbAt >= cs && j >= 0 && !first; j--)
      if (found[j].t.outerEnd <= verbAt && found[j].t.outerStart >= from && PERCENT_UNITS.has(found[j].t.unit)) first = found[j];
    const root = first?.root ?? '';
    const m = ITEM_MEASURE.exec(root) ?? /增加值/u.exec(root);
    const owner = m ? root.slice(0, m.index) : root;
    const head = KIND_HEAD_END.exec(owner);
    // "全市规上工业增加值增长7.5%,快于国有企业(3.6%)和集体企业(4.7%)" (the form seen on an imported deck, session 33): a
    // kind named in full (…企业, …行业) is that kind, whatever the owner compared is (规上工业, not a kind of firm);
    // 4.7% was 国有企业和集体企业增速.
    if (named && root && !NOT_KIND.test(named[1])) {
      const name =
        head && owner.length > head[1].length && named[1].endsWith(head[1])
          ? named[1]
          : head && owner.length > head[1].length && named[1].length <= 3
            ? named[1] + head[1]
            : KIND_HEAD_END.test(named[1])
              ? named[1]
              : '';
      if (name && name !== owner) entity = name + (m ? root.slice(m.index) : '');
    }
  }
  // "市本级地方级财政收入完成17.5亿元,…,其总量由全省第八位跃升到第四位" (四平 2011, held-out set 24): 其 (its) before a
  // bare measure names the subject before, as the bare measure alone does.
  if (entity.charCodeAt(0) === 0x5176 /* 其 */ && BARE_MEASURE.has(entity.slice(1))) entity = entity.slice(1);
  // "全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%" (陵川 2025), "…财政收入完成17.5亿元,增长44.6%,
  // 实现两年翻番" (四平 2011, held-out set 24): a span of years alone is when, not what: the subject is the one before.
  // A count there is labelled by the noun after it too, when it names one ("3个十亿级台阶": 地区生产总值十亿级台阶, not
  // 地区生产总值 alone); what follows still reads the subject before (年均增速 is 地区生产总值's).
  let yearsCounted = '';
  if (lastCode(entity) === 0x5e74 /* 年 */ && YEARS_ALONE.test(entity)) {
    entity = '';
    if (isCountUnit(t.unit)) yearsCounted = counted(sentence, t, tokens[i + 1]);
  }
  // "石油石化行业增长11.9%，贡献率达11.5%": a bare property is of the subject before.
  if (!property && BARE_PROPERTY.has(entity)) property = true;
  // "高新技术产业完成投资357.1亿元,…,在工业投资中的占比为42.2%" (常州 2014 上半年 工业投资, held-out set 50): a share
  // within a whole named with 在…中 is the subject before's, as 占比 alone is.
  else if (!property && entity.charCodeAt(0) === 0x5728 /* 在 */ && SHARE_WITHIN.test(entity)) property = true;
  // "实现利润8643亿元,在采掘业利润比2011年减少1000多亿元的情况下,我省工业利润占全国比重保持稳定" (山东 2016 工业): 在 opening
  // a frame closed after the number (…的情况下, …的背景下) is no part of the subject: 采掘业利润, not 在采掘业利润.
  else if (entity.charCodeAt(0) === 0x5728 /* 在 */ && FRAME_CLOSED.test(sentence.slice(t.outerEnd, t.outerEnd + 8)))
    entity = entity.slice(1);
  // "比去年底占比42.5%的水平提高1.9个百分点" (鹰潭 2012, held-out set 41): the level of the number before is no subject;
  // what moves is what that number measured.
  if (prevInClause && (entity === '水平' || entity === '基数') && OWN_LEVEL.test(sentence.slice(prevInClause.t.outerEnd, t.outerStart)))
    entity = '';
  // "據介紹,冶金行業是遼寧工業三大支柱產業之一,10月規上工業增加值同比增長8%" (辽宁 2022 10月, a 繁體 copy): a measure of the
  // scope alone (规上工业增加值) right after a clause saying what an industry is (X是…之一) is that industry's.
  // "一般公共預算收入下降5.2%,好于下降7%的預期" (山西's 2016 政府工作报告, a 繁體 copy, held-out set 38): the expectation a
  // figure did better or worse than is of the figure before's subject, not of 好于.
  if (
    k >= 0 &&
    isIn(BETTER_FIRST, entity, 0) &&
    BETTER_THAN.test(entity) &&
    EXPECTED_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 6))
  )
    entity = '';
  // (Not one the clause names a place for: "10月全省规上工业增加值".)
  if (
    !prevInClause &&
    cs > 0 &&
    isIn(SCOPE_FIRST, entity, 0) &&
    SCOPE_MEASURE.test(entity) &&
    !PLACE_WORD.test(clausePre.slice(0, clausePre.lastIndexOf('规')))
  ) {
    const one = ONE_OF.exec(sentence.slice(clauseStart(sentence, cs - 1), cs - 1));
    if (one) entity = one[1] + entity;
  }
  const ownSubject = !!entity && !property;
  // (found[-1] is not read: a negative index is looked up as a property name, the slow way, for every first figure.)
  const before = prevInClause ?? (k >= 0 ? found[k] : undefined);
  // A clause between the figure before and this one may name the subject: read only when needed.
  // "其中汽车制造业增幅一路走高,全年实现工业总产值153.62亿元" (温州, held-out set 16): 工业总产值 alone is the measure
  // of an industry the clause before names, or of the firms the figure before counted.
  const ownerless = lastCode(entity) === 0x503c /* 值 */ && INDUSTRY_MEASURE.test(entity);
  // "煤化工、风力发电等战略性新兴产业快速发展,产值已占规模以上工业的11.7%" (包头 2012, held-out set 21): a measure's
  // share written without its owner is the share of the industry the clause before names.
  const needInherited =
    property || !entity || ownerless || BARE_MEASURE.has(entity) || (entity.includes('占') && MEASURE_SHARE.test(entity));
  // ("分产品看,…城市轨道车辆从无到有,产量为174辆" (河北 2017): in a paragraph on products, any product named is whose 产量.)
  const between =
    needInherited && !prevInClause ? subjectBetween(sentence, before ? before.t.outerEnd : 0, cs, r.products && entity === '产量') : '';
  // A property (比重, 贡献率) is of the subject before; a figure with no subject is the same measure again.
  // "完成增加值683.42亿元，占全市比重的91.3%，同比增长13.5%": what grows after a share is what the share was of.
  const ofShare =
    !property && !pred.reached && before !== undefined && before.kind === 'share' && before.root !== before.entity && !!before.root;
  // "制造业下降4.4%,降幅比1-7月(-7.0%)收窄2.6个百分点,其中8月增长8.5%" (江门 2020-08): a rate with no subject after
  // the change of a rate (降幅, 增速) is of that rate's subject, not of its measure word: 8.5% is 制造业's 增速, not a 降幅.
  const ofRate =
    !entity &&
    !property &&
    !between &&
    before?.kind === 'change' &&
    PERCENT_UNITS.has(t.unit) &&
    before.root !== before.entity &&
    RATE_WORD_END.test(before.entity) &&
    before.entity.startsWith(before.root);
  let inherited = between || (property || ofShare || ofRate ? before?.root : before?.entity) || r.paragraphEntity || '';
  // "全市规模以上工业实现增加值139.4亿元,…,完成考核目标170亿元的82%,同比增长18.5%" (广元 2012 1-10月, held-out set 55):
  // a rate after the share of a target done (a target named alone, its amount before) is the rate of the measure the
  // target is for, the amount before them, not 考核目标增速.
  if (!entity && !between && !property && before?.kind === 'share' && PERCENT_UNITS.has(t.unit) && TARGET_ALONE.test(before.entity)) {
    let k2 = found.length - 1;
    while (k2 >= 0 && (found[k2].kind === 'share' || found[k2].kind === 'change' || TARGET_ALONE.test(found[k2].entity))) k2--;
    if (k2 >= 0 && found[k2].kind === 'level' && found[k2].entity) inherited = found[k2].entity;
  }
  // "…柳州工业经济增速逐月回升。从统计数据来看,1-6月累计增速分别为-4.6%、4.6%、…" (柳州 2009 上半年, held-out set 52): a
  // bare rate with no owner before it in its sentence (or only the same rate of that owner, in a list) is of the owner
  // whose 增速 the sentence before, holding no figure, said moved.
  if (
    r.rateOwner &&
    BARE_RATE.test(entity) &&
    PERCENT_UNITS.has(t.unit) &&
    (before === undefined ? !inherited : before.entity === r.rateOwner + entity)
  )
    entity = r.rateOwner + entity;
  // "我省工业稳步走高,而全国是小幅回落,一季度增长14.4%,上半年增长14.3%;…,其中,9月份我省增长15.2%" (黑龙江 2011 前三季度,
  // held-out set 47): back to the report's own place after a whole set against it (全国), the subject is the own place's
  // before that whole.
  if (!entity && !between && WHOLE_ALONE.test(inherited) && OWN_PLACE.test(clausePre))
    for (let k2 = found.length - 1; k2 >= 0; k2--)
      if (found[k2].entity && !WHOLE_ALONE.test(found[k2].entity)) {
        inherited = found[k2].entity;
        break;
      }
  // "…同比下降2.1%,降幅環比收窄1.6個百分點。其中8月份當月同比增長8.5%" (黑龙江 1~8月, 工信厅, a 繁體 copy): a rate
  // with no subject, in the sentence after the change of a rate, is of that rate's owner, as in the same sentence (ofRate).
  if (
    !entity &&
    !between &&
    !property &&
    !before &&
    PERCENT_UNITS.has(t.unit) &&
    inherited === r.paragraphEntity &&
    RATE_WORD_END.test(inherited)
  )
    inherited = inherited.replace(RATE_WORD_END, '');
  // "GDP占全国的6.2%，…，连续21年居全国第4位，约合7000亿美元": a place or an amount after a share is of what the
  // share was of (GDP), not of the share; a rate or points after it stay the share's.
  // ("全区高新技术产业增加值占全区规上工业增加值的53.3%,增速同比下降3.9%" (华龙区 2025 前三季度): a bare rate word after the
  // share is the rate of what the share was of, as no subject is.)
  const shareOf =
    (!entity || entity === '增速' || entity === '增幅') && !between && before?.kind === 'share' ? before.entity.indexOf('占') : -1;
  // (And after the change of such a share, for a rate that grew: see below.)
  const grownOf =
    shareOf < 0 && !entity && !between && before?.kind === 'change' && POINT_UNITS.has(before.t.unit)
      ? before.entity.indexOf('占')
      : shareOf;
  if (shareOf >= 2 && !PERCENT_UNITS.has(t.unit) && !POINT_UNITS.has(t.unit) && t.unit !== '' && t.unit !== '倍')
    inherited = before!.entity.slice(0, shareOf);
  // "制造业增加值占我区规上工业增加值比重为66.4%,同比增长17.1%" (大武口区 2022 1-5月; 化隆 2025, 泉州 2022): a rate that grew
  // or fell after a share named by its measure is that measure's (制造业增加值增速), not the share's; points stay the share's.
  // "轻工业实现增加值24.01亿元,占规上工业的比重同比提高1.3个百分点,同比增长5.2%" (乌鲁木齐 2023 一季度, held-out set
  // 43): so after the change of such a share.
  else if (
    grownOf >= 2 &&
    PERCENT_UNITS.has(t.unit) &&
    !pred.comparison &&
    !pred.reached &&
    GREW_OR_FELL.test(pred.verb) &&
    MEASURE_TAIL.test(before!.entity.slice(0, grownOf))
  )
    inherited = before!.entity.slice(0, grownOf);
  // "“五群”产业累计产值占规上工业总产值的比重为57.4%,拉动全市规上工业总产值增长2.3个百分点" (淮北, held-out set 20): a
  // pull after a share is pulled by what the share was of, not by the share.
  // So is a pull after a contribution, by what contributed: "第二产业对经济增长的贡献率为61.4%,拉动经济增长11.1个百分点"
  // (新疆生产建设兵团's 2013 公报, held-out set 51) was labelled 第二产业对经济增长的贡献率拉动.
  else if (pull && !between && before?.kind === 'share') {
    const at = before.entity.indexOf('占');
    if (at >= 2) inherited = before.entity.slice(0, at);
    else {
      const by = CONTRIBUTED_BY.exec(before.entity);
      if (by) inherited = by[1];
    }
  }
  // "低于全国3.8个百分点,与全国平均水平差距同比缩小0.6个百分点" (黑龙江, held-out set 15): the gap of the subject before
  // behind the one named.
  if (entity && inherited && !property && isIn(GAP_FIRST, clausePre, 0) && GAP_OPEN.test(clausePre))
    entity = inherited.replace(RATE_TAIL, '') + '与' + entity;
  // "增加值占全省规上工业的比重…": a bare measure sharing a total is the measure of the subject before.
  const measureShare = !property && inherited && entity.includes('占') ? MEASURE_SHARE.exec(entity) : null;
  // "采矿业增加值同比增长14.4%，总量占全市规上工业增加值的比重为75.9%": 总量 is that measure itself, as 绝对值 is
  // ("先进制造业增加值增长5.9%，绝对值占广东省规模以上工业比重达54.3%"). "民营企业增加值增长6.3%，增速比1-9月加快0.1个
  // 百分点，增加值占规模以上工业比重70.0%": the share is of the measure whose rate came before, not of its rate.
  if (measureShare) {
    // "…完成工业总产值605.39亿元,增长10.99%,拉动规模以上工业总产值增长8.29个百分点,完成的总产值占规模以上工业总产值的
    // 75.44%" (柳州 2009 上半年, held-out set 52): after a pull, the share is of what pulled (its root), not of the pull.
    const pulled =
      before !== undefined &&
      inherited === before.entity &&
      before.entity !== before.root &&
      PULL_AFTER.test(before.entity.slice(before.root.length));
    const owner = (pulled ? before.root : inherited).replace(RATE_TAIL, '');
    entity =
      (owner.endsWith(measureShare[1]) || measureShare[1] === '总量' || measureShare[1] === '绝对值'
        ? owner
        : owner.replace(MEASURE_TAIL, '') + measureShare[1]) + entity.slice(measureShare[1].length);
  }
  // "…占固定资产投资比重48.7%，比重同比提高6.6个百分点": the same property of the figure before.
  // "…的比重为24.5%，占比分别较1—9月份和上年同期提高0.1和1.2个百分点": 占比 is that 比重 again.
  else if (property && !between && before && propertyEnd(before.entity) && sameProperty(before.entity, entity)) entity = before.entity;
  else if (property && inherited && !entity.startsWith(inherited))
    entity =
      propertyEnd(inherited) && inherited.endsWith(entity)
        ? inherited
        : // "高技术产业增加值占规上工业的18.5%,占比提高1.2个百分点": 占比 after a share written 占…的 is that share (比重).
          entity === '占比' && inherited.includes('占') && !propertyEnd(inherited)
          ? inherited + '比重'
          : // "但增幅同比、环比分别下滑0.3、0.4个百分点。从位次看,累计增速居全国第12位" (湖北 2018 1-10月): a rate
            // named alone after a subject that is a rate itself (工业增加值增幅) is that subject's measure's rate, not
            // 工业增加值增幅增速.
            BARE_RATE.test(entity) && RATE_WORD_END.test(inherited)
            ? inherited.replace(RATE_WORD_END, '') + entity
            : inherited + entity;
  else if (!entity) entity = inherited;
  // "汽车产业生产明显恢复，第三季度增加值同比增长32.5%": the measure of the industry the clause before names.
  // ("中央企业投资增速较快,完成投资同比增长34.5%": the same measure of the owner the clause before names it with.)
  else if (between && BARE_MEASURE.has(entity)) entity = between.endsWith(entity) ? between : between.replace(MEASURE_TAIL, '') + entity;
  // "大力发展农副产品加工业,2011年可实现工业产值138.3亿元" (萧县): the industry of the clause before. ("特别是汽车工业…,实现了
  // 当月工业增加值13.0%的生产增速" (吉林 2009): 汽车工业增加值, its 工业 written once.)
  else if (ownerless && between && INDUSTRY_END.test(between))
    entity = between + (between.endsWith('工业') && entity.startsWith('工业') ? entity.slice(2) : entity);
  // "全市新增规上工业企业127家,实现总产值174.0亿元" (荆门): the firms just counted.
  else if (ownerless && !between && !prevInClause && before?.kind === 'count' && FIRMS_END.test(before.entity))
    entity = before.entity + entity;
  else if (needInherited && !between && BARE_MEASURE.has(entity)) {
    // "智能终端年产量达2.7亿台件，…，全行业年产值5700亿元": a bare measure is of the entity named before.
    // "实现主营业务收入9233.16亿元，…；实现利税721.57亿元，…；实现利润443.11亿元": an owner that is a bare measure
    // itself names no one: the one before it does (规模以上工业企业利税, …利润).
    // (A section's group, when the sentence's first figure was read as its: "——机械制造企业…。累计实现工业增加值2.68亿元,
    // …;盈亏相抵后亏损481万元,上年完成利润总额827万元;实现税金1980万元": 税金 is the group's, not 上年's.)
    let root = r.section && found.length > 0 && found[0].entity.startsWith(r.section) ? r.section : '';
    let partNamed = false;
    // "石油和天然气开采业占比36.3%,增加值同比增长6.4%" (华龙区, held-out set 15): the rate of the measure of what the
    // share just before was of. (An amount after it may be the whole's: "笔电产量占全球的1/3，全行业年产值5700亿元".)
    const shareAt = before?.kind === 'share' && PERCENT_UNITS.has(t.unit) ? before.entity.indexOf('占') : -1;
    if (shareAt >= 2) root = before!.entity.slice(0, shareAt).replace(MEASURE_TAIL, '');
    // "商品房销售面积和销售额分别下降18.6%和16.9%" (浙江, held-out set 22): a measure alone after another item of its clause
    // is of the owner that item names with its own measure (商品房销售额), not of the amount before the clause (固定资产投资).
    else if (prevInClause && prevInClause.kind !== 'share') {
      const own = prevInClause.entity.replace(RATE_TAIL, '');
      const m = ITEM_MEASURE.exec(own);
      // ("进出口总额、出口额和进口额": 出口额 is a part 进出口 names, not a measure of it, nor of an amount before: not
      // 进出口出口额; so is 进口额, which 进出口 names fused, after the part named alone before it: not 进出口总额进口额.)
      let j = found.lastIndexOf(prevInClause);
      while (j > 0 && BARE_MEASURE.has(found[j].entity.replace(RATE_TAIL, ''))) j--;
      if (namesPart(found[j].entity.replace(RATE_TAIL, ''), entity)) partNamed = true;
      else if (m && m.index >= 2) root = own.slice(0, m.index);
    }
    // "我区早稻面积、产量增幅均排全国第3位,单产增幅排全国第5位" (广西 2020): an owner written once before a list of its
    // measures owns a measure named alone in the next clause too (早稻单产). (Each item after the first is a measure
    // alone: "固定资产投资和社会消费品零售总额" lists two owners' measures.)
    else if (!prevInClause && before !== undefined && before.kind !== 'share' && NAMES_JOINED.test(before.entity)) {
      const items = before.entity.split(NAMES_JOINED);
      const m = ITEM_MEASURE.exec(items[0]);
      if (m && m.index >= 2 && items.every((x, j) => j === 0 || BARE_MEASURE.has(x))) root = items[0].slice(0, m.index);
    }
    // ("全市完成规上工业总产值27581亿元,…,其中,10月完成产值3210亿元": the same measure again keeps its name, 总产值.)
    // "规模以上工业企业增加值完成1201亿元,总量居全省第3位,增速达11.9%" (许昌, held-out set 17): 总量 is that measure itself.
    let whole = '';
    // ("全年實現 GDP762 億元,同比增長 1.2%;營業收入 2124.3 億元" (a 高新区's 2017 review): the economy's output is
    // a measure of a place, no owner of the measures after it; its 总量 is itself. So is an index: "全年规模以上工业经济
    // 效益综合指数达到195.2%,…;实现利税总额512.20亿元,…;实现利润259.36亿元" (重庆 2008 公报).)
    for (let k = found.length - 1; k >= 0 && !root && !partNamed; k--) {
      // ("…一般公共预算收入17.5亿元,增长11.5%;实际利用外资15975万美元,增长20.1%;出口13525万美元" (进贤 2018 政府工作报告):
      // the place's measures listed one by one; a measure named alone after them is the place's, of no
      // amount before, not 实际利用外资出口 nor 一般公共预算收入出口.)
      if (entity !== '总量' && PLACE_MEASURE.test(found[k].entity)) break;
      if (
        (found[k].kind === 'level' || found[k].kind === 'count') &&
        !found[k].entity.includes('占') &&
        (entity === '总量' || !WHOLE_ECONOMY.test(found[k].entity)) &&
        // "园区实现工业总产值17.78亿元,完成年任务75亿元的23.7%;实现税金6925万元" (a county park's 2016 一季度,
        // http://m.news.wmxa.cn/n/201604/315237.html): a task's amount owns no measure after it.
        !TASK_ONLY.test(found[k].entity)
      ) {
        const owner = found[k].entity;
        const own = owner.length > entity.length && owner.endsWith(entity);
        // "1-5月全省累计实现进出口81.3亿美元、增长37.4%,其中:出口43.5亿美元" (a province's 1-5月 trade,
        // https://www.caop.org.cn/xinwenzixun/zonghexinwen/2019-02-27/25375.html): 出口 is a part 进出口 names, not 进's 出口.
        if (own && insideFused(owner, owner.length - entity.length)) partNamed = true;
        else {
          root = own ? owner.slice(0, -entity.length) : owner.replace(MEASURE_TAIL, '');
          whole = owner;
        }
      }
    }
    if (root) entity = entity === '总量' && whole ? whole : root + entity;
    // "规模以上工业增加值同比增长3.4%，…，其中10月份增加值同比增长7.3%", "高新技术产业增加值占…的比重为24.5%，…；
    // 增加值同比增长8.5%": the same measure, of the subject a figure before named it with.
    // "汽车产业省政府专门设立…。2019年，完成产值1834.43亿元": else of the industry a sentence before opened with.
    // "…实现规上工业增加值189.77亿元,同比增长6.8%。其中,8月当月实现增加值25.19亿元" (梅州 2023 1-8月, held-out set 33): of
    // the subject the sentence before named the measure with, the sentence opening with 其中 or not ("。8月当月实现增加值").
    // (Not a part the list before it named: "进出口、出口、进口分别完成…" is no 进出口 again.)
    // "鋼鐵行業…實現增加值88.9億元,…。汽車行業經歷連續兩年的“井噴”式發展後漸轉平穩,但仍實現增加值167億元" (湖北 2011
    // 前两月, a 繁體 copy, held-out set 54): a sentence opening with an industry names whose its measures are, before the
    // owner a sentence before gave the same measure.
    else if (!partNamed)
      entity =
        sameMeasureBefore(found, entity) ||
        (r.industry && sentence.startsWith(r.industry) ? r.industry + entity : '') ||
        sameMeasureOf(r.partWholes, entity) ||
        (r.industry ? r.industry + entity : entity);
  }

  // "——机械制造企业增速呈下降态势。累计实现工业增加值2.68亿元,…;实现税金1980万元" (天水, held-out set 14).
  // ("盈亏相抵后亏损481万元": a loss is the group's as its profit is.)
  if (r.section && (SECTION_MEASURE.has(entity) || LOSS.test(entity))) entity = r.section + entity;
  // "制造业、电热气水的供应业、采矿业增加值总量在全区规上工业增加值的占比为:6.4:5.8:87.8" (华龙区, held-out set 15): each part
  // of a ratio is of the item named in its place.
  if (t.form === 'ratio') entity = ratioPart(r, i, entity);
  // "全年居民消费价格总水平比上年上涨1.6%,其中城市上涨1.4%,农村上涨1.8%" (甘肃 2015): a town or the countryside alone is
  // a part of the measure before, not a measure (城市居民消费价格涨幅, not 城市涨幅).
  // ("…,农村上涨1.8%": after 城市's, the measure without its 城市.)
  if (isIn(GROUP_FIRST, entity, 0) && URBAN_RURAL.test(entity) && before) {
    // (Without the place the whole is of: "中国居民消费价格总水平…,其中城市上涨1.4%" is 城市居民消费价格's.)
    const measure = before.root
      .replace(NAMED_LEADING_PLACE, '')
      .replace(/^(?:中国|我国|全国)/u, '')
      .replace(URBAN_RURAL_OPEN, '')
      .replace(/总水平$/u, '');
    // ("全年5G用户增长16%,其中城市增长14%": a measure may open with a digit, 城市5G用户.)
    if (measure.length >= 2) entity += measure;
  }

  // "全市完成工业投资87.14亿元,同比增长13.4%,增速在全省排名第15位。正增长的有大埔县(233.1%)、五华县(76.2%)…" (梅州 2023
  // 1-8月; its 1-7月 report too, for 技改投资): a name the report picks out with its rate in brackets is a part of the
  // measure whose rate came before in its paragraph, 大埔县's 工业投资, not the county's 规上工业增加值, which another
  // paragraph picks out the same counties for. Members of a group of industries or firms take its measure only
  // ("五大支柱产业实现增加值…,同比增长6.7%…。正增长的有电力(20.6%)": 电力增加值).
  if (entity && t.unit === '%' && isIn(OPEN_BRACKET, sentence, t.outerStart - 1)) {
    const picked = PICKED_CLAUSE.exec(clausePre);
    // "正增长的有电力(20.6%)、电子信息(13.0%)和机电制造(7.6%)": after a name's bracket, 和 opens the next name, which
    // alone is the subject (the brackets between are read past: 电子信息和机电制造 was one).
    const next = picked ? NEXT_AFTER_BRACKET.exec(sentence.slice(Math.max(0, t.outerStart - 18), t.outerStart)) : null;
    if (next) entity = next[1];
    if (picked && clausePre.endsWith('(') !== clausePre.endsWith('（') && !entity.includes('增')) {
      const pickedAt = cs + picked.index;
      // (Not the rate of a name picked out before: "…等5个县;负增长的有丰顺县(-20.4%)" is not 梅江区's.)
      let measure = r.paragraphGrowth;
      for (let j = found.length - 1; j >= 0; j--) {
        const f = found[j];
        if (f.t.outerEnd <= pickedAt && PERCENT_UNITS.has(f.t.unit) && !isIn(OPEN_BRACKET, sentence, f.t.outerStart - 1)) {
          measure = f.kind === 'growth' ? f.entity : '';
          break;
        }
      }
      const own = GROUP_MEASURE.exec(measure);
      const of = own ? own[1] : measure.replace(NAMED_LEADING_PLACE, '');
      if (of.length >= 2 && !entity.endsWith(of) && !DIGIT.test(of)) entity += of;
    }
  }

  // "在信息产品制造业领域,福建今年1-2月完成产值近450亿元,增长三成三" (福建 2011 1-2月, held-out set 43): in the clauses
  // after a field the sentence opens with, a measure named only with a place (and this year) is the field's.
  if (r.field && t.outerStart > r.fieldEnd && entity.length <= 16 && isIn(FIELD_MEASURE_LAST, entity, entity.length - 1)) {
    const bare = FIELD_BARE.exec(entity);
    if (bare && (!bare[1] || PLACE_NAMED.test(bare[1]) || PROVINCE.has(bare[1]))) entity = r.field + bare[2];
  }
  // "增长贡献率最大的三个行业分别是电气机械和器材制造业(同比增长5.9%,贡献率为28.1%),计算机、通信和其他电子设备制造业
  // (同比增长7.0%,…)" (中山 2022年1-2月, held-out set 39): a rate opening a bracket right after a name, only its verb
  // before it, is that name's (the list's 行业 was read).
  if (PERCENT_UNITS.has(t.unit) && isIn(BRACKET_VERB_LAST, sentence, t.outerStart - 1)) {
    const named = NAME_THEN_BRACKET_RATE.exec(sentence.slice(Math.max(0, t.outerStart - 40), t.outerStart));
    if (named) entity = named[1];
  }
  // "其中宜春时代1户企业拉动全市规上工业增加值增长3.9个百分点" (宜春 2024 上半年, held-out set 18): the firms counted
  // just before are the ones named before their count.
  if (
    prevInClause !== undefined &&
    prevInClause.kind === 'count' &&
    prevInClause.t.outerStart > cs &&
    pre.startsWith('企业') &&
    (isIn(PULL_FIRST, pre, 2) || pre.startsWith('对', 2))
  ) {
    const named = cleanSubject(sentence.slice(cs, prevInClause.t.outerStart).replace(NAMED_FIRMS_TRIM, ''));
    if (named.length >= 2 && !DIGIT.test(named) && !entity.startsWith(named)) entity = named + entity;
  }
  // "2010年全省人均生产总值23644元,按现行汇率折算为3505美元" (海南 2010, held-out set 27), "人均地区生产总值38214元,按2019年
  // 平均汇率计算为5686美元" (交城 2019, held-out set 34): an amount converted is the figure before's, in another unit.
  // (CONVERTED opens with 按 or 折: the regex is run only then.)
  // "人均地區生產總值44410元,按2019年平均匯率(1:6.8985)計算為6438美元" (曲沃县 2019, held-out set 56): not the rate in the
  // bracket, the bare number in the clause, but the amount before it.
  if (before !== undefined && (cpFirst === 0x6309 /* 按 */ || cpFirst === 0x6298) /* 折 */ && CONVERTED.test(clausePre))
    entity = (before === prevInClause && before.t.unit === '' && k >= 1 ? found[k - 1] : before).entity;
  // "新建投产上规入统工业企业数前三的市州分别为安顺市38家、遵义市17家、黔南州12家" (贵州 2021, held-out set 27): the
  // first item of a 分别为 list of names each with its number is the name right after 分别为, as the next ones are.
  if (entity && sentence.charCodeAt(t.outerEnd) === 0x3001 /* 、 */) {
    const first = LISTED_FIRST.exec(clausePre);
    if (first && NAMED_ITEM_NEXT.test(sentence.slice(t.outerEnd + 1, t.outerEnd + 14))) entity = first[1];
  }
  // "增速在22县区排第14名" (大武口 2022): places counted without a counter are a count of the group named after the
  // number, its label; the subject before stays the sentence's (what the places after rank).
  const places = t.unit === '' ? placesCounted(sentence, t) : '';
  // "一般公共预算收入增长6.3%,占全市16个区总量的45%" (滨海新区 2025, held-out set 34): a count in the whole a share is
  // of counts the places named after it; the share after it reads past it.
  const wholeParts =
    isCountUnit(t.unit) && clausePre.includes('占', clausePre.length - 3) && WHOLE_BEFORE.test(clausePre)
      ? WHOLE_PARTS.exec(sentence.slice(t.outerEnd))
      : null;
  if (wholeParts) entity = wholeParts[1];
  // "我市工业增速在全国27个省会城市中排名第3位" (郑州 2015, held-out set 36): the place of a rate is the rate's (工业增速),
  // not the measure's size; the subject was read without its 增速.
  if (t.form === 'ordinal' && entity && (clausePre.includes('增速') || clausePre.includes('增幅')) && !RATE_WORD_END.test(entity)) {
    const rated = RATED_RANK.exec(clausePre);
    if (rated && rated[1].endsWith(entity)) entity += rated[2];
  }
  // "3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进" (金坛经济开发区, held-out set 55): an amount with
  // 以上 right before the projects or firms it picks out (other such amounts between) is their class's bound: its subject
  // is those projects, not the words before it (3年来).
  // (The token may end before its 以上 or after it.)
  const above = lastCode(t.unit) === 0x5143 /* 元 */ ? aboveAt(sentence, t.outerEnd) : -1;
  if (above >= 0) {
    const classOf = AMOUNT_CLASS_AFTER.exec(sentence.slice(above, above + 40));
    if (classOf) entity = classOf[1];
  }
  d.entity = entity;
  d.property = property;
  d.rateOf = rateOf;
  d.comparand = comparand;
  d.placeInBracket = placeInBracket;
  d.yearsCounted = yearsCounted;
  d.ownSubject = ownSubject;
  d.before = before;
  d.between = between;
  d.inherited = inherited;
  d.measureShare = measureShare;
  d.places = places;
  d.wholeParts = wholeParts;
  d.asLead = asLead;
}
/**
 * The subject before a figure: after places counted and 中 ("市中工业增速排"), what the clause names after them, when it
 * names one (two characters or more, no bare property); else what it names whole ("市中居", "县区中增速为": read as
 * before).
 */
function amongPlacesSubject(pre: string, amongPlaces: RegExpExecArray | null): ReturnType<typeof subjectBefore> {
  if (amongPlaces) {
    const own = subjectBefore(pre.slice(amongPlaces[0].length).trimEnd());
    // (Not a bare verb or property, "排", "增速为": the rules for a place among them read those whole.)
    if (own.subject.length >= 2 && !own.property) return own;
  }
  return subjectBefore(pre.trimEnd());
}
/** The latest of these subjects that names a 地区 and its measure ("遵义地区生产总值"), its share's whole cut off; or ''. */
function regionMeasureBefore(entities: string[]): string {
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k];
    const share = e.indexOf('占');
    const own = share >= 0 ? e.slice(0, share) : e;
    const at = own.indexOf('地区');
    if (at >= 2 && own.length > at + 2 && own.charCodeAt(0) !== 0x8be5 /* 该 */) return own;
  }
  return '';
}
/** A span of years and nothing else: 五年, 两年, 10年. */
const YEARS_ALONE = /^(?:[两二三四五六七八九十]{1,2}|\d{1,2})年$/u;
/** A loss named as a measure: "亏损", "盈亏相抵后亏损", "净亏损额". */
const LOSS = /^(?:盈亏相抵后)?净?亏损额?$/u;
const SECTION_MEASURE = wordSet([
  '工业增加值',
  '工业总产值',
  '增加值',
  '产值',
  '出口交货值',
  '税金',
  '利税',
  '利润',
  '利润总额',
  '主营业务收入',
  '营业收入',
]);
/** A measure of "the industry" (行业增加值, 该产业产值): of the one the sentence before was about. */
const ANAPHOR = /^(?:该|本)?(?:行业|产业)(?=增加值|产值|营业收入|主营业务收入|利润|投资|出口|销售)/u;
/** A name right after a comparison, before its rate's bracket: "快于大型", "高于中型企业". */
const COMPARED_KIND = /(?:快于|慢于|高于|低于|好于|优于)([\u4e00-\u9fff]{2,8})$/u;
const COMPARED_VERB = /(?:快于|慢于|高于|低于|好于|优于)/u;
/**
 * No kind of firm: a time or base compared with ("高于上年(6.6%)", "快于一季度"), a place, an average or a target (国 of a
 * place, not of 国有企业).
 */
const NOT_KIND = /[年月季期全均标划省市县区]|国(?!有)|同期|预期/u;
/** The next name after a bracket closed, before its own: ")和中型企业". */
const KIND_AFTER_BRACKET = /[)）](?:和|及|与|、)([\u4e00-\u9fff]{2,8})$/u;
/** 中 or 里 after a count, then where the things among them start: a comma, 有, a number. */
const AMONG_FIRST = charTable('中里之');
const CLASSES_AMONG = /^(?:之中|中|里)(?:[，,]|有|\d)/u;
/** The head a kind of firm or industry ends with (小微企业, 重工业, 高技术产业). */
const KIND_HEAD_END = /(企业|工业|产业|行业)$/u;
/** A place a figure in brackets belongs to ("是全国(53980元)的1.5倍"), written right before the bracket. */
const ASIDE_PLACE = /(全国|全省|全市|全区|全州|全县|全球|世界|东部地区|西部地区|中部地区|东北地区)(?:平均水?平?)?$/u;
/** The report's own place opening a measure, its name before it too ("海南全省规模以上工业增加值"). */
const NAMED_LEADING_PLACE = /^(?:[\u4e00-\u9fff]{2,3}?(?=全[省市区州县]))?(?:全省|全市|全区|全州|全县|我省|我市|我区|本省|本市)/u;
/** A bracket opening with a place and its verb, the number next: "(全国增长4.4%)", "（全省平均为5.1%）", "(全国增长率为4.4%)". */
const PLACE_IN_BRACKET = /[（(](全国|全省|全市|全区|全州|全县)(?:平均水?平?)?(?:(?:同比)?(?:增长(?:率|了)?为?|增速为?|为|是))?$/u;
/** After a figure in brackets: the next places' figures, then the bracket's end ("、四川省8.1%、眉山市13.0%)"). */
const BRACKET_ITEMS_THEN_CLOSE = /^[、，,][^（()）。；;]{2,30}[)）]/u;
const BRACKET_ITEM_JOINT = charTable('、，,');
/** A later place of a bracket, after 、 or a comma, with its verb: "，全省为", "、全省". */
const PLACE_ITEM_IN_BRACKET = /[、，,](全国|全省|全市|全区|全州|全县)(?:平均水?平?)?(?:(?:同比)?(?:增长(?:率|了)?为?|增速为?|为|是))?$/u;
const BRACKET_OPENS_WITH_PLACE = /^[（(](?:全国|全省|全市|全区|全州|全县)/u;
/**
 * The place of a figure that is a later item of a bracket opened with a place's figure, the bracket still open: "(全国为
 * 6.3%,全省为8.1%)", "(全国6.3%、全省8.1%)": each is its place's value of the measure before the bracket, as the first is.
 */
function placeItemInBracket(sentence: string, at: number): RegExpExecArray | null {
  const item = PLACE_ITEM_IN_BRACKET.exec(sentence.slice(Math.max(0, at - 12), at));
  if (!item) return null;
  const open = Math.max(sentence.lastIndexOf('(', at), sentence.lastIndexOf('（', at));
  if (open < 0 || at - open > 40) return null;
  const inside = sentence.slice(open, at);
  return inside.includes(')') || inside.includes('）') || !BRACKET_OPENS_WITH_PLACE.test(inside) ? null : item;
}
/** A place alone, the other side of a comparison ("高于全国", "快于全省平均", "高于全国的6.7%的增速"). */
const PLACE_ONLY = /^(全国|全省|全市|全区|全州|全县|全球|世界|东部地区|西部地区|中部地区|东北地区)(?:平均水?平?)?的?$/u;
/** The close of a frame 在 opened before a figure, right after its number: "的情况下", "的背景下". */
const FRAME_CLOSED = /^的?(?:情况|背景|前提|形势)下/u;
/** A share within a whole, the whole named with 在…中: "在工业投资中的占比", "在全部投资中所占比重". */
const SHARE_WITHIN = /^在[^，；,;在]{1,14}中(?:的|所)?(?:所占)?(?:占比|比重)$/u;
/** What a pull's subject says after its root: "拉动规模以上工业总产值增长". */
const PULL_AFTER = /^(?:拉动|带动|下拉|拉低)/u;
/** A rate named alone: "增速", "累计增速". */
const BARE_RATE = /^(?:累计)?(?:增速|增幅)$/u;
const BARE_PROPERTY = wordSet(['贡献率', '贡献', '比重', '占比'].flatMap((p) => [p, '增长' + p]));
// (、: "设备工器具购置投资占比52.3%、拉动制造业技改投资增速5.7个百分点", 黑龙江 2024, held-out set 26.)
const LEAD_MARKS = charTable('，；,; 、');
const CONTRIBUTION_FIRST = charTable('为对拉合共上下影强有直明');
/** What moves a rank from one place to the next between them: "第7进到第6位", "第12位上升到第9位". */
const RANK_MOVE = /^(?:位|名)?(?:进|升|跃|退|降|上升|下降|前移|后移)[到至居为]?$/u;
/** A task or target named alone: 年任务, 年度目标, 任务数, 全年计划. */
const TASK_ONLY = /^(?:年度?|全年)?(?:目标)?(?:任务|目标|计划)(?:数|额)?$/u;
/** A target named alone, as a share of it done is labelled: 考核目标, 年度目标, 年度目标任务, 全年计划. */
const TARGET_ALONE = /^(?:考核|年度?|全年)?(?:考核)?(?:目标)?(?:任务|目标|计划)(?:数|额)?$/u;
/** A town or the countryside alone, as the part of a measure (城市, 农村): see its use. */
const URBAN_RURAL = /^(?:城市|农村|城镇|乡村)$/u;
/** The verbs of a measure's own growth or fall ("同比增长17.1%", "同比下降31.9%"). */
const GREW_OR_FELL = /^(?:增长|下降|负增长|增加|减少)$/u;
/** A clause that picks names out, each with its rate in brackets: "正增长的有大埔县(", "负增长的是平远县(". */
const PICKED_CLAUSE = /(?:增长|下降|增速)[^，,；;]{0,4}的(?:有|是|为|包括)[\u4e00-\u9fff]/u;
/** A name (no 的 in it), an opening bracket and a verb of growth, the rate next: "是电气机械和器材制造业(同比增长". */
const NAME_THEN_BRACKET_RATE =
  /(?:^|[是为有，,、：:；;])((?:(?!的)[\u4e00-\u9fff])(?:(?!的)[\u4e00-\u9fff、]){1,21})[（(](?:同比)?(?:增长|下降|增速为?|增幅为?|降幅为?)$/u;
const BRACKET_VERB_LAST = charTable('长降为速幅');
/** A name after another's bracket and 和, right before its own bracket: "电子信息(13.0%)和机电制造(". */
const NEXT_AFTER_BRACKET = /[)）](?:和|及|与)([\u4e00-\u9fff]{1,14})[（(]$/u;
/** A group of industries or firms and its measure: "五大支柱产业增加值" (its members' measure is 增加值). */
const GROUP_MEASURE = /^[\u4e00-\u9fff]{1,10}?(?:产业|行业|企业)(增加值|产值|总产值|营业收入|利润|投资|产量|税收)$/u;
const URBAN_RURAL_OPEN = /^(?:城市|农村|城镇|乡村|城乡)/u;
const GROUP_FIRST = charTable('城农乡');
/** "居全国第5位", "前移6位至全省并列第六": a place reached (至, 到) or shared (并列) is of the figure before. */
const LEADING_RANK = /^(?:位居|居(?!民|住|家)于?|位列|名列|排(?!放|污|水|涝)名?|列(?!车)|并列|至|到(?!位|账|岗|达))/u;
/** A group of peer places a rank is held among ("第二平台市县", "山区五市"), named alone as the subject. */
const PEER_PLACES =
  /^[\u4e00-\u9fff]{1,6}?(?:市县|县市|县区|区县|市州|州市|地市|盟市|县市区|[两三四五六七八九十]市)(?:增速|增幅)?(?:排名?|排位|居|列|位居|位列)?$/u;
/** "在中部排", "在西部地区居": only where a place is held, then the verb that holds it. */
// ("增速继续稳居中部第一位,在全国位次也由前5个月的第六位上升至第四位" (经济日报 on 安徽 2012, held-out set 39): the
// scope's 位次 (and 也, 则…) named before the places moved between.)
const SCOPE_RANK =
  /^在(?:全国|全省|全市|全区|中部|西部|东部|东北|中西部|[\u4e00-\u9fff]{1,4}(?:地区|省份|城市))(?:地区)?(?:排名?|排位|居|列|位居|位列|的?位次|的?名次)?(?:也|则|还|仍|又)?$/u;
const SCOPE_RANK_FIRST = charTable('在');
/** 在 and a whole scope, or 在 alone, right before a count ("在全国", "在"). */
const COUNTED_AFTER_AT = /在(?:全国|全省|全市|全区|全州|全县)?$/u;
/** A verb moving places, before a count of 名次 ("提高了10个名次", "均提升"). */
const PLACES_MOVED_BEFORE = /(?:提高|提升|上升|前移|前进|跃升|攀升|上移|下降|下滑|回落|后移|后退|下移)了?$/u;
/**
 * "增速在22县区排" → 增速: a scope with its count, after the subject of the place. The count may be written in words and
 * the scope named first, 中 after it: "增速在全国十大经济省列第1位" (四川 2017), "增速在中部六个省会城市中排第1位".
 */
const COUNTED_SCOPE_END =
  /(?<=[\u4e00-\u9fff])在[\u4e00-\u9fff]{0,4}?(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:个|大)?[\u4e00-\u9fff]{1,8}?(?:中|之中)?(?:排名?|排位|居|列|位居|位列)$/u;
/** A scope after its count, then the verb of a place: "沿黄市辖区排" of "在7个沿黄市辖区排第4名". */
/**
 * 在 and a scope right before a count: "在全国" of "在全国15个副省级城市中位居第四"; a region as well, "在中部" of "工业增速在
 * 中部6个省会城市中排第1位" (a scope of up to four characters; what follows must still be the places counted, 中 and a
 * verb of a place).
 */
const SCOPE_BEFORE_COUNT = /在[\u4e00-\u9fff]{2,4}$/u;
/** Between a count after 在全国 and a place: what it counts, 中 and the verb of a place ("副省级城市中位居第"). */
const COUNTED_SCOPE_AMONG = /^[\u4e00-\u9fff]{1,8}?(?:中|之中)(?:排名?|排位|居|列|位居|位列)第?$/u;
/** The last figure before a scope's count (`scope`) that measures something: no count, no place. */
function measuredBefore(found: Found[], scope: Found): Found | undefined {
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    if (f !== scope && f.entity && f.kind !== 'count' && f.kind !== 'rank' && !isCountUnit(f.t.unit)) return f;
  }
  return undefined;
}
const TRAILS = /^([\u4e00-\u9fff]{2,16}?)(?:仅次于|次于|略少于|仅少于|少于|略低于|低于|仅低于)/u;
/** The name after a place and 的, up to a comparison or a stop: "土耳其" of "第18位的土耳其大体相当". */
// ("我市荣获全省“发展杯”竞赛活动第二名的业绩" (四平 2011, held-out set 24), "取得第一名的好成绩": a result's praise after
// 的 holds no place; what won it is named before.)
// ("低于排名第一的淮安市8.1个百分点" (宿迁 2021): the name, then the gap to it.)
const HOLDER =
  /^(?!(?:好|优异|优秀|良好|骄人)?(?:成绩|佳绩|业绩|成果)(?=[，。；、]|$))([\u4e00-\u9fff]{2,6}?)(?=大体|基本|相当|持平|接近|[，。；、]|\d|$)/u;
/** What a place is held in, after the verb and its scope: "居全球经济总量" → 经济总量. */
const RANKED_MEASURE = /(?:位居|居|排名?|位列|列)(?:全国|全省|全市|全区|全球|世界)?([\u4e00-\u9fff]{0,8})$/u;
/** A subject, then 成为/是 and the scope of the rank after it: "信义集团成为全球" (第一光伏玻璃巨头). */
/**
 * Places named by their group or region only: "皖北六市", "16个地市", "长三角", "中西部地区", "苏南" (a province's short
 * name and a quarter of it).
 */
const GROUP_SCOPE =
  /^(?:[\u4e00-\u9fff]{0,4}?[\d两二三四五六七八九十]{1,3}个?(?:市|省|县|区|市州|县区|县市|地市|城市|省份|省区|省市|区县)|(?:长三角|珠三角|中部|西部|东部|东北|华东|华北|华中|华南|西南|西北|中西部|[苏浙皖赣闽粤湘鄂豫鲁冀晋陕甘川黔滇桂辽吉黑蒙宁青新藏][东南西北中])(?:地区|省份|省区|省市|城市)?)$/u;
/** Between a place and the next named by its scope: the comma, the scope and the verb of a place ("，皖北六市第"). */
const SCOPE_AFTER_COMMA = /^[，,][\u4e00-\u9fff\d]{2,10}?(?:居|排名?|位列|列)?第?$/u;
const BECAME_SCOPE = /^([^，；。、]{2,16}?)(?:成为|是)(?:全国|全省|全市|全区|全球|世界|中国|亚洲)$/u;
/** The verb of a place, its scope, then what is ranked (two characters or more): "位居全国百强县投资潜力". */
const RANKED_FIRST =
  /^(?:位居|位列|名列|居于?|列|排名?)(?:(?:全国|全省|全市|全区|全球|世界)(?=[\u4e00-\u9fff]{2}))?(?!全国|全省|全市|全区|全球|世界)([\u4e00-\u9fff]{2,12})$/u;
/** After a place and 、: the next item's own measure, then its place ("新型城镇化质量第4"). */
const RANK_ITEM_NEXT = /^([\u4e00-\u9fff]{2,12})第[一二三四五六七八九十\d]{1,3}/u;
/** An item that names where a place is held, not what holds it: "东部地区", "中部六省", "省会城市", "全省". */
const RANK_SCOPE_ITEM =
  /^(?:全国|全省|全市|全区|全球|世界|中国|亚洲|长三角|珠三角|中部|西部|东部|东北|中西部)|(?:地区|省份|城市|省区市?|[省市县区州国]|[两三四五六七八九十\d]个?[省市县区])$/u;
/** A list of places after one verb, each item after its own measure ("位居全国百强县投资潜力第3、新型城镇化质量"). */
const RANKED_ITEMS =
  /(?:位居|位列|名列|居于?|列|排名?)((?:[\u4e00-\u9fff]{2,14}第[一二三四五六七八九十\d]{1,3}[位名]?、)+)([\u4e00-\u9fff]{2,12})$/u;
/** Whether the place after `clausePre` ends a list of places each of its own measure, none named by a scope only. */
function rankedItems(clausePre: string): boolean {
  const m = RANKED_ITEMS.exec(clausePre);
  if (!m || RANK_SCOPE_ITEM.test(m[2])) return false;
  const items = m[1].split('、');
  items.pop();
  const first = RANKED_FIRST.exec('位居' + items[0].replace(RANK_PLACE_END, ''));
  return (
    first !== null && !RANK_SCOPE_ITEM.test(first[1]) && items.slice(1).every((x) => !RANK_SCOPE_ITEM.test(x.replace(RANK_PLACE_END, '')))
  );
}
const RANK_PLACE_END = /第[一二三四五六七八九十\d]{1,3}[位名]?$/u;
// ("人均GDP列省区第二" (浙江 2016, test/corpus/zhejiang-2016-achievements): the provinces and regions, 省区, are a scope too.)
const RANK_SCOPE = /(?:保持|位居|居于?|位列|列|排名?)?(?:全国|全省|全市|全区|全球|世界|西部|中部|东部|省区市?|省市区)$/u;
const RATE_AFTER = /^的(?:平均)?(?:增速|增幅|涨幅|增长率|年均增幅|增长速度)/u;
/** A move described after a rate and 的, closing the clause: "的大幅下滑", "的止跌企稳", "的提速增长". */
/** "42.5%的水平": the level of the number itself, no noun it is a share of. */
const OWN_LEVEL = /^的(?:水平|基数)/u;
const MOVE_DESCRIBED = /^的[\u4e00-\u9fff]{0,3}?(?:增长|下滑|下降|回升|回落|企稳|提速|放缓|反弹)(?=[，。；,;]|$)/u;
/** "占全市…": the whole a share is of, about to be counted. */
const WHOLE_BEFORE = /占(?:全[市省区县州盟旗国])?$/u;
/** The places a whole is counted in, after their count ("16个区总量的"), before the 的 of the whole. */
const WHOLE_PARTS = /^(县(?:市)?区|县市区|市县区|旗县区?|盟市|地市|市州|区县|县|市|区|省|州|盟|旗)[^，；。\d]{0,8}?的/u;
/**
 * "按现行汇率折算为", "折合", "按2019年平均汇率计算为", "按2019年平均匯率(1:6.8985)計算為" (曲沃县 2019, held-out set 56,
 * the rate in a bracket): the clause before an amount is only its conversion.
 */
const CONVERTED =
  /^(?:(?:按[\u4e00-\u9fff]{1,10})?(?:折算|折合)|按[\u4e00-\u9fff\d]{0,12}汇率(?:[（(][\d.:：]{1,12}[)）])?计算)(?:为|成)?(?:约)?$/u;
/** "分别为安顺市": a name right after 分别为/分别是, the first item of a list of names with numbers. */
const LISTED_FIRST = /分别[为是]([\u4e00-\u9fff]{2,10}?(?:市|州|县|区|省|盟|旗|业|行业))$/u;
/** "遵义市17家": the next item of such a list, a name then its number. */
const NAMED_ITEM_NEXT = /^[\u4e00-\u9fff]{2,10}?(?:市|州|县|区|省|盟|旗|业|行业)\d/u;
/** A place, an industry or a month, then 为: "，白银市为", "临夏州为", "制造业为", "8月份为". */
/** The noun of a count, alone between it and the next count ("方面"). */
const COUNT_NOUN_ONLY = /^[\u4e00-\u9fff]{1,4}$/u;
/** A measure, the verb of passing and an amount, closing the clause: "利润总额超过1亿元", "产值超亿元". */
const PASSED_CLASS_AFTER =
  /^(利润总额|利润|产值|销售收入|营业收入|主营业务收入|税收|利税)(?:超过|超|过|突破|达到)((?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)?(?:万亿|亿|万)?元)(?:及?以上)?(?=[，。；,;、]|$)/u;
const PASSED_CLASS_FIRST = charTable('利产销营主税');
/** Nothing before a count that names what it counts: its clause's start, 其中, 有 ("…企业中有18户" names them). */
const NO_NOUN_BEFORE = /^[，,；;、]?(?:其中|另有|共有|全年有|有)?[，,:：]?$/u;
/** A measure with only a place and this year before it: "福建今年产值", "全市产量", "产值". */
const FIELD_BARE =
  /^([\u4e00-\u9fff]{0,6}?)(?:今年|去年|本年|全年)?((?:规模以上|规上)?(?:工业)?(?:总产值|产值|增加值|产量|营业收入|主营业务收入|利润总额|利润|销售收入|销售额|销量|出口额|出口|投资))$/u;
const FIELD_MEASURE_LAST = charTable('值量入润额口资');
/** The report's place as it names itself: 全市, 我省, 本县, or a place's name with its rank (…省, …市, …县). */
const PLACE_NAMED = /^(?:全[省市区县州盟旗国]|[我本][省市区县州]|[\u4e00-\u9fff]{2,4}[省市县区州])$/u;
const COMPARED = /高于|低于|快于|慢于|大于|小于|落后于?|超过|超出|高出/u;
/** "的平均水平", "的水平": the level of a rate compared with, after it. */
const LEVEL_AFTER = /^的(?:平均)?水平/u;
/** A bare comparison verb right after a rate, or its name and the verb: "比全省平均增速8.2%低", "比全省8.2%的增速低". */
const COMPARED_BARE_NEXT = charTable('高低快慢');
const BARE_COMPARED_AFTER = /^(?:的(?:平均)?(?:增速|增幅|增长速度|水平))?[高低快慢]/u;
/** 比, a place alone and its rate's name, right before the rate: "比全省平均增速", "比全国的". */
const PLACE_RATE_COMPARED = /[比较](全国|全省|全市|全区|全州|全县)(?:平均)?(?:水平|增速|增幅|增长速度)?的?$/u;
/** GAP_WITH opening the clause: the gap names no owner of its own. */
const GAP_OPEN = /^[与同和跟][^，；]{1,14}?的?差距/u;
const GAP_FIRST = charTable('与同和跟');
const VERB_END =
  // (关注, 走访, 包抓…: "密切关注40户重点企业" (银川 2023 1-2月, held-out set 28) counts the firms watched; 形成, 拥有:
  // "初步形成了17家国家制造业创新中心为核心" (工信部 on the “十三五” years, http://qinggy.com/hy/jiadian/12341.html)
  // counts the centres formed; 共建设, 累计建设: "共建设2121家绿色工厂、171家绿色工业园区" (国新办 on the 十三五 years,
  // held-out set 39), "我国已培育建设3657家绿色工厂" (人民日报 2023): 建设 a verb after 共, 累计 or 培育, where alone it is
  // often a noun (项目建设).)
  // (建立, 聚焦, 编制: "江苏梳理建立5145家重点企业库", "聚焦10个国家级集群", "编制实施年度500项省重大工业项目清单" (江苏 2023, a
  // 繁體 copy): what was set up, focused on or drawn up is the noun after the count. 重组: "新建、重组11家全國重點實驗室"
  // (吉林 2025, a 繁體 copy, held-out set 43): the labs reorganised, as 组建's. 招引: "计划招引20个以上过亿项目" (五莲县's
  // 2013 plans, held-out set 45): the projects drawn in, as 引进's.)
  '招引|重组|共建设|累计建设|培育建设|设立|安排|投入|新增|建成|新建|培育|引进|创建|认定|组建|实施|推进|出台|推出|开通|打造|争取|获得|下达|拨付|筹集|发放|共建|新开工|签约|入驻|围绕|解决|帮助|带动|吸纳|安置|转移|惠及|覆盖|救助|资助|关注|走访|包抓|帮扶|调度|监测|抓好|形成|拥有|创造|建立|聚焦|编制'.split(
    '|',
  );
const VERB_END_LAST = lastChars(VERB_END);
/** The report's own place, named as such: 我省, 本市, 全区 is not (a whole set against another may be one). */
const OWN_PLACE = /[我本](?:省|市|区|县|州|旗|盟)/u;
/** A whole alone as a subject (全国, 全省): one set against the report's own place (subject-rules.ts WHOLE_CONTRAST). */
const WHOLE_ALONE = /^全[国省市区县]$/u;
const BETTER_FIRST = charTable('好高低快慢优差');
/** A comparison word alone, what a clause's figure was better or worse than: 好于, 低于. */
const BETTER_THAN = /^(?:好于|高于|低于|快于|慢于|优于|差于)$/u;
/** The expectation or target a figure after such a word is: "的预期", "的目标". */
const EXPECTED_AFTER = /^的?(?:预期|目标|计划)/u;
const SCOPE_FIRST = charTable('规');
/** A place or a whole named before a measure: 全省, 我市, 该区. */
const PLACE_WORD = /[全我本该][省市区县州国]|[省市区县州]/u;
/** A measure of the above-scale scope alone: 规上工业增加值, 规模以上工业总产值. */
const SCOPE_MEASURE = /^规(?:模以)?上工业(?:增加值|总产值|产值|营业收入|利润总额|利润)$/u;
/** A clause saying what an industry is: "冶金行业是辽宁工业三大支柱产业之一". */
const ONE_OF = /^(?:据介绍，?)?([\u4e00-\u9fff]{2,12}?(?:行业|产业|制造业|工业|业))是[^，；\d]{2,24}之一$/u;
/** A rate's measure word ending a subject (制造业降幅), the rate itself not its owner. */
const RATE_WORD_END = /(?:增速|增幅|降幅|涨幅)$/u;
/** A subject, its rate word, then where it is placed: "工业增速在全国…排名", "工业增速居全省". */
const RATED_RANK = /([\u4e00-\u9fff]{2,20}?)(增速|增幅)(?:在|居|位居|位列|列|排名|排)/u;
/** An item of a list (进出口总额, 进出口) that names the part after it (出口额, 进口额) in its owner's name. */
function namesPart(item: string, part: string): boolean {
  const m = ITEM_MEASURE.exec(item);
  const name = m ? item.slice(0, m.index) : item;
  return name.length >= 2 && (name.endsWith(part.slice(0, 2)) || fusedPart(name, part));
}
/** The measure an item of a list ends with (商品房销售面积), what a bare measure after it replaces. */
const ITEM_MEASURE =
  /(?:销售面积|施工面积|竣工面积|面积|总产量|产量|总产值|销售产值|产值|增加值|投资额?|营业收入|主营业务收入|利润总额|利润|销售额|零售额|出口额|进口额|总额|总值)$/u;
/**
 * The output of a whole economy (地区生产总值, GDP), a measure of a place, and an index (经济效益综合指数): never an
 * owner of other measures.
 */
const WHOLE_ECONOMY = /(?:生产总值|生產總值|GDP|指数|指數)$/u;
/** A place's own measure of money that owns no other: income, spending, foreign capital used (PLACE_MEASURE's break). */
const PLACE_MEASURE = /(?:[预預][算筭]收入|[财財]政(?:总)?收入|[财財]政支出|利用外[资資])$/u;
/**
 * A measure alone (产值, 全年增加值): MEASURE_TAIL's words, with 全, 年 or 全年 before them or not. "春收粮食播种面积
 * 170.4万亩，…；亩产增长19.4%；总产量26.0万吨": a crop's 亩产 and 总产量 after its 播种面积.
 */
const BARE_MEASURE = wordSet(
  // ("营业收入11253.1亿元,…;营业成本9336.7亿元,增长13.8%;利润总额515.2亿元" (辽宁 2021 统计公报): 营业成本 too.)
  '产量|总产量|总量|亩产|单产|播种面积|种植面积|产值|销售产值|增加值|营业收入|主营业务收入|利润|利润总额|利税|销售收入|销售额|出口额|进口额|出口|投资|税收|税金|规模|营业成本'
    .split('|')
    .flatMap((m) => [m, '全' + m, '年' + m, '全年' + m]),
);
const PROPERTY_END = /(?:比重|占比|增速|增幅|涨幅|降幅|份额|贡献率?)$/u;
const PROPERTY_LAST = charTable('重比速幅额率献');
const propertyEnd = (s: string) => isIn(PROPERTY_LAST, s, s.length - 1) && PROPERTY_END.test(s);
/** Whether `property` names again the property `entity` ends with (比重 and 占比 are one). */
const sameProperty = (entity: string, property: string) =>
  entity.endsWith(property) || (property === '占比' && /(?:比重|比例|份额)$/u.test(entity));
/** A capacity named before the plant or project that has it ("年产90万吨的金黄庄煤矿"). */
const CAPACITY = wordSet(['年产', '年产能', '设计年产', '年生产', '年处理', '日产']);
/** A measure of industry named without its owner: 工业总产值, 工业产值, 总产值, 工业增加值. */
const INDUSTRY_MEASURE = /^(?:工业)?总?(?:产值|增加值)$|^总产值$/u;
/** An industry's name (not a measure): 农副产品加工业, 汽车制造业, 建材工业. */
/** Units of weight: an amount of produce. */
const WEIGHT_BASES = new Set(['吨', '公斤', '千克', '斤']);
const INDUSTRY_END = /(?:业|产业)$/u;
/** Firms counted: 新增规上工业企业, 规模以上工业企业. */
const FIRMS_END = /企业$/u;
