/**
 * A score in 分 is a figure (嘉峪关 2023, held-out set 23): "促进中小微企业发展综合评价得分5.98分,排名全省第3位" gave no
 * 5.98 and the rank after it the label of the investment before. 分 after a number starts other words too (5分钟,
 * 分别, 3分之1, 分公司) and ends the minutes of a time of day (8时30分): those stay no figure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const values = (text: string) => extractFigures(text).map((f) => `${f.value}${f.unit}`);

describe('a score in 分', () => {
  it('is a level, and the rank after it is its own (嘉峪关 2023)', () => {
    const text = '工业固定资产投资68.1亿元,同比增长91.9%,增速排名居全省第2位;促进中小微企业发展综合评价得分5.98分,排名全省第3位。';
    const score = the(text, '5.98');
    expect(score.unit).toBe('分');
    expect(score.kind).toBe('level');
    expect(score.label).toContain('综合评价');
    expect(the(text, '3').label).toContain('综合评价');
  });

  it('is read after a score named before it, with a word after it, and with a qualifier', () => {
    expect(the('全市营商环境评价总分86.5分居全省第二。', '86.5').unit).toBe('分');
    expect(the('考核得分均在90分以上。', '90').qualifier).toBe('以上');
    expect(the('综合评价比上年提高2.5分。', '2.5').kind).toBe('change');
  });

  it('is no figure where 分 starts another word or ends a time of day', () => {
    expect(values('每批次检测用时缩短至15分钟,两项指标分别增长3%和5%。')).toEqual(['3%', '5%']);
    expect(values('新设3分公司,投资5分之1用于研发。')).toEqual([]);
    expect(values('2023年8月16日10时30分,会议召开。')).toEqual([]);
    expect(values('8点30分,全市用电负荷达到1200万千瓦。')).toEqual(['1200万千瓦']);
    expect(values('工业增加值增长8.2%,比上年提高2个百分点,部分行业分类施策。')).toEqual(['8.2%', '2个百分点']);
  });
});
