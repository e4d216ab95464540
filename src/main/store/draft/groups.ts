/**
 * Comparable figures grouped for charts: a 分别 list (one sentence, adjacent values, one unit) becomes one
 * bar chart, or a doughnut when its values are parts of one whole (shares adding up to at most 100%); a ratio
 * ("三次产业结构为17.8:42.8:39.4") one bar chart of its parts;
 * other figures of a section with the same unit, kind, period and status, three or more, one bar chart.
 */
import type { Extracted } from '../../../shared/extract';
import { statusOf } from './captions';

export interface DraftFigure {
  key: string;
  x: Extracted;
  caption: string;
  status: ReturnType<typeof statusOf>;
}

export interface ChartGroup {
  type: 'bar' | 'hbar' | 'doughnut';
  members: DraftFigure[];
  labels: string[];
  unit: string;
  /** The words the report introduces the list with ("新材料、电子信息行业投资分别增长"), or ''. */
  intro: string;
  list: boolean;
}

const SEPARATOR = /^[\s、，,和及与以]*$/u;
const LIST_WORD = /分别|依次|各为|各达/u;

/** The 分别 lists among a section's figures (in text order). */
export function lists(text: string, figs: readonly DraftFigure[]): DraftFigure[][] {
  const out: DraftFigure[][] = [];
  let run: DraftFigure[] = [];
  const flush = () => {
    if (run.length >= 2 && LIST_WORD.test(run[0].x.quote)) out.push(run);
    run = [];
  };
  for (const f of figs) {
    const prev = run[run.length - 1];
    if (prev && prev.x.start === f.x.start && prev.x.unit === f.x.unit && prev.x.kind === f.x.kind && prev.status === f.status) {
      const gap = text.slice(prev.x.valueEnd, f.x.valueStart);
      const rest = gap.startsWith(prev.x.unit) ? gap.slice(prev.x.unit.length) : gap;
      if (SEPARATOR.test(rest)) {
        run.push(f);
        continue;
      }
    }
    flush();
    run = [f];
  }
  flush();
  return out;
}

/** "新材料、电子信息行业投资分别增长" → the words before 分别 in the first value's clause, and its subjects. */
function listIntro(text: string, first: Extracted): { intro: string; subjects: string[] } {
  let a = first.valueStart;
  while (a > first.start && !/[，。；：,;:]/u.test(text[a - 1])) a--;
  const intro = text.slice(a, first.valueStart).trim();
  const m = LIST_WORD.exec(intro);
  const head = m ? intro.slice(0, m.index) : '';
  const subjects = head
    .split(/、|和|及|与/u)
    .map((s) => s.trim())
    .filter(Boolean);
  return { intro, subjects };
}

const sumOf = (xs: readonly DraftFigure[]) => xs.reduce((a, f) => a + (f.x.unit === '%' ? f.x.number : f.x.number * 100), 0);

export function listChart(text: string, run: DraftFigure[]): ChartGroup {
  const { intro, subjects } = listIntro(text, run[0].x);
  const labels = subjects.length === run.length ? subjects : run.map((f) => f.caption);
  const isShare = run.every((f) => f.x.kind === 'share' && (f.x.unit === '%' || f.x.unit === '')) && sumOf(run) <= 100;
  return { type: isShare ? 'doughnut' : chartType(labels), members: run, labels, unit: run[0].x.unit, intro, list: true };
}

function chartType(labels: readonly string[]): 'bar' | 'hbar' {
  return labels.length > 6 || labels.some((l) => Array.from(l).length > 8) ? 'hbar' : 'bar';
}

/** The mark between the parts of a ratio ("17.8:42.8:39.4", "9.1∶44.6∶46.3"). */
const RATIO_MARK = /^[:：∶]$/u;
/** The three industries a 三次产业结构 names, in order. */
const THREE_INDUSTRIES = /三次产业|三大产业|一二三产业|三产/u;

/**
 * The ratios among a section's figures ("三次产业结构为17.8:42.8:39.4"): parts of one sentence joined by a ratio
 * mark, each a bare number. On KPI cards they read as three unrelated numbers; together they are a structure.
 */
export function ratios(text: string, figs: readonly DraftFigure[]): DraftFigure[][] {
  const out: DraftFigure[][] = [];
  let run: DraftFigure[] = [];
  for (const f of figs) {
    const prev = run[run.length - 1];
    if (prev && prev.x.start === f.x.start && !f.x.unit && !prev.x.unit && RATIO_MARK.test(text.slice(prev.x.valueEnd, f.x.valueStart))) {
      run.push(f);
      continue;
    }
    if (run.length >= 2) out.push(run);
    run = f.x.unit ? [] : [f];
  }
  if (run.length >= 2) out.push(run);
  return out;
}

/**
 * A ratio as a chart of its parts, in the report's unit (none: a ratio claims none), titled by the clause that
 * states it; the parts are named by the industries when the ratio is of the three (第一产业…), else by order.
 */
export function ratioChart(text: string, run: DraftFigure[]): ChartGroup {
  const first = run[0].x;
  let a = first.valueStart;
  while (a > first.start && !/[，。；：,;:]/u.test(text[a - 1])) a--;
  const intro = text.slice(a, first.valueStart).trim();
  const whole = intro.replace(/(?:调整)?(?:为|是|达到?)$/u, '');
  const labels =
    run.length === 3 && THREE_INDUSTRIES.test(intro)
      ? ['第一产业', '第二产业', '第三产业']
      : run.map((f, i) => `${f.caption || whole}（${i + 1}）`);
  return { type: 'bar', members: run, labels, unit: '', intro: whole, list: false };
}

const MAX_SERIES = 8;

/** Three or more figures of one unit, kind, period and status not yet charted: one bar chart each. */
export function comparable(figs: readonly DraftFigure[], charted: ReadonlySet<string>): ChartGroup[] {
  const groups = new Map<string, DraftFigure[]>();
  for (const f of figs) {
    if (charted.has(f.key) || !['growth', 'level', 'share'].includes(f.x.kind)) continue;
    if (f.x.kind === 'share' && f.x.unit !== '%') continue;
    const id = [f.x.unit, f.x.kind, f.x.period, f.status].join('|');
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  const out: ChartGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 3) continue;
    for (let i = 0; i < members.length; i += MAX_SERIES) {
      const chunk = members.slice(i, i + MAX_SERIES);
      if (chunk.length < 3) break;
      const labels = chunk.map((f) => f.caption);
      out.push({ type: chartType(labels), members: chunk, labels, unit: chunk[0].x.unit, intro: '', list: false });
    }
  }
  return out;
}
