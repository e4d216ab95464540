/**
 * A figure's period says *when*: 2015年, 1-7月, 上半年, “十二五”时期, “十二五”末比“十一五”末, 年均. Never *what*
 * ("年产量", "年产值"): those belong in the label. `isTimeExpression` is the check every stored period
 * (bundled or imported) must pass; a period is read as a sequence of time words and nothing else.
 */

/** A plan period: “十二五”, "十三五", ‘十四五’ (with or without quotes). */
const PLAN = String.raw`[“"‘']?十[一二三四五六七八九]?五[”"’']?`;
const YEAR = String.raw`(?:\d{4}|[一二〇零○]{4})年(?:度)?`;
const YEAR_RANGE = String.raw`\d{4}\s*[-—–~～至到]\s*\d{4}年`;
const MONTH = String.raw`\d{1,2}(?:\s*[-—–~～至到]\s*\d{1,2})?月(?:份|末|底|初|上旬|中旬|下旬)?(?:\d{1,2}日)?`;
const QUARTER = String.raw`(?:第?[一二三四1-4]|前[二三两2-3])季度`;
const NAMED = [
  '上半年',
  '下半年',
  '全年',
  '年初',
  '年末',
  '年底',
  '年中',
  '当年',
  '上年',
  '去年',
  '今年',
  '本年',
  '同期',
  '每年',
  '年均',
  '前\\d{1,2}个?月',
  '前[二三四五六七八九十两]{1,2}个?月',
  '近\\d+年',
  '近[二三四五六七八九十两]年',
  '[一二三四五六七八九十两]年',
  '累计',
  '时期',
  '期间',
  '期末',
  '末',
  '初',
  '以来',
  '之初',
  '前后',
];
/** Words that join time words: 截至2015年末, 2015年比2010年, 至2020年, “十二五”末比开行之初. */
const JOIN = ['截至', '截止', '截止到', '到', '至', '比', '较', '与', '和', '、', '同', '相比', '及'];
/** An event as a time point: "开行之初", "建市以来", "实施以来" (up to six characters before 之初/以来). */
const EVENT = String.raw`[\u4e00-\u9fff]{1,6}(?=之初|以来)`;

const TOKEN = new RegExp(`^(?:${[YEAR_RANGE, YEAR, MONTH, QUARTER, PLAN, EVENT, ...NAMED, ...JOIN].join('|')}|[\\s（）()“”"]+)`, 'u');
/** At least one of these must be there: a period anchored in time, not only "累计" or "末". */
const ANCHOR = new RegExp(`${YEAR}|${MONTH}|${QUARTER}|${PLAN}|上半年|下半年|全年|当年|上年|去年|今年|本年|每年|年均|前\\S{1,2}个?月`, 'u');

export function isTimeExpression(period: string): boolean {
  let rest = period.trim();
  if (!rest || !ANCHOR.test(rest)) return false;
  while (rest) {
    const m = TOKEN.exec(rest);
    if (!m || !m[0]) return false;
    rest = rest.slice(m[0].length);
  }
  return true;
}
