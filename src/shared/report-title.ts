/**
 * The title a new report is stored with when the person importing it gives none. Its first line when that
 * reads as a headline (short, and not a sentence); else the lead of its first sentence, without the clauses
 * that only say where the news came from ("24日从省经信委获悉", "据…消息", "本报讯"), up to the first clause
 * that holds a figure, at most TITLE_MAX characters. `cli import` and the 导入报告 dialog both use it, so the
 * same text is stored with the same title either way.
 */

import { SOURCE_CLAUSE, isByline } from './bylines';

export const TITLE_MAX = 40;

/** A page's table of its document's fields: "成文日期 | 发布日期 | 2023-12-12 |" (乌拉特后旗 2023). */
const PAGE_FIELDS = /^[|｜\s]*(?:成文日期|发布日期|發布日期|发文字号|索引号|发布机构|主题分类)\s*[|｜:：]/u;
/** Bars and spaces around a headline: "| 2026年政府工作报告 |". */
const FRAMED = /^[|｜│\s]+|[|｜│\s]+$/gu;

/** A lead clause that only says where the news came from, or when it was heard (beside bylines.ts's SOURCE_CLAUSE). */
const SOURCE =
  /(?:获悉|獲悉|消息|报道|報道|報導|显示|顯示|表示|介绍|介紹|公布|公佈|了解到|瞭解到)$|^(?:日前|近日|近期|目前)$|^本[报報][讯訊]|^[据據]|^[记記]者|^\d{1,2}月?\d{1,2}日(?:电|電|讯|訊)?$/u;
/**
 * A news agency's opening ("东北网12月12日讯(记者 李倩)", "【香港商報網訊】記者 王藝橋 報導:", "中新网海口7月25日电 (记者
 * 王晓斌)", 海南 2023), before the first clause; in traditional characters too (北京 2022, 辽宁 2019).
 */
const WIRE =
  /^【[^】]{0,16}[讯訊]】\s*(?:[记記]者[^，,:：]{0,12}(?:报道|報道|報導)?[:：])?\s*|^[^，。]{0,16}?[讯訊]\s*(?:[（(][^）)]*[）)])?\s*|^[^，。]{0,12}?\d{1,2}月\d{1,2}日[电電]\s*(?:[（(][^）)]*[）)])?\s*|[（(]\s*[记記]者[^）)]*[）)]/gu;
/**
 * The reporters a lead opens with, after its wire's name: "全媒体记者陈春伟 实习生郭正怡报道:" (江西 2025, 大江网), up to the
 * colon of their 报道.
 */
const REPORTERS = /^[^，。:：]{0,8}?[记記]者[^，。:：]{1,24}?(?:报道|報道|報導)[:：]\s*/u;
/** A lead's clause of only when: "1月20日上午" (安徽 2025), "今天下午" (杭州 2011). */
const WHEN = /^(?:\d{1,2}月\d{1,2}日|今天|昨天|今日|昨日)(?:上午|下午|晚间|晚上|晚)?$/u;
/** A lead's clause of only the circumstance: "在新增企业和部分大型企业回升的拉动下" (芜湖 2013). */
const UNDER = /^在.{2,24}(?:下|中)$/u;
/** A clause that holds a figure, not only a date ("2019年", "12月12日"). */
const FIGURE = /\d(?![\d.]*[年月日])/u;

/** A heading numbered as one of a list ("一是工业生产企稳回升。", "一、发展现状与环境", "（一）…", "1."): no report's title. */
const NUMBERED = /^(?:[一二三四五六七八九十]+(?:是|、)|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))/u;

/**
 * The clause of a news lead that names the report it is about ("安徽省省长王清宪作政府工作报告", "襄陽市第十八屆人民代表大會第
 * 二次會議上的市政府工作報告提出"): its name without the verb that opens what it says.
 */
const NAMES_REPORT = /^(.{4,}?(?:政府工作|统计|統計)?(?:报告|報告|公报|公報))(?:中)?(?:提出|指出|显示|顯示|强调|強調)?$/u;

export function reportTitle(text: string): string {
  return titleOf(text, 0);
}

function titleOf(text: string, depth: number): string {
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
  let k = 0;
  while (k < lines.length - 1 && k < 3 && (isByline(lines[k]) || PAGE_FIELDS.test(lines[k]))) k++;
  // "| 2026年政府工作报告 |" (滨海新区 2025, a page's banner): the bars that frame a headline are no part of it.
  let first = (lines[k] ?? '').replace(FRAMED, '');
  // A report that opens with its first numbered point (河南 2022 上半年: "一是工业生产企稳回升。上半年，…") has no headline:
  // the title is drawn from the lead after it. A numbered heading on a line of its own ("一、2018年政府工作回顾") names the
  // report's first part, the best name it has, without its number.
  const heading = NUMBERED.test(first) ? /^[^。！？，,；;]*[。！？]/u.exec(first) : null;
  if (heading && heading[0].length < first.length && depth < 2) {
    const after = titleOf([first.slice(heading[0].length), ...lines.slice(k + 1)].join('\n'), depth + 1);
    if (after) return after;
  }
  if (!heading && NUMBERED.test(first) && !/[，,。；;]/u.test(first)) first = first.replace(NUMBERED, '').trim();
  if (Array.from(first).length <= TITLE_MAX && !/[。！？!?]/u.test(first.slice(0, -1)) && !/[。！？]$/u.test(first)) return first;
  // (A stray mark left after the wire's name, "本刊訊? 2017年度…" (山东 2017), goes with it.)
  const sentence = first
    .split(/[。！？]/u)[0]
    .replace(WIRE, '')
    .replace(REPORTERS, '')
    .replace(/^[\s?？:：]+/u, '');
  const clauses = sentence
    .replace(/（[^）]*）|\([^)]*\)/gu, '')
    .split(/[，,；;]/u)
    .map((c) => c.trim().replace(/^[“"]/u, ''));
  while (
    clauses.length > 1 &&
    (SOURCE.test(clauses[0]) || SOURCE_CLAUSE.test(clauses[0]) || WHEN.test(clauses[0]) || UNDER.test(clauses[0]))
  )
    clauses.shift();
  // A lead about a report names it (安徽 2025, 襄阳 2022): the report's name is the title, not the meeting's news.
  for (const c of clauses.slice(0, 3)) {
    const named = NAMES_REPORT.exec(c);
    if (named && Array.from(named[1]).length <= TITLE_MAX) return named[1];
  }
  let title = '';
  for (const c of clauses) {
    // "…統計公報，其中顯示" (国家统计局 2022): a short clause that only says where the figures come from adds nothing.
    if (title && c.length <= 6 && SOURCE.test(c)) continue;
    const next = title ? `${title}，${c}` : c;
    // Too long with the next clause: a title that is only its time ("2018年5月") takes it anyway, cut.
    if (title && Array.from(next).length > TITLE_MAX) {
      if (Array.from(title).length < 10) title = next;
      break;
    }
    title = next;
    if (FIGURE.test(c) && Array.from(title).length >= 10) break;
  }
  const chars = Array.from(title);
  // Cut at the limit, never inside a number ("…分别达2." → "…分别达").
  const cut =
    chars.length <= TITLE_MAX
      ? title
      : chars
          .slice(0, TITLE_MAX)
          .join('')
          .replace(/[\d.．]+$/u, '');
  return closed(cut, sentence);
}

/** The name of a document the report is: "…所作的《政府工作报告》". */
const DOCUMENT = /^《([^《》]{2,30}(?:报告|公报|纲要|规划|计划|方案|意见))》/u;

/**
 * A title never ends inside 《》 or “”: cut inside a document's name, it is that document (国务院 2023: "新华社受权于14日全文
 * 播发李克强总理…上所作的《" → 政府工作报告); inside a quotation, the quotation is marked as going on (兰州 2012:
 * "…将按照“盯紧一套目标，打好三场攻坚战，抓好六个重点" → "…抓好六个…”").
 */
function closed(title: string, sentence: string): string {
  const book = title.lastIndexOf('《');
  if (book >= 0 && !title.includes('》', book)) {
    const at = sentence.indexOf(title.slice(book));
    const name = at >= 0 ? DOCUMENT.exec(sentence.slice(at)) : null;
    if (name) return name[1];
    return title.slice(0, book).replace(/[，,的]+$/u, '');
  }
  const quote = title.lastIndexOf('“');
  if (quote >= 0 && !title.includes('”', quote))
    return `${Array.from(title)
      .slice(0, TITLE_MAX - 2)
      .join('')}…”`;
  return title;
}
