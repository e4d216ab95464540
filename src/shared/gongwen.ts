/**
 * 公文 (GB/T 9704-2012) structure of body text: a paragraph that opens with a heading marker — 一、 (黑体),
 * （一） (楷体), 1. (仿宋 bold) — sets that heading in its own face and the rest as body. Pure.
 */

export type HeadingLevel = 1 | 2 | 3;

export interface LeadHeading {
  level: HeadingLevel | null;
  /** The marker and the heading sentence ("（一）工业规模持续扩大。"), or '' when the paragraph has no marker. */
  head: string;
  /** What follows the heading: ordinary body text. */
  rest: string;
}

const NUMERAL = '[一二三四五六七八九十百]+';
const MARKERS: [HeadingLevel, RegExp][] = [
  [1, new RegExp(`^${NUMERAL}、`, 'u')],
  [2, new RegExp(`^[（(]${NUMERAL}[）)]`, 'u')],
  [3, /^\d{1,2}[.．](?!\d)/u],
];
/** A heading sentence longer than this is a paragraph that happens to start with a marker: only the marker is set as heading. */
const MAX_HEAD = 40;

export function leadHeading(paragraph: string): LeadHeading {
  for (const [level, re] of MARKERS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const end = paragraph.search(/[。：！？]/u);
    const head = end >= 0 && end < MAX_HEAD ? paragraph.slice(0, end + 1) : end < 0 && paragraph.length <= MAX_HEAD ? paragraph : m[0];
    return { level, head, rest: paragraph.slice(head.length) };
  }
  return { level: null, head: '', rest: paragraph };
}

/** "— 3 —": the 公文 page number, an en-dash-like 一字线 either side. */
export const gongwenPageNumber = (n: number): string => `— ${n} —`;
