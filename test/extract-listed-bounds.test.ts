/**
 * Bounds listed before the things they pick out ("投资5000万元以上、企业投资亿元以上重大项目") name a class, each of
 * them: no figure. Amounts listed with 以上 and nothing picked out after them stay figures.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const values = (t: string) => extractFigures(t).map((f) => f.value + f.unit);

describe('bounds listed before a class', () => {
  it('乌拉特后旗 2023 1-8月 (held-out set 26): the projects’ bounds are no figure', () => {
    const t =
      '1-8月份,全旗固定资产投资同比增长65.7%。分项目看,我旗列入市级政府投资5000万元以上、企业投资亿元以上重大项目27项,开复工率100%。';
    expect(values(t)).toEqual(['65.7%', '27项', '100%']);
  });

  it('the first of two bounds before the firms they pick out', () => {
    expect(values('全市产值10亿元以上、税收1亿元以上企业达到5家。')).toEqual(['5家']);
  });

  it('amounts with 以上 and no class after them stay figures', () => {
    expect(values('今年完成产值10亿元以上、利税1亿元以上。')).toEqual(['10亿元', '1亿元']);
  });
});
