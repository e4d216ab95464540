/**
 * Captions for KPI cards and chart bars that name their subject: "规上工业增加值增长", never a bare verb
 * ("比上年提高", "达到"), never empty. Built only from the report's words around the figure.
 */
import type { Extracted } from '../../../shared/extract';
import { COUNTED_LIST } from '../../../shared/extract/figure-words';
import { simplifiedChars } from '../../../shared/extract/script';
import { withoutAsides } from '../../../shared/wording';

export type Status = 'actual' | 'estimate' | 'target';

/** The figure's status; until every extraction carries one, 预计 / 力争 / 目标 before it decide. */
export function statusOf(x: Extracted): Status {
  const s = (x as { status?: string }).status;
  if (s === 'actual' || s === 'estimate' || s === 'target') return s;
  if (x.qualifier === '预计') return 'estimate';
  const clause =
    x.quote
      .slice(0, x.valueStart - x.start)
      .split(/[，,；;。]/u)
      .pop() ?? '';
  if (/力争|目标|到20\d\d年/u.test(clause)) return 'target';
  if (/预计/u.test(clause)) return 'estimate';
  return 'actual';
}

export const STATUS_MARK: Record<Status, string> = { actual: '', estimate: '预计', target: '目标' };

/** Time words that open a label but name no subject. */
const TIME =
  /^(?:今年|去年|全年|上半年|下半年|一季度|二季度|三季度|四季度|前三季度|同期|当月|上月|本月|元至\d{1,2}月|前?\d{1,2}(?:[~～至\-—]\d{1,2})?个?月份?|\d{4}年(?:\d{1,2}月份?)?|“十[一二三四五]五”(?:时期|期间|末)?)[，,、]?/u;
/** Verbs and comparisons that end a label: the subject is what comes before them. */
const TAIL =
  /(?:同比|环比|比上年|比去年|较上年|较去年|比上月|较上月|比年初|年均|累计|合计|分别|均|共|已)?(?:增长|增速|增幅|提高|提升|降低|下降|增加|减少|达到|达|为|是|实现|完成|拉动|突破|超过|回升至|回落至|回升|回落|高于|低于|快于|慢于|占|居|净增|新增|上涨|约合|有)$/u;
/**
 * A label that opens with one of these has lost its subject ("高于全国", "比上年提高"); not a noun that opens with
 * the same characters: 居民 (居民消费价格涨幅, 国务院 2023 and 山东 2013's targets: "居" is the verb of 居全国第一),
 * 有色金属.
 */
const HEADLESS =
  /^(?:同比|环比|比上年|比去年|较上年|较去年|比上月|较上月|比年初|年均|分别|均)?(?:增长|增速|增幅|提高|提升|降低|下降|上涨|增加|减少|达到|达|为|是|实现|完成|拉动|突破|超过|回升|回落|高于|低于|快于|慢于|占|居(?!民|住)|拉高|加快|放缓|收窄|扩大|降幅|增幅|比重|约合|约|力争|有(?!色))/u;

const MAX = 18;

/** The report's own place, opening a subject or a clause ("全省规模以上工业…"): the first words to go when too long. */
export const OWN_PLACE = '(?:全省|全市|全[区區]|全[县縣]|全州|全盟|我省|我市|我[区區]|我[县縣]|我州|我盟)';

/**
 * A period inside a caption, between its subject and its measure ("规上工业增加值一季度增速"): the figure's period
 * says it (and tells cards of several periods apart), the caption names only what is measured.
 */
const INNER_TIME =
  /(?<=\p{Script=Han}{2})(?:[一二三四]季度|前三季度|上半年|下半年|全年|当月|\d{1,2}[-—–~～至]\d{1,2}月份?|\d{1,2}月份?|20\d\d年)(?=增速|增幅|同比|增长|累计|占比|比重|产值|增加值|产量)/gu;

/** The label without what is not a subject: another clause before a ';', time words, a trailing verb. */
export function subjectOf(label: string): string {
  let s = (label.split(/[;；:：]/u).pop() ?? '').replace(/（未命名）/gu, '').trim();
  for (let i = 0; i < 3 && TIME.test(s); i++) s = s.replace(TIME, '');
  for (let i = 0; i < 3 && TAIL.test(s); i++) s = s.replace(TAIL, '');
  if (HEADLESS.test(s)) return '';
  return s.length >= 2 ? s : '';
}

/**
 * Shorter forms of a long caption, each keeping its subject whole at the start, tried in turn: without the
 * place, a list "A、B、C…增速" as "A等增速", without the verb,
 * "X占Y的比重" as "X占比", what it is compared with as the gap it measures ("…增速快于全市平均水平" as "…增速差"),
 * "X拉动Y增长" as "X拉动".
 */
const SHORTER: [RegExp, string | ((tail: string, at: number, whole: string, label: string) => string)][] = [
  [new RegExp(`^(?:${OWN_PLACE}|全[国國])`, 'u'), ''],
  // (Not an industry's own name holding 、: "计算机、通信和其他电子设备制造业", "电力、热力、燃气及水生产和供应业" (江西 2025:
  // a bar read 计算机等增速).)
  // A list its count closes is the group the count names ("煤炭、化工、建材、钢铁、铝、电力6大高耗能产业比重", 郑州 2015: it read
  // 煤炭等, and cut at the list its two cards both read 工业结构进一步优化占比).
  [COUNTED_LIST, '$1$2'],
  [/^(?![^、]{1,4}、[^业]*?[和及][^、]*?业)([^、]{2,})、.*?(增速|增长|变化|占比|位次|数量|倍数)?$/u, '$1等$2'],
  [TAIL, ''],
  // "X相当于Y的比例" as "X占Y比例": its end cut, it read "全社会研发经费支出相当于全市生产总值" over 4% (上海 2019's target).
  [/相当于([^相]{2,}?)的?(比例|比重)$/u, '占$1$2'],
  // (One character between: "…在工业投资中的占比变化" (常州 2014) had lost its 变化, read as a share over 2.5个百分点; the
  // comparison rule above had first cut its 比变化 as what it was compared with.)
  [/(?<=^.{3,})占[^占]+?(变化|增速|位次)?$/u, '占比$1'],
  [
    /(?<=^.{4,})(?:(?<!占)比(?![重例])|较|高于|低于|快于|慢于|超过|超出)[^比较]{2,}$/u,
    // A gap between growth rates ("快于全市平均水平", "高于全市规上工业增加值增速": the label's end, before TAIL took
    // its 增速) is a 增速差, whatever names the rate.
    (tail: string, at: number, whole: string, label: string) =>
      /快|慢/u.test(tail) || /(?:高于|低于|超过|超出)[^比较]*(?:增速|增幅)$/u.test(label)
        ? /(?:增速|增幅)$/u.test(whole.slice(0, at))
          ? '差'
          : '增速差'
        : /高|低|超/u.test(tail)
          ? '差'
          : '',
  ],
  // (A contribution's rate keeps its name: "汽車製造業拉動全區規上工業增加值貢獻率", 广西 2016, is a 贡献率.)
  [/(?<=^.{3,})拉动[^拉]{2,}$/u, (tail: string) => (tail.endsWith('贡献率') ? '贡献率' : '拉动')],
  // Last, the short form officials write (国家统计局 2022, traditional: "規模以上工業企業每百元營業收入中的成本" was cut
  // to "…中的成").
  [/([规規])模以上/gu, '$1上'],
];

/** Long captions take the shorter forms above until they fit; only then is their end cut (a word or two over MAX stays). */
function clip(label: string): string {
  let s = label;
  for (const [re, by] of SHORTER) {
    if (Array.from(s).length <= MAX) break;
    // (The function's patterns capture nothing: replace hands it the match, its offset and the whole string.)
    s =
      (typeof by === 'string' ? s.replace(re, by) : s.replace(re, (m: string, at: number, whole: string) => by(m, at, whole, label))) || s;
  }
  const chars = Array.from(s);
  return chars.length <= MAX + 2 ? s : chars.slice(0, MAX).join('');
}

/** The word for what a figure of each kind measures, where its subject alone does not say (a level needs none). */
export const KIND_WORD: Record<string, string> = {
  growth: '增速',
  change: '变化',
  share: '占比',
  multiple: '倍数',
  count: '数量',
  index: '指数',
  rank: '位次',
};

/**
 * A caption naming the figure's subject. `before` is the nearest earlier figure's subject in the same
 * sentence (a "高于全国2个百分点" after "规上工业增加值增长5.4%" is about 规上工业增加值); `fallback` names
 * the section when nothing else does.
 */
/** What such members are called: 行业, 大类行业, 产品, 企业, 县(市、区), 园区… */
const MEMBERS = '(?:大类|工业|主要|重点)?(?:行业(?:大类)?|产品|企业|县区|县[（(]市、区[）)]|市[（(]州[）)]|市州|园区|开发区|项目)';
/** Places a count after its number may be of ("大连、鞍山…等7个市增速达10%以上", 辽宁 2019). */
const PLACES = '(?:市|县|区|州)';
/** …and the places and groups a count of those that changed is of (changedAfter): 州市, 地区, 产业, 门类. */
const PLACES_OR_GROUPS = '(?:州市|县市|市县|地区|产业|门类|市|县|区|州)';
/** What members did, and the measure they did it in: "(增加值)实现增长", "产量下降", "投资保持增长" (湖北 2018). */
const MEASURED = '(?:增加值|产量|产值|利润|营业收入|主营业务收入|投资|出口交货值|用电量)';
/** …or how fast: "投资增速超过20%" (湖北 2018: "29个行业投资保持增长,17个行业投资增速超过20%"). */
const DID =
  '(?:(?:同比)?(?:实现|保持)?(?:同比)?(?:正增长|增长|下降|减少|亏损|盈利)|(?:增速|增幅)(?:均)?(?:超过|高于|达到?|在)\\d+(?:\\.\\d+)?%(?:以上)?)';
const CLAUSE_ENDS = '(?=[，,。；;、]|$)';
const DOING = new RegExp(`^(${MEMBERS}|${PLACES})(${MEASURED}?${DID})${CLAUSE_ENDS}`, 'u');
/** "增加值正增长的企业有", "下降的行业为": the members that did something, named before their count. */
const DONE_BEFORE = new RegExp(`(${MEASURED}?${DID})的(${MEMBERS}|${PLACES})(?:有|为|是|达|共)?$`, 'u');
/** "正增长的有A(20.6%)、B(13.0%)…等": a count closing the names a clause picked out by what they did. */
const PICKS_COUNTED = /((?:正|负)?(?:增长|下降))的(?:有|是|为|包括)[^，,；;。]*等$/u;
/** A caption doersOf made: it names its members last ("增加值实现增长的行业", "增速达10%以上的市"). */
const DOERS = new RegExp(
  `(?:增长|下降|减少|亏损|盈利|%|以上|提高|提升|回落|回升|加快|放缓|增加|翻番|翻倍|转正|转升)的(?:${MEMBERS}|${PLACES_OR_GROUPS})$`,
  'u',
);

/**
 * A count of the members that did something, as the sentence goes on after it: "39个行业大类中20个行业增长",
 * "24个行业增加值实现增长", "下降的有5个行业" aside. Its label names only the members (行业, the same as the
 * whole's 39个): the caption says which ("增长的行业").
 */
function doersOf(x: Extracted): string {
  // A share in 成 reads the same way: "七成行业实现增长" (泉州 2023) is of the 行业 that grew.
  if (x.kind !== 'count' && !(x.kind === 'share' && /成$/u.test(x.value + x.unit))) return '';
  // (Read in simplified characters: a traditional report's caption takes its script with the deck's words, draft/script.ts.)
  // (Without a page's pinyin glosses: "有21個(gè)行業(yè)增加值實(shí)現(xiàn)同比增長", 安徽 2020 上半年.)
  const after = simplifiedChars(withoutAsides(x.quote.slice(x.valueEnd - x.start))).replace(/^\s*[个家户项种成]/u, '');
  const m = DOING.exec(after);
  if (m) return `${m[2]!.replace('同比', '')}的${m[1]}`;
  // …or as it went before: "增加值正增長的企業有32家" (梅州 2023, a card "企業 32家").
  const lead = simplifiedChars(withoutAsides(x.quote.slice(0, x.valueStart - x.start)));
  const said = DONE_BEFORE.exec(lead);
  if (said) return `${said[1]!.replace('同比', '')}的${said[2]}`;
  // …or closing the names it picked out: "正增長的有電力(20.6%)、電子信息(13.0%)和機電製造(7.6%)等3個產業" (梅州 2023: "產業 3個").
  const picks = PICKS_COUNTED.exec(lead);
  const members = picks && new RegExp(`^(?:${MEMBERS}|${PLACES}|产业)`, 'u').exec(after);
  if (members) return `${picks[1]}的${members[0]}`;
  // "在目录的412种产品中，221种产量增长" (天津 2019): the members are named by the frame before the count.
  const frame = FRAME_MEMBERS.exec(lead);
  const bare = frame && BARE_DOING.exec(after);
  if (bare) return `${bare[1]!.replace('同比', '')}的${frame[1]}`;
  return x.kind === 'count' ? changedAfter(x.label.trim(), after) : '';
}

/** A change members went through, ending the clause after them ("工业增加值同比增长", "生产较上年有所加快"). */
// (A narrowing fall too, and a longer clause of two changes: "有33個行業較一季度增速加快或降幅收窄", 安徽 2020 上半年, a card
// "行業 33個".)
const CHANGE_END = /^\p{Script=Han}{0,14}(?:增长|下降|提高|提升|回落|回升|加快|放缓|增加|减少|翻番|翻倍|转正|转升|收窄)$/u;
/** The members a count counts, opening the clause after it: 行业, 重点企业, 州市, 产业, 地区. */
const COUNTED_MEMBERS = new RegExp(`^(?:${MEMBERS}|${PLACES_OR_GROUPS})`, 'u');

/**
 * …or any change they went through, said after them to the clause's end, for a count its label names by its members
 * alone: "39个大类行业中有34个行业工业增加值同比增长" (重庆 2017 1-7月: cards 大类行业 39 and 行业 34), "28个行业生产较上年
 * 有所加快" (江苏 2021), "38个大类行业中,26个行业增加值增速比上月有所提高" (浙江 2017 4月). '' when the clause goes on
 * otherwise.
 */
function changedAfter(label: string, after: string): string {
  if (!/^\p{Script=Han}{1,4}$/u.test(label)) return '';
  const clause = after.split(/[，,；;。：:！!？?\n]/u)[0] ?? '';
  const members = COUNTED_MEMBERS.exec(clause);
  const did = members
    ? clause
        .slice(members[0].length)
        .trim()
        .replace(/^(?:均|都|全部|全都)/u, '')
    : '';
  return CHANGE_END.test(did) ? `${did}的${members![0]}` : '';
}
/** Numbers inside a name or a month in a label: "“3+3”", "3+3", "8月", "1-8月" (a year is a stretch of the sentence). */
// (And a class of projects or firms by size: "开复工5000万元以上项目32个" (梨树 2019) read 主要指标数量.)
const NUMBER_IN_NAME =
  /“[^“”]*”|\d+(?:\+\d+)+|\d{1,2}(?:[-—–~～至]\d{1,2})?月份?|\d{1,2}大(?=\p{Script=Han})|\d+(?:\.\d+)?[万萬亿億千百]*元?及?以[上下](?=\p{Script=Han})/gu;
/** A class by size after a count: "4000亿级汽车产业", "千亿级产业". */
const CLASS_AFTER =
  /^(?:[\d.]+|[一二三四五六七八九十两]+)?(?:万|亿|千亿|百亿)元?级[^、，,。；;”"（(]{0,8}?(?:产业集群|产业|项目|企业|集群|园区|台阶|工程|基地|平台)/u;
/** "7个市增速达", "17个行业投资增速超过": a count's members and their rate, before the rate's value. */
const COUNTED = new RegExp(`\\d+[个家户](?:${MEMBERS}|${PLACES})${MEASURED}?(?:增速|增幅)(?=(?:均)?(?:达到?|超过|高于|在)$)`, 'u');
/** A class by size ("4000億級汽車産業", 襄阳 2022) names what it counts. */
const CLASS_CAPTION = /^[\d.]+(?:万|萬|亿|億|千亿|千億|百亿|百億)元?[级級]/u;
const COUNTED_CAPTION = new RegExp(`^\\d+[个個家户戶](?:${MEMBERS}|${PLACES})`, 'u');
/** "412种产品中，" "40个大类行业中有": the members a count after it is of. */
const FRAME_MEMBERS = new RegExp(`\\d[个家户项种](?:主要|重点)?(${MEMBERS})(?:之?中)[，,]?(?:有)?$`, 'u');
/** What the members did, with the members left to the frame: "产量增长", "实现正增长" (40个行业大类中31个实现正增长, 河南 2022). */
const BARE_DOING = new RegExp(`^(${MEASURED}?${DID})${CLAUSE_ENDS}`, 'u');

/**
 * Where a rank was taken, as its clause names it before 第: "增速在全省排名第3位、在山區五市中排名第1位" (梅州 2023) are 全省 and
 * 山區五市, "增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名" (大武口 2022) 22县区, 7个沿黄市辖区 and 全市,
 * "累计增速居全国第12位…在中部排第3位" (湖北 2018) 全国 and 中部. '' when the clause names no place there ("增速全国排名从年初的
 * 第23位提升到第1位").
 */
export function rankScope(x: Extracted): string {
  if (x.kind !== 'rank') return '';
  const lead = x.quote.slice(0, Math.max(0, x.valueStart - x.start));
  const read = simplifiedChars(lead);
  const clause = read.split(/[，,；;。：:、]/u).pop() ?? '';
  if (!clause.endsWith('第')) return '';
  let s = clause.slice(0, -1);
  // (And the measure ranked, said after the place: "全省增速排名第15,第二平台市县累计增速排名第6", 琼中 2024.)
  for (let i = 0; i < 4; i++) s = s.replace(/(?:排名|排位|排|位列|列|居|之中|中|里|内|(?:累计)?(?:增速|增幅))$/u, '');
  const verb = /.*(?:在|居|列|排名|排|保持|升至|降至|进到|位于)/u.exec(s);
  const scope = verb ? s.slice(verb[0].length) : s;
  if (
    !/^\p{Script=Han}{0,4}(?:\d+个?|[一二三四五六七八九十]+个)?\p{Script=Han}{2,10}$/u.test(scope) ||
    /增速|增幅|总量|排名|从|由|的|年|月|比|均/u.test(scope)
  )
    return '';
  // (Told in the report's characters: simplifiedChars keeps every character's place.)
  const at = lead.length - clause.length + (verb ? verb[0].length : 0);
  return lead.slice(at, at + scope.length);
}

/**
 * Whether a count only says among how many the rank right after it was taken: "增速在22县区排第14名" (大武口 2022), "在全国27个
 * 省会城市中排名第3位" (郑州 2015). The rank's caption names them ("…位次（22县区）"): the count needs no card of its own.
 */
export function countsRanked(x: Extracted, xs: readonly Extracted[]): boolean {
  if (x.kind !== 'count') return false;
  const rank = xs.find((r) => r.kind === 'rank' && r.start === x.start && r.valueStart > x.valueEnd);
  return !!rank && rank.valueStart - x.valueEnd <= 12 && rankScope(rank).includes(x.value);
}

export function captionOf(x: Extracted, before: string, fallback: string): string {
  let caption = tidy(captionOfFigure(x, before, fallback));
  // A rank says among whom: two ranks of one measure ("规上工业增加值增速位次" 3 and 1) read alike without it.
  const among = rankScope(x);
  if (among && !caption.includes(among)) caption = `${caption}（${among}）`;
  // A pull named as a rate's change ("汽车产业增加值拉动增速变化" for "拉动全市增长3.5个百分点", 重庆 2024): what pulled; not
  // the change of a pull ("拉动…增长3.1个百分点，比一季度提高2.7个百分点", 天津 2018).
  if (/(?:拉动|上拉|下拉)[^，,；;。比较]{0,16}$/u.test(simplifiedChars(x.quote.slice(0, x.valueStart - x.start))))
    caption = replaceAs(caption, /(?<=拉动)[^拉]{0,12}?变化$/u, '');
  return x.kind === 'change' ? withDirection(x, caption) : caption;
}

/**
 * What a label carried of its sentence that names nothing: the verb before a rank ("进出口总额和出口额均升至全国第9位",
 * 安徽 2025, read 进出口总额和出口额均升至位次) and a rate's word twice ("全省工业增加值累计增速为7.4%，…但增幅同比、环比分别下滑…
 * 累计增速居全国第12位", 湖北 2018, read 工业增加值增幅增速位次).
 */
function tidy(caption: string): string {
  let c = replaceAs(caption, /(?:均|分别)?(?:跃升至|上升至|下降至|升至|降至|跃居|位居|居|排名|排|位列|(?<!并)列)(?=位次$)/u, '');
  c = replaceAs(c, /(?:增速|增幅|降幅|涨幅)(?=(?:增速|增幅)(?:位次|变化)?$)/u, '');
  // An adverb the label kept before its measure ("廣西小微工業企業也實現較快增長", 广西 2016, read 廣西小微工業企業也增速), and a
  // rate named twice as its target ("战略性新兴产业增加值增长速度目标", 大同 2020, read …增长速度目标增速).
  c = replaceAs(c, /(?<=\p{Script=Han}{2})(?:也|亦|都|还)(?=(?:增速|增幅|变化|占比)$)/u, '');
  c = replaceAs(c, /(?:增长速度|增长率)(?:目标|预期)?(?=增速$)/u, '');
  // The circumstance a clause set ("电子产业在低基数背景下同比增长9.3%", 重庆 2024).
  c = replaceAs(c, /在[^在，,]{1,10}(?:背景|情况|形势|条件)下/u, '');
  return c;
}

/**
 * A change of a rate that was a fall: its number is the rate's change (a fall narrowed by 2.6 points is +2.6, one
 * widened by 1.8 points is -1.8, shown 下降1.8个百分点), so "降幅变化" hid which way it went (江门 2020: "制造业下降4.4%，降幅
 * 比1-7月(-7.0%)收窄2.6个百分点" read 制造业降幅变化 2.6个百分点, as a wider fall would). A narrowed fall says so (降幅收窄);
 * any other is the rate's change (增速变化: 下降1.8个百分点 reads right).
 */
function withDirection(x: Extracted, caption: string): string {
  const clause =
    simplifiedChars(x.quote.slice(0, x.valueStart - x.start))
      .split(/[，,；;。]/u)
      .pop() ?? '';
  const fell = /降幅|[(（]\s*-/u.test(clause) || /(?:降幅|增速|增幅)变化$/u.test(simplifiedChars(caption));
  if (/(?:收窄|缩小)\s*$/u.test(clause) && fell && x.number > 0) return replaceAs(caption, /(?:降幅|增速|增幅)?变化$/u, '降幅收窄');
  return replaceAs(caption, /降幅变化$/u, '增速变化');
}

/**
 * The caption with the first match of `re` replaced by `by`, matched in simplified characters (a traditional caption is
 * read as simplified one for one; its other characters stay as written).
 */
function replaceAs(caption: string, re: RegExp, by: string): string {
  const m = re.exec(simplifiedChars(caption));
  return m ? caption.slice(0, m.index) + by + caption.slice(m.index + m[0].length) : caption;
}

/**
 * A count that only says among how many a figure was taken is named by that: "增速在22县区排第14名,在7个沿黄市辖区排第4名"
 * (大武口 2022) counts the 县区 ranked (a card "县区 22" said nothing), "一般公共预算收入…占全市16个区总量的45%" (滨海 2025)
 * the city's 区 (it read "一般公共预算收入区"). '' for any other figure.
 */
function scopeCount(x: Extracted): string {
  if (x.kind !== 'count') return '';
  const after = simplifiedChars(x.quote.slice(x.valueEnd - x.start)).replace(/^\s*[个家]/u, '');
  const ranked = /^(\p{Script=Han}{1,8}?)(?:之中|中|内)?(?:排名|排位|排|位列|列|居)第/u.exec(after);
  if (ranked) return `参与排名的${ranked[1]}`;
  const whole = /^(\p{Script=Han}{1,6}?)(?:总量|总额|总数|合计)的/u.exec(after);
  const place = whole && new RegExp(`占(${OWN_PLACE})$`, 'u').exec(simplifiedChars(x.quote.slice(0, x.valueStart - x.start)));
  return place ? `${place[1]}${whole[1]}数` : '';
}

/** The members a growth breadth is of, in the clause that counts those that grew: "…有六大行业实现增长,增长面为". */
const BREADTH_OF = /(行业|产品|企业|县区|县市|市县|市州|园区)[^，,。；;]{0,8}增长[，,]\s*增长面(?:为|达到?|是)?$/u;

function captionOfFigure(x: Extracted, before: string, fallback: string): string {
  const doers = doersOf(x);
  if (doers) return clip(doers);
  const scope = scopeCount(x);
  if (scope) return clip(scope);
  // A count of a class ("1个4000亿级汽车产业、4个1000亿级产业、4个500亿级产业", 襄阳 2022): the class names it (the label
  // kept no number, so the three cards read 汽车产业, 产业 and 现代产业集群).
  const ofClass =
    x.kind === 'count' ? CLASS_AFTER.exec(x.quote.slice(x.valueEnd - x.start).replace(/^\s*[个個家户戶项項种種]/u, '')) : null;
  if (ofClass) return clip(ofClass[0]);
  // A rate that members of a count reach ("大連、鞍山…等7個市增速達10%以上", 辽宁 2019): the count's, not the whole's
  // ("遼寧工業經濟營業收入市增速", the subject lent by the sentence's first clause).
  const lead = x.quote.slice(0, x.valueStart - x.start);
  const counted = x.kind === 'growth' ? COUNTED.exec(simplifiedChars(lead)) : null;
  if (counted) return clip(lead.slice(counted.index, counted.index + counted[0].length));
  // A target's words inside its label ("进出口总额力争增长8%左右", 山东 2013; "襄陽經濟總量力爭實現6400億元", 襄阳 2022):
  // the card's （目标） says it.
  const label = (x.label.split(/[;；]/u).pop() ?? '')
    .replace(/（未命名）/gu, '')
    .replace(/(?<=\p{Script=Han}{2})(?:力[争爭]|[争爭]取)/gu, '')
    .trim();
  let rest = label;
  for (let i = 0; i < 3 && TIME.test(rest); i++) rest = rest.replace(TIME, '');
  // A label holding another number ("增长12.6%高于全市平均水平") is a stretch of the sentence, not a name.
  // (Not a number that is part of a name or a time: "“3+3”重点产业产值", "规模工业增加值8月增幅位次", 南通 2019, whose cards read
  // 主要指标增速 and 变化.)
  const stretch = /\d/u.test(rest.replace(NUMBER_IN_NAME, ''));
  const own = stretch ? '' : subjectOf(rest);
  if (!own) rest = stretch ? '' : rest;
  if (own && !HEADLESS.test(rest)) return clip(rest.replace(/分别|均$/gu, '').replace(INNER_TIME, ''));
  // A 增长面 the clause before names the members of ("九大行业中有六大行业实现增长,增长面为66.7%", 大武口 2022): theirs, not
  // the section's or 主要指标's.
  const breadth = rest === '增长面' && !before ? BREADTH_OF.exec(simplifiedChars(lead)) : null;
  if (breadth) return clip(`${lead.slice(breadth.index, breadth.index + breadth[1].length)}增长面`);
  const base = before || (HEADLESS.test(fallback) || fallback.length > 10 ? '主要指标' : fallback);
  const tail = rest.replace(/分别/gu, '') || KIND_WORD[x.kind] || '';
  return clip(`${base}${tail}`);
}

/** A caption that states the figure's status: targets and estimates are never read as results. */
export function markStatus(caption: string, status: Status): string {
  return status === 'actual' ? caption : `${caption}（${STATUS_MARK[status]}）`;
}

/** True for a caption that names nothing: empty, "（未命名）", or a bare verb ("比上年提高", "19.6% 达到"). */
export function isBareCaption(caption: string): boolean {
  // (A traditional report's deck marks them 目標 and 預計: draft/script.ts.)
  const c = caption.replace(/（(?:目[标標]|[预預][计計])）$/u, '').trim();
  // (Read in simplified characters: "增加值實現增長的行業" (湖北 2019 1-10月, traditional) names its members as 增加值实现增长的行业 does.)
  if (DOERS.test(simplifiedChars(c.replace(/（[^（）]*）$/u, '')))) return false;
  return (
    !c ||
    c.includes('（未命名）') ||
    // (Not a count's members and their rate: "5个行业增速", 江苏 2021: "5个行业增速超过15%".)
    // (Nor a group its count names: "4大战略性产业占全市工业比重", "6大高耗能行业增加值增速"; nor a class by size, "5亿元以上项目".)
    (/^\d/u.test(c) &&
      !COUNTED_CAPTION.test(c) &&
      !CLASS_CAPTION.test(c) &&
      !/^\d+(?:\+\d+)+\p{Script=Han}/u.test(c) &&
      !/^\d{1,2}大\p{Script=Han}{2}/u.test(c) &&
      !/^\d+(?:\.\d+)?[万萬亿億千百]*元?及?以[上下]\p{Script=Han}{2}/u.test(c)) ||
    (HEADLESS.test(c) && !subjectOf(c)) ||
    (subjectOf(c) === '' && TAIL.test(c) && c.length <= 5)
  );
}
