/**
 * A key message is the report's clause holding the figure; a comma inside a short note in brackets ends no
 * clause ("我市生产总值(预计,下同)、财政总收入…年均分别增长14.1%、…": 泉州 2011年工作报告, held-out set 14).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { clauseOf, takeawayOf } from '../src/main/store/draft/messages';

const TEXT = '五年来,我市生产总值(预计,下同)、财政总收入年均分别增长14.1%和22.1%,达4270亿元和500.36亿元。';
const figure = (value: string) => extractFigures(TEXT, { asOf: '2011年' }).find((f) => f.value === value)!;

describe('a note in brackets inside a clause', () => {
  it('stays in the clause with the noun it is about', () => {
    expect(clauseOf(TEXT, figure('14.1'))).toBe('我市生产总值(预计,下同)、财政总收入年均分别增长14.1%和22.1%');
    expect(takeawayOf(TEXT, figure('14.1'))).not.toMatch(/^下同/u);
  });

  it('leaves a comma outside brackets a clause end', () => {
    expect(clauseOf(TEXT, figure('4270'))).toBe('达4270亿元和500.36亿元');
  });
});
