/**
 * The extractor reads a figure's place in its 分别 list as its token index minus the list's first (it asked
 * run.indexOf(i) before): right only if every run listRuns gives holds consecutive token indices, in order.
 * Checked on sentences built from numbers, units and the words that join (or do not join) a list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listRuns } from '../src/shared/extract/lists';
import { scanTokens } from '../src/shared/extract/tokens';

const PARTS = [
  '8.4%',
  '5.9',
  '6.4',
  '个百分点',
  '亿元',
  '1.6倍',
  '三成',
  '2015年',
  '、',
  '和',
  '及',
  '与',
  '或',
  '以及',
  '，',
  '分别增长',
  '产量',
  ' ',
  '第3位',
];
const sentence = fc.array(fc.constantFrom(...PARTS), { maxLength: 14 }).map((parts) => parts.join(''));

describe('list runs', () => {
  it('every run holds consecutive token indices, so a figure is item i - run[0] of it', () => {
    let lists = 0;
    fc.assert(
      fc.property(sentence, (s) => {
        const tokens = scanTokens(s);
        for (const run of listRuns(s, tokens)) {
          lists++;
          expect(run.length).toBeGreaterThan(1);
          for (let k = 0; k < run.length; k++) {
            expect(run[k]).toBe(run[0] + k);
            expect(run.indexOf(run[k])).toBe(run[k] - run[0]);
          }
          expect(run[run.length - 1]).toBeLessThan(tokens.length);
        }
      }),
      { numRuns: 20000 },
    );
    // The sentences hold lists (a property over none would prove nothing): about a thousand, never near 500.
    expect(lists).toBeGreaterThan(500);
  });
});
