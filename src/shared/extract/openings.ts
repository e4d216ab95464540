/**
 * Sentences that open with what the sentences after them are about: an industry ("汽车产业省政府专门设立…"), a
 * section's industry or group of firms ("1、装备制造行业整体增速较慢。", "——机械制造企业增速呈下降态势。"), an
 * industry and how it fared ("电子信息行业受…拉动，持续快速增长"). Their bare measures later are of that subject.
 *
 * Each regex is run only on a sentence holding the 业 of its match where the match would hold it (most sentences
 * of a report open with none): TOPIC's 2-10 characters, then 产业/行业 (offset 3 to 11); INDUSTRY_OPENING's 2-8
 * (3 to 9); SECTION_OPENING's item mark (1-4 characters) or GROUP_OPENING's (0-4), then 2-8 characters and
 * 产业/行业/企业 (3 to 13).
 */
import { codeWithin } from './chars';

/** A sentence opening with an industry's name, then what happened to it (受…拉动, 运行态势良好). */
export const TOPIC = /^([\u4e00-\u9fff]{2,10}?(?:行业|产业))(?=受|在|保持|持续|运行|生产|发展|增势|表现|呈|实现|继续)/u;
/** A list item's mark before a section's opening words: "1、", "——", "（一）", "一是". */
const ITEM_MARK = '(?:——|—|\\d{1,2}[、.．]|[（(][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、是])?';
export const INDUSTRY_OPENING = /^([\u4e00-\u9fff]{2,8}?(?:产业|行业))/u;
/** A list item opening a section with an industry ("1、装备制造行业整体增速较慢"). */
export const SECTION_OPENING = new RegExp(`^${ITEM_MARK.slice(0, -1)}([\\u4e00-\\u9fff]{2,8}?(?:产业|行业))`, 'u');
/** A group of firms opening a line about how it fared ("——电子信息企业增长较快"). */
export const GROUP_OPENING = new RegExp(`^${ITEM_MARK}([\\u4e00-\\u9fff]{2,8}?企业)(?=增|运行|生产|发展|呈|保持|整体|总体|效益|经营)`, 'u');

const YE = 0x4e1a; /* 业 */

/** TOPIC's match, or null. */
export function topicOpening(sentence: string): RegExpExecArray | null {
  return codeWithin(sentence, YE, 3, 11) ? TOPIC.exec(sentence) : null;
}

/** INDUSTRY_OPENING's match, or null. */
export function industryOpening(sentence: string): RegExpExecArray | null {
  return codeWithin(sentence, YE, 3, 9) ? INDUSTRY_OPENING.exec(sentence) : null;
}

/** SECTION_OPENING's match, else GROUP_OPENING's, or null. */
export function sectionOpening(sentence: string): RegExpExecArray | null {
  return codeWithin(sentence, YE, 3, 13) ? SECTION_OPENING.exec(sentence) || GROUP_OPENING.exec(sentence) : null;
}
