/**
 * What the lines over a slide's content say, drawn the same by every output: the window and print
 * (renderer/slides/SlideHeader.svelte, ChartSlide.svelte, PrintChartSlide.svelte), the chart's box worked out
 * without a window (main/charts/chart-slide-texts.ts), PowerPoint (main/export/pptx.ts) and, where a chart
 * stands under its section's heading, Word and the printed brief (main/export/docx.ts, print/BriefLayout.svelte).
 *
 * Each line has its own job, and no two say the same:
 * - the eyebrow is the section ("2025年主要目标任务");
 * - the slide title is the message ("全球每三台笔电，一台重庆造"), or the slide's topic when it has none;
 * - a chart's title states what is measured, its period and unit ("2025年主要指标增速目标（%）").
 * A drafted title that opens with its section ("2025年主要目标任务：主要指标增速（目标）", named so that no two slides
 * of the deck have the same title) is drawn without it under the eyebrow that says it; a chart title that only
 * repeats the slide title, or the slide title and its unit, is not drawn (a deck drafted before chart titles stated their measure, or edited so).
 * The stored texts are not changed: the slide list and the editor show them as written.
 */

/** A title's section, as a drafted title opens with it: "2025年主要目标任务：". */
function withoutSection(text: string, section: string): string {
  const s = section.trim();
  if (!s) return text;
  for (const colon of ['：', ':']) {
    const head = `${s}${colon}`;
    if (text.startsWith(head) && text.length > head.length) return text.slice(head.length).trim();
  }
  return text;
}

/** Spaces and the marks of a continued slide do not make two titles differ: "主要指标增速（续二）". */
const bare = (text: string) => text.replace(/（续[二三四五六七八九十\d]*）|（續[二三四五六七八九十\d]*）|\s+/gu, '');

/**
 * A title without the note its measure ends with, the chart's unit and status ("（目标，%）", "（%）") or a title's status
 * ("（目标）"): a chart title that is the slide title and its unit says nothing more (a drafted chart's slide titled by what it
 * measures, "1-8月各縣（市、區）增速" over "1-8月各縣（市、區）增速（%）"); the value axis states the unit.
 */
const withoutNote = (text: string) => bare(text).replace(/（(?:目[标標]|[预預][计計])?[，,]?[^（），,、]{0,6}）$/u, '');

export interface SlideHeadings {
  /** The slide title as drawn under the eyebrow. */
  title: string;
  /** The chart's title as drawn over the plot ('' none: it would repeat the slide title). */
  chartTitle: string;
}

/**
 * The slide title and the chart title a slide draws under its eyebrow (its section's name; '' for none). A title
 * drawn from figure references (`runs`) is drawn as stored: pass `titleHasRuns`.
 */
export function slideHeadings(eyebrow: string, title: string, chartTitle = '', titleHasRuns = false): SlideHeadings {
  const shownTitle = titleHasRuns ? title : withoutSection(title, eyebrow);
  const chart = withoutSection(chartTitle, eyebrow);
  const repeats = [shownTitle, title].some((t) => bare(chart) === bare(t) || withoutNote(chart) === withoutNote(t));
  return { title: shownTitle, chartTitle: repeats ? '' : chart };
}

/** A chart's caption under its section's heading (Word, the printed brief): without the section that heading says. */
export function chartCaption(section: string, chartTitle: string): string {
  return withoutSection(chartTitle, section);
}
