/**
 * "…存贷款余额分别达到1.66万亿元和1.15万亿元,五年增加10036.8亿元和7362.5亿元" (泉州 2011, held-out set 14): a count of
 * years before a list of changes is no subject of it, written in a numeral or in digits (YEARS_COUNT in index.ts); the
 * changes are of the items of the list before.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { labels } from './extract-helpers';

describe('a count of years before a list', () => {
  it.each(['五年', '5年', '10年'])('is no subject: %s增加…', (years) => {
    const text = `全市金融机构存贷款余额分别达到1.66万亿元和1.15万亿元,${years}增加10036.8亿元和7362.5亿元。`;
    expect(labels(text, ['10036.8', '7362.5'])).toEqual(['金融机构存款余额变化', '金融机构贷款余额变化']);
  });
});

describe('changes over a count of years', () => {
  it('are over the span that count ends in, not of its last year', () => {
    const text = '全市金融机构存贷款余额分别达到1.66万亿元和1.15万亿元,五年增加10036.8亿元和7362.5亿元。';
    const periods = (asOf: string) => extractFigures(text, { asOf }).map((f) => [f.value, f.period]);
    expect(periods('2019年')).toEqual([
      ['1.66', '2019年'],
      ['1.15', '2019年'],
      ['10036.8', '2015-2019年'],
      ['7362.5', '2015-2019年'],
    ]);
  });
});
