/**
 * The slides' own chrome and the charts' captions (slides/**, charts/**). The report's words — titles,
 * labels, units, notes, quotes — are content and stay as written; only these frame them.
 */
import { table } from './table';

export const slides = table({
  source: { zh: '数据来源', en: 'Source' },
  /** "数据来源：重庆市经济和信息化委员会，2016年2月4日". */
  sourceLine: { zh: '数据来源：{organisation}，{date}', en: 'Source: {organisation}, {date}' },
  slideOf: { zh: '第 {n} 页，共 {total} 页', en: 'Slide {n} of {total}' },
  slideLabel: { zh: '第 {n} 页，共 {total} 页：{title}', en: 'Slide {n} of {total}: {title}' },
  missingFigure: { zh: '数据缺失', en: 'Missing figure' },
  missingFigureId: { zh: '数据缺失（{id}）', en: 'Missing figure ({id})' },
  /** {n} is a Chinese numeral in zh (第二部分), a digit in en (Part 2). */
  partLabel: { zh: '第{n}部分', en: 'Part {n}' },
  // Charts: the value axis, the derived values, the hidden data table, build errors.
  axisUnit: { zh: '单位：{unit}', en: 'Unit: {unit}' },
  axisIndex: { zh: '指数', en: 'Index' },
  derivedMark: { zh: '（推算）', en: ' (derived)' },
  derivedRow: { zh: '{label}{space}= {formula}，原文未直接给出', en: '{label}{space}= {formula}, not stated in the source' },
  derivedNote: { zh: '注：{notes}', en: 'Note: {notes}' },
  derivedJoin: { zh: '；', en: '; ' },
  chartCaption: { zh: '{title}（{axis}）', en: '{title} ({axis})' },
  chartDescribe: { zh: '{title}：{rows}', en: '{title}: {rows}' },
  chartRowJoin: { zh: '，', en: ', ' },
  tableItem: { zh: '项目', en: 'Item' },
  tableShown: { zh: '图中数值', en: 'Value shown' },
  tableSource: { zh: '原文数值', en: 'Value in the source' },
  tableDerived: { zh: '推算：{formula}，原文未直接给出', en: 'Derived: {formula}, not stated in the source' },
  tableRemainder: { zh: '—（由其余部分计算）', en: '— (computed from the other parts)' },
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
});
