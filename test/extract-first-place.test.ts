/**
 * First places written with 第一 and no 位 (芜湖经开区 2022, held-out set 23): "奇瑞汽车连续19年位居中国品牌乘用车出口第一"
 * (nine characters between 位居 and 第一: the rule allowed eight) and "信义集团成为全球第一光伏玻璃巨头" (a noun after the
 * place, and 成为 before its scope) were missed. A group or an ordinal of things after 第一 (第一方阵, 第一阵营, 第一家,
 * 第一批, 第一季度) stays no figure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const ranks = (text: string) => extractFigures(text, { asOf: '2022年' }).map((f) => [f.value, f.kind, f.label]);

describe('a first place without 位', () => {
  it('is read after 位居 and a long measure, and after 成为 and a scope, each with its own subject (芜湖经开区 2022)', () => {
    const text =
      '二是重点企业快速成长。奇瑞汽车连续19年位居中国品牌乘用车出口第一,美的集团位居中国家电行业第一,信义集团成为全球第一光伏玻璃巨头,长信科技成为中国ito导电玻璃行业领军者,楚江集团铜板带产销规模位居全国第一,人本集团连续10年产销量在全国轴承企业中排名第一。';
    const got = ranks(text);
    expect(got.map(([v, k]) => `${v}${k}`)).toEqual(['一rank', '一rank', '一rank', '一rank', '一rank']);
    expect(got.map(([, , label]) => label)).toEqual([
      expect.stringContaining('奇瑞汽车'),
      expect.stringContaining('美的集团'),
      expect.stringContaining('信义集团'),
      expect.stringContaining('楚江集团'),
      expect.stringContaining('人本集团'),
    ]);
  });

  it('is not a group, a count or a quarter after 第一', () => {
    expect(ranks('全市位居全国同类城市数字经济发展第一阵营。')).toEqual([]);
    expect(ranks('全县位居全省县域经济综合实力第一方阵。')).toEqual([]);
    expect(ranks('该企业成为全国第一家获得认证的企业。')).toEqual([]);
    expect(ranks('全省成为全国第一批试点省份。')).toEqual([]);
    expect(ranks('我市成为全国第一个实现5G全覆盖的城市。').map(([v]) => v)).toEqual([]);
    expect(ranks('全市排名全省县域经济高质量发展第一季度考核前列。')).toEqual([]);
  });
});
