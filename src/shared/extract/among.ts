/**
 * A count among a whole named before 中: "41个大类行业中有34个" (the noun before 中 is what is counted), "工业23个行业大类中
 * 食品制造业、…、金属制品业等15个行业保持增长" (郾城区, held-out set 11: the names after it are members of the count that
 * follows). Read right after a count's number.
 *
 * Each regex is run only when a 中 (or 里) stands where its match holds one: AMONG's 1-14 characters, then 中, 里 or
 * 之中 (offset 1 to 15 after the number); AMONG_LISTED's 1-8, then 中 or 之中 (1 to 9). Most counts have none.
 */
import { codeWithin } from './chars';

// ("工业37个行业大类中31个实现正增长" (保定 2021-07, held-out set 28): the count of those among them right after 中.)
export const AMONG = /^[\u4e00-\u9fff]{1,14}(?:中|里|之中)(?:[，,]|有|(?=\d))/u;
export const AMONG_LISTED = /^([\u4e00-\u9fff]{1,8})(?:之中|中)[^，。；：\d]{1,70}?等(?=\d|[一二三四五六七八九十两]{1,3}[个家项种类])/u;
const ZHONG = 0x4e2d; /* 中 */
const LI = 0x91cc; /* 里 */

/** AMONG on the 18 characters after `at`. */
export function amongAfter(sentence: string, at: number): boolean {
  return (
    (codeWithin(sentence, ZHONG, at + 1, at + 15) || codeWithin(sentence, LI, at + 1, at + 15)) && AMONG.test(sentence.slice(at, at + 18))
  );
}

/** AMONG_LISTED's match on the 90 characters after `at`, or null. */
export function amongListedAfter(sentence: string, at: number): RegExpExecArray | null {
  return codeWithin(sentence, ZHONG, at + 1, at + 9) ? AMONG_LISTED.exec(sentence.slice(at, at + 90)) : null;
}
