/**
 * "桂林工业总产值今年将冲击1500亿" (桂林 2011, a 广西新闻网 headline, held-out set 33): 冲击 after 将/要/力争/争取 is the
 * predicate (what the subject strives for), not part of the subject; a trailing 今年 in a subject is its time, not
 * its noun. So the amount in bare 亿 after an output (产值) is a level, its label the output.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const HEADLINE = '桂林工业总产值今年将冲击1500亿\n';
const SENTENCE = '今年,桂林工业总产值将冲击1500亿元,力争增长20%以上。';

describe('将冲击', () => {
  it('ends the subject, and the headline’s bare 亿 of an output is a level', () => {
    const [head] = extractFigures(HEADLINE + SENTENCE, { asOf: '2011年' });
    expect([head.value, head.unit, head.kind, head.label, head.status]).toEqual(['1500', '亿', 'level', '桂林工业总产值', 'target']);
    expect(the(SENTENCE, '20', { asOf: '2011年' }).label).toBe('桂林工业总产值增速');
  });

  it('after 力争 too; 冲击 as a noun (受…冲击) stays a cause, no predicate', () => {
    expect(the('全县规上工业产值力争冲击300亿元。', '300', { asOf: '2011年' }).label).toBe('规上工业产值');
    expect(the('受疫情冲击,全县规上工业增加值下降3.3%。', '3.3', { asOf: '2020年' }).label).toBe('规上工业增加值增速');
  });
});
