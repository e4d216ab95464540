/**
 * UI strings in Chinese (default) and English. The report's own text and the figures stay Chinese in
 * both; slides show their English title (titleEn) in English mode. Add keys with both languages.
 */
import type { Lang } from '../state/settings.svelte';

const STRINGS = {
  loading: { zh: '正在载入简报…', en: 'Loading the briefing…' },
  loadFailed: { zh: '无法载入简报', en: 'Could not load the briefing' },
  retry: { zh: '重试', en: 'Retry' },
  empty: { zh: '没有可放映的简报', en: 'No briefing to show' },
  emptyDetail: { zh: '数据库中还没有报告或简报页。', en: 'The store holds no report or slides yet.' },
  prev: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  paging: { zh: '翻页', en: 'Slide navigation' },
  source: { zh: '数据来源', en: 'Source' },
  // Slides and charts (slides/**, charts/**).
  slideOf: { zh: '第 {n} 页，共 {total} 页', en: 'Slide {n} of {total}' },
  missingFigure: { zh: '数据缺失', en: 'Missing figure' },
  theme: { zh: '主题', en: 'Theme' },
  themeProjector: { zh: '投影（深色）', en: 'Projector (dark)' },
  themePaper: { zh: '纸面（浅色）', en: 'Paper (light)' },
  language: { zh: '语言', en: 'Language' },
  // Views, navigation and tracing (views/**).
  views: { zh: '视图', en: 'Views' },
  viewDeck: { zh: '放映', en: 'Slides' },
  viewOverview: { zh: '总览', en: 'Overview' },
  viewSource: { zh: '原文', en: 'Source text' },
  progress: { zh: '放映进度', en: 'Progress' },
  overviewTitle: { zh: '全部幻灯片', en: 'All slides' },
  overviewHint: { zh: '方向键选择，Enter 打开，Esc 或 O 返回', en: 'Arrows to choose, Enter to open, Esc or O to return' },
  slidePrefix: { zh: '第 ', en: 'Slide ' },
  slideSuffix: { zh: ' 页：', en: ': ' },
  gotoLabel: { zh: '跳转到第几页', en: 'Go to slide' },
  gotoHint: { zh: '输入页码（1–{total}），Enter 跳转，Esc 取消', en: 'Type 1–{total}, Enter to go, Esc to cancel' },
  gotoNaN: { zh: '请输入数字页码（1–{total}）', en: 'Type a slide number (1–{total})' },
  gotoRange: { zh: '没有第 {n} 页：共 {total} 页', en: 'There is no slide {n}: the deck has {total}' },
  traceTitle: { zh: '数字出处', en: 'Where this number comes from' },
  tracePeriod: { zh: '时期', en: 'Period' },
  traceScope: { zh: '范围', en: 'Scope' },
  traceQuote: { zh: '原文', en: 'Source sentence' },
  traceOpenSource: { zh: '在原文中查看', en: 'Show in the source text' },
  close: { zh: '关闭', en: 'Close' },
  back: { zh: '返回放映', en: 'Back to the slides' },
  sourceHeading: { zh: '报告原文', en: 'Report text' },
  sourceFigure: { zh: '正在查看', en: 'Showing' },
  sourceSection: { zh: '本页对应段落', en: 'This slide’s section' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** A string with `{name}` placeholders filled in. */
export function tf(lang: Lang, key: StringKey, values: Record<string, string | number>): string {
  return t(lang, key).replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
