/**
 * What a reviewer should check first (#19): a proposed figure whose period or status the extractor could
 * not read from its own sentence. Pure, from the proposal alone:
 * - period: not written in the sentence (inherited from an earlier sentence, a heading or the report's
 *   as-of period) — right most of the time, but the place a base year or a target year slips in;
 * - status: the sentence holds words of another status than the one proposed (预计 … in an "actual"
 *   figure's sentence, or an "estimate" with no 预计 anywhere in it).
 */
import type { Extracted } from './extract';

export type Doubt = 'period' | 'status';

const ESTIMATE = /预计|估计|预测|初步(?:核算|统计)/u;
const TARGET = /力争|目标|计划|规划|争取|确保|到\s*20\d{2}\s*年|将(?:达到|实现|突破|超过)/u;
const ANCHOR = /\d{4}年|\d{1,2}(?:-\d{1,2})?月|十[一二三四五]五|[上下]半年|[一二三四1-4]季度|全年/gu;
/** Plan-period names and month ranges are written in several ways: compare them without quotes and dashes. */
const loose = (s: string) => s.replace(/[“”"'‘’\s（）()]/gu, '').replace(/[—–~～至到]/gu, '-');

export function reviewDoubts(x: Pick<Extracted, 'period' | 'status' | 'quote'>): Doubt[] {
  const out: Doubt[] = [];
  const quote = loose(x.quote);
  const period = loose(x.period);
  // Every time anchor of the period (a year, a month range, a plan, a half or quarter) must be in the sentence.
  const anchors = period.match(ANCHOR) ?? [];
  if (!period || anchors.some((w) => !quote.includes(w))) out.push('period');
  const status = x.status ?? 'actual';
  const saysEstimate = ESTIMATE.test(x.quote);
  const saysTarget = TARGET.test(x.quote);
  if (
    (status === 'actual' && (saysEstimate || saysTarget)) ||
    (status === 'estimate' && !saysEstimate) ||
    (status === 'target' && !saysTarget)
  )
    out.push('status');
  return out;
}
