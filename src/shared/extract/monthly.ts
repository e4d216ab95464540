/**
 * Figures of one month in a report on several: "制造业PMI指数为51.1%" and "工业生产者出厂价格指数(PPI)同比上涨14%,比8月份
 * 提高0.8个百分点" in a report on 前三季度 (黑龙江, held-out set 15) are of September, not of the nine months. A
 * purchasing managers' index is a month's survey, never summed over months; a figure compared with the month before
 * the report's last is of that last month. Both only when the figure's sentence names no time of its own.
 */
import type { PeriodMention } from './periods';

/** The last month of a span of months of one year: "2018年1-9月" → 9, "前三季度" → 9, "上半年" → 6, "二季度" → 6. */
const SPAN_END = /^((?:19|20)\d{2}年)?(?:\d{1,2}-(\d{1,2})月|(前三季度|上半年|下半年|一季度|二季度|三季度|四季度))$/u;
const SEASON_END: Record<string, number> = { 前三季度: 9, 上半年: 6, 下半年: 12, 一季度: 3, 二季度: 6, 三季度: 9, 四季度: 12 };
/** A month alone, with its year or not, named as a base ("比8月份"). */
const ONE_MONTH = /^(?:(?:19|20)\d{2}年)?(\d{1,2})月$/u;
/** What names a purchasing managers' index. */
const MONTHLY_INDEX = /PMI|采购经理指数/u;

/**
 * The month a figure of `period` (a span of months, the sentence naming none) is of: its last month when the figure
 * is a PMI or its clauses up to the next ； compare with the month before; '' otherwise.
 */
export function monthOfFigure(sentence: string, at: number, mentions: PeriodMention[], subject: string, period: string): string {
  // (Most figures have neither a base in their sentence nor an index for a subject: one look each.)
  if (mentions.length === 0 && !subject.includes('PMI') && !subject.includes('采购经理')) return '';
  const span = SPAN_END.exec(period);
  if (!span) return '';
  const last = span[2] ? Number(span[2]) : SEASON_END[span[3]];
  const month = `${span[1] ?? ''}${last}月`;
  if (MONTHLY_INDEX.test(subject)) return month;
  const from = sentence.lastIndexOf('；', at) + 1;
  const semi = sentence.indexOf('；', at);
  const to = semi < 0 ? sentence.length : semi;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.role !== 'base' || m.start < from || m.end > to) continue;
    const base = ONE_MONTH.exec(m.text);
    if (base && Number(base[1]) === last - 1) return month;
  }
  return '';
}
