/**
 * Questions about a figure's subject: whether one is too weak to keep, the noun counted after a number, the subject a
 * clause between two figures names, the same measure named before.
 */
import { charTable, codeAt, hasCode, isIn, lastCode, wordSet } from './chars';
import { cleanSubject, nounAfter, subjectBefore } from './labels';
import { type Token } from './tokens';
import { PERCENT_UNITS } from './units';
import { CLAUSE_MARKS } from './figure-words';
import type { Found, Reading } from './reading';

/** The subject of the latest rate in % read (the sentence's, else `paragraph`'s) when it was a growth rate, else ''. */
export function growthBefore(found: Found[], paragraph: string): string {
  for (let k = found.length - 1; k >= 0; k--)
    if (PERCENT_UNITS.has(found[k].t.unit)) return found[k].kind === 'growth' ? found[k].entity : '';
  return paragraph;
}
const ENUMERATION = /、[^、]+、/u;
const QUALIFIER_LAST = charTable('过近约逾');
const OPEN_END = charTable('等的有和及与、');
const SUM_LAST = charTable('共计');
/** A subject that is only a verb: the number counts the noun after it ("新增5个国家级企业技术中心"). */
/** "其余", "其他": the rest of a group, no subject of its own. */
const REST_ONLY = new Set(['其余', '其他', '另有', '另外', '余下', '剩余', '剩下']);
const VERBISH = new Set(
  '新增|建成|新建|获得|实施|推进|出台|开通|培育|引进|创建|发布|认定|优选|遴选|评选|组建|设立|推出|拥有|共有|有|形成|打造|涌现|集聚|带动|吸引|减少|增加|净增|脱贫|减贫|主导制定|制定|完成|实现|建设|投产|开工|签约|落地|推动|支持|扶持|帮助'.split(
    '|',
  ),
);
/** A subject that is only a scope or a source ("根据…在全省"): the counted noun after the number says more. */
const SCOPE_ONLY = /^(?:根据|在|据|从(?!业))|(?:全省|全市|全区|全国|全县|全旗|全盟|全州)$|^[\u4e00-\u9fff]{2,5}(?:省|市|县|自治区)$/u;
/** A province, a municipality or an autonomous region by its short name, as reports write it before a figure. */
export const PROVINCE = wordSet(
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆'.split(
    '|',
  ),
);
/** The first and last characters SCOPE_ONLY can match: it is tried only then. */
const SCOPE_FIRST = charTable('根在据从');
// (全旗, 全盟, 全州: a banner or league of 内蒙古, a prefecture; 乌拉特后旗 2023, held-out set 26.)
const SCOPE_LAST = charTable('省市区国县旗盟州');
/** Too weak a subject to keep when the number names its noun after it ("新增|5个国家级企业技术中心"). */
export function weakSubject(entity: string, pre: string, endsInVerb: boolean, count: boolean): boolean {
  if (!entity || entity.length < 2) return true;
  // "华微电子等 20 户重点增量企业" (吉林市, held-out set 21): a space before the number is no part of what ends the clause,
  // nor is a tab or a no-break space (a table's or a page's text: "华微电子等\t20户").
  pre = pre.trimEnd();
  let bare = isIn(QUALIFIER_LAST, pre, pre.length - 1) ? pre.replace(/(?:超过|近|约|逾)$/u, '') : pre;
  // "尚科光伏太阳能电池生产线(二期)等共354个投资项目" (桂林 2011, held-out set 33): 共 (合计, 共计) after 等 sums the list.
  if (isIn(SUM_LAST, bare, bare.length - 1)) bare = bare.replace(/(?:共计|合计|总计|共)$/u, '');
  return (
    isIn(OPEN_END, bare, bare.length - 1) ||
    VERBISH.has(entity) ||
    // "其余6个市州分别为黔西南州11家、…" (贵州 2021, held-out set 27): "the others" names no subject; the noun after does.
    (count && REST_ONLY.has(entity)) ||
    endsInVerb ||
    ((isIn(SCOPE_FIRST, entity, 0) || isIn(SCOPE_LAST, entity, entity.length - 1)) && SCOPE_ONLY.test(entity)) ||
    // "前5个月,江苏47401家规模以上工业企业合计实现利润3702亿元" (held-out set 16): a province named alone is the scope.
    PROVINCE.has(entity) ||
    // "汽车制造业、医药制造业、电力热力生产和供应业4个行业": a list before a count names its members.
    (count && ENUMERATION.test(entity)) ||
    // "出台商业航天、医疗器械等领域40项产业政策" (北京 2024, held-out set 32): the fields are where, the noun after
    // the count is what is counted.
    (count && FIELDS_SCOPE.test(entity)) ||
    // "全方位保障三批次135个重点项目建设" (中宁 2025, held-out set 38): the batches they come in say how the things
    // counted are grouped, not what they are.
    (count && BATCHES_END.test(entity))
  );
}
const FIELDS_SCOPE = /等(?:领域|方面)$/u;
const BATCHES_END = /[一二三四五六七八九十两\d]批次?$/u;
/**
 * "历时八年完成沿江134家化工企业“关改搬转”" (宜昌 2025, held-out set 25): between a verb of what was done (完成, 推动…)
 * and a count of firms, projects or parks named right after it, words that name no body and no measure (沿江) say
 * where, not what is counted. ("其中宜春时代1户企业拉动…" (宜春 2024): a firm's name with no verb before it is the
 * firm counted.)
 */
export function placeOnly(entity: string, pre: string, sentence: string, at: number): boolean {
  return !BODY_OR_MEASURE.test(entity) && DONE_BEFORE.test(pre) && BODY_AFTER.test(sentence.slice(at, at + 12));
}
/** A verb of what was done, then at most four characters (沿江), at the end of the clause before the count. */
const DONE_BEFORE = /(?:完成|实现|推动|推进|关停|关闭|搬迁|淘汰|培育|引进|建成|改造|整治|新建|开工)[\u4e00-\u9fff]{1,4}$/u;
const BODY_OR_MEASURE = /行业|产业|企业|项目|园区?|基地|集群|[个家户]|增加值|产值|投资|收入|利润|总额|产量|工业|[业额量值率数]$/u;
const BODY_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:企业|项目|园区|化工园|工业园|产业园|基地|集群|开发区)/u;
/**
 * What a 合计拉动 sums: the items of the 分别 list just before ("A，B，C同比分别增长…，合计拉动…"), else the
 * subject the clauses before name ("其中，电子信息、医药、食品行业较快增长，合计拉动…"), names of a measure or not
 * ("电子信息、医药、食品较快增长", "电子信息等行业较快增长"); '' when neither.
 */
export function groupBefore(r: Reading, i: number, cs: number): string {
  const run = i > 0 ? r.runOf.get(i - 1) : undefined;
  if (run && run.length > 1) {
    // ("三大行业分别增长12%、10%和9%": items that inherit one name are that name once.)
    const names = [...new Set(run.map((k) => r.found[k].entity))];
    if (names.some((n) => !n)) return '';
    const all = names.join('、');
    return all.length <= 14 ? all : names[0] + '等';
  }
  // ("其中,电子信息、医药、食品较快增长,同比增长8%,合计拉动…": back past a figure whose clause names nothing; a figure's
  // clause that names its subject ends the search there.)
  const named = subjectBetween(r.sentence, 0, cs, true);
  return named.includes('、') || GROUP_END.test(named) ? named : '';
}
/** Names ending with 等, or with 等 and the kind of the things named ("电子信息等行业", "汽车等重点产业"). */
const GROUP_END = /等(?:[\u4e00-\u9fff]{0,4}(?:行业|产业|企业|领域|门类))?$/u;
/** The subject of the latest figure of the sentence measuring `measure` (增加值) of a named subject, or ''. */
/** sameMeasureBefore over the subjects of a sentence before (Reading.partWholes). */
export function sameMeasureOf(entities: string[], measure: string): string {
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k];
    const share = e.indexOf('占');
    const own = share >= 0 ? e.slice(0, share) : e;
    if (own.length > measure.length && own.endsWith(measure)) return own;
  }
  return '';
}
export function sameMeasureBefore(found: Found[], measure: string): string {
  for (let k = found.length - 1; k >= 0; k--) {
    const e = found[k].entity;
    const share = e.indexOf('占');
    const own = share >= 0 ? e.slice(0, share) : e;
    if (own.length > measure.length && own.endsWith(measure)) return own;
  }
  return '';
}
// ("食品制造业也表现出了良好的发展态势,上半年完成工业增加值1200万元" (西藏 2012, held-out set 19): 也 and 表现 before how
// it fared.)
// ("食品工业继续保持良好增长势头" (齐齐哈尔 2013, held-out set 21): an industry that keeps up its growth; "煤化工、风力发电等
// 战略性新兴产业快速发展" (包头 2012): the industry named after the examples and 等.)
// ("四大支柱产业则扭转了自去年以来增速低于平均水平的局面,实现增加值108.62亿元" (芜湖 2013, held-out set 22): a trend it turned;
// "新興產業加速成長,產值增長145%" (贵港 2017, held-out set 22): how fast it grew.)
// ("全區汽車製造業逆勢發展,實現工業增加值同比增長13.9%", "廣西汽車製造業也有不凡表現,不僅增速高於…6.9個百分點" (广西 2016
// 1至2月, held-out set 25): grown against the trend; 也有 before how it fared.)
// ("全省粮食生产取得好收成,连续八年稳定在1000万吨以上,2011年达到1194.7万吨" (陕西 2011, held-out set 24): grain is
// farming's industry, its 生产 how it fared.)
// ("五大产业中新能源产业增长势头迅猛,当月完成产值33.8亿元" (常州 2011 前11个月): its growth's momentum, and the group
// it is one of before 中.)
// ("裝備制造業繼續發揮支撐作用,完成產值5826.7億元" (沈阳 2013 前10个月, from its 经信委, a 繁體 copy, held-out set 51): the
// part it plays, 发挥…作用.)
// ("工業三大門類中制造業貢獻居首位,上半年同比增長2.6%" (安徽 2020 上半年, a 繁體 copy, held-out set 53): its contribution,
// and a group named with whose it is, 工业三大门类中.)
// ("受…拉動,建材、食品兩大行業繼續保持強勁勢頭,前兩月增加值增速均在30%以上" (湖北 2011 前两月, a 繁體 copy, held-out set
// 54): industries listed, then the group they make (两大行业), fare as one.)
const FARED =
  /^(?:[\u4e00-\u9fff、]{2,80}?等|[\u4e00-\u9fff]{0,4}?(?:\d{1,2}|[两二三四五六七八九十]{1,2})[大个类][\u4e00-\u9fff]{0,6}?中|[\u4e00-\u9fff]{2,8}的)?([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+(?:[两二三四五六七八九十]|\d{1,2})大(?:产业|行业)|[\u4e00-\u9fff]{2,16}?(?:产业|行业|工业|制造业|企业|业|经济|投资)|[\u4e00-\u9fff]{0,4}?粮食)(?:\d{1,2}月份?|[上下]半年|前?[一二三四]季度)?(?:(?:则|却|也|亦|均|都|仍)?实现了?(?:正|较快)?增长|(?:继续|持续|总体|整体)?(?:稳中向好|稳中有进|稳中有升|稳步向好|企稳回升|回暖|好转|向好)[^，；\d]{0,6}|(?:也|亦|均|都|仍)(?:有[^，；\d]{0,4}?)?(?:表现|呈现?)[^，；\d]{0,10}|(?:继续|持续|仍然|依然|仍)?保持[^，；\d]{0,8}(?:势头|态势|增长)|(?:则|却|也|亦|均|都)?(?:扭转|摆脱|走出|改变|止住)了?[^，；\d]{0,24}|(?:加速|加快|快速|稳步|持续|不断)(?:成长|增长|壮大|提升|回升)[^，；\d]{0,8}|增长(?:势头|态势)[^，；\d]{0,6}|(?:继续|持续|充分|进一步|更好地?)?发挥了?[^，；\d]{0,8}作用|(?:快速|加快|稳步|较快|持续|蓬勃|逆势)?(?:作用|生产|发展|运行|增势|势头|表现|效益|支撑|拉动|贡献|基本面|形势|态势|走势|整体|总体|处于|呈现?|增幅|增速)[^，；\d]{0,8})$/u;
const MEASURE_NOUN = /增加值|产值|投资|收入|利润|总额|产量|消费|出口|进口|指数|价格|工业|产业|[业额量值率]$|资金/u;
/** A list or a league entered, named at the end of its clause (in quotes or not). */
// ("連續九屆躋身全國縣域經濟基本競爭力百強縣(市)行列,排名升至第47位" (泰兴 2009, held-out set 30): the league's name may
// close with what else it takes in brackets, (市), and the clause with 行列 or 之列.)
const ENTERED =
  /(?:入选|跻身|进入|荣登|列入|获评|被评为)了?(?:全国|全省)?“?([\u4e00-\u9fff]{2,16}?(?:强县|强市|百强|强|榜|名单|城市|县|市))(?:[（(][\u4e00-\u9fff]{1,3}[）)])?”?(?:行列|之列)?$/u;
const ENTERED_LAST = charTable('”强榜单市县列');
/** A clause opening with 对 on what an industry does to another: its pull, contribution, drive or support. */
const EFFECT_ON = /^对[^，；。]{1,16}?(?:拉动|贡献|带动|影响|支撑|推动)/u;
/** A clause on the cause of what follows: 受, what drove or hit it, then 拉动, 影响, 带动, 推动 or 冲击 closing the clause. */
const CAUSED_BY = /^受[^，；。]{1,30}?(?:拉动|影响|带动|推动|冲击|制约)$/u;
/** A clause naming what tops (or trails) a ranking of rates: "增幅最高的是丽江市", "增长最快的为汽车制造业". */
const TOPPED =
  /(?:增幅|增速|增长|涨幅|降幅|下降)[^，；的]{0,4}(?:最高|最快|最大|最多|最低|最慢|最小|居首|较快|较高)的(?:是|为|有|当属)([\u4e00-\u9fff]{2,16})$/u;
export function subjectBetween(sentence: string, from: number, to: number, product = false): string {
  // The clauses from the last back, each cut only when reached (most figures stop at the first), blank ones skipped.
  for (let end = to, k = to - 1; k >= from - 1; k--) {
    if (k >= from && !isIn(CLAUSE_MARKS, sentence, k)) continue;
    const clause = sentence.slice(k + 1, end);
    end = k;
    if (!clause.trim()) continue;
    // "食品工业继续保持良好增长势头,对全市工业增长拉动作用比较突出,共实现工业增加值17.3亿元" (齐齐哈尔 2013, held-out set
    // 21): a clause on what the industry does to another names what it acts on, not whose the measure is.
    if (clause.charCodeAt(0) === 0x5bf9 /* 对 */ && EFFECT_ON.test(clause)) continue;
    // "受水利等基礎設施和節日消費等因素拉動,建材、食品兩大行業繼續保持強勁勢頭,前兩月增加值增速均在30%以上" (湖北 2011
    // 前两月, a 繁體 copy, held-out set 54): a clause on what drove or hit the figures (受…拉动, 受…影响) names their cause,
    // not whose they are.
    if (clause.charCodeAt(0) === 0x53d7 /* 受 */ && CAUSED_BY.test(clause)) continue;
    // "我县连续两年入选“全国县域经济强县”,列全省第8位" (进贤县 2018, held-out set 25): the list the place entered is what
    // its place after is in.
    const entered = isIn(ENTERED_LAST, clause, clause.length - 1) ? ENTERED.exec(clause) : null;
    if (entered) return cleanSubject(entered[1]);
    // "装备制造业作用突出，比上年增长8.9%", "汽车产业生产明显恢复，…": an industry and how it fared.
    // ("精品钢材制造业完成91.86亿元,下降21.9%;汽车制造业4月则实现增长,完成197.92亿元,增长12%" (上海 2009-04, a 繁體
    // copy, http://www.globalev.com.cn/product/baofeiqiche/790880dc32814282815fa6cd7b372d81.htm): the month it fared so in
    // may stand between, and 实现增长 is how it fared.)
    // "重點培育的醫藥制造業穩中向好,1—10月產值同比增長16.3%" (通州 2021 1-10月, a 繁體 copy,
    // http://www.dvtln.cn/zx/2021/1126/21604.html): 稳中向好, 回暖 are how it fared too; what it is picked out as (…的) goes.
    // "特别是汽车工业在经历了自2008年12月份以来持续低迷甚至负增长的困境后,终于在6月份走出低谷,实现了当月工业增加值13.0%
    // 的生产增速" (吉林 2009 上半年, held-out set 42): what 特别是 (尤其是) singles out is whose the measures after it are.
    const outstanding = isIn(STANDS_OUT_FIRST, clause, 0) ? STANDS_OUT.exec(clause) : null;
    if (outstanding) return outstanding[1];
    // "汽車、冶金、機械是柳州市三大支柱產業,上半年完成工業總產值605.39億元" (柳州 2009 上半年, a 繁體 copy, held-out set
    // 52): names listed as a group (N大…产业) are whose the measures after it are, by the group's name.
    const grouped = clause.includes('大') ? GROUP_NAMED.exec(clause) : null;
    if (grouped) return grouped[1];
    // "增幅最高的是麗江市,同比增長10.7%" (云南 2009 1至4月, held-out set 45): the name a clause tops a ranking with is whose
    // the rate after it is (not the places counted before it, 州市).
    const topped = clause.includes('的') ? TOPPED.exec(clause) : null;
    if (topped) return topped[1];
    // "…前三季度增长13.6%,我省工业稳步走高,而全国是小幅回落,一季度增长14.4%" (黑龙江 2011 前三季度, held-out set 47): a
    // whole set against the one before (而全国, 全省则…) and how it fared names whose the rates after it are.
    const contrast = isIn(WHOLE_FIRST, clause, 0) ? WHOLE_CONTRAST.exec(clause) : null;
    if (contrast) return contrast[1];
    // "而仪器仪表、航空航天和电子计算机及办公设备制造业则出现下降趋势,下降幅度均超过10%" (常州 2014 上半年 工业投资): the
    // industries named with the trend they show are whose the size of it after is, not the industry of the figure before.
    const trend = clause.includes('现') || clause.includes('呈') ? TREND_SHOWN.exec(clause) : null;
    if (trend) return cleanSubject(trend[1]);
    const fared = FARED.exec(clause);
    if (fared) return cleanSubject(fared[1]);
    const promoted = clause.includes('业') ? PROMOTED.exec(clause) : null;
    if (promoted) return promoted[1];
    // "地区生产总值方面,降幅较年初收窄24个百分点" (盘山县 2022, held-out set 26): the measure an aspect clause names.
    const n = clause.length;
    const aspect = n > 2 && clause.charCodeAt(n - 1) === 0x9762 /* 面 */ && clause.charCodeAt(n - 2) === 0x65b9; /* 方 */
    // "上半年全省新增规模以上企业数量创历史新高,2006年增加757家" (安徽 2009 上半年): a measure and the record it set.
    const record = clause.includes('创') ? RECORD_SET.exec(clause) : null;
    const sb = subjectBefore(aspect ? clause.slice(0, -2) : record ? clause.slice(0, record.index) : clause);
    if (
      sb.subject.length >= 2 &&
      !sb.property &&
      (MEASURE_NOUN.test(sb.subject) || product) &&
      // "全市工業系統按照市委市政府的工作要求,一企一策抓復產,…一季度末實現止跌回升,同比增長1.2%" (商洛 2009, held-out
      // set 32): the industry's offices (工业系统, 工信系统) act; what grew is the measure named before them.
      !sb.subject.includes('系统') &&
      !/看$/u.test(clause) &&
      !/^(?:初步核算|按可比价格计算|扣除价格因素)/u.test(clause)
    )
      return sb.subject;
  }
  return '';
}
/** 特别是 or 尤其是, then an industry or a group of firms, then what it went through (在, 经历, 受…) or nothing. */
const STANDS_OUT = /^(?:特别|尤其)是([\u4e00-\u9fff]{2,12}?(?:产业|行业|工业|制造业|企业|业))(?=在|经历|经过|受|从|自|由于|因|$)/u;
const STANDS_OUT_FIRST = charTable('特尤');
/** Names listed, then 是 and the group they make up, counted (三大支柱产业, 两大行业): "A、B、C是柳州市三大支柱产业". */
const GROUP_NAMED =
  /^[\u4e00-\u9fff]{2,12}(?:[、和及与][\u4e00-\u9fff]{2,12})+是[\u4e00-\u9fff]{0,6}?的?((?:[一二三四五六七八九十两]|\d{1,2})大[\u4e00-\u9fff]{0,4}?(?:产业|行业))$/u;
/** Industries (a list or one) and the trend they show: "而A、B和C制造业则出现下降趋势", "D业呈个位数增长". */
const TREND_SHOWN =
  /^(?:而|但)?([\u4e00-\u9fff、]{2,40}?(?:产业|行业|工业|制造业|企业|业))(?:则|却|也|均|都|仍)?(?:出现|呈现?)了?[^，；\d]{0,6}?(?:下降|增长|回落|上升)(?:趋势|态势)?$/u;
/** 而, 但 or 全: how a clause on a whole set against another opens. */
const WHOLE_FIRST = charTable('而但全');
/** A whole (全国, 全省…) set against another, with how it fared and no measure: "而全国是小幅回落", "全省则稳中有升". */
const WHOLE_CONTRAST =
  /^(?:而|但)?(全国|全省|全市|全区|全县)(?:则|是|却|也|仍|亦|同期|总体|整体)*[^\d，；、]{0,6}?(?:回落|走低|走高|回升|放缓|趋缓|加快|下滑|下行|上行|平稳|稳定|持平|稳中有升|稳中有降)$/u;
/** A record a measure set, at the end of its clause: 创历史新高, 再创新高, 创同期最好水平. */
const RECORD_SET = /再?创(?:历史|歷史|同期|年内|今年以来)?(?:新高|最高水平|最好水平|新低)$/u;
/** An industry named as what is built up: "大力发展农副产品加工业", "同时主攻建材工业". */
const PROMOTED =
  /^(?:同时|并|还)?(?:大力|积极|加快|着力|重点|全力)?(?:发展|主攻|壮大|培育|做强|做大|做优)([\u4e00-\u9fff]{2,12}?(?:产业|工业|制造业|业))$/u;
/** The noun a number counts, when it is written after it ("190.6万农村贫困人口"); "三批共110项减负目录" skips 共110项. */
export function counted(sentence: string, t: Token, next: Token | undefined): string {
  // (Read past the length a label is cut to, so that a measure at its end is found before the cut.)
  // "形成3个产值超千亿元、2个产值500亿元的产业集群" (泉州, held-out set 14): what each counted thing passes is its class;
  // the noun after it (and after the other counts of the list) is what is counted.
  // ("两个2000亿元产业": an amount right after the count names their class too.)
  // ("2户8月份新纳规企业": the month says which things are counted; the noun is after it.)
  // ("34个“十三五”重点专项规划正加快编制" (成都 2016): a name in quotes opens the noun.)
  if (sentence.charCodeAt(t.outerEnd) === 0x201c /* “ */) {
    const quoted = QUOTED_NAME.exec(sentence.slice(t.outerEnd, t.outerEnd + 10));
    if (quoted) {
      const rest = nounAfter(sentence.slice(t.outerEnd + quoted[0].length), 24);
      return (rest ? quoted[0] + rest : quoted[0].slice(1, -1)).slice(0, 14);
    }
  }
  // "全省11个市中工业增速排第3位", "我市工业增加值增速在全省11个市中居第3位" (forms seen on imported decks, session 33):
  // places counted, then 中, are those among which what follows is read; the noun ends before 中 (市中工业, 市中 were
  // the nouns). One place character alone is named with the scope written before the number: 全省各市 (数据市 was the
  // label); "全省17个市州中8个增速环比加快" (湖北 2015 1-7月) stays 市州.
  const among = isIn(PLACE_NOUN_FIRST, sentence, t.outerEnd) ? PLACES_AMONG.exec(sentence.slice(t.outerEnd, t.outerEnd + 16)) : null;
  if (among) {
    const scope = among[1].length === 1 ? COUNT_SCOPE_BEFORE.exec(sentence.slice(Math.max(0, t.outerStart - 6), t.outerStart)) : null;
    return scope ? scope[0] + '各' + among[1] : among[1];
  }
  const month = isDigitAt(sentence, t.outerEnd) ? MONTH_THEN.exec(sentence.slice(t.outerEnd, t.outerEnd + 4)) : null;
  if (month) return nounAfter(sentence.slice(t.outerEnd + month[0].length), 24).slice(0, 14);
  const classes = isIn(CLASS_FIRST, sentence, t.outerEnd)
    ? COUNTED_CLASSES.exec(sentence.slice(t.outerEnd, t.outerEnd + 60))
    : isIn(CLASS_AMOUNT_FIRST, sentence, t.outerEnd)
      ? CLASS_AMOUNT_AFTER.exec(sentence.slice(t.outerEnd, t.outerEnd + 18))
      : null;
  const noun = classes
    ? nounAfter(sentence.slice(t.outerEnd + classes[0].length), 24)
    : next && countJoint(sentence, t.outerEnd, next.outerStart)
      ? nounAfter(sentence.slice(next.outerEnd), 24)
      : nounAfter(sentence.slice(t.outerEnd), 24);
  // "484家规上工业企业增加值同比增长8.1%": the enterprises are counted, their 增加值 is the next figure's measure;
  // "75家县级以上农业龙头企业年销售收入18.4亿元" (闽清县, held-out set 11): their 年销售收入 is.
  // "63户新建投产企业中有18户产值超亿元" (宜春 2024, held-out set 18): a measure right after the count says what the
  // things counted pass, not what they are: the noun is before (中有).
  if (MEASURE_FIRST.test(noun)) return '';
  // "三个工业集中区产值过50亿元" (安康, held-out set 17): the parks are counted; what each passes is their class.
  // "在全国15个副省级城市中位居第四" (杭州 2011): the cities are counted; the place held among them is another figure's.
  // (Each run only where it can match: COUNTED_MEASURE and PASSED_MEASURE end with one of their last characters, and
  // RANKED_AMONG holds 中. The first, starting with a look behind, is otherwise tried at every character.)
  const last = lastCode(noun);
  const measure =
    (hasCode(COUNTED_MEASURE_LAST, last) ? COUNTED_MEASURE.exec(noun) : null) ??
    (hasCode(PASSED_MEASURE_LAST, last) ? PASSED_MEASURE.exec(noun) : null) ??
    (noun.includes('中') ? RANKED_AMONG.exec(noun) : null) ??
    // ("增速在22县区排第14名,在7个沿黄市辖区排第4名" (大武口区 2022, test/corpus/dawukou-2022-05-industry): the verb of the
    // place held among them, no 中 between, is no part of them either; 7个 was 沿黄市辖区排第.)
    (last === 0x7b2c /* 第 */ ? RANKED_AFTER.exec(noun) : null);
  return (measure ? noun.slice(0, measure.index) : noun).slice(0, 14);
}
const RANKED_AMONG = /(?<=[\u4e00-\u9fff]{2})中(?:位居|位列|居于?|列|排名|排在?|名列)/u;
/** Places counted, then 中 (not 中心, 中区, 中小…): "市中", "市州中", "县(市、区)中". Group 1: the places. */
export const PLACES_AMONG =
  /^((?:设区|地级|省辖)?(?:市州|市[(（]州[)）]|县区|县[(（]市、区[)）]|区县|县市|市县|地市|城市|省市|省份|市|县|区|州|省|盟|旗))(?:之中|中)(?![心区小央外部等型国间])/u;
const PLACE_NOUN_FIRST = charTable('设地省市县区州城盟旗');
/** The scope written right before a count of places: "全省", "辽宁省". */
const COUNT_SCOPE_BEFORE = /(?:全国|全省|全市|全区|全州|(?<=^|[^\u4e00-\u9fff]|在|于|的)[\u4e00-\u9fff]{2,3}省)$/u;
const RANKED_AFTER = /(?<=[\u4e00-\u9fff]{2})(?:位居|位列|居于?|列|排名?|排在|名列)第$/u;
export const PASSED_MEASURE = /(?:产值|销售收入|营业收入|主营业务收入|税收|利税)(?:超过|超|过|突破)$/u;
export const PASSED_MEASURE_LAST = charTable('过超破');
/**
 * A measure and the amount each thing counted passes, and more counts of the same after 、 or 和, then 的.
 * ("340家产值超亿元企业增长1.4%" (漳州 2020, held-out set 37): 超亿元, over a hundred million, names no number before 亿.)
 */
const CLASS_OF =
  '(?:产值|销售收入|营业收入|主营业务收入|税收|利税|规模)(?:超过|超|过|突破|达到|达)?(?:(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十百千]+)(?:万亿|亿|万)?|万亿|亿)元(?:及?以上)?';
const COUNTED_CLASSES = new RegExp(`^${CLASS_OF}(?:[、和](?:\\d+|[两二三四五六七八九十]{1,3})[个家户]${CLASS_OF})*的?`, 'u');
const CLASS_FIRST = charTable('产销营主税利规');
/** ("16户“亿元企业”,1-3月,累计完成工业产值16.9亿元" (当涂 2008): the name in quotes may be the whole noun.) */
const QUOTED_NAME = /^“[^“”，。；]{1,8}”(?=[\u4e00-\u9fff，,；;。])/u;
const MONTH_THEN = /^\d{1,2}月份?(?=[\u4e00-\u9fff])/u;
/**
 * An amount naming the class of the things counted before it: "两个2000亿元产业", "4个超200亿元产业集群", "3个1000亿元级
 * 产业集群", "两个千亿产业".
 */
const CLASS_AMOUNT_AFTER =
  /^(?:超过|超|过|逾|突破)?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)(?:(?:万亿|亿|万)元?|元)(?:级|及?以上)?的?(?=[\u4e00-\u9fff]{0,4}?(?:产业|企业))/u;
const CLASS_AMOUNT_FIRST = charTable('0123456789超过逾突一二三四五六七八九十百千');
const isDigitAt = (s: string, at: number) => {
  const c = codeAt(s, at);
  return c >= 48 && c <= 57;
};
const MEASURE_FIRST = /^(?:增加值|总产值|产值|营业收入|主营业务收入|年?销售收入|利润总额|利润|税收)(?:超|过|达|突破|在)/u;
// ("全市10个省级及以上工业园区规模工业增加值占…比重达到68.6%" (岳阳 2017, held-out set 22): parks and places too, and the
// scope of the measure before it.)
export const COUNTED_MEASURE =
  /(?<=企业|行业|单位|项目|产品|园区|开发区|集中区|市县|县区|区县|市州|县市|城市|乡镇)(?:规模以上|规上|规模)?(?:工业)?(?:增加值|产值|营业收入|主营业务收入|年?销售收入|利润总额|利润|投资|产量)$/u;
export const COUNTED_MEASURE_LAST = charTable('值入额润资量');
/** The text between two numbers is nothing, 共, 合计 or 计 (read in place, no string made). */
function countJoint(sentence: string, from: number, to: number): boolean {
  const n = to - from;
  // (A slice with its end before its start is empty, as before.)
  if (n <= 0) return true;
  if (n === 1) return sentence.charCodeAt(from) === 0x5171 /* 共 */ || sentence.charCodeAt(from) === 0x8ba1; /* 计 */
  return n === 2 && sentence.startsWith('合计', from);
}
