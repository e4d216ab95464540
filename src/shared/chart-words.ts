/**
 * The words a chart itself draws or reports: its axis caption, the marks and notes of derived values, its
 * description and its build errors. Here, not in the renderer's string table, because the main process draws
 * a window's first chart too (main/charts/chart-picture.ts): the same words from the same source. The
 * renderer's table takes every one of them (renderer/lib/i18n/slide-chrome.ts, `t` as before).
 */
import { inDeckScript } from './deck-script';
import { fillQuoted } from './quotes';

export type ChartLang = 'zh' | 'en';

export const CHART_WORDS = {
  /**
   * The source line under a chart ("数据来源：重庆市经济和信息化委员会，2016年2月4日"): here because the main
   * process works out the chart's box from the texts around it (main/charts/chart-slide-texts.ts).
   */
  sourceLine: { zh: '数据来源：{organisation}，{date}', en: 'Source: {organisation}, {date}' },
  /** A report whose date is unknown names no date rather than a wrong one ("数据来源：某市统计局"). */
  sourceLineUndated: { zh: '数据来源：{organisation}', en: 'Source: {organisation}' },
  // Punctuation around words: full-width in Chinese, ASCII in English (a tooltip's formula).
  paren: { zh: '（{x}）', en: ' ({x})' },
  axisUnit: { zh: '单位：{unit}', en: 'Unit: {unit}' },
  axisIndex: { zh: '指数', en: 'Index' },
  derivedMark: { zh: '（推算）', en: ' (derived)' },
  derivedRow: { zh: '{label}{space}= {formula}，原文未直接给出', en: '{label}{space}= {formula}, not stated in the source' },
  derivedNote: { zh: '注：{notes}', en: 'Note: {notes}' },
  derivedJoin: { zh: '；', en: '; ' },
  chartDescribe: { zh: '{title}：{rows}', en: '{title}: {rows}' },
  chartRowJoin: { zh: '，', en: ', ' },
  chartUnknownType: { zh: '图表“{title}”的类型“{type}”无法识别', en: 'Chart “{title}” has an unknown type “{type}”' },
  chartMissingFigure: { zh: '图表“{title}”引用的数据（编号 {id}）不存在', en: 'Chart “{title}” uses figure {id}, which does not exist' },
  chartDerivedShare: { zh: '图表“{title}”：推算值不能画成占比图', en: 'Chart “{title}”: a derived value cannot be drawn as a share' },
  chartUnitMismatch: {
    zh: '图表“{title}”：“{label}”的单位“{unit}”不能画在单位为“{chartUnit}”的图上',
    en: 'Chart “{title}”: “{label}” is in “{unit}”, which cannot be drawn on an axis in “{chartUnit}”',
  },
  chartNotAShare: {
    zh: '图表“{title}”：“{label}”的单位“{unit}”不是占比，不能画成占比图',
    en: 'Chart “{title}”: “{label}” is in “{unit}”, not a share, and cannot be drawn as one',
  },
  chartDerivedFailed: {
    zh: '图表“{title}”的推算值无法计算：{reason}',
    en: 'Chart “{title}”: the derived value cannot be computed: {reason}',
  },
} as const;

export type ChartWordKey = keyof typeof CHART_WORDS;

/**
 * The chart word `key` in `lang`, its `{name}` placeholders filled from `values` (as the renderer's `t`); in Chinese,
 * in the deck's script (shared/deck-script.ts: 數據來源 on a traditional report's slides).
 */
export function chartWord(lang: ChartLang, key: ChartWordKey, values?: Record<string, string | number>): string {
  const s: string = inDeckScript(CHART_WORDS[key][lang], lang);
  return values ? fillQuoted(s, values) : s;
}
