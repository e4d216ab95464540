/**
 * Steps crossed (跨越两个台阶, 迈上…台阶): thresholds a span of years passed, not amounts of its last year.
 */
import { type Token } from './tokens';

/** A clause without a number that names the subject of the next one: "规模以上工业增加值按可比价格计算，同比下降21.8%". */
/** Several steps named after an amount, in its clause: "…和三千亿元两个台阶", "三个千亿级台阶". */
const STEPS = /^[^，；。,;]{0,12}?[两二三四五六七八九十]个[^，；。,;\d]{0,4}台阶/u;
export function stepsAfter(sentence: string, at: number): boolean {
  return sentence.includes('台阶', at) && STEPS.test(sentence.slice(at, at + 24));
}
/** The count of the steps crossed: "五年跨越3个十亿级台阶", "连续跨越两个百亿台阶". */
const STEPS_COUNTED = /^[^，；。,;\d]{0,6}台阶/u;
export function stepsCrossed(sentence: string, t: Token): boolean {
  return t.prefix === '跨越' && t.unit === '个' && STEPS_COUNTED.test(sentence.slice(t.outerEnd, t.outerEnd + 10));
}
