/**
 * One measure of many places told in tiers: "遵义、黔西南、安顺地区生产总值…分别增长11.7%、11.5%、11.3%,位居前列;铜仁、黔南、
 * 六盘水分别增长9.9%、9.8%、9.7%,排名居中;毕节、黔东南、贵阳分别增长7.6%、5.7%、4.8%,排名靠后" (贵州 2021 by 市州). Each 分别
 * list was a chart of its own, titled by its clause ("铜仁、黔南、六盘水分别增长"), three charts of three bars where the report
 * ranks nine places; and the places its paragraph names one by one before the lists ("贵阳地区生产总值为3102.44亿元…;遵义…
 * 3037.87亿元…;毕节…达到1585.86亿元;黔南、铜仁…分别为…") were a chart apart. Here they are one chart, in the report's order,
 * titled by what it measures ("前三季度分市州地区生产总值").
 */
import { chartable, chartType, type ChartGroup, type DraftFigure } from './groups';
import { nameAndMeasure, turnTopic } from './chart-titles';
import { breakdownOf } from './messages';
import { simplifiedChars } from '../../../shared/extract/script';

/** The most bars one chart of places takes (hbar); a longer run stays as the report's lists. */
const MAX_BARS = 12;
/**
 * A name that is the whole or the report's own place, not one of its parts (全市, 全省, 其中, 本县, 我市), or a class of
 * firms ("地方规模工业增加值同比增长10.4%", 岳阳 2017: 地方规模 is no place beside 湘阴县).
 */
const WHOLE = /^(?:全|其中|本|我|各|地方)|(?:规模|规上|以上|企业)$/u;
/** A turn to places or parts, the last before the run ("分市州看", "从各县区来看", "分行业看"): named by turnTopic. */
const TURN = /[分从按][^，,。；;：:\s]{1,8}?(?:来)?[看分](?=[，,：:\s])/gu;

interface Named {
  f: DraftFigure;
  name: string;
  measure: string;
}

/** The list's bars as names and one measure, or null when a bar is no name alone or two measures differ. */
function namesOf(members: readonly DraftFigure[]): Named[] | null {
  const out: Named[] = [];
  for (const f of members) {
    const n = nameAndMeasure(f.caption);
    if (!n || WHOLE.test(n.name)) return null;
    out.push({ f, ...n });
  }
  return out;
}

const alike = (a: DraftFigure, b: DraftFigure) =>
  a.x.unit === b.x.unit && a.x.kind === b.x.kind && a.x.period === b.x.period && a.status === b.status;

/** The one measure a run names ('' when none), or null when it names two. */
function measureOf(run: readonly Named[]): string | null {
  const said = new Set(run.map((n) => simplifiedChars(n.measure)).filter(Boolean));
  return said.size > 1 ? null : ([...said][0] ?? '');
}

/**
 * The section's 分别 lists (`listed`, in text order) with each run of lists of one measure over names alone in one
 * paragraph merged into one chart, with the same paragraph's figures of that measure named alone and not yet charted
 * (`figs`); the lists that are no such run are returned as they were.
 */
export function tiered(text: string, figs: readonly DraftFigure[], listed: readonly ChartGroup[]): ChartGroup[] {
  const out: ChartGroup[] = [];
  // (Figures a list holds, or a chart merged before this one took.)
  const used = new Set(listed.flatMap((g) => g.members.map((m) => m.key)));
  for (let i = 0; i < listed.length;) {
    const first = listed[i];
    const named = first.list && !first.spread && first.type !== 'doughnut' ? namesOf(first.members) : null;
    if (!named) {
      out.push(first);
      i++;
      continue;
    }
    const lead = first.members[0].x;
    const from = text.lastIndexOf('\n', lead.start) + 1;
    const next = text.indexOf('\n', lead.valueEnd);
    const to = next < 0 ? text.length : next;
    let run = [...named];
    let j = i + 1;
    for (; j < listed.length; j++) {
      const g = listed[j];
      const more = g.list && !g.spread && g.type !== 'doughnut' ? namesOf(g.members) : null;
      if (!more || g.members[0].x.valueStart >= to || !alike(g.members[0], first.members[0])) break;
      const joined = [...run, ...more];
      if (measureOf(joined) === null || joined.length > MAX_BARS) break;
      run = joined;
    }
    // The same paragraph's figures of the measure named one by one ("贵阳地区生产总值为3102.44亿元"), never a bound
    // ("超过1500亿元") or a figure already in a list.
    const loose: Named[] = [];
    for (const f of figs) {
      if (used.has(f.key) || f.x.valueStart < from || f.x.valueStart >= to || !alike(f, first.members[0]) || !chartable(f)) continue;
      // (Nor a part of a place before it: "银川市规上工业增加值同比增长16.8%,其中宁东基地增长28%", 宁夏 2024.)
      if (breakdownOf(text, f.x)?.words === '其中') continue;
      const n = nameAndMeasure(f.caption);
      if (n && !WHOLE.test(n.name)) loose.push({ f, ...n });
    }
    const all = [...run, ...loose].sort((a, b) => a.f.x.valueStart - b.f.x.valueStart);
    const names = new Set(all.map((n) => simplifiedChars(n.name)));
    const merged = j - i > 1 || loose.length > 0;
    if (!merged || names.size !== all.length || all.length > MAX_BARS || measureOf(all) === null) {
      out.push(...listed.slice(i, j));
      i = j;
      continue;
    }
    for (const n of loose) used.add(n.f.key);
    const measure = all.find((n) => n.measure)?.measure ?? '';
    // The turn the report made to these names, in this paragraph or the one before ("分市州看,在经济总量方面,…").
    const before = text.lastIndexOf('\n', Math.max(0, from - 2)) + 1;
    let topic = '';
    for (const m of text.slice(before, all[0].f.x.valueStart).matchAll(TURN)) topic = turnTopic(m[0]) || topic;
    const labels = all.map((n) => n.name);
    out.push({
      type: chartType(labels),
      members: all.map((n) => n.f),
      labels,
      unit: lead.unit,
      intro: '',
      headline: '',
      list: true,
      ...(topic ? { parts: { topic, whole: null } } : {}),
      ...(measure ? { named: measure } : {}),
    });
    i = j;
  }
  return out;
}
