/**
 * The hand-annotated corpus of real reports (test/corpus/<slug>.txt + <slug>.json): loading, locating each
 * annotation in its text, and checking that the annotations are well-formed. Pure Node, no extractor here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '../../test/corpus');

export const KINDS = ['level', 'count', 'growth', 'change', 'share', 'multiple', 'rank'] as const;
export const STATUSES = ['actual', 'estimate', 'target'] as const;
/** Words kept as a figure's qualifier; anything else in `qualifier` is an annotation error. */
export const QUALIFIERS = [
  '左右',
  '约',
  '近',
  '接近',
  '超过',
  '超',
  '突破',
  '逾',
  '多',
  '余',
  '以上',
  '及以上',
  '以内',
  '以下',
  '不足',
  '上下',
  '跨越',
  // A bound that compares, right before its number ("增速连续七个月低于10%"), read whole with its 不.
  '低于',
  '高于',
  '不低于',
  '不高于',
  '不超过',
] as const;
/** The units annotations may use (what the report writes after the number; 位 for ranks, 倍 for 翻番). */
export const UNITS = [
  '',
  '%',
  '个百分点',
  '百分点',
  '个千分点',
  '倍',
  '成',
  '位',
  '万亿元',
  '万亿',
  '亿元',
  '亿',
  '万元',
  '元',
  '亿美元',
  '万美元',
  '美元',
  '万人',
  '人',
  '名',
  '万人次',
  '亿人次',
  '人次',
  '场次',
  '起',
  '万户',
  '户',
  '家',
  '万家',
  '个',
  '万个',
  '大类',
  '类',
  '项',
  '万项',
  '种',
  '条',
  '万条',
  '所',
  '座',
  '万座',
  '处',
  '批',
  '件',
  '台',
  '颗',
  '套',
  '辆',
  '万辆',
  '万台',
  '万件',
  '部',
  '万部',
  '亿部',
  '亿人',
  '万亩',
  '万公顷',
  '万头',
  '万只',
  '万羽',
  '万枝',
  '头',
  '只',
  '亿千瓦',
  '亿吨',
  '万亿千瓦时',
  '亩',
  '公里',
  '万公里',
  '万米',
  '平方公里',
  '平方千米',
  '万平方米',
  '万立方米',
  '平方米',
  '万吨',
  '万担',
  '吨',
  '亿斤',
  '亿公斤',
  '万亿斤',
  '万千瓦',
  '千瓦时',
  '亿千瓦时',
  '亿度',
  '亿千瓦小时',
  '万千瓦时',
  '吨标准煤',
  '万吨标准煤',
  '吨标准煤/万元',
  '千瓦时/万元',
  '千升',
  '个月',
  '年',
  '天',
  '片',
  '万片',
  '亿块',
  '千克',
  '公斤',
  '千公顷',
  '万千克',
  '‰',
  '分',
  'P',
] as const;

export interface Annotation {
  value: string;
  occurrence?: number;
  unit: string;
  number: number;
  subject: string[];
  period: string;
  kind: (typeof KINDS)[number];
  status: (typeof STATUSES)[number];
  qualifier: string | null;
}

export interface Report {
  slug: string;
  source: string;
  title: string;
  region: string;
  year: number;
  asOf: string;
  figures: Annotation[];
}

/** An annotation with its span in the text (UTF-16 offsets, as the extractor's valueStart/valueEnd). */
export interface Located extends Annotation {
  start: number;
  end: number;
}

export interface CorpusEntry {
  report: Report;
  text: string;
  figures: Located[];
}

/** Offset of the n-th (0-based) exact occurrence of `value` in `text`, or -1. */
export function locate(text: string, value: string, occurrence = 0): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(value, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  const slugs = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  return slugs.map((slug) => {
    const report = { slug, ...(JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8')) as Omit<Report, 'slug'>) };
    const text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
    const figures = report.figures.map((f) => {
      const start = locate(text, f.value, f.occurrence ?? 0);
      return { ...f, start, end: start < 0 ? -1 : start + f.value.length };
    });
    return { report, text, figures };
  });
}

/** Every problem with the corpus itself, as readable lines (empty when it is well-formed). */
export function corpusProblems(corpus: CorpusEntry[]): string[] {
  const out: string[] = [];
  for (const { report, text, figures } of corpus) {
    const at = (i: number, f: Annotation) => `${report.slug} #${i} "${f.value}"`;
    if (!/^https?:\/\//u.test(report.source ?? '')) out.push(`${report.slug}: source is not a page address`);
    if (!report.title || !report.region || !report.asOf) out.push(`${report.slug}: title, region and asOf are required`);
    if (!Number.isInteger(report.year) || report.year < 2000 || report.year > 2030) out.push(`${report.slug}: year ${report.year}`);
    if (text.length < 200 || text.length > 1600) out.push(`${report.slug}: text is ${text.length} characters (keep 200–1600)`);
    if (figures.length === 0) out.push(`${report.slug}: no figures`);
    const spans: [number, number][] = [];
    figures.forEach((f, i) => {
      if (f.start < 0) out.push(`${at(i, f)}: not found at occurrence ${f.occurrence ?? 0}`);
      else if (spans.some(([s, e]) => f.start < e && s < f.end)) out.push(`${at(i, f)}: overlaps another annotation`);
      else spans.push([f.start, f.end]);
      // A value located inside a longer number ("2" in "2010年") is a misplaced annotation.
      if (f.start >= 0 && /^\d/u.test(f.value) && /[\d.]/u.test(text[f.start - 1] ?? ''))
        out.push(`${at(i, f)}: starts inside a longer number`);
      if (f.start >= 0 && /\d$/u.test(f.value) && /^(?:\d|\.\d)/u.test(text.slice(f.end, f.end + 2)))
        out.push(`${at(i, f)}: ends inside a longer number`);
      if (!(UNITS as readonly string[]).includes(f.unit)) out.push(`${at(i, f)}: unit "${f.unit}" not in the allowed set`);
      if (!(KINDS as readonly string[]).includes(f.kind)) out.push(`${at(i, f)}: kind "${f.kind}"`);
      if (!(STATUSES as readonly string[]).includes(f.status)) out.push(`${at(i, f)}: status "${f.status}"`);
      if (f.qualifier !== null && !(QUALIFIERS as readonly string[]).includes(f.qualifier))
        out.push(`${at(i, f)}: qualifier "${f.qualifier}"`);
      if (typeof f.number !== 'number' || !Number.isFinite(f.number)) out.push(`${at(i, f)}: number`);
      if (!Array.isArray(f.subject) || f.subject.length === 0 || f.subject.some((s) => !normLabel(s))) out.push(`${at(i, f)}: subject`);
      if (!f.period) out.push(`${at(i, f)}: period`);
      // A decline's number is negative, and a plain digit value says its own magnitude.
      if (/^\d+(?:\.\d+)?$/u.test(f.value) && Math.abs(f.number) !== Number(f.value)) out.push(`${at(i, f)}: number ${f.number} ≠ value`);
    });
  }
  return out;
}

/** Labels compare without quotes, brackets and spaces. */
export function normLabel(s: string): string {
  return s.replace(/[\s“”"‘’'「」《》]/gu, '');
}

/**
 * Periods compare after normalising dashes ("1—7月", "1~7月", "1至7月", "元至7月" → "1-7月"), 前N个月 → 1-N月,
 * plan quotes ("十三五" → “十三五”) and 期间 → 时期; a leading report year before a sub-year period is
 * dropped ("2019年1-7月" ≡ "1-7月" in a report as of 2019).
 */
export function normPeriod(p: string, asOf = ''): string {
  let s = p.trim().replace(/\s/gu, '');
  s = s.replace(/["'“”‘’「」]/gu, '');
  s = s.replace(/([一二三四五六七八九十]{1,2}五)(期间|时期)?/u, (_m, plan: string, during?: string) => `“${plan}”${during ? '时期' : ''}`);
  if (/^“[^”]+”$/u.test(s)) s += '时期';
  s = s.replace(/(^|年)元(?=[-—–~～至到]\d)/u, '$11');
  s = s.replace(/(\d{1,4})\s*(?:年)?\s*[-—–~～至到]\s*(\d{1,4})(?=年|月)/gu, (_m, a: string, b: string) => `${a}-${b}`);
  s = s.replace(/前(\d{1,2})个?月/u, '1-$1月');
  // A year's first quarter, half and three quarters are its first 3, 6 and 9 months: 一季度 and 1-3月 name one period
  // (a statistical release's 一季度 is January to March, whichever the report writes). A quarter alone (二季度) is not.
  s = s.replace(/前[三3]季度(?![末底])/u, '1-9月');
  s = s.replace(/(?<![前二三四])第?[一1]季度(?![末底])/u, '1-3月');
  s = s.replace(/上半年(?![末底])/u, '1-6月');
  s = s.replace(/^(\d{4})年(\d{4})年$/u, '$1-$2年');
  const year = /^(\d{4})年/u.exec(asOf)?.[0];
  if (year && s.startsWith(year) && s.length > year.length && /月|季|半年/u.test(s.slice(year.length))) s = s.slice(year.length);
  return s;
}
