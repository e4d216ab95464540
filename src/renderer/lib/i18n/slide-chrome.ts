/**
 * The slides' own chrome and the charts' captions (slides/**, charts/**). The report's words — titles,
 * labels, units, notes, quotes — are content and stay as written; only these frame them.
 */
import { CHART_WORDS } from '../../../shared/chart-words';
import { table } from './table';

export const slides = table({
  source: { zh: '数据来源', en: 'Source' },
  slideOf: { zh: '第 {n} 页，共 {total} 页', en: 'Slide {n} of {total}' },
  slideLabel: { zh: '第 {n} 页，共 {total} 页：{title}', en: 'Slide {n} of {total}: {title}' },
  missingFigure: { zh: '数据缺失', en: 'Missing figure' },
  missingFigureId: { zh: '数据缺失（{id}）', en: 'Missing figure ({id})' },
  /** {n} is a Chinese numeral in zh (第二部分), a digit in en (Part 2). */
  partLabel: { zh: '第{n}部分', en: 'Part {n}' },
  // Charts: the value axis, the derived values, build errors (shared/chart-words.ts: main draws charts too); the hidden data table.
  ...CHART_WORDS,
  chartCaption: { zh: '{title}（{axis}）', en: '{title} ({axis})' },
  tableItem: { zh: '项目', en: 'Item' },
  tableShown: { zh: '图中数值', en: 'Value shown' },
  tableSource: { zh: '原文数值', en: 'Value in the source' },
  tableDerived: { zh: '推算：{formula}，原文未直接给出', en: 'Derived: {formula}, not stated in the source' },
  tableRemainder: { zh: '—（由其余部分计算）', en: '— (computed from the other parts)' },
});
