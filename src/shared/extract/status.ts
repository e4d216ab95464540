/**
 * Status: whether a figure is a result (actual), an estimate (预计) or a target (力争, 目标, 到2020年达到, 计划,
 * 规划). A target or estimate must never stand among results as if achieved.
 */
import type { FigureStatus } from '../types';
import { charTable, isIn } from './chars';

export { FIGURE_STATUSES, type FigureStatus } from '../types';

export const ESTIMATE = /预计|预测|估计|初步估算/u;
/** Words that make what follows in their clause a target. */
const TARGET_CLAUSE =
  /力争|争取|确保|计划(?!总?投资(?:额)?(?:达到?|为)?$)|规划(?!建设|布局)|拟|预期目标|目标(?:是|为|值)?|要(?=达到|实现|突破|增长|控制|保持|下降|提高)|将(?=达到|实现|突破|增长|超过|提高|新增|建成|形成|培育|打造|力争|带动)|力求|设定|奋斗/u;
/** The first characters of TARGET_CLAUSE's words: a clause without one is not searched. */
const TARGET_FIRST = charTable('力争确计规拟预目要将设奋');
function targetClause(clause: string): boolean {
  for (let i = 0; i < clause.length; i++) if (isIn(TARGET_FIRST, clause, i)) return TARGET_CLAUSE.test(clause);
  return false;
}
/**
 * Words that make the rest of the sentence targets ("主要预期目标是：国内生产总值增长6.5%左右；…"); a target
 * said to be reached or beaten a few words before (超过年度预期目标, 完成主要目标, 高于预期目标) makes none: see ACHIEVED.
 */
export const TARGET_SENTENCE =
  /(?<!(?:超|超过|超出|完成|实现|高于|快于|达到|突破)[^，；]{0,4})(?:(?:预期)?目标(?:是|为)[：:]?|主要目标|预期目标)/u;

/** What sentenceMarks read: one object, reused (the extractor reads it for the sentence's figures before the next). */
const MARKS = { estimate: -1, target: -1, plan: -1 };

/**
 * Where a sentence first says 预计 / 目标是: figures after that point are estimates / targets (-1: nowhere).
 * The object is reused by the next call.
 */
export function sentenceMarks(sentence: string): { estimate: number; target: number; plan: number } {
  // Each pattern only when a character all its words hold is there (most sentences have none of them).
  MARKS.estimate = sentence.includes('预') || sentence.includes('估') ? sentence.search(ESTIMATE) : -1;
  MARKS.target = sentence.includes('目标') ? sentence.search(TARGET_SENTENCE) : -1;
  MARKS.plan = sentence.includes('将') || sentence.includes('要') ? sentence.search(PLAN_SENTENCE) : -1;
  return MARKS;
}

/** "超年度预期目标0.5个百分点", "完成年度目标": a target reached or beaten is a result. */
const ACHIEVED = /(?:超|超过|超出|完成|实现|高于|快于|达到|突破)[^，；]{0,4}目标/u;
/** "2021年全省工信系统将全力打造…，净增1000家规上工业企业": what a sentence says it will do. */
export const PLAN_SENTENCE = /(?:将|要)(?=全力|继续|着力|进一步|重点|大力|加快|力争|努力|确保|新增|培育|建成|推进|打造|实施|争取)/u;

/**
 * `marks`: the sentence's marks (above) and `at` the number's offset; `clausePre`: its own clause before the number;
 * `targetYear`: the sentence names a target year (到2020年) before the number; `inTargetSection`: under a
 * heading about targets.
 */
export function statusOf(
  marks: { estimate: number; target: number; plan: number },
  at: number,
  clausePre: string,
  targetYear: boolean,
  inTargetSection: boolean,
): FigureStatus {
  if (marks.estimate >= 0 && marks.estimate < at) return 'estimate';
  const clauseTarget = targetClause(clausePre) && !ACHIEVED.test(clausePre);
  if ((marks.target >= 0 && marks.target < at) || (marks.plan >= 0 && marks.plan < at) || clauseTarget || targetYear || inTargetSection)
    return 'target';
  return 'actual';
}

/** A heading that opens a list of targets ("二、2018年发展主要预期目标"). */
export const TARGET_HEADING = /目标|预期|计划|规划|展望|任务/u;
