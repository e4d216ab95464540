/**
 * An amount converted (按现行汇率折算为, 折合) whose clause opens its sentence, no figure before it in the sentence, is
 * read as an amount of its own: the rule that gives it the subject of the figure before (figure-subject.ts, CONVERTED)
 * has none to give. 海南's 2010 统计公报 (held-out set 27): "2010年全省人均生产总值23644元,按现行汇率折算为3505美元,登上了
 * 3000美元的新台阶", here its second clause on, as a sentence of its own. Written from the survivors of extract-subject's
 * mutation run (session 31: `before !== undefined && (cpFirst === 按 || cpFirst === 折) && CONVERTED.test(clausePre)`).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

describe('a converted amount opening its sentence', () => {
  it('"按现行汇率折算为3505美元" is read, in 美元', () => {
    const read = () => extractFigures('按现行汇率折算为3505美元,登上了3000美元的新台阶。', { asOf: '2010年' });
    expect(read().map((f) => [f.value, f.unit, f.kind])).toContainEqual(['3505', '美元', 'level']);
  });

  it('after its figure, it is that figure’s (the report’s sentence)', () => {
    const read = () =>
      extractFigures('2010年全省人均生产总值23644元,按现行汇率折算为3505美元,登上了3000美元的新台阶。', { asOf: '2010年' });
    expect(read().find((f) => f.value === '3505')?.label).toBe('人均生产总值');
  });
});
