/** Strings every screen shares: loading, errors of the transport, close / cancel, theme and language. */
import { table } from './table';

export const common = table({
  appName: { zh: '简报台', en: 'Briefing Desk' },
  docTitle: { zh: '{deck} — 简报台', en: '{deck} — Briefing Desk' },
  loading: { zh: '正在载入简报…', en: 'Loading the briefing…' },
  loadFailed: { zh: '无法载入简报', en: 'Could not load the briefing' },
  retry: { zh: '重试', en: 'Retry' },
  empty: { zh: '没有可放映的简报', en: 'No briefing to show' },
  emptyDetail: { zh: '数据库中还没有报告或简报页。', en: 'The store holds no report or slides yet.' },
  notOpenedPresenting: { zh: '数据服务没有在放映状态中打开这份简报', en: 'The data service did not open this briefing for presenting' },
  apiUnreachable: { zh: '无法连接数据服务：{reason}', en: 'Cannot reach the data service: {reason}' },
  apiNoToken: {
    zh: '这个页面没有网页版的访问令牌：请打开 npm run web 打印的完整地址。复制的幻灯片链接只在同一浏览器里还开着一个简报台页面时才能打开',
    en: 'This page has no access token for the web version: open the full address npm run web printed. A copied slide link opens only while a Briefing Desk page is still open in the same browser',
  },
  apiBadAnswer: { zh: '数据服务返回了无效的应答（HTTP {status}）', en: 'The data service gave an invalid answer (HTTP {status})' },
  close: { zh: '关闭', en: 'Close' },
  cancel: { zh: '取消', en: 'Cancel' },
  theme: { zh: '主题', en: 'Theme' },
  themeProjector: { zh: '投影（深色）', en: 'Projector (dark)' },
  themePaper: { zh: '纸面（浅色）', en: 'Paper (light)' },
  language: { zh: '语言', en: 'Language' },
  /** The switch names the other language in its own script, as language pickers do. */
  otherLanguage: { zh: 'English', en: '中文' },
  prev: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  keysHelp: { zh: '快捷键', en: 'Keys' },
  present: { zh: '开始放映', en: 'Present' },
  // Punctuation around words: full-width in Chinese, ASCII in English (paren: shared/chart-words.ts).
  colon: { zh: '：', en: ': ' },
  stopPresenting: { zh: '退出放映', en: 'Stop' },
});
