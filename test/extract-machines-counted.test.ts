/**
 * Machines put in (更新设备, 购置, “机器换人”) are counted, in 台 or 台/套 as in 套; a product's output in 台 stays a
 * level (手机产量3200万台). A second counter after a slash ("台/套") is part of the figure, not the next one's subject.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('machines put in', () => {
  it('are a count (黑龙江 2024 前三季度, held-out set 26; 六安 2018, held-out set 27)', () => {
    const heilongjiang = '设备更新步伐加快。前三季度,已开工设备更新项目373个、更新设备24426台/套、累计完成投资65亿元。';
    expect(the(heilongjiang, '24426', { asOf: '2024年前三季度' })).toMatchObject({ kind: 'count', unit: '台' });
    // (The /套 was left to the next figure: its label was "/套、投资".)
    expect(the(heilongjiang, '65', { asOf: '2024年前三季度' }).label).not.toContain('/');
    const luan = '工业经济骨骼健康发育。预计技改投资增长10%,实现“机器换人”538台。';
    expect(the(luan, '538', { asOf: '2018年' }).kind).toBe('count');
    expect(the('全年购置工业机器人1200台。', '1200').kind).toBe('count');
  });

  it('a product’s output in 台 stays a level', () => {
    expect(the('全市手机产量3200万台。', '3200').kind).toBe('level');
    expect(the('分产品看,其中,工业机器人245套,增长121.5倍。', '245').kind).toBe('level');
  });
});
