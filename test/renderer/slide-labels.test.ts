import { describe, expect, it } from 'vitest';
import { growthLead, sourceLine, startsWithDigit, titleLines } from '../../src/renderer/slides/labels';

describe('slide labels', () => {
  it('growthLead drops what the growth label shares with the KPI label', () => {
    expect(growthLead('规模工业产值', '规模工业产值年均增长')).toBe('年均增长');
    expect(growthLead('工业总产值', '工业总产值比“十一五”末')).toBe('比“十一五”末');
    expect(growthLead('工业投资累计完成', '工业投资年均增长')).toBe('年均增长');
    expect(growthLead('专利授权', '年均增长')).toBe('年均增长');
  });
  it('startsWithDigit', () => {
    expect(startsWithDigit('18.6%')).toBe(true);
    expect(startsWithDigit('翻了一番多')).toBe(false);
  });
  it('titleLines splits at ideographic spaces', () => {
    expect(titleLines('创新能力增强　助推重庆信息化和工业化深度融合')).toEqual(['创新能力增强', '助推重庆信息化和工业化深度融合']);
  });
  it('sourceLine', () => {
    expect(sourceLine('重庆市经济和信息化委员会', '2016年2月4日')).toBe('数据来源：重庆市经济和信息化委员会，2016年2月4日');
  });
});
