/**
 * A pull written in % (南宁 2015 前九月, held-out set 55: "共完成产值2127.87亿元,拉动产值增长19.04%") is a contribution to
 * the whole's growth in points, a change, when the sentence names what pulls (a figure of it before, or its name before
 * 拉动); a pull by causes alone, nothing figured before it, says how much what it pulled grew (大庆 2016 一季度, held-out
 * set 26).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SUMMED = '前九月全市共有543家工业企业产值超亿元,共完成产值2127.87亿元,拉动产值增长19.04%。';
const NAMED = '南宁富桂精密工业有限公司拉动全市产值增长1.29%,对南宁市产值增速的贡献率为7.81%。';
const CAUSES =
  '一季度,大庆一产、三产稳步增长,尤其是创业创新、市校融合、旅游、电商、大数据等新的发展因素和潜力集聚释放,拉动三产增长4.5%,拉动全市GDP增长1.4个百分点。';

describe('a pull written in %', () => {
  it('after a figure of what pulls is a change in points, not a growth', () => {
    const f = the(SUMMED, '19.04');
    expect(f.kind).toBe('change');
    expect(f.number).toBe(19.04);
  });
  it('by a firm named before 拉动 is a change too, read as the same pull in points is', () => {
    expect(the(NAMED, '1.29').kind).toBe('change');
    expect(the(NAMED, '1.29').label).toBe(the(NAMED.replace('1.29%', '1.29个百分点'), '1.29').label);
    expect(the(NAMED, '7.81').kind).toBe('share');
  });
  it('by causes alone, nothing figured before it, is the growth of what it pulled', () => {
    expect(the(CAUSES, '4.5').kind).toBe('growth');
    expect(the(CAUSES, '1.4').kind).toBe('change');
  });
  it('is not a pull after 在…拉动下 or 受…拉动', () => {
    expect(the('在龙头企业拉动下工业增长8.5%。', '8.5').kind).toBe('growth');
    expect(the('受投资拉动工业增长8.5%。', '8.5').kind).toBe('growth');
  });
});
