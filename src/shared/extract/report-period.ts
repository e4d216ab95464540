/**
 * The report's own period (its as-of), read from the text when the caller gives none: the time its figures
 * are about when a sentence names no other. Used for every figure whose text names no period.
 */
import { periodMentions } from './periods';
import { cnNumber } from './units';

/** The report's own period, from its first lines ("2019年国民经济和社会发展统计公报", "1-7月，全市…"). */
export function reportPeriod(text: string): { period: string; year: number | undefined; plan: string } {
  let period = '';
  let year: number | undefined;
  const head = text.slice(0, 400);
  for (const m of periodMentions(head, undefined)) {
    if (m.role === 'time' && !m.span) {
      period = m.text;
      year = m.year;
      break;
    }
  }
  // The commonest year, and the commonest plan period (what 年均 rates of the report are about).
  const years = new Map<number, number>();
  // A target year (到2018年) or a base (比2010年) says nothing of when the report is.
  // Only when the report names no other year do those count.
  const all = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d{2})年/gu)) {
    const y = Number(m[1]);
    all.set(y, (all.get(y) ?? 0) + 1);
    if (!/(?:到|至|力争|争取|确保|比|较|与)$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) years.set(y, (years.get(y) ?? 0) + 1);
  }
  if (years.size === 0) for (const [y, n] of all) years.set(y, n);
  let best: number | undefined;
  for (const [y, n] of years) if (best === undefined || n > years.get(best)! || (n === years.get(best) && y > best)) best = y;
  year ??= best;
  const plans = new Map<string, number>();
  for (const m of text.matchAll(/十([一二三四五])五/gu)) plans.set(m[1], (plans.get(m[1]) ?? 0) + 1);
  let plan = '';
  let planN = 0;
  for (const [p, n] of plans) if (n > planN || (n === planN && (cnNumber(p) ?? 0) > (cnNumber(plan) ?? 0))) [plan, planN] = [p, n];
  return { period, year, plan: plan ? `“十${plan}五”时期` : '' };
}

