/**
 * Who published a report and when, as its own opening says: the organisation a slide's 数据来源 names and the
 * date its title page and source lines carry, for `cli import` and the 导入报告 dialog when the person importing
 * gives none. Without it an imported news report was stored as "（未注明发布单位）" dated the day it was imported,
 * and every chart of its deck said so, although the page had said "记者从湖南省统计局获悉" and "2021年11月09日".
 *
 * Read only from the opening lines, where pages put them; nothing is guessed: a page that names no agency and no
 * full date gets null, and the importer's own fields decide.
 * - Organisation: the agency the figures came from ("从省统计局获悉", "从广东省工信厅召开的…新闻发布会上获悉",
 *   "据国家统计局统计"), else the page's source line ("来源:广西壮族自治区统计局", "来源:青海日报"). An agency is a
 *   name ending in what agencies are called (局, 厅, 委, 办, 中心, 政府 …): a meeting ("从会上获悉") or a website
 *   ("据安徽省政府网站消息") is not one.
 * - Date: a full date (2021年11月09日, 2020-10-23) on one of the first lines that is not prose: a dateline, a
 *   "日期:" line, a work report's "——2016年2月25日在…会议上". A month and day alone ("2月15日讯") is not enough.
 */

import { isByline } from './bylines';

export interface ReportSource {
  organisation: string | null;
  /** YYYY-MM-DD */
  published: string | null;
}

/** How far into the text the opening lines reach. */
const OPENING_LINES = 6;
const OPENING_CHARS = 400;

/** What agencies' names end in. */
const AGENCY_END = '(?:统计局|调查总队|调查队|委员会|办公室|政府|中心|[局厅委办部司处署院])';
const NAME = `[^，。；：:、,;\\s从据“”"《》（）()]{1,24}?${AGENCY_END}`;
/** "从省统计局获悉", "从广东省工信厅召开的2022年一季度新闻发布会上获悉", "从市经信委运行局处了解到". */
const HEARD_FROM = new RegExp(`从(${NAME})(?:召开的[^，。]{0,40}?上?)?(?:处)?(?:获悉|了解到|得到消息|获得消息)`, 'u');
/** "据国家统计局统计", "据省统计局数据显示", "据市工信局消息". */
const ACCORDING_TO = new RegExp(`据(${NAME})(?:统计|数据|监测|消息|发布|公布|初步核算|测算)`, 'u');
/** "来源:广西壮族自治区统计局", "来源：天山网-新疆日报原创": up to a space, a bar or the line's end. */
const SOURCE_LINE = /(?:来源|稿源)\s*[:：]\s*([^\s|｜丨]{2,30})/u;
/** A full date: 2021年11月09日, 2020-10-23, 2016/7/30. */
const FULL_DATE = /((?:19|20)\d{2})(?:年(\d{1,2})月(\d{1,2})日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/u;
/** A line that only dates the text: "日期:2020-05-22", "——2016年2月25日在…会议上", "(2011年1月20日 徐守盛)". */
const DATE_LINE =
  /^(?:[（(—\-－━─\s]*|.*(?:日期|时间|发布于|发布)[^:：\d]{0,3}[:：]?\s*)(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})/u;

export function reportSource(text: string): ReportSource {
  const lines = text
    .slice(0, OPENING_CHARS)
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, OPENING_LINES);
  return { organisation: organisationOf(lines), published: publishedOf(lines) };
}

function organisationOf(lines: string[]): string | null {
  const opening = lines.join('\n');
  const agency = HEARD_FROM.exec(opening)?.[1] ?? ACCORDING_TO.exec(opening)?.[1];
  if (agency) return agency;
  for (const line of lines) {
    const named = SOURCE_LINE.exec(line)?.[1];
    if (named) return named.replace(/原创$/u, '');
  }
  return null;
}

function publishedOf(lines: string[]): string | null {
  for (const line of lines) {
    if (!isByline(line) && !DATE_LINE.test(line)) continue;
    const m = FULL_DATE.exec(line);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
