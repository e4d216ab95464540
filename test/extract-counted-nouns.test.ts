/**
 * The noun a count names after it (counted): past a month that says which things are counted ("2户8月份新纳规企业"), with
 * or without 份, in one digit or two; past an amount that names the class of the things counted ("3个1000亿元以上产业
 * 集群", "2个超1.5万亿元产业集群"), decimals and all. A threshold passed, written before the firms it names, stays in the
 * label ("产值超1.5亿元企业").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a month right after a count', () => {
  it('says which things are counted: the noun is after it', () => {
    for (const month of ['9月份', '8月', '12月', '8月份']) {
      const text = `全市新增2户${month}新纳规企业。`;
      expect(the(text, '2').label, text).toBe('新增新纳规企业');
    }
  });
});

describe('an amount naming the class of the things counted', () => {
  it('is passed over to the noun, with 以上 or 级 after it and decimals in it', () => {
    for (const text of [
      '形成3个1000亿元以上产业集群。',
      '形成2个超1.5万亿元产业集群。',
      '形成2个1.5万亿元级产业集群。',
      '形成2个1.55万亿元产业集群。',
      '形成3个五百亿元产业集群。',
    ])
      expect(the(text, text.includes('3个') ? '3' : '2').label, text).toBe('产业集群');
    // (A name between the amount and 产业: "超200亿元的汽车产业集群".)
    expect(the('培育4个超200亿元的汽车产业集群。', '4').label).toBe('汽车产业集群');
  });
});

describe('an amount passed before the firms it names', () => {
  it('stays in the label, decimals and all', () => {
    expect(the('全市有产值超1.5亿元企业12家。', '12').label).toBe('产值超1.5亿元企业');
    expect(the('新增产值超10.55亿元企业有6家。', '6').label).toBe('新增产值超10.55亿元企业');
  });
});

describe('a count of firms before a measure of theirs', () => {
  it('names the firms once (姚安 2023, 1-9月: "有19户企业总产值呈下降态势")', () => {
    const text = '在全县27户规上工业企业中,有19户企业总产值呈下降态势,还有5户企业处于当月停产状态。';
    expect(the(text, '19').label).not.toContain('企业企业');
    expect(the(text, '19').label).toBe('企业总产值');
  });
});

describe('a count of firms whose measure passed an amount', () => {
  it('keeps the measure and the amount in its label when the amount is no number of its own (超亿元)', () => {
    expect(the('全市有18户企业产值超亿元。', '18').label).toBe('企业产值超亿元');
  });
});
