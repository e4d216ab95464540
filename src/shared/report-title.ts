/**
 * The title a new report is stored with when the person importing it gives none. Its first line when that
 * reads as a headline (short, and not a sentence); else the lead of its first sentence, without the clauses
 * that only say where the news came from ("24日从省经信委获悉", "据…消息", "本报讯"), up to the first clause
 * that holds a figure, at most TITLE_MAX characters. `cli import` and the 导入报告 dialog both use it, so the
 * same text is stored with the same title either way.
 */

import { SOURCE_CLAUSE, isByline } from './bylines';

export const TITLE_MAX = 40;

/** A lead clause that only says where the news came from, or when it was heard (beside bylines.ts's SOURCE_CLAUSE). */
const SOURCE =
  /(?:获悉|獲悉|消息|报道|報道|報導|显示|顯示|表示|介绍|介紹|公布|公佈|了解到|瞭解到)$|^(?:日前|近日|近期|目前)$|^本[报報][讯訊]|^[据據]|^[记記]者|^\d{1,2}月?\d{1,2}日(?:电|電|讯|訊)?$/u;
/**
 * A news agency's opening ("东北网12月12日讯(记者 李倩)", "【香港商報網訊】記者 王藝橋 報導:"), before the first clause; in
 * traditional characters too (北京 2022, 辽宁 2019).
 */
const WIRE =
  /^【[^】]{0,16}[讯訊]】\s*(?:[记記]者[^，,:：]{0,12}(?:报道|報道|報導)?[:：])?\s*|^[^，。]{0,16}?[讯訊]\s*(?:[（(][^）)]*[）)])?\s*|[（(]\s*[记記]者[^）)]*[）)]/gu;
/** A clause that holds a figure, not only a date ("2019年", "12月12日"). */
const FIGURE = /\d(?![\d.]*[年月日])/u;

export function reportTitle(text: string): string {
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
  let k = 0;
  while (k < lines.length - 1 && k < 3 && isByline(lines[k])) k++;
  const first = lines[k] ?? '';
  if (Array.from(first).length <= TITLE_MAX && !/[。！？!?]/u.test(first.slice(0, -1)) && !/[。！？]$/u.test(first)) return first;
  // (A stray mark left after the wire's name, "本刊訊? 2017年度…" (山东 2017), goes with it.)
  const sentence = first
    .split(/[。！？]/u)[0]
    .replace(WIRE, '')
    .replace(/^[\s?？:：]+/u, '');
  const clauses = sentence
    .replace(/（[^）]*）|\([^)]*\)/gu, '')
    .split(/[，,；;]/u)
    .map((c) => c.trim().replace(/^[“"]/u, ''));
  while (clauses.length > 1 && (SOURCE.test(clauses[0]) || SOURCE_CLAUSE.test(clauses[0]))) clauses.shift();
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
