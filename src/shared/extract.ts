/**
 * Finds the figures in a Chinese report: numbers with their units (2.45万亿元, 18.6%, 6个百分点, 300万辆),
 * fractions (1/3), multipliers (翻了一番/两番/三番), thresholds (千亿台阶) and their qualifiers (超过, 突破,
 * 多, 近), each with its sentence span and a proposed label, kind and period. Pure and linear in the text
 * size: staff review every proposal before it becomes a stored figure.
 */
import type { FigureKind } from './types';

export interface Extracted {
  label: string;
  /** The number as written ("2.45", "1/3", "翻了一番"). */
  value: string;
  number: number;
  unit: string;
  period: string;
  kind: FigureKind;
  qualifier: string | null;
  quote: string;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

/** Units, longest first so 万亿元 wins over 亿元 and 个百分点 over 个. */
export const UNITS = [
  '万亿元', '亿美元', '万美元', '亿元', '万元', '美元', '元',
  '个百分点', '百分点', '个点', '%', '％',
  '平方公里', '万平方米', '平方米', '万人次', '人次', '万人', '万吨', '吨',
  '亿台件', '万台件', '台件', '万辆', '辆', '万台', '台', '万件', '件', '万户', '户',
  '家', '个', '项', '班', '天', '条', '批', '所', '座', '倍', '名', '种', '次', '套',
].sort((a, b) => b.length - a.length);

const PREFIX_QUALIFIERS = ['超过', '突破', '预计', '缩短至', '迈上', '接近', '近', '约', '逾', '达到', '达'];
const MULTIPLES: Record<string, number> = { 一: 2, 两: 4, 二: 4, 三: 8, 四: 16 };
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const COUNT_UNITS = new Set(['家', '个', '项', '班', '条', '批', '所', '座', '名', '种', '次', '套', '件', '万件', '户', '万户', '人次', '万人次', '万人']);

const UNIT_RE = UNITS.join('|');
/**
 * One pass over a sentence: multipliers | thresholds | fractions | Chinese-numeral batches | numbers with
 * an optional 多 and a unit (or none, e.g. an index).
 */
const FIGURE_RE = new RegExp(
  [
    '(?<mult>翻了?(?<times>[一两二三四])番)(?<multMore>多)?',
    '(?<threshold>千亿|万亿)(?=元|台阶|级|大关)',
    '(?<![\\d.])(?<num>\\d+)/(?<den>\\d+)(?![\\d.])',
    '(?<![一二三四五六七八九十两\\d])(?<cn>[二三四五六七八九十两])(?<cnUnit>批)',
    `(?<![\\d./+])(?<n>\\d+(?:\\.\\d+)?)(?<more>多|余)?(?<unit>${UNIT_RE})?`,
  ].join('|'),
  'gu',
);

/** Spans that look like numbers but are not figures: dates, years as periods, named frameworks (“5+6+860”), 500强. */
const NOT_FIGURE_RE = /\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?|“?\d+(?:\+\d+)+”?|\d+强|第\d+|\d{4}[-—–]\d{4}/gu;

const SENTENCE_END = /[。！？!?\n]/u;

export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.test(text[i])) continue;
    const end = text[i] === '\n' ? i : i + 1;
    if (end > start && text.slice(start, end).trim()) out.push({ start, end });
    start = i + 1;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

function kindOf(unit: string, before: string, qualifier: string | null, isMultiple: boolean, isFraction: boolean): FigureKind {
  if (isMultiple) return 'multiple';
  const clause = before.split(/[，；：]/u).pop() ?? '';
  if (unit === '个百分点' || unit === '百分点' || unit === '个点') return 'change';
  if (isFraction) return 'share';
  if (unit === '%') {
    if (/(?:占|比重|贡献率|集中度|份额)[^，；]*$/u.test(clause)) return 'share';
    if (/(?:增长|增幅|增速)[^，；]*$/u.test(clause)) return 'growth';
    if (/(?:提高|降低|下降|减少|增加)[^，；]*$/u.test(clause)) return 'change';
    return 'share';
  }
  if (qualifier !== '缩短至' && /(?:增加|减少|提高|降低|下降|新增|缩短)[^，；]*$/u.test(clause)) return 'change';
  if (unit === '' && /指数/u.test(clause)) return 'index';
  if (COUNT_UNITS.has(unit)) return 'count';
  return 'level';
}

/** The clause before the number, trimmed to a noun phrase: "规模工业产值2.14万亿元" → "规模工业产值". */
function proposeLabel(before: string, after: string, subject: string): string {
  let clause = before.split(/[，；：:,、]/u).pop() ?? '';
  clause = clause
    .replace(/^(?:同时|目前|近年来|其中|此外|另外)?(?:我市|全市|本市)?/u, '')
    .replace(/(?:超过|突破|预计|缩短至|迈上|接近|近|约|逾|达到|达|为|是|共|累计|实现|完成|分别|和|的)+$/u, '')
    .replace(/[“”"'（(]+$/u, '')
    .trim();
  // "8家企业获得……": the number opens the clause, so the noun follows it.
  if (!clause) clause = subject || (after.split(/[，；：:,、。]/u)[0] ?? '').replace(/^(?:多|余)/u, '').slice(0, 20);
  if (/^(?:年均)?(?:增长|增幅|增速|提高|降低|下降|增加|减少|翻)/u.test(clause) || clause.length < 2)
    clause = `${subject}${clause}`;
  return clause.slice(-30) || subject || '（未命名）';
}

function periodOf(before: string, kind: FigureKind, year: string): string {
  if (kind === 'growth' && /年均/u.test(before.split(/[，；]/u).pop() ?? '')) return year ? `年均（至${year}）` : '年均';
  return year;
}

export function extractFigures(text: string): Extracted[] {
  const out: Extracted[] = [];
  let lastYear = '';
  for (const s of sentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const blocked: [number, number][] = [];
    for (const m of sentence.matchAll(NOT_FIGURE_RE)) blocked.push([m.index, m.index + m[0].length]);
    const year = /(\d{4})年/u.exec(sentence);
    if (year) lastYear = `${year[1]}年`;
    let subject = '';
    for (const m of sentence.matchAll(FIGURE_RE)) {
      const at = m.index;
      if (blocked.some(([a, b]) => at >= a && at < b)) continue;
      const g = m.groups!;
      const before = sentence.slice(0, at);
      let value: string;
      let number: number;
      let unit = '';
      let qualifier: string | null = null;
      let valueEnd = at + m[0].length;
      const fraction = g.num !== undefined;
      if (g.mult) {
        value = g.mult;
        number = MULTIPLES[g.times];
        unit = '倍';
        if (g.multMore) qualifier = '多';
        valueEnd = at + g.mult.length;
      } else if (g.threshold) {
        value = g.threshold;
        number = g.threshold === '千亿' ? 1e11 : 1e12;
        unit = '元';
      } else if (fraction) {
        value = `${g.num}/${g.den}`;
        number = Number(g.num) / Number(g.den);
        if (!Number.isFinite(number) || Number(g.den) === 0) continue;
      } else if (g.cn) {
        value = g.cn;
        number = CN_DIGITS[g.cn];
        unit = g.cnUnit;
        valueEnd = at + g.cn.length;
      } else {
        value = g.n;
        number = Number(g.n);
        unit = g.unit === '％' ? '%' : (g.unit ?? '');
        valueEnd = at + g.n.length;
        if (g.more) qualifier = g.more;
        // A bare number is a figure only when it reads as an index value ("指数达79").
        if (!unit && !/指数[^，；。]{0,3}$/u.test(before)) continue;
      }
      if (!qualifier) qualifier = PREFIX_QUALIFIERS.find((q) => before.endsWith(q)) ?? null;
      const kind = kindOf(unit, before, qualifier, !!g.mult, fraction);
      const label = proposeLabel(before, g.n !== undefined ? sentence.slice(at + m[0].length) : '', subject);
      if (kind !== 'growth' && kind !== 'change' && kind !== 'multiple' && kind !== 'share') subject = label;
      out.push({
        label,
        value,
        number,
        unit,
        period: periodOf(before, kind, lastYear),
        kind,
        qualifier,
        quote: sentence,
        start: s.start,
        end: s.end,
        valueStart: s.start + at,
        valueEnd: s.start + valueEnd,
      });
    }
  }
  return out;
}
