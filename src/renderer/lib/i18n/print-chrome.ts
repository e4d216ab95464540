/** The print routes' chrome (print/**): running heads and feet, mastheads, contents, appendix. */
import { table } from './table';

export const print = table({
  printTitle: { zh: '{deck} — 打印', en: '{deck} — Print' },
  printPreparing: { zh: '正在准备打印…', en: 'Preparing the print…' },
  printFailed: { zh: '无法打印：{reason}', en: 'Cannot print: {reason}' },
  printPageError: { zh: '页面出错：{reason}', en: 'Page error: {reason}' },
  printNoLayout: { zh: '版面没有画出来', en: 'The layout was not drawn' },
  printUnknownReport: { zh: '没有报告“{named}”（现有：{keys}）', en: 'There is no report “{named}” (there are: {keys})' },
  printNoReport: { zh: '数据库中没有报告，无法打印', en: 'The store holds no report: nothing to print' },
  printNoDeck: { zh: '报告“{title}”没有简报页，无法打印', en: 'Report “{title}” has no slides: nothing to print' },
  printNoSlides: { zh: '简报“{title}”没有幻灯片，无法打印', en: 'Deck “{title}” has no slides: nothing to print' },
  layout_slides: { zh: '幻灯片', en: 'Slides' },
  layout_handout: { zh: '讲义', en: 'Handout' },
  layout_brief: { zh: '简报', en: 'Brief' },
  internal: { zh: '内部资料', en: 'Internal' },
  keepSafe: { zh: '注意保存', en: 'Keep safe' },
  asOf: { zh: '数据截至{asOf}', en: 'Data as of {asOf}' },
  /** Page n of N: on a printed slide, and in a CSS page-margin box ({n}, {total} → counter(page), counter(pages)). */
  pageOf: { zh: '第 {n} 页 / 共 {total} 页', en: 'Page {n} of {total}' },
  contents: { zh: '目录', en: 'Contents' },
  /** A brief's section heading: {n} is a Chinese numeral in zh (一、), a digit in en (1.). */
  sectionHeading: { zh: '{n}、{title}', en: '{n}. {title}' },
  subject: { zh: '{title}（{layout}，{date}）', en: '{title} ({layout}, {date})' },
  subjectUndated: { zh: '{title}（{layout}）', en: '{title} ({layout})' },
  appendix: { zh: '附录', en: 'Appendix' },
  appendixTitle: { zh: '数据一览', en: 'Figures at a glance' },
  appendixOutline: { zh: '附录　数据一览', en: 'Appendix: figures at a glance' },
  appendixIntro: {
    zh: '本简报引用的全部 {n} 项数据，按章节顺序列出，附报告原文语句，供核对。',
    en: 'All {n} figures this brief cites, in section order, each with the report’s own sentence, for checking.',
  },
  figureNo: { zh: '图 {section}-{n}', en: 'Figure {section}-{n}' },
  chartIncomplete: { zh: '（图表数据不全，未绘制）', en: '(The chart’s data is incomplete: not drawn.)' },
  handoutNotes: { zh: '讲稿', en: 'Speaker notes' },
  handoutSources: { zh: '数据出处', en: 'Sources of the figures' },
  colNo: { zh: '序号', en: 'No.' },
  colIndicator: { zh: '指标', en: 'Indicator' },
  colSource: { zh: '原文', en: 'Source sentence' },
  colQualifier: { zh: '修饰', en: 'Qualifier' },
  handoutNoteLines: { zh: '笔记', en: 'Notes' },
  /** The 公文 masthead's issue line: 第 N 期. */
  issueNo: { zh: '第{n}期', en: 'No. {n}' },
});
